// Ranking keys are exact: equal rounded Wilson bounds tie whatever samples they come from,
// over every sample n <= 1000 (issue 11: 0/11 and 0/12 used to rank apart on 2e-17).
#include <gtest/gtest.h>

#include <cmath>

#include "fieldledger/scoring/ranking.h"

namespace fieldledger::scoring {
namespace {

TEST(RankingTies, ZeroSuccessesTieForEverySampleUpToAThousand) {
  std::vector<RankInput> inputs;
  for (int n = 1; n <= 1000; ++n) {
    EXPECT_EQ(WilsonRankKey(0, n), 0) << "0/" << n;
    inputs.push_back({"t" + std::to_string(10000 + n), 0, n});
  }
  const auto ranked = RankByWilson(inputs, 1);
  ASSERT_EQ(ranked.size(), 1000u);
  for (const auto& e : ranked) {
    EXPECT_EQ(e.rank, 1) << e.technician;
    EXPECT_EQ(e.wilson_lower_bound, 0.0) << e.technician;
  }
}

TEST(RankingTies, RoundedKeyMatchesTheDoubleFormulaAndNeverInvertsOrder) {
  const double scale = std::pow(10.0, kWilsonDecimals);
  for (int n = 1; n <= 1000; ++n) {
    std::int64_t previous = -1;
    for (int s = 0; s <= n; ++s) {
      const std::int64_t key = WilsonRankKey(s, n);
      // The key is the documented formula rounded; noise in the last bits never moves it
      // by more than the rounding unit.
      EXPECT_LE(std::abs(static_cast<double>(key) - WilsonLowerBound(s, n) * scale), 0.5 + 1e-6)
          << s << "/" << n;
      // More successes out of the same trials never rank lower.
      ASSERT_GE(key, previous) << s << "/" << n;
      previous = key;
    }
  }
}

TEST(RankingTies, EqualKeysShareARankAndTheNextRankSkipsAcrossAllSamples) {
  // Every (s, n) with n <= 1000 whose key equals that of 9/10 ranks with it, and the
  // ranks after the tie skip by the tie's size.
  const std::int64_t target = WilsonRankKey(9, 10);
  std::vector<RankInput> inputs = {{"best", 1000, 1000}};
  int tied = 0;
  for (int n = 10; n <= 1000; ++n) {
    for (int s = 0; s <= n; ++s) {
      if (WilsonRankKey(s, n) == target) {
        inputs.push_back({"tie" + std::to_string(n) + "_" + std::to_string(s), s, n});
        ++tied;
      }
    }
  }
  inputs.push_back({"worst", 0, 10});
  ASSERT_GE(tied, 1);
  const auto ranked = RankByWilson(inputs, 10);
  EXPECT_EQ(ranked.front().technician, "best");
  EXPECT_EQ(ranked.front().rank, 1);
  for (std::size_t i = 1; i + 1 < ranked.size(); ++i) {
    EXPECT_EQ(ranked[i].rank, 2) << ranked[i].technician;
    EXPECT_EQ(ranked[i].wilson_key, target);
  }
  EXPECT_EQ(ranked.back().technician, "worst");
  EXPECT_EQ(ranked.back().rank, 2 + tied);
}

TEST(RankingTies, TheReportedBoundIsTheRoundedOne) {
  const auto ranked = RankByWilson({{"a", 98, 100}}, 1);
  EXPECT_EQ(ranked[0].wilson_lower_bound, 0.929987);
  EXPECT_EQ(ranked[0].wilson_key, 929987);
}

}  // namespace
}  // namespace fieldledger::scoring
