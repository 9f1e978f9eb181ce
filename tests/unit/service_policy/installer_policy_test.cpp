// A second company's policy (docs/policies/examples/aircon-installer.toml): the engine
// applies whatever the file says, not the phone maker's rules.
#include <gtest/gtest.h>

#include "fieldledger/service_policy/evaluate.h"
#include "fieldledger/service_policy/parse.h"
#include "test_support.h"

namespace fieldledger::service_policy {
namespace {

using testing::Plus;

constexpr Date kPurchase{2024, 5, 10};

class InstallerPolicy : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ParseResult r =
        ParsePolicy(testing::ReadSourceFile("docs/policies/examples/aircon-installer.toml"),
                    "aircon-installer.toml");
    for (const auto& e : r.errors) ADD_FAILURE() << e.ToString();
    ASSERT_TRUE(r.ok());
    policy_ = new Policy(std::move(*r.policy));
  }
  static void TearDownTestSuite() { delete policy_; }
  // A broken example file fails every test here instead of crashing the binary.
  void SetUp() override { ASSERT_NE(policy_, nullptr); }

  static JobFacts Unit(std::string category, std::int64_t day, std::vector<std::string> faults,
                       bool certified = false) {
    JobFacts f;
    f.product_name = "KFR-35GW";
    f.category = std::move(category);
    f.serial = "AC-42";
    f.purchase_date = kPurchase;
    f.faults = std::move(faults);
    f.quality_fault_certified = certified;
    f.visit_date = Plus(kPurchase, day);
    return f;
  }
  static Quote Eval(const JobFacts& f) {
    Quote q = Evaluate(*policy_, f);
    EXPECT_TRUE(q.ok()) << (q.errors.empty() ? "" : q.errors.front().en);
    return q;
  }

  static Policy* policy_;
};

Policy* InstallerPolicy::policy_ = nullptr;

TEST_F(InstallerPolicy, HeaderIsRead) {
  EXPECT_EQ(policy_->id, "cool-breeze-installers");
  EXPECT_EQ(policy_->version, "2025.03");
  EXPECT_EQ(policy_->several_faults, SeveralFaultsRule::kSum);
}

TEST_F(InstallerPolicy, TwoYearWarrantyFromPurchaseIncludesDay730) {
  const Quote day730 = Eval(Unit("air_conditioner", 730, {"refrigerant_recharge"}));
  EXPECT_TRUE(day730.in_warranty);
  EXPECT_EQ(day730.fee_total_fen, 0);
  EXPECT_EQ(day730.free_repair.reason.en,
            "In warranty (day 730 of 730 from purchase): free repair");
  const Quote day731 = Eval(Unit("air_conditioner", 731, {"refrigerant_recharge"}));
  EXPECT_FALSE(day731.in_warranty);
  EXPECT_EQ(day731.fee_total_fen, 15000);
}

TEST_F(InstallerPolicy, ActivationDateIsIgnoredWhenWarrantyRunsFromPurchase) {
  JobFacts f = Unit("air_conditioner", 731, {"pipe_rewelding"});
  f.activation_date = Plus(kPurchase, 100);
  const Quote q = Eval(f);
  EXPECT_EQ(q.warranty_basis, WarrantyStart::kPurchase);
  EXPECT_EQ(q.warranty_start, kPurchase);
  EXPECT_FALSE(q.in_warranty);
  EXPECT_EQ(q.fee_total_fen, 8000);
}

TEST_F(InstallerPolicy, SeveralFaultsAreSummed) {
  const Quote q = Eval(
      Unit("air_conditioner", 800, {"refrigerant_recharge", "pipe_rewelding", "remote_pairing"}));
  EXPECT_EQ(q.fee_total_fen, 15000 + 8000);
  ASSERT_EQ(q.lines.size(), 3u);
  EXPECT_EQ(q.lines[0].amount_fen, 15000);
  EXPECT_EQ(q.lines[0].reason, (Text{"保修期外，加注制冷剂收费150.00元",
                                     "Out of warranty: Refrigerant recharge costs CNY 150.00"}));
  EXPECT_EQ(q.lines[1].amount_fen, 8000);
  EXPECT_EQ(q.lines[2].amount_fen, 0);
  EXPECT_EQ(q.lines[2].reason.en, "Remote control pairing is free in or out of warranty");
}

TEST_F(InstallerPolicy, CategoryFeeOverridesTheFaultFee) {
  EXPECT_EQ(Eval(Unit("air_conditioner", 800, {"compressor_replacement"})).fee_total_fen, 60000);
  const Quote central =
      Eval(Unit("central_air", 1200, {"compressor_replacement", "drain_unblocking"}));
  EXPECT_EQ(central.lines[0].amount_fen, 180000);
  EXPECT_EQ(central.fee_total_fen, 185000);
  EXPECT_EQ(central.lines[0].reason.zh, "保修期外，更换压缩机收费1800.00元");
}

TEST_F(InstallerPolicy, CentralAirHasThreeYearWarranty) {
  EXPECT_TRUE(Eval(Unit("central_air", 1095, {"drain_unblocking"})).in_warranty);
  EXPECT_FALSE(Eval(Unit("central_air", 1096, {"drain_unblocking"})).in_warranty);
}

TEST_F(InstallerPolicy, ZeroDayReturnWindowIsThePurchaseDayOnly) {
  EXPECT_TRUE(Eval(Unit("central_air", 0, {}, true)).product_return.eligible);
  const Quote day1 = Eval(Unit("central_air", 1, {}, true));
  EXPECT_FALSE(day1.product_return.eligible);
  EXPECT_TRUE(day1.exchange.eligible);
  EXPECT_FALSE(Eval(Unit("central_air", 8, {}, true)).exchange.eligible);
}

TEST_F(InstallerPolicy, SplitUnitWindows) {
  EXPECT_TRUE(Eval(Unit("air_conditioner", 7, {}, true)).product_return.eligible);
  EXPECT_FALSE(Eval(Unit("air_conditioner", 8, {}, true)).product_return.eligible);
  EXPECT_TRUE(Eval(Unit("air_conditioner", 15, {}, true)).exchange.eligible);
  EXPECT_FALSE(Eval(Unit("air_conditioner", 16, {}, true)).exchange.eligible);
}

TEST_F(InstallerPolicy, FaultLimitedToOtherCategoriesIsAnError) {
  const Quote q = Evaluate(*policy_, Unit("central_air", 1200, {"indoor_unit_relocation"}));
  EXPECT_FALSE(q.ok());
  ASSERT_EQ(q.errors.size(), 1u);
  EXPECT_EQ(q.errors[0],
            (Text{"室内机移机不适用于中央空调",
                  "Indoor unit relocation does not apply to Central air conditioning"}));
  EXPECT_EQ(q.fee_total_fen, 0);
  // The same fault on a split unit is priced normally.
  EXPECT_EQ(Eval(Unit("air_conditioner", 800, {"indoor_unit_relocation"})).fee_total_fen, 20000);
}

TEST_F(InstallerPolicy, PhoneCategoriesAreNotInThisPolicy) {
  const Quote q = Evaluate(*policy_, Unit("phone", 1, {}));
  ASSERT_EQ(q.errors.size(), 1u);
  EXPECT_EQ(q.errors[0].en, "Product category 'phone' is not in the policy");
}

}  // namespace
}  // namespace fieldledger::service_policy
