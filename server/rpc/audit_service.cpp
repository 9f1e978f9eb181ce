#include "rpc/audit_service.h"

namespace fieldledger::server {

grpc::Status AuditServiceImpl::ListJobAudit(grpc::ServerContext* ctx,
                                            const v1::ListJobAuditRequest* req,
                                            v1::JobAuditList* resp) {
  return gate_.Run(ctx, "AuditService/ListJobAudit", [&](const Caller& caller, TimeMs) {
    for (const auto& r : logic_.JobAudit(caller, req->job_id(), req->limit())) {
      auto* e = resp->add_entries();
      e->set_at_ms(r.at_ms);
      e->set_job_id(r.job_id);
      e->set_actor_id(r.actor_id);
      e->set_actor_name(r.actor_name);
      e->set_action(r.action);
      e->set_reason(r.reason);
      e->set_detail(r.detail);
      e->set_address(r.address);
      e->set_device(r.device);
    }
  });
}

grpc::Status AuditServiceImpl::ListSignIns(grpc::ServerContext* ctx,
                                           const v1::ListSignInsRequest* req,
                                           v1::SignInList* resp) {
  return gate_.Run(ctx, "AuditService/ListSignIns", [&](const Caller& caller, TimeMs) {
    for (const auto& r : logic_.SignIns(caller, req->limit())) {
      auto* e = resp->add_entries();
      e->set_at_ms(r.at_ms);
      e->set_user_id(r.user_id);
      e->set_action(r.action);
      e->set_address(r.address);
      e->set_device(r.device);
      e->set_detail(r.detail);
    }
  });
}

}  // namespace fieldledger::server
