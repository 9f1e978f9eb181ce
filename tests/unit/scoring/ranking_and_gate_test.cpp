#include <gtest/gtest.h>

#include "fieldledger/scoring/ranking.h"
#include "fieldledger/scoring/scorecard.h"
#include "fixtures.h"

namespace fieldledger::scoring {
namespace {

TEST(Wilson, MatchesTheFormulaByHand) {
  // 98/100: (0.98 + 0.019208 - 1.96*sqrt(0.000196 + 0.00009604)) / 1.038416 = 0.929987
  EXPECT_NEAR(WilsonLowerBound(98, 100), 0.929987, 1e-6);
  // 1/1: p = 1 so the root is z/2n: (1 + 1.9208 - 1.9208) / 4.8416.
  EXPECT_NEAR(WilsonLowerBound(1, 1), 1 / 4.8416, 1e-12);
  EXPECT_EQ(WilsonLowerBound(0, 0), 0.0);
  EXPECT_NEAR(WilsonLowerBound(0, 10), 0.0, 1e-12);
}

TEST(Ranking, OneOutOfOneDoesNotOutrankNinetyEightOutOfAHundred) {
  auto r = RankByWilson({{"lucky", 1, 1}, {"steady", 98, 100}}, 1);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].technician, "steady");
  EXPECT_EQ(r[0].rank, 1);
  EXPECT_EQ(r[1].technician, "lucky");
  EXPECT_EQ(r[1].rank, 2);
  EXPECT_EQ(r[1].rate, 1.0);
}

TEST(Ranking, TiesShareARankAndTheNextRankSkips) {
  auto r = RankByWilson({{"d", 5, 10}, {"c", 9, 10}, {"a", 98, 100}, {"b", 9, 10}}, 10);
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].technician, "a");
  EXPECT_EQ(r[1].technician, "b");
  EXPECT_EQ(r[2].technician, "c");
  EXPECT_EQ(r[3].technician, "d");
  EXPECT_EQ(r[0].rank, 1);
  EXPECT_EQ(r[1].rank, 2);
  EXPECT_EQ(r[2].rank, 2);
  EXPECT_EQ(r[3].rank, 4);
}

TEST(Ranking, UnderMinimumSampleIsListedButUnranked) {
  auto r = RankByWilson({{"new", 1, 1}, {"veteran", 7, 10}}, 10);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].technician, "veteran");
  EXPECT_EQ(r[0].rank, 1);
  EXPECT_EQ(r[1].technician, "new");
  EXPECT_FALSE(r[1].rank);
  EXPECT_EQ(r[1].note, "sample 1 < minimum 10");
}

TEST(Ranking, FromScorecardsTechnicianWithOneJobIsUnranked) {
  using testing::Utc;
  Dataset d;
  for (int i = 0; i < 12; ++i) {
    Job j = testing::WindowJob("a" + std::to_string(i), "anna", 2026, 11, 3);
    j.arrival = Utc(2026, 11, 3, i < 11 ? 11 : 13);  // 11 on time, 1 late
    d.jobs.push_back(j);
  }
  Job solo = testing::WindowJob("s0", "sam", 2026, 11, 3);
  solo.arrival = Utc(2026, 11, 3, 11);
  d.jobs.push_back(solo);
  auto cards = ComputeScorecards(ScoringData(d), {}, Scope::Kind::kTechnician,
                                 DayPeriod(2026, 11, 3, "UTC"), Utc(2026, 11, 4));
  auto r = RankMetric(cards, Metric::kOnTime, ScoringPolicy{});
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].technician, "anna");
  EXPECT_EQ(r[0].successes, 11);
  EXPECT_EQ(r[0].trials, 12);
  EXPECT_EQ(r[0].rank, 1);
  EXPECT_EQ(r[1].technician, "sam");
  EXPECT_FALSE(r[1].rank);
}

std::array<std::optional<double>, kAllMetrics.size()> Rates(std::optional<double> on_time,
                                                            std::optional<double> retention,
                                                            std::optional<double> satisfaction,
                                                            std::optional<double> attendance) {
  return {on_time, retention, satisfaction, attendance, std::nullopt};
}

TEST(BonusGate, PassesOnlyWhenEveryGatedMetricMeetsItsTarget) {
  ScoringPolicy p;  // targets 0.90 0.95 0.90 0.95, first-time fix not gated
  GateResult all = EvaluateBonusGate(Rates(0.90, 0.95, 1.0, 0.99), p);
  EXPECT_TRUE(all.passed);
  EXPECT_EQ(all.checks.size(), 4u);
  EXPECT_TRUE(all.Failing().empty());

  GateResult one_missed = EvaluateBonusGate(Rates(0.95, 0.949, 1.0, 1.0), p);
  EXPECT_FALSE(one_missed.passed);
  ASSERT_EQ(one_missed.Failing().size(), 1u);
  EXPECT_EQ(one_missed.Failing()[0], Metric::kRetention);
  EXPECT_EQ(one_missed.checks[1].status, GateStatus::kMissed);
  EXPECT_EQ(one_missed.checks[1].target, 0.95);
}

TEST(BonusGate, AGatedMetricWithoutDataFailsAndIsReportedAsNoData) {
  ScoringPolicy p;
  GateResult r = EvaluateBonusGate(Rates(1.0, 1.0, std::nullopt, 1.0), p);
  EXPECT_FALSE(r.passed);
  EXPECT_EQ(r.checks[2].metric, Metric::kSatisfaction);
  EXPECT_EQ(r.checks[2].status, GateStatus::kNoData);
  EXPECT_STREQ(GateStatusName(r.checks[2].status), "no_data");
}

TEST(BonusGate, UngatedMetricsDoNotMatter) {
  ScoringPolicy p;
  p.gated = {true, false, false, false, false};
  GateResult r = EvaluateBonusGate(Rates(0.95, 0.0, std::nullopt, 0.0), p);
  EXPECT_TRUE(r.passed);
  EXPECT_EQ(r.checks.size(), 1u);
}

}  // namespace
}  // namespace fieldledger::scoring
