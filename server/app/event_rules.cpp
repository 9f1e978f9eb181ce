#include "app/event_rules.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_set>

#include "app/app_error.h"
#include "app/completion_check.h"
#include "app/period_request.h"
#include "app/self_assessment_rules.h"
#include "app/shift_check_in.h"
#include "fieldledger/core/geo.h"
#include "fieldledger/core/sha256.h"
#include "fieldledger/scoring/period.h"
#include "fieldledger/visit/rules.h"

namespace fieldledger::server {

// 2020-01-01T00:00:00Z: no FieldLedger device event can be older.
constexpr TimeMs kEarliestPlausible = 1'577'836'800'000;

namespace {

// Why a position the phone sent cannot be used or stored; "" when it can.
std::string PositionProblem(const EventPosition& p) {
  if (!IsValidLatLon({p.latitude, p.longitude})) return "[bad_position] position is out of range";
  if (!std::isfinite(p.accuracy_m) || p.accuracy_m < 0)
    return "[bad_position] position accuracy is invalid";
  return {};
}

std::optional<visit::VisitEvent> VisitEventOf(const DeviceEvent& e) {
  if (e.Is<OnMyWayDone>()) return visit::VisitEvent::kOnMyWay;
  if (e.Is<CheckInDone>()) return visit::VisitEvent::kCheckIn;
  if (e.Is<WorkDone>()) return visit::VisitEvent::kWorkRecorded;
  if (e.Is<CompletionDone>()) return visit::VisitEvent::kCompleted;
  return std::nullopt;
}

std::optional<Fix> FixOf(const EventPosition& p) {
  if (!p.present) return std::nullopt;
  return Fix{{p.latitude, p.longitude}, p.accuracy_m, p.mock};
}

}  // namespace

void AddFlag(JobRecord& job, const std::string& reason) {
  if (!job.flagged || job.flag_reason.empty()) {
    job.flagged = true;
    job.flag_reason = reason;
  } else if (job.flag_reason.find(reason) == std::string::npos) {
    job.flag_reason += "; " + reason;
  }
}

std::string EventRules::Validate(const DeviceEvent& e, const std::optional<JobRecord>& job,
                                 const TrustedTime& t, TimeMs now) {
  if (e.Is<std::monostate>()) return "[no_payload] event has no payload";
  // A discard refers to an earlier event, whose job may be the very thing that was wrong.
  if (const auto* discard = e.As<DiscardDone>()) {
    auto target = tx_.FindEvent(discard->discarded_event_id);
    if (!target || target->user_id != caller_.user_id) {
      return "[not_your_event] discarded event " + discard->discarded_event_id +
             " is not one of yours";
    }
    if (target->status != EventStatus::kRejected) {
      return "[not_rejected] only a rejected event can be discarded";
    }
    return {};
  }

  const bool jobless = IsJoblessEvent(e);
  if (jobless && !e.job_id.empty()) {
    return "[job_not_expected] " + EventKindName(e.payload) +
           " belongs to no job: job_id must be empty";
  }
  // A visit event without a job_id never gets here: the batch is refused whole first
  // (SyncLogic's ValidateBatchShape).
  if (!jobless && (!job || job->company_id != caller_.company_id)) {
    return "[unknown_job] unknown job " + e.job_id;
  }
  if (auto why = CheckClockReading(e.clock, policy_.clock_limits, "clock"); !why.empty()) {
    return why;
  }
  if (!t.invalid.empty()) return t.invalid;
  if (t.time > now + policy_.max_future) {
    return "[future_time] event time is in the future: " + DurationText(t.time - now) +
           " after the server received it";
  }
  if (t.time < kEarliestPlausible)
    return "[impossible_time] event time is impossible (before 2020)";
  if (const auto& p = e.position; p.present) {
    if (auto why = PositionProblem(p); !why.empty()) return why;
    const auto& limits = policy_.clock_limits;
    if (p.fix_time_ms != 0 &&
        (p.fix_time_ms < limits.earliest_wall || p.fix_time_ms > limits.latest_wall)) {
      return "[bad_position] position.fix_time_ms = " + std::to_string(p.fix_time_ms) +
             " is outside [" + std::to_string(limits.earliest_wall) + ", " +
             std::to_string(limits.latest_wall) + "]";
    }
  }
  if (const auto* a = e.As<SelfAssessmentDone>()) return ValidateSelfAssessment(*a);
  if (jobless) return {};
  if (const auto* work = e.As<WorkDone>()) {
    // The limits the phone applies before recording (shared/fieldledger/visit/rules.h).
    if (auto why = visit::CheckWork(work->facts); !why.empty()) {
      return "[work_invalid] " + why;
    }
  }
  return ValidateOnJob(e, *job);
}

// Who may do what on a job: only its assigned technician records visit events on it.
// Such an event is refused, so it never reaches the job and never counts for anyone.
std::string EventRules::ValidateOnJob(const DeviceEvent& e, const JobRecord& job) const {
  if (job.technician_id != caller_.user_id) {
    return "[not_assigned] " + EventKindName(e.payload) + " on job " + job.id +
           ", which is not assigned to you: only its assigned technician may record visits";
  }
  if (const auto* done = e.As<CompletionDone>()) {
    return CheckCompletion(tx_, job, caller_.user_id, *done);
  }
  return {};
}

ArrivalTrust EventRules::Trust(const DeviceEvent& e, const JobRecord& job, const TrustedTime& t,
                               TimeMs now) const {
  const std::optional<Fix> fix = FixOf(e.position);
  TimeWitnesses witnesses;
  if (fix && e.position.fix_time_ms != 0) witnesses.fix_time = e.position.fix_time_ms;
  if (boot_clocks_) witnesses.boot_clock_deviation = boot_clocks_->Deviation(e.clock);
  const PlaceCheck place = CheckPlace({job.latitude, job.longitude}, fix, policy_.trust.place);
  return CheckArrivalTrust(t, place, {job.created_ms, job.AssignedMs()}, now, policy_.trust,
                           witnesses);
}

std::string EventRules::ValidateSelfAssessment(const SelfAssessmentDone& a) {
  if (auto why = RefuseSelfAssessmentText(a.text); !why.empty()) return why;
  if (a.anchor_date.empty()) return "[anchor_date_invalid] anchor_date is required";
  const PeriodRequest requested{scoring::PeriodKind::kMonth, a.anchor_date};
  try {
    const scoring::Period month = ResolvePeriod(requested, CompanyZone());
    return RefuseSelfAssessmentMonth(tx_, caller_.company_id, month);
  } catch (const AppError& e) {
    return std::string("[anchor_date_invalid] anchor_date: ") + e.what();
  }
}

// A shift has no site, so there is no geofence: the place check is the same as an
// arrival's with the fix's own position as the site, which keeps mock locations and
// missing or inaccurate fixes (no_position) and makes any usable fix "inside". The time
// checks are an arrival's, with no job to bound them.
ArrivalTrust EventRules::ShiftTrust(const DeviceEvent& e, const TrustedTime& t, TimeMs now) const {
  const std::optional<Fix> fix = FixOf(e.position);
  const LatLon site = fix ? fix->at : LatLon{0, 0};
  const PlaceCheck place = CheckPlace(site, fix, policy_.trust.place);
  return CheckArrivalTrust(t, place, {0, 0}, now, policy_.trust);
}

void EventRules::ApplyShiftMark(const DeviceEvent& e, const EventRecord& stored,
                                const ArrivalTrust& trust) {
  const bool check_in = e.Is<ShiftCheckInDone>();
  std::vector<ShiftRecord> mine;
  for (auto& s : tx_.ListShifts(caller_.company_id)) {
    if (s.technician_id == caller_.user_id) mine.push_back(std::move(s));
  }
  const TimeMs at = stored.trusted_ms;
  ShiftMatch m = check_in ? MatchCheckIn(mine, at, CompanyZone(), policy_.scoring)
                          : MatchCheckOut(mine, at, CompanyZone());
  ShiftMarkRecord mark{
      stored.id, caller_.company_id, caller_.user_id,    check_in ? "check_in" : "check_out",
      at,        trust.verified,     trust.ReasonText(), m.shift ? m.shift->id : "",
      m.outcome};
  tx_.InsertShiftMark(mark);
  if (check_in && m.applies()) {
    // MatchCheckIn set its check-in time; the version is stamped with the instant the
    // server received the event, which is when it came to hold the check-in.
    m.shift->recorded_ms = stored.received_ms;
    tx_.UpdateShift(*m.shift);
    changed_shifts_.push_back(*m.shift);
  }
  note_ = MatchText(m, at, CompanyZone(), policy_.scoring);
  if (!trust.verified) note_ = "[untrusted] " + trust.ReasonText() + "; " + note_;
}

void EventRules::ApplySelfAssessment(const SelfAssessmentDone& a, const EventRecord& stored) {
  const PeriodRequest requested{scoring::PeriodKind::kMonth, a.anchor_date};
  const scoring::Period month = ResolvePeriod(requested, CompanyZone());  // Validate parsed it
  tx_.UpsertSelfAssessment({caller_.company_id, month.label, caller_.user_id, a.text,
                            stored.trusted_ms, stored.received_ms});
}

const std::string& EventRules::CompanyZone() {
  if (!zone_) {
    auto company = tx_.FindCompany(caller_.company_id);
    zone_ = company ? company->time_zone : "UTC";
  }
  return *zone_;
}

void EventRules::CheckFeeOf(const WorkDone& work, JobRecord& job, TimeMs at) {
  const auto visit = service_policy::Date::Parse(scoring::FormatLocalDate(at, CompanyZone()));
  const FeeCheck check =
      CheckFee(service_policies_, job, work, visit.value_or(service_policy::Date{}));
  job.fee_fen = check.server_fen;
  job.fee_device_fen = work.facts.fee_total_fen;
  job.fee_policy = check.policy;
  job.fee_check = check.verdict;
  if (!check.matches) AddFlag(job, "fee: " + check.verdict);
}

void EventRules::ApplyEffect(const DeviceEvent& e, JobRecord& job, const EventRecord& stored,
                             const ArrivalTrust& trust) {
  const JobRecord before = job;
  const std::string kind = EventKindName(e.payload);
  if (!history_problem_.empty()) AddFlag(job, "device history: " + history_problem_);
  // Out-of-order events are kept and flagged (shared/fieldledger/visit/rules.h).
  const visit::VisitSoFar so_far{job.arrived_ms.has_value(), job.first_visit_resolved.has_value(),
                                 job.completed_ms.has_value()};
  if (auto step = VisitEventOf(e)) {
    if (auto why = visit::CheckOrder(*step, so_far); !why.empty()) AddFlag(job, why);
  }
  // Events after the completion are kept for the record; they change nothing the
  // scores read (no arrival, no fee, no first-visit outcome).
  if (!job.completed_ms) {
    const auto* work = e.As<WorkDone>();
    if (work && !job.fee_fen) {
      // The fee of the first work record is the one the customer was shown and signed.
      CheckFeeOf(*work, job, stored.trusted_ms);
    }
    if (e.Is<CheckInDone>() && !job.arrived_ms) {
      // The first check-in is the arrival; later visits of the same job do not move it.
      job.arrived_ms = stored.trusted_ms;
      job.arrival_verified = stored.verified;
      job.arrival_technician_id = caller_.user_id;
      job.arrival_event_id = stored.id;
      job.arrival_place = PlaceVerdictName(trust.place.verdict);
      job.arrival_distance_m = trust.place.distance_m;
      job.arrival_check = trust.ReasonText();
      if (job.status == JobStatus::kScheduled) job.status = JobStatus::kInProgress;
    }
    if (work && !job.first_visit_resolved) {
      // The first work record decides first-time fix; later visits cannot undo it.
      job.first_visit_resolved = work->facts.resolved;
    }
    const auto* done = e.As<CompletionDone>();
    if (done && job.status != JobStatus::kCancelled) {
      if (done->signature_sha256.empty()) AddFlag(job, "completed without a signature");
      job.completed_ms = stored.trusted_ms;
      job.status = JobStatus::kCompleted;
      job.signature_sha256 = done->signature_sha256;
    }
  }
  // Work done on a job that was cancelled meanwhile is kept and flagged for the
  // dispatcher (docs/sync.md, conflicts), never dropped.
  if (job.status == JobStatus::kCancelled) {
    AddFlag(job, kind + " recorded after the job was cancelled");
  }
  const bool changed = job.arrived_ms != before.arrived_ms || job.status != before.status ||
                       job.completed_ms != before.completed_ms || job.flagged != before.flagged ||
                       job.flag_reason != before.flag_reason || job.fee_fen != before.fee_fen ||
                       job.first_visit_resolved != before.first_visit_resolved;
  if (changed) {
    job.updated_ms = stored.received_ms;
    StoreJob(job);
    NoteChanged(job);
  }
}

void EventRules::NoteChanged(const JobRecord& job) {
  last_change_seq_ = std::max(last_change_seq_, tx_.AppendJobChange(job.id, job.technician_id));
  changed_jobs_.push_back(job.id);
}

WrittenJobs EventRules::TakeWritten() {
  WrittenJobs out;
  out.change_seq = last_change_seq_;
  std::unordered_set<std::string_view> seen;
  for (const auto& id : changed_jobs_) {
    if (!seen.insert(id).second) continue;
    // Every changed job went through StoreJob, which keeps jobs_ current.
    if (const auto found = jobs_.find(id); found != jobs_.end() && found->second) {
      out.jobs.push_back(std::move(*found->second));
    }
  }
  return out;
}

void EventRules::Prepare(const PushBatch& batch) {
  std::vector<ClockReading> clocks;
  std::vector<std::string> ids;
  clocks.reserve(batch.events.size());
  for (const auto& e : batch.events) {
    clocks.push_back(e.clock);
    if (jobs_.emplace(e.job_id, std::nullopt).second) ids.push_back(e.job_id);
  }
  boot_clocks_.emplace(clocks);
  for (auto& j : tx_.FindJobs(ids)) {
    const std::string id = j.id;
    jobs_[id] = std::move(j);
  }
}

std::optional<JobRecord> EventRules::LoadJob(const std::string& id) {
  if (auto found = jobs_.find(id); found != jobs_.end()) return found->second;
  auto job = tx_.FindJob(id);
  jobs_.emplace(id, job);
  return job;
}

void EventRules::StoreJob(const JobRecord& job) {
  tx_.UpdateJob(job);
  jobs_[job.id] = job;
}

void EventRules::ReviseHistoryFlag(const std::string& job_id, const std::string& before,
                                   const std::string& after, TimeMs now) {
  auto job = LoadJob(job_id);
  if (!job) return;
  const std::string old_reason = "device history: " + before;
  std::vector<std::string> kept;
  bool found = false;
  std::size_t start = 0;
  const std::string& text = job->flag_reason;
  while (start <= text.size() && !text.empty()) {
    const auto end = text.find("; ", start);
    const std::string part = text.substr(start, end == std::string::npos ? end : end - start);
    if (part == old_reason) {
      found = true;
    } else {
      kept.push_back(part);
    }
    if (end == std::string::npos) break;
    start = end + 2;
  }
  if (!found) return;  // never flagged for it (e.g. linked to the other event of a restore)
  job->flag_reason.clear();
  for (const auto& part : kept) {
    if (!job->flag_reason.empty()) job->flag_reason += "; ";
    job->flag_reason += part;
  }
  job->flagged = !job->flag_reason.empty();
  if (!after.empty()) AddFlag(*job, "device history: " + after);
  job->updated_ms = now;
  StoreJob(*job);  // keeps the batch's job cache (Prepare) in step with the store
  NoteChanged(*job);
}

EventRecord EventRules::Apply(const DeviceEvent& e, const std::string& device_id,
                              const ClockReading& sent, TimeMs now,
                              const std::string& history_problem) {
  history_problem_ = history_problem;
  const ClockReading& at = e.clock;
  // Bounded readings cannot overflow; out-of-range ones are refused in Validate, and
  // EstimateTrustedTime reports (never wraps) what it cannot represent.
  const TrustedTime t = EstimateTrustedTime(at, sent, now, policy_.trust.clock_tolerance);
  auto job = LoadJob(e.job_id);

  EventRecord r;
  r.id = e.id;
  r.device_id = device_id;
  r.sequence = e.sequence;
  r.user_id = caller_.user_id;
  r.job_id = e.job_id;
  r.kind = EventKindName(e.payload);
  r.device_wall_ms = at.wall;
  r.device_monotonic_ms = at.monotonic;
  r.boot_id = at.boot_id.substr(0, 64);
  r.trusted_ms = t.invalid.empty() ? t.time : 0;
  r.received_ms = now;
  r.payload = e.stored_form;
  r.sha256 = Sha256Hex(r.payload);
  r.previous_sha256 = e.previous_sha256.substr(0, 64);
  r.reject_reason = Validate(e, job, t, now);
  r.status = r.reject_reason.empty() ? EventStatus::kApplied : EventStatus::kRejected;
  // A rejected event may carry a position Validate refused (NaN, out of range): its row
  // then has no position, and the payload keeps what the phone sent. SQLite would store a
  // NaN as NULL, which the NOT NULL accuracy column refuses, failing the whole batch.
  if (const auto& p = e.position; p.present && PositionProblem(p).empty()) {
    r.latitude = p.latitude;
    r.longitude = p.longitude;
    r.accuracy_m = p.accuracy_m;
    r.mock_location = p.mock;
  }
  note_.clear();
  ArrivalTrust trust;
  const bool applied = r.status == EventStatus::kApplied;
  const bool shift_mark = applied && (e.Is<ShiftCheckInDone>() || e.Is<ShiftCheckOutDone>());
  // A discard and the job-less events change no job; every other applied event has a job
  // (Validate checked).
  const bool on_job = applied && !e.Is<DiscardDone>() && !IsJoblessEvent(e);
  if (on_job) trust = Trust(e, *job, t, now);
  if (shift_mark) trust = ShiftTrust(e, t, now);
  r.verified = (on_job || shift_mark) && trust.verified;
  tx_.InsertEvent(r);
  if (on_job) ApplyEffect(e, *job, r, trust);
  if (shift_mark) ApplyShiftMark(e, r, trust);
  if (const auto* a = e.As<SelfAssessmentDone>(); applied && a) ApplySelfAssessment(*a, r);
  return r;
}

}  // namespace fieldledger::server
