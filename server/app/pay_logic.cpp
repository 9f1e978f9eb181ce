#include "app/pay_logic.h"

#include <map>
#include <set>

#include "app/scoring_inputs.h"
#include "fieldledger/scoring/ranking.h"
#include "fieldledger/scoring/scorecard.h"

namespace fieldledger::server {

MonthPay ComputeMonthPay(StoreTx& tx, const std::string& company_id, const scoring::Period& period,
                         const scoring::ScoringPolicy& scoring_policy,
                         const pay::PayPolicy& pay_policy, TimeMs now, const std::string& team_id) {
  MonthPay out;
  out.period = period;
  out.scoring_policy_version = scoring_policy.version;
  out.pay_policy_version = pay_policy.version;
  out.computed_at = now;

  std::map<std::string, TechnicianPay> by_id;
  std::set<std::string> disabled;
  for (const UserRecord& u : tx.ListUsers(company_id)) {
    if (u.role != Role::kTechnician) continue;
    if (u.disabled) disabled.insert(u.id);
    TechnicianPay& t = by_id[u.id];
    t.technician_id = u.id;
    t.display_name = u.display_name;
    t.team_id = u.team_id;
  }

  for (auto& [id, tally] : CollectRevenue(tx, company_id, period)) {
    auto it = by_id.find(id);
    if (it == by_id.end()) continue;
    it->second.revenue_fen = tally.revenue_fen;
    it->second.revenue_jobs = tally.jobs;
    it->second.fee_differences = std::move(tally.fee_differences);
  }

  const scoring::ScoringData data(LoadScoringDataset(tx, company_id, scoring_policy));
  auto cards = scoring::ComputeScorecards(data, scoring_policy, scoring::Scope::Kind::kTechnician,
                                          period, now);
  std::erase_if(cards, [&](const scoring::Scorecard& c) { return !by_id.contains(c.scope.id); });
  std::map<std::string, pay::PayInputs> inputs;
  for (const scoring::Scorecard& c : cards) {
    for (scoring::Metric m : scoring::kAllMetrics) {
      const auto& rate = c.MetricRate(m);
      inputs[c.scope.id].Of(m).successes = rate.numerator;
      inputs[c.scope.id].Of(m).trials = rate.denominator;
    }
  }
  for (scoring::Metric m : scoring::kAllMetrics) {
    for (const auto& e : scoring::RankMetric(cards, m, scoring_policy)) {
      inputs[e.technician].Of(m).rank = e.rank;
    }
  }

  for (auto& [id, t] : by_id) {
    // Someone who left (disabled) is paid for a month only if they worked in it.
    const bool worked = inputs.contains(id) || t.revenue_jobs > 0 || !t.fee_differences.empty();
    if (disabled.contains(id) && !worked) continue;
    if (!team_id.empty() && t.team_id != team_id) continue;
    t.inputs = inputs[id];
    t.inputs.revenue_fen = t.revenue_fen;
    t.payslip = pay::ComputePay(pay_policy, t.inputs);
    out.technicians.push_back(std::move(t));
  }
  return out;
}

}  // namespace fieldledger::server
