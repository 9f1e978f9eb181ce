#include "app/audit_logic.h"

#include "app/app_error.h"

namespace fieldledger::server {
namespace {

int CheckedLimit(int limit) {
  if (limit < 0 || limit > 1000) {
    Fail(ErrorKind::kInvalidArgument, "[limit_out_of_range] limit must be between 0 and 1000");
  }
  return limit == 0 ? 100 : limit;
}

}  // namespace

std::vector<AuditRecord> AuditLogic::JobAudit(const Caller& caller, const std::string& job_id,
                                              int limit) {
  const int n = CheckedLimit(limit);
  if (job_id.size() > 100)
    Fail(ErrorKind::kInvalidArgument, "[job_id_too_long] job_id is too long");
  std::vector<AuditRecord> out;
  store_.Read([&](StoreTx& tx) {
    if (!job_id.empty()) {
      auto job = tx.FindJob(job_id);
      if (!job || job->company_id != caller.company_id) {
        Fail(ErrorKind::kNotFound, "[job_not_found] job_id: no job '" + job_id + "'");
      }
    }
    out = tx.ListCompanyAudit(caller.company_id, job_id, n);
  });
  return out;
}

std::vector<SecurityEventRecord> AuditLogic::SignIns(const Caller& caller, int limit) {
  const int n = CheckedLimit(limit);
  std::vector<SecurityEventRecord> out;
  store_.Read([&](StoreTx& tx) { out = tx.ListSecurityEvents(caller.company_id, n); });
  return out;
}

}  // namespace fieldledger::server
