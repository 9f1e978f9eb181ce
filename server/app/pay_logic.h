#pragma once
// A month's pay for every technician of a company (seed section 9), from what the server
// already trusts: the scoring engine's rates and PK places for the month, and the
// server-checked fees of the jobs completed in it. Application logic on domain types; an
// RPC or the admin CLI presents the result.
#include <string>
#include <vector>

#include "fieldledger/pay/pay_calculator.h"
#include "fieldledger/scoring/period.h"
#include "fieldledger/scoring/policy.h"
#include "storage/store.h"

namespace fieldledger::server {

// A completed job whose device fee differed from the server's: listed apart and not
// counted as revenue until the difference is settled.
struct FeeDifference {
  std::string job_id;
  std::string reference;
  std::int64_t server_fen = 0;
  std::int64_t device_fen = 0;
  std::string check;  // what differs, as the fee check recorded it
};

struct TechnicianPay {
  std::string technician_id;
  std::string display_name;
  std::string team_id;
  std::int64_t revenue_fen = 0;  // server fees of the month's completed jobs that matched
  std::int64_t revenue_jobs = 0;
  std::vector<FeeDifference> fee_differences;
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
MonthPay ComputeMonthPay(StoreTx& tx, const std::string& company_id, const scoring::Period& period,
                         const scoring::ScoringPolicy& scoring_policy,
                         const pay::PayPolicy& pay_policy, TimeMs now);

}  // namespace fieldledger::server
