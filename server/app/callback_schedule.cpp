#include "app/callback_schedule.h"

namespace fieldledger::server {

const char* CallBackStatusName(CallBackStatus s) {
  switch (s) {
    case CallBackStatus::kNotDue:
      return "not_due";
    case CallBackStatus::kDue:
      return "due";
    case CallBackStatus::kRetryWaiting:
      return "retry_waiting";
    case CallBackStatus::kRetryDue:
      return "retry_due";
    case CallBackStatus::kReached:
      return "reached";
    case CallBackStatus::kUnreachable:
      return "unreachable";
    case CallBackStatus::kWrongNumber:
      return "wrong_number";
  }
  return "unknown";
}

DurationMs CallBackDelay(JobType type, const scoring::CallBackPolicy& policy) {
  switch (type) {
    case JobType::kRepair:
      return policy.delay_repair;
    case JobType::kInstallation:
      return policy.delay_installation;
    case JobType::kMaintenance:
      return policy.delay_maintenance;
  }
  return policy.delay_repair;
}

CallBackState EvaluateCallBackState(const JobRecord& job, std::span<const CallBackRecord> calls,
                                    const scoring::CallBackPolicy& policy, TimeMs now) {
  CallBackState out;
  out.first_due = job.completed_ms.value_or(job.updated_ms) + CallBackDelay(job.type, policy);
  int unreachable = 0;
  TimeMs last_unreachable = 0;
  for (const auto& c : calls) {
    ++out.attempts;
    // A reached call or a wrong number ends the schedule; later calls (a follow-up by a
    // supervisor, say) still count for satisfaction but do not reopen the visit.
    if (c.reached) {
      out.status = CallBackStatus::kReached;
      return out;
    }
    if (c.wrong_number) {
      out.status = CallBackStatus::kWrongNumber;
      return out;
    }
    ++unreachable;
    last_unreachable = c.at_ms;
  }
  if (unreachable >= policy.max_attempts) {
    out.status = CallBackStatus::kUnreachable;
    return out;
  }
  if (unreachable == 0) {
    out.next_due = out.first_due;
    out.status = now >= out.next_due ? CallBackStatus::kDue : CallBackStatus::kNotDue;
  } else {
    const std::size_t wait = static_cast<std::size_t>(unreachable - 1);
    out.next_due = last_unreachable +
                   (wait < policy.retry_after.size() ? policy.retry_after[wait] : DurationMs{0});
    out.status = now >= out.next_due ? CallBackStatus::kRetryDue : CallBackStatus::kRetryWaiting;
  }
  out.deadline = out.next_due + policy.call_within;
  out.overdue = out.InQueue() && now > out.deadline;
  return out;
}

}  // namespace fieldledger::server
