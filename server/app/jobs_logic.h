#pragma once
// Dispatcher operations on jobs: create, list, assign, cancel. Every change appends to
// the change feed the technicians' devices pull from, and to the audit trail (who, when,
// from where, why: the cancellation's reason is kept there).
#include <optional>
#include <string>
#include <vector>

#include "app/change_hook.h"
#include "app/new_job.h"
#include "auth/caller.h"
#include "storage/store.h"

namespace fieldledger::server {

struct JobListQuery {
  std::string technician_id;  // empty: every technician (a technician gets only their own)
  int page_size = 0;          // 0: 200; at most 1000
  std::optional<TimeWindow> window_overlaps;  // only jobs whose window overlaps this
  std::string page_token;                     // from the previous page; empty: the first
};

struct ListedJob {
  JobRecord job;
  std::string technician_name;
};

struct JobPage {
  std::vector<ListedJob> jobs;
  std::string next_page_token;  // empty on the last page
};

class JobsLogic {
 public:
  explicit JobsLogic(Store& store) : store_(store) {}

  // A retry with the same request_id and the same `body_sha256` (of the job as sent,
  // v1::MessageSha256, as DispatchActions::Create) returns the first job and changes
  // nothing; the same request_id with another body is refused (app/idempotency.h).
  JobRecord Create(const Caller& caller, const NewJob& job, const std::string& request_id,
                   const std::string& body_sha256, TimeMs now);
  JobPage List(const Caller& caller, const JobListQuery& query);
  JobRecord Assign(const Caller& caller, const std::string& job_id,
                   const std::string& technician_id, TimeMs now);
  JobRecord Cancel(const Caller& caller, const std::string& job_id, const std::string& reason,
                   TimeMs now);

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
