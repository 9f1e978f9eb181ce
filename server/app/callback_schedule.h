#pragma once
// Where one completed visit stands on the call-back schedule (docs/callbacks.md): due
// at completion + the policy delay of its job type; an unreachable customer is due again
// after the policy's retry wait, until max_attempts unreachable calls take the visit out
// of the queue as "unreachable"; a reached customer or a wrong number ends it.
#include <span>

#include "fieldledger/scoring/policy.h"
#include "storage/records.h"

namespace fieldledger::server {

enum class CallBackStatus {
  kNotDue,        // completed less than the delay ago
  kDue,           // never attempted, due
  kRetryWaiting,  // unreachable so far, next attempt not due yet
  kRetryDue,      // unreachable so far, next attempt due
  kReached,       // done
  kUnreachable,   // every attempt unreachable: left the queue
  kWrongNumber,   // left the queue
};
const char* CallBackStatusName(CallBackStatus s);

struct CallBackState {
  CallBackStatus status = CallBackStatus::kNotDue;
  int attempts = 0;      // call-backs recorded
  TimeMs first_due = 0;  // completion + delay
  TimeMs next_due = 0;   // when the pending attempt is (or was) due; 0 once closed
  TimeMs deadline = 0;   // next_due + call_within; 0 once closed
  bool overdue = false;  // in the queue and not called by the deadline
  bool InQueue() const {
    return status == CallBackStatus::kDue || status == CallBackStatus::kRetryDue;
  }
};

DurationMs CallBackDelay(JobType type, const scoring::CallBackPolicy& policy);

// `calls`: the job's call-backs in (at_ms, id) order. The job must be completed.
CallBackState EvaluateCallBackState(const JobRecord& job, std::span<const CallBackRecord> calls,
                                    const scoring::CallBackPolicy& policy, TimeMs now);

}  // namespace fieldledger::server
