#pragma once
// Reading the audit trails (managers and administrators, scoped to their company):
// job changes and the sign-in trail. Takes and returns records; rpc/audit_service.h
// converts.
#include <string>
#include <vector>

#include "auth/caller.h"
#include "storage/store.h"

namespace fieldledger::server {

class AuditLogic {
 public:
  explicit AuditLogic(Store& store) : store_(store) {}

  // Newest first. limit 0 means 100; outside 0..1000 is refused, naming the field. A job
  // of another company is "not found", as if it did not exist.
  std::vector<AuditRecord> JobAudit(const Caller& caller, const std::string& job_id, int limit);
  std::vector<SecurityEventRecord> SignIns(const Caller& caller, int limit);

 private:
  Store& store_;
};

}  // namespace fieldledger::server
