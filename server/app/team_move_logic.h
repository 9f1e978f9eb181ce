#pragma once
// Moving a technician to another team (StaffService.MoveUserToTeam, fieldledger-admin
// move-user): the new membership begins at the server's instant of the call, never at a
// time the client names, so team cards of past periods keep the team the technician had
// then (app/scoring_inputs.h, TeamHistory). Every move is audited in team_moves: who, when,
// from which address and device, from which team to which, and why.
#include <string>

#include "auth/caller.h"
#include "storage/store.h"

namespace fieldledger::server {

struct TeamMoveResult {
  UserRecord user;     // as stored after the call, password hash cleared
  bool moved = false;  // false: the user was already in that team and nothing changed
  TeamMove move;       // the audit row written (empty when !moved)
};

class TeamMoveLogic {
 public:
  explicit TeamMoveLogic(Store& store) : store_(store) {}

  // Moves technician `user_id` of the caller's company to `team_id` of the same company
  // from `now` on. Refusals, "[code] detail", changing nothing: INVALID_ARGUMENT
  // field_required (user_id, team_id), reason_required, field_too_long and bad_text
  // (reason), not_a_technician; NOT_FOUND user_not_found and team_not_found (also for a
  // user or team of another company). A move to the team the user is already in changes
  // nothing and writes no audit row, so a retried call is harmless.
  TeamMoveResult Move(const Caller& caller, const std::string& user_id, const std::string& team_id,
                      const std::string& reason, TimeMs now);

 private:
  Store& store_;
};

}  // namespace fieldledger::server
