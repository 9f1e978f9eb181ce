#include "app/trend.h"

#include <algorithm>
#include <stdexcept>

#include "app/scoring_inputs.h"

namespace fieldledger::server {

std::vector<TrendPoint> ComputeTrend(StoreTx& tx, const std::string& company_id,
                                     const std::string& time_zone, scoring::Metric metric,
                                     scoring::PeriodKind kind, int count, TimeMs anchor,
                                     const scoring::Scope& scope,
                                     const scoring::ScoringPolicy& policy, TimeMs now) {
  if (kind != scoring::PeriodKind::kIsoWeek && kind != scoring::PeriodKind::kMonth) {
    throw std::invalid_argument("kind must be ISO week or month");
  }
  if (count < 1 || count > kMaxTrendPeriods) {
    throw std::invalid_argument("count must be between 1 and " + std::to_string(kMaxTrendPeriods));
  }
  // Walk back from the anchor's period: the one before starts just before this one does.
  std::vector<scoring::Period> periods;
  periods.push_back(scoring::PeriodContaining(anchor, kind, time_zone));
  while (static_cast<int>(periods.size()) < count) {
    periods.push_back(scoring::PeriodContaining(periods.back().start - 1, kind, time_zone));
  }
  std::reverse(periods.begin(), periods.end());

  // One dataset for every point: the same records, scored period by period.
  const scoring::ScoringData data(LoadScoringDataset(tx, company_id, policy));
  std::vector<TrendPoint> out;
  for (const scoring::Period& p : periods) {
    const scoring::Scorecard card =
        scoring::ComputeScorecard(data, policy, scope, p, now, /*explain=*/false);
    const auto& rate = card.MetricRate(metric);
    out.push_back({p, rate.numerator, rate.denominator});
  }
  return out;
}

}  // namespace fieldledger::server
