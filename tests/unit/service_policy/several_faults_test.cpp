// The several-faults rule on a policy built in code, for cases the example files lack.
#include <gtest/gtest.h>

#include "fieldledger/service_policy/evaluate.h"

namespace fieldledger::service_policy {
namespace {

Policy TwoEqualFees(SeveralFaultsRule rule) {
  Policy p;
  p.id = "t";
  p.version = "1";
  p.currency = "USD";
  p.several_faults = rule;
  p.categories.push_back({"phone", {"手机", "Phone"}, 0, WarrantyStart::kPurchase, 0, 0, 0});
  p.faults.push_back({"hinge", {"铰链", "Hinge"}, 2500, false, {}});
  p.faults.push_back({"lens", {"镜头", "Lens"}, 2500, false, {}});
  return p;
}

JobFacts OutOfWarranty(std::vector<std::string> faults) {
  JobFacts f;
  f.category = "phone";
  f.purchase_date = {2024, 1, 1};
  f.visit_date = {2024, 1, 2};  // day 1, past a 0-day warranty
  f.faults = std::move(faults);
  return f;
}

TEST(SeveralFaults, EqualHighestFeesChargeTheFirstListed) {
  const Policy p = TwoEqualFees(SeveralFaultsRule::kHighestOnce);
  Quote q = Evaluate(p, OutOfWarranty({"lens", "hinge"}));
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q.fee_total_fen, 2500);
  EXPECT_EQ(q.lines[0].amount_fen, 2500);
  EXPECT_EQ(q.lines[1].amount_fen, 0);
  EXPECT_EQ(q.lines[1].reason.en,
            "Several faults are charged once, at the highest fee (Lens): this one (USD 25.00) is "
            "not charged");
  EXPECT_EQ(q.lines[1].reason.zh,
            "多项故障只按最高一项（镜头）收费一次，本项（25.00 USD）不另收费");
}

TEST(SeveralFaults, SumChargesEach) {
  const Quote q = Evaluate(TwoEqualFees(SeveralFaultsRule::kSum), OutOfWarranty({"lens", "hinge"}));
  EXPECT_EQ(q.fee_total_fen, 5000);
  EXPECT_EQ(q.lines[1].reason.en, "Out of warranty: Hinge costs USD 25.00");
}

TEST(SeveralFaults, ZeroDayWarrantyCoversOnlyTheStartDate) {
  const Policy p = TwoEqualFees(SeveralFaultsRule::kSum);
  JobFacts same_day = OutOfWarranty({"lens"});
  same_day.visit_date = same_day.purchase_date;
  EXPECT_TRUE(Evaluate(p, same_day).in_warranty);
  EXPECT_FALSE(Evaluate(p, OutOfWarranty({"lens"})).in_warranty);
}

}  // namespace
}  // namespace fieldledger::service_policy
