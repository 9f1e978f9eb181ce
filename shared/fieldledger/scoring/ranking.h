#pragma once
// PK ranking: technicians ranked per metric and period by the lower bound of the 95% Wilson
// score interval of their rate, so a small lucky sample does not outrank a large good one.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/scoring/policy.h"

namespace fieldledger::scoring {

struct Scorecard;

// (p + z^2/(2n) - z*sqrt(p(1-p)/n + z^2/(4n^2))) / (1 + z^2/n), z = 1.96; 0 when n == 0.
double WilsonLowerBound(std::int64_t successes, std::int64_t trials);

// Decimal places the bound is rounded to before ranking. The raw formula carries
// floating-point noise (0/11 gives about 2e-17, 0/12 exactly 0), so ranking on raw doubles
// would order equal bounds by accident; the rounded value is exact and two technicians
// with equal rounded bounds share a rank.
inline constexpr int kWilsonDecimals = 6;
// The rounded bound in units of 10^-kWilsonDecimals: the exact key ranks compare.
std::int64_t WilsonRankKey(std::int64_t successes, std::int64_t trials);

struct RankInput {
  std::string technician;
  std::int64_t successes = 0;
  std::int64_t trials = 0;
};

struct RankEntry {
  std::string technician;
  std::int64_t successes = 0;
  std::int64_t trials = 0;
  std::optional<double> rate;
  double wilson_lower_bound = 0;  // rounded: wilson_key / 10^kWilsonDecimals
  std::int64_t wilson_key = 0;    // WilsonRankKey(successes, trials)
  std::optional<int> rank;        // nullopt: listed but unranked
  std::string note;               // why unranked, e.g. "sample 1 < minimum 10"
};

// Ranked entries first (best first by WilsonRankKey; equal keys share a rank: 1, 2, 2, 4),
// then the unranked ones; within equal standing by technician id.
std::vector<RankEntry> RankByWilson(std::vector<RankInput> inputs, int min_sample);

// Ranks technician scorecards (one period) on one metric with the policy's minimum sample.
std::vector<RankEntry> RankMetric(const std::vector<Scorecard>& cards, Metric metric,
                                  const ScoringPolicy& policy);

}  // namespace fieldledger::scoring
