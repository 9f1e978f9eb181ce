// Jobs the engine cannot quote: the quote says why and nothing in it stands.
#include <gtest/gtest.h>

#include "fieldledger/service_policy/default_policy.h"
#include "fieldledger/service_policy/evaluate.h"

namespace fieldledger::service_policy {
namespace {

JobFacts Job() {
  JobFacts f;
  f.category = "phone";
  f.purchase_date = {2023, 1, 1};
  f.activation_date = Date{2023, 1, 1};
  f.visit_date = {2024, 6, 1};
  f.faults = {"mainboard_component_repair"};
  f.quality_fault_certified = true;
  return f;
}

void ExpectVoid(const Quote& q) {
  EXPECT_FALSE(q.ok());
  EXPECT_EQ(q.fee_total_fen, 0);
  EXPECT_FALSE(q.in_warranty);
  for (const Entitlement* e : {&q.product_return, &q.exchange, &q.free_repair, &q.paid_repair}) {
    EXPECT_FALSE(e->eligible);
    EXPECT_EQ(e->reason.en, "Not decided: the job has errors");
  }
  for (const auto& line : q.lines) EXPECT_EQ(line.amount_fen, 0);
}

TEST(JobErrors, UnknownCategory) {
  JobFacts f = Job();
  f.category = "fridge";
  const Quote q = Evaluate(DefaultPolicy(), f);
  ExpectVoid(q);
  ASSERT_EQ(q.errors.size(), 1u);
  EXPECT_EQ(q.errors[0], (Text{"服务政策中没有产品类别“fridge”",
                               "Product category 'fridge' is not in the policy"}));
  ASSERT_EQ(q.lines.size(), 1u);
  EXPECT_EQ(q.lines[0].reason.en, "Not priced: the job has errors");
}

TEST(JobErrors, UnknownFaultIsNamedOnItsLine) {
  JobFacts f = Job();
  f.faults = {"mainboard_component_repair", "screen_swap"};
  const Quote q = Evaluate(DefaultPolicy(), f);
  ExpectVoid(q);
  ASSERT_EQ(q.errors.size(), 1u);
  EXPECT_EQ(q.errors[0].en, "Fault type 'screen_swap' is not in the policy");
  EXPECT_EQ(q.lines[0].reason.en, "Not priced: the job has errors");
  EXPECT_EQ(q.lines[1].reason, q.errors[0]);
}

TEST(JobErrors, ImpossibleDates) {
  JobFacts f = Job();
  f.purchase_date = {2023, 2, 29};
  const Quote q = Evaluate(DefaultPolicy(), f);
  ExpectVoid(q);
  ASSERT_EQ(q.errors.size(), 1u);
  EXPECT_EQ(q.errors[0], (Text{"购买日期无效：2023-02-29", "Invalid purchase date: 2023-02-29"}));
}

TEST(JobErrors, VisitBeforePurchaseOrActivation) {
  JobFacts f = Job();
  f.visit_date = {2022, 12, 31};
  Quote q = Evaluate(DefaultPolicy(), f);
  ExpectVoid(q);
  ASSERT_EQ(q.errors.size(), 2u);
  EXPECT_EQ(q.errors[0].en, "The visit date is before the purchase date");
  EXPECT_EQ(q.errors[1].en, "The visit date is before the activation date");

  f = Job();
  f.activation_date = Date{2024, 7, 1};
  q = Evaluate(DefaultPolicy(), f);
  ExpectVoid(q);
  ASSERT_EQ(q.errors.size(), 1u);
  EXPECT_EQ(q.errors[0].zh, "上门日期早于激活日期");
}

}  // namespace
}  // namespace fieldledger::service_policy
