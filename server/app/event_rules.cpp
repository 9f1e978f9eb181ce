#include "app/event_rules.h"

#include <cmath>

#include "event_kind.h"
#include "fieldledger/core/geo.h"
#include "fieldledger/scoring/period.h"

namespace fieldledger::server {

// 2020-01-01T00:00:00Z: no FieldLedger device event can be older.
constexpr TimeMs kEarliestPlausible = 1'577'836'800'000;

std::string EventRules::Validate(const v1::DeviceEvent& e, const std::optional<JobRecord>& job,
                                 const TrustedTime& t, TimeMs now) const {
  if (e.payload_case() == v1::DeviceEvent::PAYLOAD_NOT_SET) return "event has no payload";
  // A discard refers to an earlier event, whose job may be the very thing that was wrong.
  if (e.has_discarded()) {
    auto target = tx_.FindEvent(e.discarded().discarded_event_id());
    if (!target || target->user_id != caller_.user_id) {
      return "discarded event " + e.discarded().discarded_event_id() + " is not one of yours";
    }
    if (target->status != EventStatus::kRejected) {
      return "only a rejected event can be discarded";
    }
    return {};
  }

  if (!job || job->company_id != caller_.company_id) return "unknown job " + e.job_id();
  if (e.clock().wall_time_ms() < kEarliestPlausible) {
    return "device time " + std::to_string(e.clock().wall_time_ms()) + " is impossible";
  }
  if (t.time > now + policy_.max_future) return "event time is in the future";
  if (t.time < kEarliestPlausible) return "event time is impossible";
  if (e.position().present()) {
    const auto& p = e.position();
    if (!IsValidLatLon({p.latitude(), p.longitude()})) return "position is out of range";
    if (!std::isfinite(p.accuracy_m()) || p.accuracy_m() < 0) return "position accuracy is invalid";
  }
  if (e.has_work_recorded()) {
    const auto& w = e.work_recorded();
    if (w.notes().size() > 4000) return "notes are longer than 4000 bytes";
    if (w.fault_types_size() > 20 || w.parts_used_size() > 50) return "too many faults or parts";
  }
  return {};
}

const std::string& EventRules::CompanyZone() {
  if (!zone_) {
    auto company = tx_.FindCompany(caller_.company_id);
    zone_ = company ? company->time_zone : "UTC";
  }
  return *zone_;
}

void EventRules::CheckFeeOf(const v1::WorkRecorded& work, JobRecord& job, TimeMs at) {
  const auto visit = service_policy::Date::Parse(scoring::FormatLocalDate(at, CompanyZone()));
  const FeeCheck check =
      CheckFee(service_policies_, job, work, visit.value_or(service_policy::Date{}));
  job.fee_fen = check.server_fen;
  job.fee_device_fen = work.fee_total_fen();
  job.fee_policy = check.policy;
  job.fee_check = check.verdict;
  if (!check.matches && !job.flagged) {
    job.flagged = true;
    job.flag_reason = "fee: " + check.verdict;
  }
}

void EventRules::ApplyEffect(const v1::DeviceEvent& e, JobRecord& job, const EventRecord& stored) {
  bool changed = false;
  if (e.has_work_recorded() && !job.fee_fen) {
    // The fee of the first work record is the one the customer was shown and signed.
    CheckFeeOf(e.work_recorded(), job, stored.trusted_ms);
    changed = true;
  }
  if (e.has_check_in() && !job.arrived_ms) {
    // The first check-in is the arrival; later visits of the same job do not move it.
    job.arrived_ms = stored.trusted_ms;
    job.arrival_verified = stored.verified;
    job.arrival_technician_id = caller_.user_id;
    job.arrival_event_id = stored.id;
    if (job.status == JobStatus::kScheduled) job.status = JobStatus::kInProgress;
    changed = true;
  }
  if (e.has_work_recorded() && !job.first_visit_resolved) {
    // The first work record decides first-time fix; later visits cannot undo it.
    job.first_visit_resolved = e.work_recorded().resolved();
    changed = true;
  }
  if (e.has_completed() && !job.completed_ms && job.status != JobStatus::kCancelled) {
    job.completed_ms = stored.trusted_ms;
    job.status = JobStatus::kCompleted;
    changed = true;
  }
  // Work done on a job that was cancelled or reassigned meanwhile is kept and flagged
  // for the dispatcher (docs/sync.md, conflicts), never dropped.
  if (job.status == JobStatus::kCancelled && !job.flagged) {
    job.flagged = true;
    job.flag_reason = v1::EventKindName(e) + " recorded after the job was cancelled";
    changed = true;
  } else if (job.technician_id != caller_.user_id && !job.flagged) {
    job.flagged = true;
    job.flag_reason = v1::EventKindName(e) + " by " + caller_.display_name +
                      " while the job was assigned to someone else";
    changed = true;
  }
  if (changed) {
    job.updated_ms = stored.received_ms;
    tx_.UpdateJob(job);
    tx_.AppendJobChange(job.id, job.technician_id);
    changed_jobs_.push_back(job.id);
  }
}

EventRecord EventRules::Apply(const v1::DeviceEvent& e, const std::string& device_id,
                              const ClockReading& sent, TimeMs now) {
  const ClockReading at{e.clock().wall_time_ms(), e.clock().monotonic_ms(), e.clock().boot_id()};
  const TrustedTime t = EstimateTrustedTime(at, sent, now, policy_.clock_tolerance);
  auto job = tx_.FindJob(e.job_id());

  EventRecord r;
  r.id = e.event_id();
  r.device_id = device_id;
  r.sequence = e.sequence();
  r.user_id = caller_.user_id;
  r.job_id = e.job_id();
  r.kind = v1::EventKindName(e);
  r.device_wall_ms = at.wall;
  r.device_monotonic_ms = at.monotonic;
  r.boot_id = at.boot_id.substr(0, 64);
  r.trusted_ms = t.time;
  r.received_ms = now;
  r.payload = e.SerializeAsString();
  r.reject_reason = Validate(e, job, t, now);
  r.status = r.reject_reason.empty() ? EventStatus::kApplied : EventStatus::kRejected;

  bool verified = t.within_tolerance;
  if (e.position().present()) {
    r.latitude = e.position().latitude();
    r.longitude = e.position().longitude();
    r.accuracy_m = e.position().accuracy_m();
    r.mock_location = e.position().mock();
    if (r.mock_location) verified = false;
    if (job && r.status == EventStatus::kApplied &&
        !WithinGeofence({job->latitude, job->longitude}, {*r.latitude, *r.longitude}, r.accuracy_m,
                        policy_.geofence_radius_m)) {
      verified = false;
    }
  } else {
    verified = false;  // no position: the arrival cannot be placed at the site
  }
  r.verified = verified && r.status == EventStatus::kApplied;
  tx_.InsertEvent(r);
  // A discard changes no job; everything else applied has a job (Validate checked).
  if (r.status == EventStatus::kApplied && !e.has_discarded()) ApplyEffect(e, *job, r);
  return r;
}

}  // namespace fieldledger::server
