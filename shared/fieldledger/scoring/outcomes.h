#pragma once
// What each KPI rule concludes about one job or shift. These are the only place the
// rules of docs/kpis.md are decided; full scoring and incremental scoring both call them,
// which is what keeps the two in agreement.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "fieldledger/core/on_time.h"
#include "fieldledger/scoring/model.h"
#include "fieldledger/scoring/policy.h"

namespace fieldledger::scoring {

// On-time and response time; counted in the period of the window start.
struct ArrivalOutcome {
  ArrivalVerdict verdict;
  bool unverified = false;  // the arrival could not be verified (policy decided the class)
  // Minutes late enter the median/p90 only for verified late arrivals.
  bool counts_minutes_late = false;
  std::optional<std::int64_t> response_minutes;  // created -> verified arrival, whole minutes
};
// nullopt for a job without a promised window.
std::optional<ArrivalOutcome> EvaluateArrival(const Job& job, const ScoringPolicy& policy,
                                              TimeMs now);

enum class RetentionClass { kNotApplicable, kHeld, kFailed, kPending };

struct RetentionOutcome {
  RetentionClass cls = RetentionClass::kNotApplicable;
  int days = 0;
  TimeMs window_end = 0;  // completed + N days
  // For explanations only (like SatisfactionOutcome::counted).
  const Job* repeat = nullptr;            // the repeat repair that failed it, if any
  const CallBack* returned_cb = nullptr;  // the call-back that failed it, if any
};
int RetentionDays(JobType type, const ScoringPolicy& policy);  // 0: not retained
// `first_later_repair`: the earliest repair job (other than `job`) on the same asset created
// strictly after the completion second, or null. `callbacks`: the job's call-backs in
// (at, id) order.
RetentionOutcome EvaluateRetention(const Job& job, const Job* first_later_repair,
                                   std::span<const CallBack* const> callbacks,
                                   const ScoringPolicy& policy, TimeMs now);

struct SatisfactionOutcome {
  bool attempted = false;
  bool reached = false;  // a reached call-back exists; the latest one counts
  std::optional<int> score;
  std::optional<int> nps;
  bool satisfied = false;
  // For explanations only: valid while the call-backs passed in live; never needed to
  // aggregate, so stored outcomes may drop it.
  const CallBack* counted = nullptr;
};
SatisfactionOutcome EvaluateSatisfaction(std::span<const CallBack* const> callbacks,
                                         const ScoringPolicy& policy);

// Complaints recorded on a job's reached call-backs. Every complaint counts (a customer
// who complains on two calls has complained twice); the job counts once as complained.
struct ComplaintOutcome {
  int count = 0;
  std::array<int, kComplaintCategoryCount> by_category{};
  // For explanations only, like SatisfactionOutcome::counted.
  std::vector<const CallBack*> calls;
};
ComplaintOutcome EvaluateComplaints(std::span<const CallBack* const> callbacks);

// Retention, satisfaction, complaints, first-time fix and resolution time; counted in the
// period of the completion. Only completed jobs have one.
struct CompletionOutcome {
  RetentionOutcome retention;
  SatisfactionOutcome satisfaction;
  ComplaintOutcome complaints;
  bool first_time_fix = false;
  std::int64_t resolution_minutes = 0;
};
std::optional<CompletionOutcome> EvaluateCompletion(const Job& job, const Job* first_later_repair,
                                                    std::span<const CallBack* const> callbacks,
                                                    const ScoringPolicy& policy, TimeMs now);

enum class AttendanceClass { kAttended, kMissed, kLeave, kPending };
AttendanceClass EvaluateAttendance(const Shift& shift, const ScoringPolicy& policy, TimeMs now);

// Whole minutes between two instants compared to the second, rounded down.
std::int64_t WholeMinutes(TimeMs from, TimeMs to);

// True when a < b in the (at, id) order call-backs are kept in.
bool CallBackBefore(const CallBack& a, const CallBack& b);

}  // namespace fieldledger::scoring
