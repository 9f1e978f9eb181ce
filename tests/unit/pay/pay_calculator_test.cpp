// Payslips against months worked out by hand (seed section 9: base + 0.3 % of orders +
// a metric bonus that any missed target zeroes).
#include <gtest/gtest.h>

#include <stdexcept>

#include "fieldledger/pay/pay_calculator.h"

namespace fieldledger::pay {
namespace {

PayPolicy SeedPolicy() {
  PayPolicy p;
  p.version = "pay-test-1";
  p.base_fen = 4'500'00;
  p.revenue_share_ppm = 3'000;  // 0.3 %
  p.metric_bonus_fen = 800'00;
  p.gate_ppm[static_cast<int>(Metric::kOnTime)] = 900'000;
  p.gate_ppm[static_cast<int>(Metric::kSatisfaction)] = 900'000;
  p.gate_ppm[static_cast<int>(Metric::kFirstTimeFix)] = 850'000;
  p.rank_reward_fen[static_cast<int>(Metric::kOnTime)] = {300'00, 200'00, 100'00};
  return p;
}

PayInputs GoodMonth() {
  PayInputs in;
  in.revenue_fen = 12'345'67;                   // 12,345.67 yuan of checked fees
  in.Of(Metric::kOnTime) = {46, 50, 2};         // 92 %
  in.Of(Metric::kSatisfaction) = {19, 20, {}};  // 95 %
  in.Of(Metric::kFirstTimeFix) = {17, 20, {}};  // 85 %, exactly the target
  return in;
}

TEST(PayCalculator, EveryGatedMetricMetPaysTheWholeBonus) {
  const Payslip slip = ComputePay(SeedPolicy(), GoodMonth());
  // 4,500.00 + 37.04 (12,345.67 x 0.3 % = 37.037 -> 37.04) + 800.00 + 200.00 (2nd on time)
  EXPECT_TRUE(slip.bonus_earned);
  ASSERT_EQ(slip.lines.size(), 4u);
  EXPECT_EQ(slip.lines[0].amount_fen, 4'500'00);
  EXPECT_EQ(slip.lines[1].amount_fen, 37'04);
  EXPECT_EQ(slip.lines[1].explanation, "revenue share 0.3% of 12,345.67 = 37.04");
  EXPECT_EQ(slip.lines[2].amount_fen, 800'00);
  EXPECT_EQ(slip.lines[2].explanation, "metric bonus 800.00: every gated metric met its target");
  EXPECT_EQ(slip.lines[3].kind, PayLineKind::kRankReward);
  EXPECT_EQ(slip.lines[3].amount_fen, 200'00);
  EXPECT_EQ(slip.lines[3].explanation, "rank reward on-time 2nd place 200.00");
  EXPECT_EQ(slip.total_fen, 4'500'00 + 37'04 + 800'00 + 200'00);
  EXPECT_EQ(slip.policy_version, "pay-test-1");
  ASSERT_EQ(slip.gate.size(), 3u);
  for (const GateLine& g : slip.gate) EXPECT_EQ(g.verdict, GateVerdict::kMet);
}

TEST(PayCalculator, OneMissedTargetZeroesTheWholeBonus) {
  PayInputs in = GoodMonth();
  in.Of(Metric::kFirstTimeFix) = {41, 50, {}};  // 82 % against 85 %
  const Payslip slip = ComputePay(SeedPolicy(), in);
  EXPECT_FALSE(slip.bonus_earned);
  EXPECT_EQ(slip.lines[2].amount_fen, 0);
  EXPECT_EQ(slip.lines[2].explanation,
            "metric bonus 0: first-time fix 82.0% missed its 85% target");
  EXPECT_EQ(slip.gate[2].verdict, GateVerdict::kMissed);
  // Base, share and the rank reward are not gated.
  EXPECT_EQ(slip.total_fen, 4'500'00 + 37'04 + 200'00);
}

TEST(PayCalculator, AGatedMetricWithNoDataDoesNotPass) {
  PayInputs in = GoodMonth();
  in.Of(Metric::kSatisfaction) = {0, 0, {}};  // nobody was called back
  const Payslip slip = ComputePay(SeedPolicy(), in);
  EXPECT_FALSE(slip.bonus_earned);
  EXPECT_EQ(slip.gate[1].verdict, GateVerdict::kNoData);
  EXPECT_EQ(slip.lines[2].explanation, "metric bonus 0: satisfaction has no data (target 90%)");
}

TEST(PayCalculator, EveryFailureIsNamed) {
  PayInputs in = GoodMonth();
  in.Of(Metric::kOnTime) = {8, 10, {}};
  in.Of(Metric::kSatisfaction) = {0, 0, {}};
  const Payslip slip = ComputePay(SeedPolicy(), in);
  EXPECT_EQ(slip.lines[2].explanation,
            "metric bonus 0: on-time 80.0% missed its 90% target; satisfaction has no data "
            "(target 90%)");
}

TEST(PayCalculator, TiesShareTheRewardOfTheirPlaceAndLowPlacesGetNothing) {
  PayInputs in = GoodMonth();
  in.Of(Metric::kOnTime).rank = 1;
  EXPECT_EQ(ComputePay(SeedPolicy(), in).lines.back().amount_fen, 300'00);
  in.Of(Metric::kOnTime).rank = 4;  // the policy rewards three places
  const Payslip fourth = ComputePay(SeedPolicy(), in);
  EXPECT_EQ(fourth.lines.size(), 3u);
  in.Of(Metric::kOnTime).rank.reset();  // unranked (under the minimum sample)
  EXPECT_EQ(ComputePay(SeedPolicy(), in).lines.size(), 3u);
}

TEST(PayCalculator, NoRankRewardForARateOfZeroEvenAtFirstPlace) {
  PayInputs in = GoodMonth();
  in.Of(Metric::kOnTime) = {0, 12, 1};  // all tied at 0 % share 1st place
  const Payslip slip = ComputePay(SeedPolicy(), in);
  for (const PayLine& l : slip.lines) EXPECT_NE(l.kind, PayLineKind::kRankReward);
}

TEST(PayCalculator, RevenueShareRoundsHalfUpToTheFen) {
  PayPolicy p = SeedPolicy();
  PayInputs in = GoodMonth();
  in.revenue_fen = 5'00;  // 5.00 x 0.3 % = 0.015 -> 0.02
  EXPECT_EQ(ComputePay(p, in).lines[1].amount_fen, 2);
  in.revenue_fen = 4'99;  // 0.01497 -> 0.01
  EXPECT_EQ(ComputePay(p, in).lines[1].amount_fen, 1);
  in.revenue_fen = 0;
  EXPECT_EQ(ComputePay(p, in).lines[1].amount_fen, 0);
}

TEST(PayCalculator, NoGatedMetricsMeansTheBonusIsEarned) {
  PayPolicy p = SeedPolicy();
  p.gate_ppm = {};
  const Payslip slip = ComputePay(p, PayInputs{});
  EXPECT_TRUE(slip.bonus_earned);
  EXPECT_EQ(slip.lines[2].explanation, "metric bonus 800.00: no gated metrics");
}

TEST(PayCalculator, ImpossibleFiguresAreRefusedNamingTheField) {
  PayInputs in = GoodMonth();
  in.revenue_fen = -1;
  EXPECT_THROW(ComputePay(SeedPolicy(), in), std::invalid_argument);
  in = GoodMonth();
  in.Of(Metric::kRetention) = {5, 4, {}};
  try {
    ComputePay(SeedPolicy(), in);
    FAIL() << "accepted 5 successes out of 4";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "retention: successes must be within 0..trials");
  }
}

TEST(Money, FormatsAndConvertsExactly) {
  EXPECT_EQ(FormatYuan(0), "0.00");
  EXPECT_EQ(FormatYuan(1'234'567'89), "1,234,567.89");
  EXPECT_EQ(FormatYuan(-5), "-0.05");
  EXPECT_EQ(YuanToFen(4500.25), 450025);
  EXPECT_EQ(YuanToFen(0.1), 10);
  EXPECT_EQ(YuanToFen(1.005), std::nullopt);  // a third decimal
  EXPECT_EQ(ShareOf(1'000'000'000'000, 3'000), 3'000'000'000);
  EXPECT_EQ(FormatRate(41, 50), "82.0%");
  EXPECT_EQ(FormatRate(2, 3), "66.7%");
  EXPECT_EQ(FormatRate(0, 0), "no data");
  EXPECT_EQ(FormatTargetPpm(905'000), "90.5%");
}

}  // namespace
}  // namespace fieldledger::pay
