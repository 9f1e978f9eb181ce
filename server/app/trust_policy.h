#pragma once
// The trusted-time and place settings the server applies to arrivals, taken from the
// scoring policy so that the one versioned document a score names holds them.
#include "fieldledger/core/arrival_trust.h"
#include "fieldledger/scoring/policy.h"

namespace fieldledger::server {

TrustPolicy TrustPolicyFrom(const scoring::ScoringPolicy& policy);

struct SyncPolicy;
// Default sync limits with the trust settings of, and Pull's rules from, `policy`.
SyncPolicy SyncPolicyFrom(const scoring::ScoringPolicy& policy);

}  // namespace fieldledger::server
