#include "fieldledger/scoring/ranking.h"

#include <algorithm>
#include <cmath>

#include "fieldledger/scoring/scorecard.h"

namespace fieldledger::scoring {

double WilsonLowerBound(std::int64_t successes, std::int64_t trials) {
  if (trials <= 0) return 0.0;
  constexpr double z = 1.96;
  const double n = static_cast<double>(trials);
  const double p = static_cast<double>(successes) / n;
  const double num = p + z * z / (2 * n) - z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
  return num / (1 + z * z / n);
}

std::int64_t WilsonRankKey(std::int64_t successes, std::int64_t trials) {
  if (trials <= 0) return 0;
  // Recomputed in long double so the rounding step sees less noise than the double bound.
  constexpr long double z = 1.96L;
  const long double n = static_cast<long double>(trials);
  const long double p = static_cast<long double>(successes) / n;
  const long double num =
      p + z * z / (2 * n) - z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
  const long double bound = num / (1 + z * z / n);
  long double scale = 1;
  for (int i = 0; i < kWilsonDecimals; ++i) scale *= 10;
  const std::int64_t key = std::llround(bound * scale);
  return key < 0 ? 0 : key;  // -0 and a -1e-18 of noise are both 0
}

std::vector<RankEntry> RankByWilson(std::vector<RankInput> inputs, int min_sample) {
  std::vector<RankEntry> entries;
  entries.reserve(inputs.size());
  for (RankInput& in : inputs) {
    RankEntry e;
    e.technician = std::move(in.technician);
    e.successes = in.successes;
    e.trials = in.trials;
    if (in.trials > 0) e.rate = static_cast<double>(in.successes) / in.trials;
    e.wilson_key = WilsonRankKey(in.successes, in.trials);
    e.wilson_lower_bound = static_cast<double>(e.wilson_key) / std::pow(10.0, kWilsonDecimals);
    if (in.trials < min_sample) {
      e.note = "sample " + std::to_string(in.trials) + " < minimum " + std::to_string(min_sample);
    }
    entries.push_back(std::move(e));
  }
  auto eligible = [&](const RankEntry& e) { return e.trials >= min_sample; };
  std::sort(entries.begin(), entries.end(), [&](const RankEntry& a, const RankEntry& b) {
    if (eligible(a) != eligible(b)) return eligible(a);
    if (a.wilson_key != b.wilson_key) return a.wilson_key > b.wilson_key;
    return a.technician < b.technician;
  });
  // Equal rounded bounds share a rank, whatever samples they came from (0/11 and 0/12).
  for (std::size_t i = 0; i < entries.size() && eligible(entries[i]); ++i) {
    if (i > 0 && entries[i].wilson_key == entries[i - 1].wilson_key) {
      entries[i].rank = entries[i - 1].rank;
    } else {
      entries[i].rank = static_cast<int>(i) + 1;
    }
  }
  return entries;
}

std::vector<RankEntry> RankMetric(const std::vector<Scorecard>& cards, Metric metric,
                                  const ScoringPolicy& policy) {
  std::vector<RankInput> inputs;
  for (const Scorecard& c : cards) {
    const RateResult& r = c.MetricRate(metric);
    inputs.push_back({c.scope.id, r.numerator, r.denominator});
  }
  return RankByWilson(std::move(inputs), policy.min_ranking_sample);
}

}  // namespace fieldledger::scoring
