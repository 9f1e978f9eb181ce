#pragma once
// Instants are milliseconds since the Unix epoch (UTC) everywhere in FieldLedger.
// Domain rules compare instants to the second (docs/kpis.md), so rules that compare
// call ToSeconds() first instead of comparing raw milliseconds.
#include <cstdint>

namespace fieldledger {

using TimeMs = std::int64_t;
using DurationMs = std::int64_t;

constexpr DurationMs kSecondMs = 1000;
constexpr DurationMs kMinuteMs = 60 * kSecondMs;
constexpr DurationMs kHourMs = 60 * kMinuteMs;
constexpr DurationMs kDayMs = 24 * kHourMs;

// Floor division, so instants before 1970 still round towards the past.
constexpr std::int64_t ToSeconds(TimeMs t) {
  return t >= 0 ? t / kSecondMs : -((-t + kSecondMs - 1) / kSecondMs);
}

// The system's wall clock: the one place FieldLedger reads it. Code whose behaviour depends
// on the time takes a clock (a function or an interface) so that tests can set it.
TimeMs SystemNowMs();

struct TimeWindow {
  TimeMs start = 0;
  TimeMs end = 0;
  constexpr bool IsValid() const { return start <= end; }
};

}  // namespace fieldledger
