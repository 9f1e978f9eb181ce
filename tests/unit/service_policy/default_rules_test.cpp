// Every rule and boundary of the phone maker's example policy (docs/policies/service-default.toml).
#include <gtest/gtest.h>

#include "fieldledger/service_policy/default_policy.h"
#include "fieldledger/service_policy/evaluate.h"
#include "test_support.h"

namespace fieldledger::service_policy {
namespace {

using testing::Plus;

constexpr Date kPurchase{2024, 3, 1};

// A phone bought and activated on kPurchase, visited `day` days later.
JobFacts Phone(std::int64_t day, std::vector<std::string> faults = {}, bool certified = false) {
  JobFacts f;
  f.product_name = "Model X";
  f.category = "phone";
  f.serial = "SN-1";
  f.purchase_date = kPurchase;
  f.activation_date = kPurchase;
  f.faults = std::move(faults);
  f.quality_fault_certified = certified;
  f.visit_date = Plus(kPurchase, day);
  return f;
}

JobFacts Tv(std::int64_t day, bool certified) {
  JobFacts f = Phone(day, {}, certified);
  f.category = "tv";
  return f;
}

Quote Eval(const JobFacts& f) {
  Quote q = Evaluate(DefaultPolicy(), f);
  EXPECT_TRUE(q.ok()) << q.errors.front().en;
  return q;
}

TEST(DefaultRules, ReturnWithinSevenDaysIncludesDaySeven) {
  const Quote day7 = Eval(Phone(7, {}, true));
  EXPECT_TRUE(day7.product_return.eligible);
  EXPECT_EQ(day7.purchase_day, 7);
  EXPECT_EQ(day7.product_return.reason.en,
            "Certified quality fault on day 7 after purchase (within 7 days): return available");
  EXPECT_EQ(day7.product_return.reason.zh, "经认定的质量问题，购买后第7天（7天内），可退货");

  const Quote day8 = Eval(Phone(8, {}, true));
  EXPECT_FALSE(day8.product_return.eligible);
  EXPECT_EQ(day8.product_return.reason.en, "Day 8 after purchase is past the 7-day return window");
  EXPECT_EQ(day8.product_return.reason.zh, "购买后第8天，已超过7天退货期限");
}

TEST(DefaultRules, PurchaseDayItselfIsDayZero) {
  const Quote q = Eval(Phone(0, {}, true));
  EXPECT_EQ(q.purchase_day, 0);
  EXPECT_TRUE(q.product_return.eligible);
  EXPECT_TRUE(q.exchange.eligible);
}

TEST(DefaultRules, PhoneExchangeWithinFifteenDays) {
  EXPECT_TRUE(Eval(Phone(15, {}, true)).exchange.eligible);
  const Quote day16 = Eval(Phone(16, {}, true));
  EXPECT_FALSE(day16.exchange.eligible);
  EXPECT_EQ(day16.exchange.reason.en, "Day 16 after purchase is past the 15-day exchange window");
}

TEST(DefaultRules, TvExchangeWithinThirtyDays) {
  const Quote day30 = Eval(Tv(30, true));
  EXPECT_TRUE(day30.exchange.eligible);
  EXPECT_EQ(day30.exchange.reason.zh, "经认定的质量问题，购买后第30天（30天内），可换货");
  EXPECT_FALSE(Eval(Tv(31, true)).exchange.eligible);
  // A TV's return window is still 7 days.
  EXPECT_TRUE(Eval(Tv(7, true)).product_return.eligible);
  EXPECT_FALSE(Eval(Tv(8, true)).product_return.eligible);
}

TEST(DefaultRules, ReturnAndExchangeNeedACertifiedQualityFault) {
  const Quote q = Eval(Phone(1, {}, false));
  EXPECT_FALSE(q.product_return.eligible);
  EXPECT_FALSE(q.exchange.eligible);
  EXPECT_EQ(q.product_return.reason.en,
            "No quality fault certified by an authorised service centre: no return");
  EXPECT_EQ(q.exchange.reason.zh, "质量问题未经授权服务中心认定，不可换货");
}

TEST(DefaultRules, WarrantyLastsUpToAndIncludingDay365) {
  const Quote day365 = Eval(Phone(365, {"mainboard_component_repair"}));
  EXPECT_TRUE(day365.in_warranty);
  EXPECT_TRUE(day365.free_repair.eligible);
  EXPECT_FALSE(day365.paid_repair.eligible);
  EXPECT_EQ(day365.fee_total_fen, 0);
  EXPECT_EQ(day365.warranty_last_day, (Date{2025, 3, 1}));
  ASSERT_EQ(day365.lines.size(), 1u);
  EXPECT_EQ(day365.lines[0].reason, (Text{"保修期内，免费", "In warranty: free"}));
  EXPECT_EQ(day365.free_repair.reason.en,
            "In warranty (day 365 of 365 from activation): free repair");

  const Quote day366 = Eval(Phone(366, {"mainboard_component_repair"}));
  EXPECT_FALSE(day366.in_warranty);
  EXPECT_FALSE(day366.free_repair.eligible);
  EXPECT_TRUE(day366.paid_repair.eligible);
  EXPECT_EQ(day366.fee_total_fen, 8000);
  EXPECT_EQ(day366.free_repair.reason.en,
            "Out of warranty (day 366, warranty 365 days from activation)");
}

TEST(DefaultRules, InWarrantyEveryFaultIsFree) {
  const Quote q = Eval(Phone(100, {"disassembly_repair", "mainboard_component_repair"}));
  EXPECT_EQ(q.fee_total_fen, 0);
  for (const auto& line : q.lines) {
    EXPECT_EQ(line.amount_fen, 0);
    EXPECT_EQ(line.reason.en, "In warranty: free");
  }
}

TEST(DefaultRules, OutOfWarrantyEachFaultHasItsFee) {
  EXPECT_EQ(Eval(Phone(400, {"disassembly_repair"})).fee_total_fen, 4000);
  const Quote q = Eval(Phone(400, {"mainboard_component_repair"}));
  EXPECT_EQ(q.fee_total_fen, 8000);
  EXPECT_EQ(q.lines[0].reason.zh, "多项故障只收一次，按最高一项收费：主板元器件维修，80.00元");
}

TEST(DefaultRules, SeveralFaultsAreChargedOnceAtTheHighest) {
  const Quote q = Eval(Phone(400, {"disassembly_repair", "mainboard_component_repair"}));
  EXPECT_EQ(q.fee_total_fen, 8000);
  ASSERT_EQ(q.lines.size(), 2u);
  EXPECT_EQ(q.lines[0].fault, "disassembly_repair");
  EXPECT_EQ(q.lines[0].amount_fen, 0);
  EXPECT_EQ(q.lines[0].reason.en,
            "Several faults are charged once, at the highest fee (Mainboard component repair): "
            "this one (CNY 40.00) is not charged");
  EXPECT_EQ(q.lines[0].reason.zh,
            "多项故障只按最高一项（主板元器件维修）收费一次，本项（40.00元）不另收费");
  EXPECT_EQ(q.lines[1].fault, "mainboard_component_repair");
  EXPECT_EQ(q.lines[1].amount_fen, 8000);
  EXPECT_EQ(q.lines[1].reason.en,
            "Several faults are charged once, at the highest fee: Mainboard component repair, "
            "CNY 80.00");
}

TEST(DefaultRules, HighestIsChargedWhateverTheOrder) {
  const Quote q = Eval(Phone(400, {"mainboard_component_repair", "disassembly_repair"}));
  EXPECT_EQ(q.fee_total_fen, 8000);
  EXPECT_EQ(q.lines[0].amount_fen, 8000);
  EXPECT_EQ(q.lines[1].amount_fen, 0);
}

TEST(DefaultRules, TheSameFaultListedTwiceCountsOnce) {
  const Quote q = Eval(Phone(400, {"disassembly_repair", "disassembly_repair"}));
  EXPECT_EQ(q.fee_total_fen, 4000);
  EXPECT_EQ(q.lines[1].amount_fen, 0);
  EXPECT_EQ(q.lines[1].reason.en, "Same fault listed again: counted once");
}

TEST(DefaultRules, ReflashingIsFreeOutOfWarranty) {
  const Quote alone = Eval(Phone(500, {"firmware_reflash"}));
  EXPECT_FALSE(alone.in_warranty);
  EXPECT_EQ(alone.fee_total_fen, 0);
  EXPECT_EQ(alone.lines[0].reason,
            (Text{"刷机在保修期内外均免费", "Firmware re-flashing is free in or out of warranty"}));
  // Re-flashing never becomes the "highest" fault that absorbs a paid one.
  const Quote with_repair = Eval(Phone(500, {"firmware_reflash", "disassembly_repair"}));
  EXPECT_EQ(with_repair.fee_total_fen, 4000);
  EXPECT_EQ(with_repair.lines[0].amount_fen, 0);
  EXPECT_EQ(with_repair.lines[1].amount_fen, 4000);
}

TEST(DefaultRules, ReflashingIsFreeInWarrantyToo) {
  EXPECT_EQ(Eval(Phone(10, {"firmware_reflash"})).fee_total_fen, 0);
}

TEST(DefaultRules, WarrantyRunsFromActivationNotPurchase) {
  // Bought 1 Jan 2024 but first switched on 1 Mar 2024: on 31 Jan 2025 it is day 396 since
  // purchase but only day 336 since activation, so still in warranty.
  JobFacts f = Phone(0, {"mainboard_component_repair"});
  f.purchase_date = {2024, 1, 1};
  f.activation_date = Date{2024, 3, 1};
  f.visit_date = {2025, 1, 31};
  const Quote q = Eval(f);
  EXPECT_EQ(q.purchase_day, 396);
  EXPECT_EQ(q.warranty_day, 336);
  EXPECT_EQ(q.warranty_basis, WarrantyStart::kActivation);
  EXPECT_EQ(q.warranty_start, (Date{2024, 3, 1}));
  EXPECT_TRUE(q.in_warranty);
  EXPECT_EQ(q.fee_total_fen, 0);
}

TEST(DefaultRules, WithoutAnActivationDateWarrantyRunsFromPurchaseAndSaysSo) {
  JobFacts f = Phone(0, {"mainboard_component_repair"});
  f.purchase_date = {2024, 1, 1};
  f.activation_date.reset();
  f.visit_date = {2025, 1, 31};
  const Quote q = Eval(f);
  EXPECT_EQ(q.warranty_basis, WarrantyStart::kPurchase);
  EXPECT_FALSE(q.in_warranty);
  EXPECT_EQ(q.fee_total_fen, 8000);
  EXPECT_EQ(q.free_repair.reason.en,
            "Out of warranty (day 396, warranty 365 days from purchase); no activation date, so "
            "counted from purchase");
  EXPECT_EQ(q.free_repair.reason.zh,
            "已过保修期（自购买日起第396天，保修365天）；未提供激活日期，按购买日计算");
}

// The shop activated the phone a month before selling it, so warranty (from activation)
// ends before the free-repair window for certified quality faults (from purchase).
JobFacts ActivatedBeforeSale(std::int64_t purchase_day, bool certified) {
  JobFacts f = Phone(0, {"mainboard_component_repair"}, certified);
  f.activation_date = Plus(kPurchase, -31);
  f.visit_date = Plus(kPurchase, purchase_day);
  return f;
}

TEST(DefaultRules, CertifiedQualityFaultIsRepairedFreeUpToDay365AfterPurchase) {
  const Quote day365 = Eval(ActivatedBeforeSale(365, true));
  EXPECT_FALSE(day365.in_warranty);
  EXPECT_TRUE(day365.free_repair.eligible);
  EXPECT_EQ(day365.fee_total_fen, 0);
  EXPECT_EQ(day365.free_repair.reason.en,
            "Certified quality fault on day 365 after purchase (within the 365-day free-repair "
            "window): free repair");
  EXPECT_EQ(day365.lines[0].reason.en,
            "Certified quality fault within the free-repair window: free");

  const Quote day366 = Eval(ActivatedBeforeSale(366, true));
  EXPECT_FALSE(day366.free_repair.eligible);
  EXPECT_EQ(day366.fee_total_fen, 8000);
  EXPECT_EQ(day366.free_repair.reason.en,
            "Out of warranty (day 397, warranty 365 days from activation); the certified quality "
            "fault is past the 365-day free-repair window");
}

TEST(DefaultRules, UncertifiedFaultGetsNoFreeRepairOutsideWarranty) {
  const Quote q = Eval(ActivatedBeforeSale(340, false));
  EXPECT_FALSE(q.in_warranty);
  EXPECT_FALSE(q.free_repair.eligible);
  EXPECT_TRUE(q.paid_repair.eligible);
  EXPECT_EQ(q.paid_repair.reason.en, "Out of warranty: faults are charged at the policy fees");
  EXPECT_EQ(q.fee_total_fen, 8000);
}

TEST(DefaultRules, QuoteNamesThePolicyItCameFrom) {
  const Quote q = Eval(Phone(1));
  EXPECT_EQ(q.policy_id, "phone-maker-default");
  EXPECT_EQ(q.policy_version, "1.1.0");
  EXPECT_EQ(q.policy_sha256, DefaultPolicy().source_sha256);
  EXPECT_EQ(q.currency, "CNY");
}

TEST(DefaultRules, NoFaultsCostsNothing) {
  const Quote q = Eval(Phone(400));
  EXPECT_TRUE(q.lines.empty());
  EXPECT_EQ(q.fee_total_fen, 0);
  EXPECT_TRUE(q.paid_repair.eligible);
}

}  // namespace
}  // namespace fieldledger::service_policy
