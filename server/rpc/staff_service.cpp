#include "rpc/staff_service.h"

namespace fieldledger::server {
namespace {

void ToStaffMember(const UserRecord& u, v1::StaffMember* m) {
  m->set_id(u.id);
  m->set_username(u.username);
  m->set_display_name(u.display_name);
  m->set_role(RoleName(u.role));
  m->set_team_id(u.team_id);
  m->set_disabled(u.disabled);
}

}  // namespace

grpc::Status StaffServiceImpl::ListStaff(grpc::ServerContext* ctx, const v1::ListStaffRequest* req,
                                         v1::Staff* resp) {
  return gate_.Run(ctx, "StaffService/ListStaff", [&](const Caller& c, TimeMs) {
    const StaffList staff = logic_.List(c, req->include_disabled());
    for (const UserRecord& u : staff.members) ToStaffMember(u, resp->add_members());
    for (const TeamRecord& t : staff.teams) {
      auto* team = resp->add_teams();
      team->set_id(t.id);
      team->set_name(t.name);
    }
  });
}

grpc::Status StaffServiceImpl::MoveUserToTeam(grpc::ServerContext* ctx,
                                              const v1::MoveUserToTeamRequest* req,
                                              v1::MoveUserToTeamResponse* resp) {
  return gate_.Run(ctx, "StaffService/MoveUserToTeam", [&](const Caller& c, TimeMs now) {
    const TeamMoveResult r = moves_.Move(c, req->user_id(), req->team_id(), req->reason(), now);
    ToStaffMember(r.user, resp->mutable_member());
    resp->set_moved(r.moved);
    if (r.moved) {
      resp->set_from_team_id(r.move.from_team_id);
      resp->set_effective_ms(r.move.at_ms);
    }
  });
}

}  // namespace fieldledger::server
