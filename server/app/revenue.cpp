#include "app/revenue.h"

#include "app/scoring_inputs.h"

namespace fieldledger::server {

std::map<std::string, RevenueTally> CollectRevenue(StoreTx& tx, const std::string& company_id,
                                                   const scoring::Period& period) {
  std::map<std::string, RevenueTally> out;
  // Jobs completed in the period may have had their window before it, so every job of the
  // company is read, a page at a time in window order.
  StoreTx::JobQuery q;
  q.company_id = company_id;
  q.limit = 1000;
  for (;;) {
    const auto page = tx.ListJobs(q);
    for (const JobRecord& j : page) {
      if (j.status != JobStatus::kCompleted || !j.completed_ms || *j.completed_ms < period.start ||
          *j.completed_ms >= period.end || !j.fee_fen) {
        continue;
      }
      RevenueTally& t = out[CountedTechnician(j)];
      if (j.fee_check.empty() || j.fee_check == "match") {
        t.revenue_fen += *j.fee_fen;
        ++t.jobs;
      } else {
        t.fee_differences.push_back(
            {j.id, j.reference, *j.fee_fen, j.fee_device_fen.value_or(0), j.fee_check});
      }
    }
    if (static_cast<int>(page.size()) < q.limit) break;
    q.after = std::make_pair(page.back().window.start, page.back().id);
  }
  return out;
}

}  // namespace fieldledger::server
