#include "app/team_move_logic.h"

#include <algorithm>

#include "app/dispatch_errors.h"
#include "app/text_input.h"

namespace fieldledger::server {
namespace {

constexpr std::size_t kMaxReason = 500;

void RequireRequest(const std::string& user_id, const std::string& team_id,
                    const std::string& reason) {
  if (user_id.empty()) DispatchFail(ErrorKind::kInvalidArgument, "field_required", "user_id");
  if (team_id.empty()) DispatchFail(ErrorKind::kInvalidArgument, "field_required", "team_id");
  if (reason.empty()) {
    DispatchFail(ErrorKind::kInvalidArgument, "reason_required", "reason is required");
  }
  if (reason.size() > kMaxReason) {
    DispatchFail(ErrorKind::kInvalidArgument, "field_too_long", "reason");
  }
  if (auto why = RefuseText("reason", reason, kMaxReason); !why.empty()) {
    DispatchFail(ErrorKind::kInvalidArgument, "bad_text", why);
  }
}

}  // namespace

TeamMoveResult TeamMoveLogic::Move(const Caller& caller, const std::string& user_id,
                                   const std::string& team_id, const std::string& reason,
                                   TimeMs now) {
  RequireRequest(user_id, team_id, reason);
  TeamMoveResult out;
  store_.Write([&](StoreTx& tx) {
    auto user = tx.FindUser(user_id);
    // Another company's user or team is reported as missing: its existence is not ours
    // to reveal.
    if (!user || user->company_id != caller.company_id) {
      DispatchFail(ErrorKind::kNotFound, "user_not_found",
                   "user_id: user '" + user_id + "' does not exist");
    }
    if (user->role != Role::kTechnician) {
      DispatchFail(ErrorKind::kInvalidArgument, "not_a_technician",
                   "user_id: user '" + user->username + "' is not a technician");
    }
    auto team = tx.FindTeam(team_id);
    if (!team || team->company_id != caller.company_id) {
      DispatchFail(ErrorKind::kNotFound, "team_not_found",
                   "team_id: team '" + team_id + "' does not exist");
    }
    if (user->team_id == team_id) {
      out.user = *user;
      return;
    }
    // The membership begins now. A server clock that stepped back must not slip the new
    // membership in before the one in force, or the history would disagree with users.
    TimeMs from = now;
    for (const auto& m : tx.ListTeamMemberships(caller.company_id)) {
      if (m.user_id == user_id) from = std::max(from, m.from_ms);
    }
    tx.SetUserTeam(user_id, team_id, from);
    out.move = {0,
                caller.company_id,
                user_id,
                user->team_id,
                team_id,
                from,
                caller.user_id,
                caller.display_name,
                reason,
                caller.address,
                caller.device};
    tx.InsertTeamMove(out.move);
    out.moved = true;
    out.user = *user;
    out.user.team_id = team_id;
  });
  out.user.password_hash.clear();
  return out;
}

}  // namespace fieldledger::server
