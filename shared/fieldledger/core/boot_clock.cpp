#include "fieldledger/core/boot_clock.h"

#include <algorithm>

#include "fieldledger/core/checked.h"

namespace fieldledger {

BootClockConsensus::BootClockConsensus(const std::vector<ClockReading>& readings) {
  std::unordered_map<std::string, std::vector<TimeMs>> origins;
  for (const auto& r : readings) {
    if (r.boot_id.empty()) continue;
    if (auto origin = CheckedSub(r.wall, r.monotonic)) origins[r.boot_id].push_back(*origin);
  }
  for (auto& [boot, values] : origins) {
    if (values.size() < kMinPeers) continue;
    // The lower median: an actual reading, so no averaging can overflow.
    const auto mid = values.begin() + static_cast<std::ptrdiff_t>((values.size() - 1) / 2);
    std::nth_element(values.begin(), mid, values.end());
    median_origin_[boot] = *mid;
  }
}

std::optional<DurationMs> BootClockConsensus::Deviation(const ClockReading& r) const {
  const auto median = median_origin_.find(r.boot_id);
  if (median == median_origin_.end()) return std::nullopt;
  const auto origin = CheckedSub(r.wall, r.monotonic);
  if (!origin) return std::nullopt;
  return CheckedSub(*origin, median->second);
}

}  // namespace fieldledger
