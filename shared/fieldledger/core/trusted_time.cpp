#include "fieldledger/core/trusted_time.h"

#include <cstdlib>

namespace fieldledger {

TrustedTime EstimateTrustedTime(const ClockReading& event, const ClockReading& sent,
                                TimeMs server_received, DurationMs tolerance) {
  TrustedTime t;
  const bool same_boot = !event.boot_id.empty() && event.boot_id == sent.boot_id;
  // A monotonic reading later than the send reading cannot happen within one boot;
  // treat it as untrustworthy rather than produce a time in the future.
  if (same_boot && event.monotonic <= sent.monotonic) {
    t.time = server_received - (sent.monotonic - event.monotonic);
    t.from_monotonic = true;
  } else {
    t.time = event.wall + (server_received - sent.wall);
  }
  t.correction = t.time - event.wall;
  t.within_tolerance = std::llabs(t.correction) <= tolerance;
  return t;
}

}  // namespace fieldledger
