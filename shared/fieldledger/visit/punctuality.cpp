#include "fieldledger/visit/punctuality.h"

namespace fieldledger::visit {

Punctuality ArrivalPunctuality(const ArrivalSeen& seen, const scoring::ScoringPolicy& policy,
                               TimeMs now) {
  Punctuality out;
  out.place =
      CheckPlace(seen.site, seen.fix, {policy.geofence_radius_m, policy.max_fix_accuracy_m});
  scoring::Job job;
  job.window = seen.window;
  job.arrival = seen.arrival;
  job.arrival_verified = seen.server_verified.value_or(out.place.inside());
  out.outcome = *scoring::EvaluateArrival(job, policy, now);
  return out;
}

}  // namespace fieldledger::visit
