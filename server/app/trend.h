#pragma once
// A KPI over consecutive weeks or months (the manager's trend charts): one point per
// period, oldest first, each the metric's numerator / denominator in that period exactly
// as the scorecard of that period would give it.
#include <string>
#include <vector>

#include "fieldledger/scoring/period.h"
#include "fieldledger/scoring/policy.h"
#include "fieldledger/scoring/scorecard.h"
#include "storage/store.h"

namespace fieldledger::server {

struct TrendPoint {
  scoring::Period period;
  std::int64_t successes = 0;
  std::int64_t trials = 0;  // 0: no data in that period
};

inline constexpr int kMaxTrendPeriods = 24;

// `count` periods of `kind` (ISO week or month) ending with the one containing `anchor`.
// Throws std::invalid_argument for another kind or a count outside 1..kMaxTrendPeriods.
std::vector<TrendPoint> ComputeTrend(StoreTx& tx, const std::string& company_id,
                                     const std::string& time_zone, scoring::Metric metric,
                                     scoring::PeriodKind kind, int count, TimeMs anchor,
                                     const scoring::Scope& scope,
                                     const scoring::ScoringPolicy& policy, TimeMs now);

}  // namespace fieldledger::server
