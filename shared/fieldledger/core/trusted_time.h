#pragma once
// Trusted event times: a device's wall clock may be wrong by hours or jump backwards,
// but its monotonic clock counts real elapsed time within one boot. The server knows
// the true time when a batch arrives, so for events from the same boot as the batch
//   trusted = server_received - (sent.monotonic - event.monotonic)
// is right whatever the wall clock says. Events from an earlier boot fall back to the
// wall clock shifted by the offset observed at send time.
#include <string>

#include "fieldledger/core/time.h"

namespace fieldledger {

struct ClockReading {
  TimeMs wall = 0;
  std::int64_t monotonic = 0;  // ms since some per-boot origin
  std::string boot_id;
};

struct TrustedTime {
  TimeMs time = 0;
  DurationMs correction = 0;  // time - device wall time
  bool from_monotonic = false;
  bool within_tolerance = false;
};

TrustedTime EstimateTrustedTime(const ClockReading& event, const ClockReading& sent,
                                TimeMs server_received, DurationMs tolerance);

}  // namespace fieldledger
