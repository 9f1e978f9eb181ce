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
  f.checks_done.assign(w.checks_done().begin(), w.checks_done().end());
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

ScoringRules ScoringRulesOf(const scoring::ScoringPolicy& p) {
  ScoringRules r;
  r.set_version(p.version);
  r.set_on_time_grace_seconds(p.on_time_grace / kSecondMs);
  r.set_unverified_arrival(p.unverified == scoring::UnverifiedArrival::kExclude ? "exclude"
                                                                                : "count_late");
  r.set_clock_correction_tolerance_seconds(p.clock_correction_tolerance / kSecondMs);
  r.set_geofence_radius_m(p.geofence_radius_m);
  r.set_max_fix_accuracy_m(p.max_fix_accuracy_m);
  r.set_attendance_grace_seconds(p.attendance_grace / kSecondMs);
  return r;
}

scoring::ScoringPolicy ScoringPolicyOf(const ScoringRules& r) {
  scoring::ScoringPolicy p;
  if (!r.version().empty()) p.version = r.version();
  p.on_time_grace = r.on_time_grace_seconds() * kSecondMs;
  p.unverified = r.unverified_arrival() == "exclude" ? scoring::UnverifiedArrival::kExclude
                                                     : scoring::UnverifiedArrival::kCountLate;
  p.clock_correction_tolerance = r.clock_correction_tolerance_seconds() * kSecondMs;
  if (r.geofence_radius_m() > 0) p.geofence_radius_m = r.geofence_radius_m();
  if (r.max_fix_accuracy_m() > 0) p.max_fix_accuracy_m = r.max_fix_accuracy_m();
  // A server older than the field sends 0: keep the policy's default grace.
  if (r.attendance_grace_seconds() > 0)
    p.attendance_grace = r.attendance_grace_seconds() * kSecondMs;
  return p;
}

}  // namespace fieldledger::v1
