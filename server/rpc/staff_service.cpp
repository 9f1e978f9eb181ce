#include "rpc/staff_service.h"

namespace fieldledger::server {

grpc::Status StaffServiceImpl::ListStaff(grpc::ServerContext* ctx, const v1::ListStaffRequest* req,
                                         v1::Staff* resp) {
  return gate_.Run(ctx, "StaffService/ListStaff", [&](const Caller& c, TimeMs) {
    const StaffList staff = logic_.List(c, req->include_disabled());
    for (const UserRecord& u : staff.members) {
      auto* m = resp->add_members();
      m->set_id(u.id);
      m->set_username(u.username);
      m->set_display_name(u.display_name);
      m->set_role(RoleName(u.role));
      m->set_team_id(u.team_id);
      m->set_disabled(u.disabled);
    }
    for (const TeamRecord& t : staff.teams) {
      auto* team = resp->add_teams();
      team->set_id(t.id);
      team->set_name(t.name);
    }
  });
}

}  // namespace fieldledger::server
