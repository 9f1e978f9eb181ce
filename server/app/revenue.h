#pragma once
// Service revenue (seed section 3): the fees the server recomputed for the jobs completed
// in a period, per technician the job counts for. A job whose device fee differed from the
// server's is listed apart and not counted until the difference is settled.
#include <map>
#include <string>
#include <vector>

#include "fieldledger/scoring/period.h"
#include "storage/store.h"

namespace fieldledger::server {

struct FeeDifference {
  std::string job_id;
  std::string reference;
  std::int64_t server_fen = 0;
  std::int64_t device_fen = 0;
  std::string check;  // what differs, as the fee check recorded it
};

struct RevenueTally {
  std::int64_t revenue_fen = 0;
  std::int64_t jobs = 0;
  std::vector<FeeDifference> fee_differences;
};

// Keyed by technician id; technicians without a completed, fee-checked job are absent.
std::map<std::string, RevenueTally> CollectRevenue(StoreTx& tx, const std::string& company_id,
                                                   const scoring::Period& period);

}  // namespace fieldledger::server
