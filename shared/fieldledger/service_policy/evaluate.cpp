#include "fieldledger/service_policy/evaluate.h"

#include <set>

#include "fieldledger/service_policy/reasons.h"

namespace fieldledger::service_policy {
namespace {

namespace r = reasons;

// Checks the dates can be counted; records bilingual errors otherwise.
void CheckDates(const JobFacts& facts, Quote& q) {
  auto check = [&](const Date& d, const Text& which) {
    if (!d.IsValid()) q.errors.push_back(r::InvalidDate(which, d));
  };
  check(facts.purchase_date, r::PurchaseDateName());
  if (facts.activation_date) check(*facts.activation_date, r::ActivationDateName());
  check(facts.visit_date, r::VisitDateName());
  if (!q.errors.empty()) return;
  if (facts.visit_date < facts.purchase_date) {
    q.errors.push_back(r::VisitBefore(r::PurchaseDateName()));
  }
  if (facts.activation_date && facts.visit_date < *facts.activation_date) {
    q.errors.push_back(r::VisitBefore(r::ActivationDateName()));
  }
}

Entitlement Window(bool certified, r::Remedy remedy, std::int64_t day, int window) {
  if (!certified) return {false, r::RemedyNotCertified(remedy)};
  if (day <= window) return {true, r::RemedyWithin(remedy, day, window)};
  return {false, r::RemedyPast(remedy, day, window)};
}

// Prices the faults once the free-or-paid question is settled.
void PriceFaults(const Policy& policy, const Category& category, const JobFacts& facts,
                 bool in_warranty, Quote& q) {
  struct Chargeable {
    std::size_t line;
    Fen fee;
    const FaultType* fault;
  };
  std::vector<Chargeable> chargeable;
  std::set<std::string> seen;
  for (const auto& id : facts.faults) {
    FeeLine line{id, 0, {}};
    const FaultType* fault = policy.FindFault(id);
    if (fault == nullptr) {
      line.reason = r::LineUnknownFault(id);
      q.errors.push_back(line.reason);
    } else if (!policy.AppliesTo(*fault, category)) {
      line.reason = r::LineNotApplicable(fault->name, category.name);
      q.errors.push_back(line.reason);
    } else if (!seen.insert(id).second) {
      line.reason = r::LineDuplicate();
    } else if (in_warranty) {
      line.reason = r::LineInWarranty();
    } else if (q.free_repair.eligible) {
      line.reason = r::LineQualityWindow();
    } else if (fault->always_free) {
      line.reason = r::LineAlwaysFree(fault->name);
    } else {
      const Fen fee = policy.FeeFor(*fault, category);
      line.amount_fen = fee;
      line.reason = r::LineCharged(fault->name, r::Money(fee, policy.currency));
      chargeable.push_back({q.lines.size(), fee, fault});
    }
    q.lines.push_back(std::move(line));
  }

  if (policy.several_faults == SeveralFaultsRule::kHighestOnce && !chargeable.empty()) {
    // The first fault with the highest fee is charged, so equal fees still give one answer.
    const Chargeable* top = &chargeable.front();
    for (const auto& c : chargeable) {
      if (c.fee > top->fee) top = &c;
    }
    for (const auto& c : chargeable) {
      FeeLine& line = q.lines[c.line];
      const Text money = r::Money(c.fee, policy.currency);
      if (&c == top) {
        line.reason = r::LineChargedHighest(c.fault->name, money);
      } else {
        line.amount_fen = 0;
        line.reason = r::LineBelowHighest(top->fault->name, money);
      }
    }
  }
  for (const auto& line : q.lines) q.fee_total_fen += line.amount_fen;
}

// A quote with errors must never be mistaken for a real one, so nothing in it stands.
void Void(Quote& q) {
  for (Entitlement* e : {&q.product_return, &q.exchange, &q.free_repair, &q.paid_repair}) {
    *e = {false, r::NotDecided()};
  }
  q.in_warranty = false;
  for (auto& line : q.lines) {
    line.amount_fen = 0;
    bool is_error = false;
    for (const auto& e : q.errors) is_error = is_error || e == line.reason;
    if (!is_error) line.reason = r::LineNotPriced();
  }
  q.fee_total_fen = 0;
}

}  // namespace

Quote Evaluate(const Policy& policy, const JobFacts& facts) {
  Quote q;
  q.job = facts;
  q.policy_id = policy.id;
  q.policy_version = policy.version;
  q.policy_sha256 = policy.source_sha256;
  q.currency = policy.currency;

  const Category* category = policy.FindCategory(facts.category);
  if (category == nullptr) q.errors.push_back(r::UnknownCategory(facts.category));
  CheckDates(facts, q);
  if (!q.ok()) {
    for (const auto& id : facts.faults) q.lines.push_back({id, 0, {}});
    Void(q);
    return q;
  }

  const bool by_activation = category->warranty_starts == WarrantyStart::kActivation;
  const r::Basis basis{by_activation && facts.activation_date ? WarrantyStart::kActivation
                                                              : WarrantyStart::kPurchase,
                       by_activation && !facts.activation_date};
  q.warranty_basis = basis.start;
  q.warranty_start =
      basis.start == WarrantyStart::kActivation ? *facts.activation_date : facts.purchase_date;
  q.warranty_last_day =
      Date::FromDaysSinceEpoch(q.warranty_start.DaysSinceEpoch() + category->warranty_days);
  q.warranty_day = DayIndex(q.warranty_start, facts.visit_date);
  q.purchase_day = DayIndex(facts.purchase_date, facts.visit_date);
  q.in_warranty = q.warranty_day <= category->warranty_days;

  const bool certified = facts.quality_fault_certified;
  q.product_return = Window(certified, r::kReturn, q.purchase_day, category->return_days);
  q.exchange = Window(certified, r::kExchange, q.purchase_day, category->exchange_days);
  if (q.in_warranty) {
    q.free_repair = {true, r::FreeInWarranty(q.warranty_day, category->warranty_days, basis)};
  } else if (certified && q.purchase_day <= category->free_repair_days) {
    q.free_repair = {true, r::FreeQualityWindow(q.purchase_day, category->free_repair_days)};
  } else {
    q.free_repair = {false, r::NotFree(q.warranty_day, category->warranty_days, basis, certified,
                                       category->free_repair_days)};
  }
  q.paid_repair = q.free_repair.eligible ? Entitlement{false, r::NothingToPay()}
                                         : Entitlement{true, r::PaidRepair()};

  PriceFaults(policy, *category, facts, q.in_warranty, q);
  if (!q.ok()) Void(q);
  return q;
}

}  // namespace fieldledger::service_policy
