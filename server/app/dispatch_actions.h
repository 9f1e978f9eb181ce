#pragma once
// What a dispatcher does to jobs from the desk: create, assign, reschedule, cancel,
// excuse and revoke, accept an unverified arrival. Each checks the caller's company,
// changes the job in one transaction with an audit row (who, when, what, reason) and
// the change-feed rows the technicians' phones pull, then tells the board and the live
// scores. Refusals are "[code] detail" (app/dispatch_errors.h).
#include <string>

#include "app/change_hook.h"
#include "app/dispatch_types.h"
#include "auth/caller.h"
#include "storage/store.h"

namespace fieldledger::server {

class DispatchActions {
 public:
  DispatchActions(Store& store, DispatchPolicy policy) : store_(store), policy_(policy) {}

  // `draft` carries what the dispatcher typed (reference optional, window, technician,
  // customer, site, product facts); id, status and times are set here. A retry with the
  // same request_id and the same `body_sha256` (the SHA-256 of the request's job as sent,
  // v1::MessageSha256) returns the first job's id and changes nothing; the same request_id
  // with another body is refused (app/idempotency.h).
  std::string Create(const Caller& caller, const JobRecord& draft, const std::string& request_id,
                     const std::string& body_sha256, TimeMs now);
  void Assign(const Caller& caller, const std::string& job_id, const std::string& technician_id,
              const std::string& reason, TimeMs now);
  void Reschedule(const Caller& caller, const std::string& job_id, TimeWindow window,
                  const std::string& reason, TimeMs now);
  void Cancel(const Caller& caller, const std::string& job_id, const std::string& reason,
              TimeMs now);
  void Excuse(const Caller& caller, const std::string& job_id, const std::string& reason,
              TimeMs now);
  void RevokeExcusal(const Caller& caller, const std::string& job_id, const std::string& reason,
                     TimeMs now);
  void AcceptArrival(const Caller& caller, const std::string& job_id, const std::string& reason,
                     TimeMs now);

  JobsChangedHook on_jobs_changed;  // after each committed change

 private:
  void Changed(const Caller& caller, const std::string& job_id, TimeMs now);
  void Audit(StoreTx& tx, const Caller& caller, const JobRecord& job, const std::string& action,
             const std::string& reason, const std::string& detail, TimeMs now);
  std::string Zone(StoreTx& tx, const Caller& caller);

  Store& store_;
  DispatchPolicy policy_;
};

}  // namespace fieldledger::server
