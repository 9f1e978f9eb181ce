#pragma once
// The rules engine: what a customer is entitled to and what a repair costs under a policy.
//
// Day counting (the inclusive rule): a window of N days from a start date covers day
// indexes 0..N, where the start date is day 0 (date.h, DayIndex). So with a 7-day return
// window a purchase on 1 March can be returned up to and including 8 March (day 7), and a
// 365-day warranty from activation on 1 March 2024 ends on 1 March 2025 (day 365).
//
// Start dates: warranty runs from the category's warranty_starts date (activation, or
// purchase when the job has no activation date); return, exchange and free-repair windows
// always run from the purchase date.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/service_policy/date.h"
#include "fieldledger/service_policy/policy.h"
#include "fieldledger/service_policy/text.h"

namespace fieldledger::service_policy {

// What the technician records about the job.
struct JobFacts {
  std::string product_name;
  std::string category;  // a category id of the policy
  std::string serial;
  Date purchase_date;
  std::optional<Date> activation_date;
  // Fault type ids in the order found. A fault listed twice counts once.
  std::vector<std::string> faults;
  // A quality fault certified by an authorised service centre.
  bool quality_fault_certified = false;
  Date visit_date;
};

struct Entitlement {
  bool eligible = false;
  Text reason;
};

struct FeeLine {
  std::string fault;  // fault type id as given
  Fen amount_fen = 0;
  Text reason;
};

struct Quote {
  // The facts the quote was computed from, so a quote cannot be mistaken for another job's.
  JobFacts job;
  // Which rules produced this quote.
  std::string policy_id;
  std::string policy_version;
  std::string policy_sha256;
  std::string currency;

  bool in_warranty = false;
  WarrantyStart warranty_basis = WarrantyStart::kPurchase;  // the date warranty ran from
  Date warranty_start;
  Date warranty_last_day;         // inclusive
  std::int64_t warranty_day = 0;  // day index of the visit from warranty_start
  std::int64_t purchase_day = 0;  // day index of the visit from the purchase date

  Entitlement product_return;
  Entitlement exchange;
  Entitlement free_repair;  // the whole repair is free (warranty or quality window)
  Entitlement paid_repair;  // the repair is charged at the policy's fees

  std::vector<FeeLine> lines;  // one per fault, in the order given
  Fen fee_total_fen = 0;

  // Why the quote must not be used (unknown category or fault, impossible dates). When
  // not empty, nothing is eligible and the total is 0.
  std::vector<Text> errors;

  bool ok() const { return errors.empty(); }
};

Quote Evaluate(const Policy& policy, const JobFacts& facts);

}  // namespace fieldledger::service_policy
