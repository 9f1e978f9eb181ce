#include "app/excusal_rules.h"

#include "app/dispatch_errors.h"
#include "app/scoring_inputs.h"
#include "fieldledger/scoring/outcomes.h"

namespace fieldledger::server {

std::optional<ExcusalRefusal> WhyNotExcusable(const JobRecord& job,
                                              const scoring::ScoringPolicy& policy, TimeMs now) {
  if (job.status == JobStatus::kCancelled || job.status == JobStatus::kRescheduled) {
    return ExcusalRefusal{"job_closed", std::string("the job is ") + JobStatusName(job.status) +
                                            " and not scored for punctuality"};
  }
  // The job as the engine sees it, without any excusal, decides what there is to excuse.
  const auto outcome =
      scoring::EvaluateArrival(ToScoringJob(job, job.technician_id, "", std::nullopt), policy, now);
  if (!outcome) {
    return ExcusalRefusal{"no_window", "the job has no promised arrival window"};
  }
  switch (outcome->verdict.cls) {
    case ArrivalClass::kLate:
    case ArrivalClass::kNoShow:
    case ArrivalClass::kPending:  // in advance: applies if the job turns out late
      return std::nullopt;
    case ArrivalClass::kEarly:
    case ArrivalClass::kOnTime:
      return ExcusalRefusal{"not_late", "the arrival was early or on time"};
    case ArrivalClass::kExcluded:
      return ExcusalRefusal{"arrival_excluded",
                            "the arrival is unverified and the scoring policy excludes it"};
    case ArrivalClass::kExcused:
      break;  // cannot happen: no excusal was given to the engine
  }
  return std::nullopt;
}

void RequireExcusable(const JobRecord& job, const scoring::ScoringPolicy& policy, TimeMs now) {
  if (auto why = WhyNotExcusable(job, policy, now)) {
    DispatchFail(ErrorKind::kFailedPrecondition, why->code, why->detail);
  }
}

}  // namespace fieldledger::server
