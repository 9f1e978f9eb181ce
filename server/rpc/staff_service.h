#pragma once
// StaffService (proto/fieldledger/v1/staff.proto): a thin call through the Gate into
// StaffLogic, with the wire conversions.
#include "app/staff_logic.h"
#include "app/team_move_logic.h"
#include "fieldledger/v1/staff.grpc.pb.h"
#include "rpc/gate.h"

namespace fieldledger::server {

class StaffServiceImpl final : public v1::StaffService::Service {
 public:
  StaffServiceImpl(Gate& gate, StaffLogic& logic, TeamMoveLogic& moves)
      : gate_(gate), logic_(logic), moves_(moves) {}
  grpc::Status ListStaff(grpc::ServerContext*, const v1::ListStaffRequest*, v1::Staff*) override;
  grpc::Status MoveUserToTeam(grpc::ServerContext*, const v1::MoveUserToTeamRequest*,
                              v1::MoveUserToTeamResponse*) override;

 private:
  Gate& gate_;
  StaffLogic& logic_;
  TeamMoveLogic& moves_;
};

struct StaffParts {
  StaffParts(Store& store, Gate& gate) : logic(store), moves(store), service(gate, logic, moves) {}
  StaffLogic logic;
  TeamMoveLogic moves;
  StaffServiceImpl service;
};

}  // namespace fieldledger::server
