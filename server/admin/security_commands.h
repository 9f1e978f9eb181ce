#pragma once
// The admin CLI's user, session and audit commands (docs/security.md): disable and enable
// a user, list and end sessions, read the job audit trail and the sign-in trail. Every
// change ends the sessions it must and is recorded in the security trail.
#include <iosfwd>
#include <optional>

#include "admin/admin_commands.h"

namespace fieldledger::server::admin {

// nullopt when `args.command` is not one of these.
std::optional<int> RunSecurityCommand(Store& store, const Args& args, std::ostream& out);

// Ends every session of the user and records `action` in the security trail; returns how
// many ended. Used by disable-user and set-password.
int EndSessionsAfter(Store& store, StoreTx& tx, const UserRecord& user, const std::string& action,
                     TimeMs now);

void PrintSecurityUsage(std::ostream& out);

}  // namespace fieldledger::server::admin
