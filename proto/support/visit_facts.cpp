#include "visit_facts.h"

namespace fieldledger::v1 {

visit::WorkFacts WorkFactsOf(const WorkRecorded& w) {
  visit::WorkFacts f;
  f.fault_types.assign(w.fault_types().begin(), w.fault_types().end());
  f.parts_used.assign(w.parts_used().begin(), w.parts_used().end());
  f.notes = w.notes();
  f.resolved = w.resolved();
  f.quality_fault_certified = w.quality_fault_certified();
  f.photo_sha256.assign(w.photo_sha256().begin(), w.photo_sha256().end());
  f.fee_total_fen = w.fee_total_fen();
  if (!w.service_policy_id().empty() || !w.service_policy_version().empty()) {
    f.service_policy = w.service_policy_id() + "@" + w.service_policy_version();
  }
  f.quote_sha256 = w.quote_sha256();
  return f;
}

visit::VisitFacts VisitFactsOf(const Job& job, const WorkRecorded& work,
                               const std::string& work_event_id) {
  visit::VisitFacts f;
  f.job_id = job.id();
  f.reference = job.reference();
  f.customer_name = job.customer_name();
  f.address = job.site().address();
  f.product = job.product();
  f.serial_number = job.serial_number();
  f.work_event_id = work_event_id;
  f.work = WorkFactsOf(work);
  return f;
}

}  // namespace fieldledger::v1
