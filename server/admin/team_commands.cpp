#include "admin/team_commands.h"

#include <ostream>
#include <stdexcept>

#include "app/team_move_logic.h"
#include "app/time_text.h"
#include "rpc/gate.h"

namespace fieldledger::server::admin {
namespace {

// The CLI acts as the company's administrator, from no network address.
Caller CliCaller(StoreTx& tx, const std::string& company_id) {
  if (!tx.FindCompany(company_id)) {
    throw std::invalid_argument("company '" + company_id + "' does not exist");
  }
  return Caller{"admin-cli", company_id, "administrator (CLI)", "", Role::kAdmin, "", "admin CLI"};
}

std::string ZoneOf(StoreTx& tx, const std::string& company_id) {
  auto c = tx.FindCompany(company_id);
  return c ? c->time_zone : "UTC";
}

int MoveUser(Store& store, const Args& a, std::ostream& out) {
  Caller caller;
  std::string user_id;
  std::string tz;
  store.Read([&](StoreTx& tx) {
    caller = CliCaller(tx, a.Get("company"));
    tz = ZoneOf(tx, a.Get("company"));
    auto u = tx.FindUserByUsername(a.Get("username"));
    // Another company's username is as unknown here as in the RPC.
    if (!u || u->company_id != caller.company_id) {
      throw std::invalid_argument("no user '" + a.Get("username") + "' in company " +
                                  caller.company_id);
    }
    user_id = u->id;
  });
  const TeamMoveResult r = TeamMoveLogic(store).Move(caller, user_id, a.Get("team"),
                                                     a.GetOr("reason", ""), SystemNowMs());
  if (!r.moved) {
    out << a.Get("username") << " is already in team " << r.user.team_id << "; nothing changed\n";
    return 0;
  }
  out << a.Get("username") << " moved from "
      << (r.move.from_team_id.empty() ? "no team" : "team " + r.move.from_team_id) << " to team "
      << r.move.to_team_id << " from " << FormatLocalTime(r.move.at_ms, tz) << " on\n";
  return 0;
}

int ListTeamMoves(Store& store, const Args& a, std::ostream& out) {
  store.Read([&](StoreTx& tx) {
    CliCaller(tx, a.Get("company"));
    const std::string tz = ZoneOf(tx, a.Get("company"));
    for (const TeamMove& m : tx.ListTeamMoves(a.Get("company"))) {
      auto u = tx.FindUser(m.user_id);
      out << FormatLocalTime(m.at_ms, tz) << "  " << (u ? u->username : m.user_id) << "  "
          << (m.from_team_id.empty() ? "-" : m.from_team_id) << " -> " << m.to_team_id << "  by "
          << m.actor_name << " (" << (m.address.empty() ? m.device : m.address) << "): " << m.reason
          << "\n";
    }
  });
  return 0;
}

}  // namespace

std::optional<int> RunTeamCommand(Store& store, const Args& a, std::ostream& out) {
  if (a.command == "move-user") return MoveUser(store, a, out);
  if (a.command == "team-moves") return ListTeamMoves(store, a, out);
  return std::nullopt;
}

void PrintTeamUsage(std::ostream& out) {
  out << "  move-user    --company ID --username U --team ID --reason TEXT\n"
         "               move a technician to another team from now on (team cards of\n"
         "               earlier periods keep the old team); audited\n"
         "  team-moves   --company ID   every team move: when, who, from, to, by whom, why\n";
}

}  // namespace fieldledger::server::admin
