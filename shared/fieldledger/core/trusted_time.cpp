#include "fieldledger/core/trusted_time.h"

#include "fieldledger/core/checked.h"

namespace fieldledger {

std::string CheckClockReading(const ClockReading& r, const ClockLimits& limits,
                              const std::string& field) {
  if (r.wall < limits.earliest_wall || r.wall > limits.latest_wall) {
    return field + ".wall_time_ms = " + std::to_string(r.wall) + " is outside [" +
           std::to_string(limits.earliest_wall) + ", " + std::to_string(limits.latest_wall) + "]";
  }
  if (r.monotonic < 0 || r.monotonic > limits.max_monotonic) {
    return field + ".monotonic_ms = " + std::to_string(r.monotonic) + " is outside [0, " +
           std::to_string(limits.max_monotonic) + "]";
  }
  return {};
}

TrustedTime EstimateTrustedTime(const ClockReading& event, const ClockReading& sent,
                                TimeMs server_received, DurationMs tolerance) {
  TrustedTime t;
  const bool same_boot = !event.boot_id.empty() && event.boot_id == sent.boot_id;
  std::optional<TimeMs> time;
  // A monotonic reading later than the send reading cannot happen within one boot;
  // treat it as untrustworthy rather than produce a time in the future.
  if (same_boot && event.monotonic <= sent.monotonic) {
    if (auto elapsed = CheckedSub(sent.monotonic, event.monotonic)) {
      time = CheckedSub(server_received, *elapsed);
    }
    t.from_monotonic = true;
  } else {
    if (auto offset = CheckedSub(server_received, sent.wall))
      time = CheckedAdd(event.wall, *offset);
    t.sending_boot_began = CheckedSub(server_received, sent.monotonic);
  }
  const auto correction = time ? CheckedSub(*time, event.wall) : std::nullopt;
  const auto age = time ? CheckedSub(server_received, *time) : std::nullopt;
  if (!time || !correction || !age) {
    t.invalid = "the event's clock readings give no representable time";
    return t;
  }
  t.time = *time;
  t.correction = *correction;
  t.age = *age;
  t.within_tolerance = SaturatingAbs(t.correction) <= tolerance;
  return t;
}

std::string DurationText(DurationMs d) {
  const bool negative = d < 0;
  const std::int64_t ms = SaturatingAbs(d);
  std::string out = negative ? "-" : "";
  if (ms < kMinuteMs) return out + std::to_string(ms / kSecondMs) + " s";
  const std::int64_t minutes = ms / kMinuteMs;
  if (minutes < 60) return out + std::to_string(minutes) + " min";
  const std::int64_t m = minutes % 60;
  return out + std::to_string(minutes / 60) + " h " + (m < 10 ? "0" : "") + std::to_string(m) +
         " min";
}

}  // namespace fieldledger
