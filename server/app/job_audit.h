#pragma once
// One row of the job audit trail (storage/audit_records.h) for a change the caller made:
// who (id and name), when, from where (address and device), what and why. For logic that
// changes a job outside the dispatch desk's actions (e.g. ScoringService's excusals).
#include <string>

#include "auth/caller.h"
#include "storage/store.h"

namespace fieldledger::server {

inline void AuditJobChange(StoreTx& tx, const Caller& caller, const std::string& job_id,
                           const std::string& action, const std::string& reason,
                           const std::string& detail, TimeMs now) {
  AuditRecord a;
  a.company_id = caller.company_id;
  a.job_id = job_id;
  a.actor_id = caller.user_id;
  a.actor_name = caller.display_name;
  a.at_ms = now;
  a.action = action;
  a.reason = reason;
  a.detail = detail;
  a.address = caller.address;
  a.device = caller.device;
  tx.InsertAudit(a);
}

}  // namespace fieldledger::server
