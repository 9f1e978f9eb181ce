// Properties that must hold for any job under any valid policy: the fee is never negative
// and never more than the faults' fees added up.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>

#include "fieldledger/service_policy/default_policy.h"
#include "fieldledger/service_policy/evaluate.h"
#include "fieldledger/service_policy/parse.h"
#include "test_support.h"

namespace fieldledger::service_policy {
namespace {

using testing::Plus;

// A job for `category` with faults drawn from the policy; dates are kept consistent so
// the quote is always valid and the property is about pricing, not input errors.
JobFacts GenJob(const Policy& policy, const std::string& category) {
  // Fault types the category can be quoted with (a policy may limit some to others).
  std::vector<std::string> ids;
  const Category* cat = policy.FindCategory(category);
  for (const auto& f : policy.faults) {
    if (cat == nullptr || policy.AppliesTo(f, *cat)) ids.push_back(f.id);
  }
  JobFacts facts;
  facts.category = category;
  facts.purchase_date = Plus(Date{2020, 1, 1}, *rc::gen::inRange(0, 2000));
  const Date start = facts.purchase_date;
  if (*rc::gen::arbitrary<bool>()) {
    facts.activation_date = Plus(start, *rc::gen::inRange(-60, 60));
  }
  const Date latest = std::max(start, facts.activation_date.value_or(start));
  facts.visit_date = Plus(latest, *rc::gen::inRange(0, 3000));
  facts.quality_fault_certified = *rc::gen::arbitrary<bool>();
  facts.faults = *rc::gen::container<std::vector<std::string>>(rc::gen::elementOf(ids));
  return facts;
}

// The checks shared by both properties.
void CheckFeeBounds(const Policy& policy, const JobFacts& facts) {
  const Quote q = Evaluate(policy, facts);
  RC_ASSERT(q.ok());
  RC_ASSERT(q.lines.size() == facts.faults.size());
  const Category& category = *policy.FindCategory(facts.category);
  Fen sum_of_fees = 0;
  Fen highest = 0;
  for (const auto& id : facts.faults) {
    const Fen fee = policy.FeeFor(*policy.FindFault(id), category);
    sum_of_fees += fee;
    highest = std::max(highest, fee);
  }
  Fen sum_of_lines = 0;
  for (const auto& line : q.lines) {
    RC_ASSERT(line.amount_fen >= 0);
    sum_of_lines += line.amount_fen;
  }
  RC_ASSERT(q.fee_total_fen >= 0);
  RC_ASSERT(q.fee_total_fen <= sum_of_fees);
  RC_ASSERT(q.fee_total_fen == sum_of_lines);
  if (policy.several_faults == SeveralFaultsRule::kHighestOnce) {
    RC_ASSERT(q.fee_total_fen <= highest);
  }
  if (q.free_repair.eligible) RC_ASSERT(q.fee_total_fen == 0);
}

RC_GTEST_PROP(FeeProperty, DefaultPolicyFeeIsNeverNegativeNorAboveTheSumOfFees, ()) {
  const Policy& policy = DefaultPolicy();
  CheckFeeBounds(policy, GenJob(policy, *rc::gen::element<std::string>("phone", "tv", "aircon")));
}

// Random policies: any fees within the file format's limits, either several-faults rule,
// some faults always free, some with category-specific fees.
Policy GenPolicy() {
  Policy p;
  p.id = "random";
  p.version = "1";
  p.currency = "CNY";
  p.several_faults = *rc::gen::element(SeveralFaultsRule::kHighestOnce, SeveralFaultsRule::kSum);
  for (const char* id : {"a", "b"}) {
    Category c;
    c.id = id;
    c.warranty_days = *rc::gen::inRange(0, kMaxDays + 1);
    c.warranty_starts = *rc::gen::element(WarrantyStart::kActivation, WarrantyStart::kPurchase);
    c.return_days = *rc::gen::inRange(0, kMaxDays + 1);
    c.exchange_days = *rc::gen::inRange(0, kMaxDays + 1);
    c.free_repair_days = *rc::gen::inRange(0, kMaxDays + 1);
    p.categories.push_back(c);
  }
  const int faults = *rc::gen::inRange(1, 6);
  for (int i = 0; i < faults; ++i) {
    FaultType f;
    f.id = "f" + std::to_string(i);
    f.fee_fen = *rc::gen::inRange<Fen>(0, kMaxFeeFen + 1);
    f.always_free = *rc::gen::arbitrary<bool>();
    if (*rc::gen::arbitrary<bool>()) {
      p.category_fees.push_back({"b", f.id, *rc::gen::inRange<Fen>(0, kMaxFeeFen + 1)});
    }
    p.faults.push_back(f);
  }
  return p;
}

RC_GTEST_PROP(FeeProperty, AnyPolicyFeeIsNeverNegativeNorAboveTheSumOfFees, ()) {
  const Policy policy = GenPolicy();
  CheckFeeBounds(policy, GenJob(policy, *rc::gen::element<std::string>("a", "b")));
}

}  // namespace
}  // namespace fieldledger::service_policy
