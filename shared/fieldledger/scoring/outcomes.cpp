#include "fieldledger/scoring/outcomes.h"

namespace fieldledger::scoring {

std::int64_t WholeMinutes(TimeMs from, TimeMs to) {
  const std::int64_t s = ToSeconds(to) - ToSeconds(from);
  return s >= 0 ? s / 60 : -((-s + 59) / 60);
}

bool CallBackBefore(const CallBack& a, const CallBack& b) {
  if (ToSeconds(a.at) != ToSeconds(b.at)) return ToSeconds(a.at) < ToSeconds(b.at);
  return a.id < b.id;
}

std::optional<ArrivalOutcome> EvaluateArrival(const Job& job, const ScoringPolicy& policy,
                                              TimeMs now) {
  if (!job.window) return std::nullopt;
  ArrivalFacts facts;
  facts.window = *job.window;
  facts.arrival = job.arrival;
  facts.cancelled_or_rescheduled =
      job.status == JobStatus::kCancelled || job.status == JobStatus::kRescheduled;
  facts.excused = job.excusal.has_value();

  ArrivalOutcome out;
  // The classification is core's; only the unverified-arrival policy is layered on top.
  out.verdict = ClassifyArrival(facts, now, OnTimePolicy{policy.on_time_grace});
  const ArrivalClass cls = out.verdict.cls;
  const bool arrived_class =
      cls == ArrivalClass::kEarly || cls == ArrivalClass::kOnTime || cls == ArrivalClass::kLate;
  if (job.arrival && !job.arrival_verified && (arrived_class || cls == ArrivalClass::kExcused)) {
    out.unverified = true;
    if (policy.unverified == UnverifiedArrival::kExclude) {
      out.verdict = {ArrivalClass::kExcluded, 0, 0};
    } else if (cls != ArrivalClass::kExcused) {
      // An unverified arrival counts as late however early it claims to be, unless a
      // dispatcher excused it; its claimed lateness is not trusted for the minute stats.
      out.verdict.cls = facts.excused ? ArrivalClass::kExcused : ArrivalClass::kLate;
    }
  }
  out.counts_minutes_late = out.verdict.cls == ArrivalClass::kLate && !out.unverified;
  if (job.arrival && job.arrival_verified && !facts.cancelled_or_rescheduled) {
    out.response_minutes = WholeMinutes(job.created, *job.arrival);
  }
  return out;
}

int RetentionDays(JobType type, const ScoringPolicy& policy) {
  switch (type) {
    case JobType::kRepair:
      return policy.retention_days_repair;
    case JobType::kInstallation:
      return policy.retention_days_installation;
    case JobType::kMaintenance:  // no retention period: a maintenance visit fixes nothing
      return 0;
  }
  return 0;
}

RetentionOutcome EvaluateRetention(const Job& job, const Job* first_later_repair,
                                   std::span<const CallBack* const> callbacks,
                                   const ScoringPolicy& policy, TimeMs now) {
  RetentionOutcome out;
  out.days = RetentionDays(job.type, policy);
  if (out.days == 0 || job.status != JobStatus::kCompleted || !job.completed) return out;
  const std::int64_t completed_s = ToSeconds(*job.completed);
  const std::int64_t limit_s = completed_s + std::int64_t{out.days} * 86400;
  out.window_end = *job.completed + std::int64_t{out.days} * kDayMs;

  if (first_later_repair && ToSeconds(first_later_repair->created) <= limit_s) {
    out.repeat = first_later_repair;
  }
  for (const CallBack* cb : callbacks) {
    if (cb->reached && cb->problem_returned.value_or(false)) {
      out.returned_cb = cb;  // the first such call-back explains the failure
      break;
    }
  }
  if (out.repeat || out.returned_cb) {
    out.cls = RetentionClass::kFailed;
  } else if (ToSeconds(now) > limit_s) {
    out.cls = RetentionClass::kHeld;
  } else {
    out.cls = RetentionClass::kPending;
  }
  return out;
}

SatisfactionOutcome EvaluateSatisfaction(std::span<const CallBack* const> callbacks,
                                         const ScoringPolicy& policy) {
  SatisfactionOutcome out;
  out.attempted = !callbacks.empty();
  for (const CallBack* cb : callbacks) {
    if (cb->reached) out.counted = cb;  // ordered by time, so the last one wins
  }
  if (out.counted) {
    out.reached = true;
    out.score = out.counted->score;
    out.nps = out.counted->nps;
    out.satisfied = out.score && *out.score >= policy.satisfaction_threshold;
  }
  return out;
}

ComplaintOutcome EvaluateComplaints(std::span<const CallBack* const> callbacks) {
  ComplaintOutcome out;
  for (const CallBack* cb : callbacks) {
    if (!cb->reached || !cb->complaint) continue;
    ++out.count;
    ++out.by_category[static_cast<int>(*cb->complaint)];
    out.calls.push_back(cb);
  }
  return out;
}

std::optional<CompletionOutcome> EvaluateCompletion(const Job& job, const Job* first_later_repair,
                                                    std::span<const CallBack* const> callbacks,
                                                    const ScoringPolicy& policy, TimeMs now) {
  if (job.status != JobStatus::kCompleted || !job.completed) return std::nullopt;
  CompletionOutcome out;
  out.retention = EvaluateRetention(job, first_later_repair, callbacks, policy, now);
  out.satisfaction = EvaluateSatisfaction(callbacks, policy);
  out.complaints = EvaluateComplaints(callbacks);
  out.first_time_fix = job.first_visit_resolved;
  out.resolution_minutes = WholeMinutes(job.created, *job.completed);
  return out;
}

AttendanceClass EvaluateAttendance(const Shift& shift, const ScoringPolicy& policy, TimeMs now) {
  if (shift.approved_leave) return AttendanceClass::kLeave;
  const std::int64_t deadline = ToSeconds(shift.start + policy.attendance_grace);
  if (shift.check_in) {
    return ToSeconds(*shift.check_in) <= deadline ? AttendanceClass::kAttended
                                                  : AttendanceClass::kMissed;
  }
  return ToSeconds(now) > deadline ? AttendanceClass::kMissed : AttendanceClass::kPending;
}

}  // namespace fieldledger::scoring
