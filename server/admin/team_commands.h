#pragma once
// The admin CLI's team commands: move a technician to another team (TeamMoveLogic, the
// same rules and audit as StaffService.MoveUserToTeam, effective at the moment the
// command runs) and list the audit of team moves.
#include <iosfwd>
#include <optional>

#include "admin/admin_commands.h"

namespace fieldledger::server::admin {

// nullopt when `args.command` is not one of these.
std::optional<int> RunTeamCommand(Store& store, const Args& args, std::ostream& out);

void PrintTeamUsage(std::ostream& out);

}  // namespace fieldledger::server::admin
