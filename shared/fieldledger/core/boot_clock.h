#pragma once
// A second opinion on the wall clock of an earlier boot. Within one boot, wall time
// minus monotonic time is the wall clock's reading at the boot's origin: it stays the
// same from event to event unless someone changes the clock. An event of an earlier
// boot has no monotonic correction (its boot is over), but when the same batch holds
// several events of that boot, the odd one out shows the clock was changed for it.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "fieldledger/core/trusted_time.h"

namespace fieldledger {

class BootClockConsensus {
 public:
  // The readings of one batch's events; readings whose difference does not fit in an
  // int64 are left out.
  explicit BootClockConsensus(const std::vector<ClockReading>& readings);

  // How far `r`'s wall clock is from the median of its boot's readings (positive: ahead),
  // or nullopt when its boot has fewer than kMinPeers readings in the batch, where an
  // odd one out cannot be told from a majority.
  std::optional<DurationMs> Deviation(const ClockReading& r) const;

  static constexpr std::size_t kMinPeers = 3;

 private:
  std::unordered_map<std::string, TimeMs> median_origin_;  // by boot id
};

}  // namespace fieldledger
