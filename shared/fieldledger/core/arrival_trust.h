#pragma once
// Whether an arrival can be trusted: its time (clock correction, plausibility against
// the job and the send time) and its place (geofence, accuracy, mock location). Every
// reason an arrival is unverified is listed with the size of the difference, so a
// dispatcher can see exactly why ("clock corrected by 3 h 00 min (tolerance 2 min)").
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/core/geo.h"
#include "fieldledger/core/trusted_time.h"

namespace fieldledger {

struct TrustPolicy {
  DurationMs clock_tolerance = 2 * kMinuteMs;
  PlacePolicy place;
  // An event older than this when its batch reaches the server is implausible: a phone
  // that really was offline that long is rare enough for a dispatcher to look at. Eight
  // days covers a week offline (the demo's story) with a day to spare.
  DurationMs max_event_age = 8 * kDayMs;
};

// What the job says about when an arrival could have happened.
struct ArrivalContext {
  TimeMs job_created = 0;
  TimeMs assigned = 0;  // when the current technician was assigned (>= job_created)
};

struct ArrivalTrust {
  bool verified = false;
  std::vector<std::string> reasons;  // empty when verified
  PlaceCheck place;
  std::string ReasonText() const;  // reasons joined by "; "
};

// Witnesses of when the arrival happened besides the phone's own clock readings.
struct TimeWitnesses {
  // The position fix's own time (GeoFix.fix_time_ms), when the phone sent one. A
  // satellite fix is timed by the satellites, not by the phone's clock, so a fix taken
  // later than the arrival's trusted time shows that time is too early: the clock was
  // set back. A fix older than the arrival is normal (the last fix before going
  // indoors) and is not flagged.
  std::optional<TimeMs> fix_time;
  // For an event of an earlier boot: how far its wall clock is from its boot's other
  // events in the batch (BootClockConsensus), when there are enough of them.
  std::optional<DurationMs> boot_clock_deviation;
};

// `t` must be valid (t.invalid empty). `now` is when the server received the batch.
ArrivalTrust CheckArrivalTrust(const TrustedTime& t, const PlaceCheck& place,
                               const ArrivalContext& job, TimeMs now, const TrustPolicy& policy,
                               const TimeWitnesses& witnesses = {});

}  // namespace fieldledger
