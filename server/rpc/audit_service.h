#pragma once
// AuditService: the managers' and administrators' view of the audit trails, a thin call
// through the Gate into AuditLogic. The only audit code that speaks v1:: messages.
#include <memory>

#include "app/audit_logic.h"
#include "fieldledger/v1/audit.grpc.pb.h"
#include "rpc/gate.h"

namespace fieldledger::server {

class AuditServiceImpl final : public v1::AuditService::Service {
 public:
  AuditServiceImpl(Gate& gate, Store& store) : gate_(gate), logic_(store) {}
  grpc::Status ListJobAudit(grpc::ServerContext*, const v1::ListJobAuditRequest*,
                            v1::JobAuditList*) override;
  grpc::Status ListSignIns(grpc::ServerContext*, const v1::ListSignInsRequest*,
                           v1::SignInList*) override;

 private:
  Gate& gate_;
  AuditLogic logic_;
};

}  // namespace fieldledger::server
