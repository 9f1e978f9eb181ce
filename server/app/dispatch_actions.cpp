#include "app/dispatch_actions.h"

#include <cstdio>

#include "app/dispatch_day.h"
#include "app/dispatch_errors.h"
#include "app/excusal_rules.h"
#include "app/field_checks.h"
#include "app/idempotency.h"
#include "app/job_audit.h"
#include "app/text_input.h"
#include "app/time_text.h"
#include "fieldledger/core/geo.h"
#include "fieldledger/core/on_time.h"
#include "fieldledger/core/uuid.h"

namespace fieldledger::server {
namespace {

constexpr std::size_t kMaxText = 500;

void RequireText(const std::string& value, const char* field, bool required) {
  if (required && value.empty()) {
    DispatchFail(ErrorKind::kInvalidArgument, "field_required", field);
  }
  if (value.size() > kMaxText) {
    DispatchFail(ErrorKind::kInvalidArgument, "field_too_long", field);
  }
  // Valid UTF-8 and no control characters (app/text_input.h), as JobsService checks.
  if (auto reason = RefuseText(field, value, kMaxText); !reason.empty()) {
    DispatchFail(ErrorKind::kInvalidArgument, "bad_text", reason);
  }
}

void RequireReason(const std::string& reason) {
  if (reason.empty()) {
    DispatchFail(ErrorKind::kInvalidArgument, "reason_required", "reason is required");
  }
  RequireText(reason, "reason", true);
}

// Calendar dates and window bounds: app/field_checks.h, shared with JobsService.
void RequireDate(const std::string& value, const char* field) {
  // The detail is the field alone: the desk shows it as the field's label.
  if (!RefuseCivilDate(field, value).empty()) {
    DispatchFail(ErrorKind::kInvalidArgument, "bad_date", field);
  }
}

void RequireWindow(const TimeWindow& w, TimeMs now) {
  if (auto reason = RefuseJobWindow("window", w, now); !reason.empty()) {
    DispatchFail(ErrorKind::kInvalidArgument, "window_invalid", reason);
  }
}

JobRecord RequireJob(StoreTx& tx, const Caller& caller, const std::string& id) {
  if (id.empty()) DispatchFail(ErrorKind::kInvalidArgument, "field_required", "job_id");
  auto job = tx.FindJob(id);
  // Another company's job is reported as missing: its existence is not ours to reveal.
  if (!job || job->company_id != caller.company_id) {
    DispatchFail(ErrorKind::kNotFound, "job_not_found", "job '" + id + "' does not exist");
  }
  return *job;
}

UserRecord RequireTechnician(StoreTx& tx, const Caller& caller, const std::string& id) {
  if (id.empty()) DispatchFail(ErrorKind::kInvalidArgument, "field_required", "technician_id");
  auto user = tx.FindUser(id);
  if (!user || user->company_id != caller.company_id) {
    DispatchFail(ErrorKind::kNotFound, "technician_not_found",
                 "technician '" + id + "' does not exist");
  }
  if (user->role != Role::kTechnician) {
    DispatchFail(ErrorKind::kInvalidArgument, "not_a_technician",
                 "user '" + user->username + "' is not a technician");
  }
  if (user->disabled) {
    DispatchFail(ErrorKind::kFailedPrecondition, "technician_disabled",
                 "technician '" + id + "' is disabled");
  }
  return *user;
}

void RequireOpen(const JobRecord& job) {
  if (job.status == JobStatus::kCompleted || job.status == JobStatus::kCancelled) {
    DispatchFail(ErrorKind::kFailedPrecondition, "job_closed",
                 "job '" + job.reference + "' is " + JobStatusName(job.status));
  }
}

std::string NameOf(StoreTx& tx, const std::string& user_id) {
  auto u = tx.FindUser(user_id);
  return u ? u->display_name : user_id;
}

}  // namespace

std::string DispatchActions::Zone(StoreTx& tx, const Caller& caller) {
  auto c = tx.FindCompany(caller.company_id);
  return c ? c->time_zone : "UTC";
}

void DispatchActions::Audit(StoreTx& tx, const Caller& caller, const JobRecord& job,
                            const std::string& action, const std::string& reason,
                            const std::string& detail, TimeMs now) {
  // With the caller's address and device, as every job audit row (app/job_audit.h).
  AuditJobChange(tx, caller, job.id, action, reason, detail, now);
  // Every desk action that changes a job audits it here, once, inside its transaction;
  // the board's change log gets the same job in the same transaction (every instance's
  // open boards follow that log, app/board_follower.h).
  tx.AppendBoardChanges(job.company_id, {job.id});
}

void DispatchActions::Changed(const Caller& caller, const std::string& job_id, TimeMs now) {
  if (on_jobs_changed) on_jobs_changed(caller.company_id, {job_id}, now);
}

std::string DispatchActions::Create(const Caller& caller, const JobRecord& d,
                                    const std::string& request_id, const std::string& body_sha256,
                                    TimeMs now) {
  RequireText(request_id, "request_id", false);
  RequireText(d.customer_name, "customer_name", true);
  RequireText(d.customer_phone, "customer_phone", false);
  RequireText(d.address, "site.address", true);
  RequireText(d.product, "product", false);
  RequireText(d.serial_number, "serial_number", false);
  RequireText(d.description, "description", false);
  RequireText(d.reference, "reference", false);
  RequireText(d.product_category, "product_category", false);
  RequireDate(d.purchase_date, "purchase_date");
  RequireDate(d.activation_date, "activation_date");
  if (!IsValidLatLon({d.latitude, d.longitude})) {
    DispatchFail(ErrorKind::kInvalidArgument, "bad_coordinates",
                 "site coordinates are out of range (latitude -90..90, longitude -180..180)");
  }
  RequireWindow(d.window, now);
  std::string id;
  store_.Write([&](StoreTx& tx) {
    if (!request_id.empty()) {
      if (auto done = tx.FindJobRequest(caller.company_id, request_id)) {
        if (!IsRetryOf(done->body_sha256, body_sha256)) RefuseReusedKey("request_id", request_id);
        id = done->job_id;  // a retried create returns the first result
        return;
      }
    }
    const UserRecord tech = RequireTechnician(tx, caller, d.technician_id);
    JobRecord r = d;
    r.id = NewUuidV7(now);
    r.company_id = caller.company_id;
    if (r.reference.empty()) r.reference = "FL-" + r.id.substr(0, 8);
    r.status = JobStatus::kScheduled;
    r.created_ms = r.updated_ms = now;
    r.arrived_ms.reset();
    r.completed_ms.reset();
    r.arrival_verified = false;
    tx.InsertJob(r);
    tx.AppendJobChange(r.id, r.technician_id);
    if (!request_id.empty()) {
      tx.RememberJobRequest({caller.company_id, request_id, r.id, body_sha256});
    }
    const std::string tz = Zone(tx, caller);
    Audit(tx, caller, r, "created", "",
          tech.display_name + " · " + FormatLocalTime(r.window.start, tz) + "-" +
              LocalClock(r.window.end, tz),
          now);
    id = r.id;
  });
  Changed(caller, id, now);
  return id;
}

void DispatchActions::Assign(const Caller& caller, const std::string& job_id,
                             const std::string& technician_id, const std::string& reason,
                             TimeMs now) {
  RequireText(reason, "reason", false);
  bool changed = false;
  store_.Write([&](StoreTx& tx) {
    JobRecord job = RequireJob(tx, caller, job_id);
    const UserRecord tech = RequireTechnician(tx, caller, technician_id);
    RequireOpen(job);
    if (job.technician_id == technician_id) return;  // already theirs: nothing to record
    const std::string previous = job.technician_id;
    job.technician_id = technician_id;
    // Arrivals recorded before this instant were not made under this assignment.
    job.assigned_ms = now;
    job.updated_ms = now;
    tx.UpdateJob(job);
    // Both phones must hear: the old one drops the job, the new one gets it.
    tx.AppendJobChange(job.id, previous);
    tx.AppendJobChange(job.id, job.technician_id);
    Audit(tx, caller, job, "assigned", reason, NameOf(tx, previous) + " → " + tech.display_name,
          now);
    changed = true;
  });
  if (changed) Changed(caller, job_id, now);
}

void DispatchActions::Reschedule(const Caller& caller, const std::string& job_id, TimeWindow window,
                                 const std::string& reason, TimeMs now) {
  RequireReason(reason);
  RequireWindow(window, now);
  if (window.end <= now) {
    DispatchFail(ErrorKind::kInvalidArgument, "window_invalid", "the new window has already ended");
  }
  store_.Write([&](StoreTx& tx) {
    JobRecord job = RequireJob(tx, caller, job_id);
    RequireOpen(job);
    if (job.arrived_ms) {
      DispatchFail(ErrorKind::kFailedPrecondition, "already_arrived",
                   "the technician arrived at " + std::to_string(*job.arrived_ms));
    }
    // A window that closed with no arrival is a no-show: moving it would erase the miss
    // without a trace in the score. The dispatcher excuses it (with a reason) instead.
    if (now > job.window.end + policy_.on_time_grace) {
      DispatchFail(ErrorKind::kFailedPrecondition, "window_passed",
                   "the window closed with no arrival; excuse the no-show instead");
    }
    const std::string tz = Zone(tx, caller);
    const std::string detail = FormatLocalTime(job.window.start, tz) + "-" +
                               LocalClock(job.window.end, tz) + " → " +
                               FormatLocalTime(window.start, tz) + "-" + LocalClock(window.end, tz);
    job.window = window;
    job.updated_ms = now;
    tx.UpdateJob(job);
    tx.AppendJobChange(job.id, job.technician_id);
    Audit(tx, caller, job, "rescheduled", reason, detail, now);
  });
  Changed(caller, job_id, now);
}

void DispatchActions::Cancel(const Caller& caller, const std::string& job_id,
                             const std::string& reason, TimeMs now) {
  RequireReason(reason);
  store_.Write([&](StoreTx& tx) {
    JobRecord job = RequireJob(tx, caller, job_id);
    RequireOpen(job);
    job.status = JobStatus::kCancelled;
    job.updated_ms = now;
    tx.UpdateJob(job);
    tx.AppendJobChange(job.id, job.technician_id);
    Audit(tx, caller, job, "cancelled", reason, "", now);
  });
  Changed(caller, job_id, now);
}

void DispatchActions::Excuse(const Caller& caller, const std::string& job_id,
                             const std::string& reason, TimeMs now) {
  RequireReason(reason);
  store_.Write([&](StoreTx& tx) {
    JobRecord job = RequireJob(tx, caller, job_id);
    if (job.status == JobStatus::kCancelled) {
      DispatchFail(ErrorKind::kFailedPrecondition, "job_closed", "the job is cancelled");
    }
    // Only a late arrival or a no-show can be excused (or a job still pending, in
    // advance): the rule the scores apply (app/excusal_rules.h).
    scoring::ScoringPolicy rules;
    rules.on_time_grace = policy_.on_time_grace;
    rules.unverified = policy_.unverified;
    RequireExcusable(job, rules, now);
    const ArrivalVerdict v = ClassifyArrival({job.window, job.arrived_ms, false, false}, now,
                                             OnTimePolicy{policy_.on_time_grace});
    if (auto e = tx.FindExcusal(job.id); e && !e->revoked_ms) return;  // already excused
    tx.UpsertExcusal({job.id, reason, caller.display_name, now, "", std::nullopt});
    tx.AppendExcusalLog({job.id, "excused", reason, caller.display_name, now});
    Audit(tx, caller, job, "excused", reason, ArrivalClassName(v.cls), now);
  });
  Changed(caller, job_id, now);
}

void DispatchActions::RevokeExcusal(const Caller& caller, const std::string& job_id,
                                    const std::string& reason, TimeMs now) {
  RequireReason(reason);
  store_.Write([&](StoreTx& tx) {
    JobRecord job = RequireJob(tx, caller, job_id);
    auto e = tx.FindExcusal(job.id);
    if (!e || e->revoked_ms) {
      DispatchFail(ErrorKind::kFailedPrecondition, "not_excused", "the job has no active excusal");
    }
    e->revoked_by = caller.display_name;
    e->revoked_ms = now;
    tx.UpsertExcusal(*e);
    tx.AppendExcusalLog({job.id, "revoked", reason, caller.display_name, now});
    Audit(tx, caller, job, "excusal_revoked", reason, e->reason, now);
  });
  Changed(caller, job_id, now);
}

void DispatchActions::AcceptArrival(const Caller& caller, const std::string& job_id,
                                    const std::string& reason, TimeMs now) {
  RequireReason(reason);
  store_.Write([&](StoreTx& tx) {
    JobRecord job = RequireJob(tx, caller, job_id);
    if (!job.arrived_ms || job.arrival_verified) {
      DispatchFail(ErrorKind::kFailedPrecondition, "no_unverified_arrival",
                   "the job has no unverified arrival");
    }
    // The dispatcher vouches for it: from now on it scores as a verified arrival.
    job.arrival_verified = true;
    job.updated_ms = now;
    tx.UpdateJob(job);
    Audit(tx, caller, job, "arrival_accepted", reason,
          LocalClock(*job.arrived_ms, Zone(tx, caller)), now);
  });
  Changed(caller, job_id, now);
}

}  // namespace fieldledger::server
