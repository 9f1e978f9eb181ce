#include "app/staff_logic.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace fieldledger::server {

StaffList StaffLogic::List(const Caller& caller, bool include_disabled) {
  StaffList out;
  store_.Read([&](StoreTx& tx) {
    std::set<std::string> team_ids;
    for (UserRecord& u : tx.ListUsers(caller.company_id)) {
      // A technician learns only who they are (and their team), never their colleagues.
      if (caller.role == Role::kTechnician && u.id != caller.user_id) continue;
      if (u.disabled && !include_disabled) continue;
      u.password_hash.clear();
      if (!u.team_id.empty()) team_ids.insert(u.team_id);
      out.members.push_back(std::move(u));
    }
    for (const std::string& id : team_ids) {
      auto team = tx.FindTeam(id);
      // A user's team of another company would be a broken row; it is never shown.
      if (team && team->company_id == caller.company_id) out.teams.push_back(std::move(*team));
    }
  });
  std::sort(out.members.begin(), out.members.end(), [](const UserRecord& a, const UserRecord& b) {
    return std::tie(a.display_name, a.id) < std::tie(b.display_name, b.id);
  });
  std::sort(out.teams.begin(), out.teams.end(), [](const TeamRecord& a, const TeamRecord& b) {
    return std::tie(a.name, a.id) < std::tie(b.name, b.id);
  });
  return out;
}

}  // namespace fieldledger::server
