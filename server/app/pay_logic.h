#pragma once
// A month's pay for every technician of a company (seed section 9), from what the server
// already trusts: the scoring engine's rates and PK places for the month, and the
// server-checked fees of the jobs completed in it. Application logic on domain types; an
// RPC or the admin CLI presents the result.
#include <string>
#include <vector>

#include "app/revenue.h"
#include "fieldledger/pay/pay_calculator.h"
#include "fieldledger/scoring/period.h"
#include "fieldledger/scoring/policy.h"
#include "storage/store.h"

namespace fieldledger::server {

struct TechnicianPay {
  std::string technician_id;
  std::string display_name;
  std::string team_id;
  std::int64_t revenue_fen = 0;  // server fees of the month's completed jobs that matched
  std::int64_t revenue_jobs = 0;
  std::vector<FeeDifference> fee_differences;
  // The month's figures the payslip was computed from: every metric's successes and
  // trials and PK place (not only the gated ones), and the revenue.
  pay::PayInputs inputs;
  pay::Payslip payslip;
};

struct MonthPay {
  scoring::Period period;
  std::string scoring_policy_version;
  std::string pay_policy_version;
  TimeMs computed_at = 0;
  std::vector<TechnicianPay> technicians;  // every technician of the company, by id
};

// Every technician's pay for the period (normally a calendar month) at `now`.
// `team_id` non-empty: only that team's technicians (ranks are still company-wide).
MonthPay ComputeMonthPay(StoreTx& tx, const std::string& company_id, const scoring::Period& period,
                         const scoring::ScoringPolicy& scoring_policy,
                         const pay::PayPolicy& pay_policy, TimeMs now,
                         const std::string& team_id = "");

}  // namespace fieldledger::server
