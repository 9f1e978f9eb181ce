#include "app/manager_logic.h"

#include <stdexcept>

#include "app/app_error.h"

namespace fieldledger::server {

std::string ManagerLogic::CompanyZone(const Caller& caller) {
  std::string zone;
  store_.Read([&](StoreTx& tx) {
    auto company = tx.FindCompany(caller.company_id);
    if (!company) Fail(ErrorKind::kNotFound, "company does not exist");
    zone = company->time_zone;
  });
  return zone;
}

void ManagerLogic::CheckTeam(StoreTx& tx, const Caller& caller, const std::string& team_id) {
  if (team_id.empty()) return;
  auto team = tx.FindTeam(team_id);
  // Another company's team is reported exactly like a missing one: ids do not leak.
  if (!team || team->company_id != caller.company_id) {
    Fail(ErrorKind::kNotFound, "team_id: team '" + team_id + "' does not exist");
  }
}

MonthPay ManagerLogic::Pay(const Caller& caller, const scoring::Period& month,
                           const std::string& team_id, TimeMs now) {
  MonthPay out;
  store_.Read([&](StoreTx& tx) {
    CheckTeam(tx, caller, team_id);
    out = ComputeMonthPay(tx, caller.company_id, month, scoring_policy_, pay_policy_, now, team_id);
  });
  return out;
}

std::vector<RevenueRow> ManagerLogic::Revenue(const Caller& caller, const scoring::Period& period,
                                              const std::string& team_id) {
  std::vector<RevenueRow> out;
  store_.Read([&](StoreTx& tx) {
    CheckTeam(tx, caller, team_id);
    auto tallies = CollectRevenue(tx, caller.company_id, period);
    for (UserRecord& u : tx.ListUsers(caller.company_id)) {
      if (u.role != Role::kTechnician) continue;
      if (!team_id.empty() && u.team_id != team_id) continue;
      auto it = tallies.find(u.id);
      if (it == tallies.end() && u.disabled) continue;
      RevenueRow row{u.id, u.display_name, u.team_id, {}};
      if (it != tallies.end()) row.tally = std::move(it->second);
      out.push_back(std::move(row));
    }
  });
  return out;
}

std::vector<TrendPoint> ManagerLogic::Trend(const Caller& caller, scoring::Metric metric,
                                            scoring::PeriodKind kind, int count, TimeMs anchor,
                                            const scoring::Scope& scope, TimeMs now) {
  std::vector<TrendPoint> out;
  store_.Read([&](StoreTx& tx) {
    const auto company = tx.FindCompany(caller.company_id);
    if (!company) Fail(ErrorKind::kNotFound, "company does not exist");
    if (scope.kind == scoring::Scope::Kind::kTeam) CheckTeam(tx, caller, scope.id);
    if (scope.kind == scoring::Scope::Kind::kTechnician) {
      auto u = tx.FindUser(scope.id);
      if (!u || u->company_id != caller.company_id || u->role != Role::kTechnician) {
        Fail(ErrorKind::kNotFound, "technician_id: technician '" + scope.id + "' does not exist");
      }
    }
    try {
      out = ComputeTrend(tx, caller.company_id, company->time_zone, metric, kind, count, anchor,
                         scope, scoring_policy_, now);
    } catch (const std::invalid_argument& e) {
      Fail(ErrorKind::kInvalidArgument, e.what());
    }
  });
  return out;
}

}  // namespace fieldledger::server
