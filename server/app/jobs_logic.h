#pragma once
// Dispatcher operations on jobs: create, list, assign, cancel. Every change appends to
// the change feed the technicians' devices pull from, and to the audit trail (who, when,
// from where, why: the cancellation's reason is kept there).
#include <string>

#include "app/change_hook.h"
#include "app/new_job.h"
#include "auth/caller.h"
#include "fieldledger/v1/jobs.pb.h"
#include "storage/store.h"

namespace fieldledger::server {

class JobsLogic {
 public:
  explicit JobsLogic(Store& store) : store_(store) {}

  v1::Job Create(const Caller& caller, const v1::CreateJobRequest& req, TimeMs now);
  v1::ListJobsResponse List(const Caller& caller, const v1::ListJobsRequest& req);
  v1::Job Assign(const Caller& caller, const v1::AssignJobRequest& req, TimeMs now);
  v1::Job Cancel(const Caller& caller, const v1::CancelJobRequest& req, TimeMs now);

  // Validates and stores a new job (every field named in the refusal). Used by Create, the
  // admin CLI, CSV import and the demo, which act as the company's administrator.
  JobRecord CreateRecord(StoreTx& tx, const std::string& company_id, const NewJob& job, TimeMs now);
  // The "created" audit row for a job made by CreateRecord (the admin CLI and CSV import
  // call it with their administrator caller).
  static void AuditCreated(StoreTx& tx, const Caller& caller, const JobRecord& job, TimeMs now);

  JobsChangedHook on_jobs_changed;  // after each committed change

 private:
  Store& store_;
};

}  // namespace fieldledger::server
