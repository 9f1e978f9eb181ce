#include "app/trust_policy.h"

#include "app/sync_logic.h"

namespace fieldledger::server {

TrustPolicy TrustPolicyFrom(const scoring::ScoringPolicy& policy) {
  TrustPolicy t;
  t.clock_tolerance = policy.clock_correction_tolerance;
  t.place.geofence_radius_m = policy.geofence_radius_m;
  t.place.max_accuracy_m = policy.max_fix_accuracy_m;
  return t;
}

SyncPolicy SyncPolicyFrom(const scoring::ScoringPolicy& policy) {
  SyncPolicy s;
  s.trust = TrustPolicyFrom(policy);
  s.scoring = policy;
  return s;
}

}  // namespace fieldledger::server
