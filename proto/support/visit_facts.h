#pragma once
// The shared visit rules' facts (shared/fieldledger/visit) from the wire messages, in
// one place, so the phone and the server build the signed summary from the same fields.
#include <string>

#include "fieldledger/scoring/policy.h"
#include "fieldledger/v1/jobs.pb.h"
#include "fieldledger/v1/sync.pb.h"
#include "fieldledger/visit/summary.h"

namespace fieldledger::v1 {

visit::WorkFacts WorkFactsOf(const WorkRecorded& work);

// `work_event_id` is the id of the DeviceEvent that carried `work`.
visit::VisitFacts VisitFactsOf(const Job& job, const WorkRecorded& work,
                               const std::string& work_event_id);

// The scoring settings Pull sends, and the policy the phone rebuilds from them (keys it
// is not sent keep their defaults; they do not affect punctuality).
ScoringRules ScoringRulesOf(const scoring::ScoringPolicy& policy);
scoring::ScoringPolicy ScoringPolicyOf(const ScoringRules& rules);

}  // namespace fieldledger::v1
