#pragma once
// The punctuality the phone shows after "Arrived", decided by the very function the
// server scores with (scoring::EvaluateArrival) under the scoring policy the server sent
// with Pull, so the phone never says "on time" for an arrival the server counts as late.
#include <optional>

#include "fieldledger/core/geo.h"
#include "fieldledger/scoring/outcomes.h"
#include "fieldledger/scoring/policy.h"

namespace fieldledger::visit {

struct ArrivalSeen {
  TimeWindow window;
  TimeMs arrival = 0;      // the phone's arrival time (its clock)
  LatLon site;             // the job's site
  std::optional<Fix> fix;  // the check-in's fix
  // The server's verdict, once the job came back from it with the arrival.
  std::optional<bool> server_verified;
};

struct Punctuality {
  scoring::ArrivalOutcome outcome;  // class, seconds late, unverified
  // The place verdict the phone derived (meaningless when the server's verdict is used).
  PlaceCheck place;
};

// `now` only matters for an arrival the policy excludes (it never does for arrivals).
// Until the server has spoken, an arrival counts as verified when its place is inside
// the fence: the phone cannot judge its own clock, the server can.
Punctuality ArrivalPunctuality(const ArrivalSeen& seen, const scoring::ScoringPolicy& policy,
                               TimeMs now);

}  // namespace fieldledger::visit
