#pragma once
// When a dispatcher's excusal can apply (docs/kpis.md, "On-time arrival rate"): only to a
// late or no-show outcome, or in advance to a job still pending. Both the dispatch desk and
// ScoringService.ExcuseArrival refuse the rest with FAILED_PRECONDITION and a code, instead
// of storing an excusal that would change nothing.
#include <optional>
#include <string>

#include "fieldledger/scoring/policy.h"
#include "storage/records.h"

namespace fieldledger::server {

struct ExcusalRefusal {
  std::string code;  // "no_window", "job_closed", "not_late", "arrival_excluded"
  std::string detail;
};

// nullopt when the excusal applies; the outcome is the engine's (EvaluateArrival) at `now`.
std::optional<ExcusalRefusal> WhyNotExcusable(const JobRecord& job,
                                              const scoring::ScoringPolicy& policy, TimeMs now);

// Throws the refusal as "[code] detail" (FAILED_PRECONDITION), if there is one.
void RequireExcusable(const JobRecord& job, const scoring::ScoringPolicy& policy, TimeMs now);

}  // namespace fieldledger::server
