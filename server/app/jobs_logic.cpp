#include "app/jobs_logic.h"

#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "app/app_error.h"
#include "app/field_checks.h"
#include "app/idempotency.h"
#include "app/job_convert.h"
#include "app/text_input.h"
#include "fieldledger/core/geo.h"
#include "fieldledger/core/uuid.h"
#include "message_sha256.h"

namespace fieldledger::server {
namespace {

constexpr std::size_t kMaxText = 500;

void RequireText(const std::string& value, const char* field, bool required) {
  if (required && value.empty())
    Fail(ErrorKind::kInvalidArgument, std::string(field) + " is required");
  // Length, valid UTF-8 and no control characters (they would reach an operator's
  // terminal or a CSV export later): app/text_input.h.
  if (auto reason = RefuseText(field, value, kMaxText); !reason.empty()) {
    Fail(ErrorKind::kInvalidArgument, reason);
  }
}

// Optional civil dates: empty, or YYYY-MM-DD that exists (app/field_checks.h).
void RequireDate(const std::string& value, const char* field) {
  if (auto reason = RefuseCivilDate(field, value); !reason.empty()) {
    Fail(ErrorKind::kInvalidArgument, reason);
  }
}

UserRecord RequireTechnician(StoreTx& tx, const std::string& company_id, const std::string& id) {
  auto user = tx.FindUser(id);
  if (!user || user->company_id != company_id) {
    Fail(ErrorKind::kNotFound, "technician '" + id + "' does not exist");
  }
  if (user->role != Role::kTechnician) {
    Fail(ErrorKind::kInvalidArgument, "user '" + user->username + "' is not a technician");
  }
  if (user->disabled) Fail(ErrorKind::kFailedPrecondition, "technician '" + id + "' is disabled");
  return *user;
}

JobRecord RequireJob(StoreTx& tx, const std::string& company_id, const std::string& id) {
  if (id.empty()) Fail(ErrorKind::kInvalidArgument, "job_id is required");
  auto job = tx.FindJob(id);
  // Another company's job is reported as missing: its existence is not ours to reveal.
  if (!job || job->company_id != company_id)
    Fail(ErrorKind::kNotFound, "job '" + id + "' does not exist");
  return *job;
}

std::string NextReference(const JobRecord& j) { return "FL-" + j.id.substr(0, 8); }

// One audit row per change (storage/audit_records.h): who, when, from where, why.
void Audit(StoreTx& tx, const Caller& caller, const JobRecord& job, const std::string& action,
           const std::string& reason, const std::string& detail, TimeMs now) {
  AuditRecord a;
  a.company_id = caller.company_id;
  a.job_id = job.id;
  a.actor_id = caller.user_id;
  a.actor_name = caller.display_name;
  a.at_ms = now;
  a.action = action;
  a.reason = reason;
  a.detail = detail;
  a.address = caller.address;
  a.device = caller.device;
  tx.InsertAudit(a);
}

std::string NameOf(StoreTx& tx, const std::string& user_id) {
  if (user_id.empty()) return "nobody";
  auto u = tx.FindUser(user_id);
  return u ? u->display_name : user_id;
}

}  // namespace

void JobsLogic::AuditCreated(StoreTx& tx, const Caller& caller, const JobRecord& job, TimeMs now) {
  Audit(tx, caller, job, "created", "", job.reference + " for " + NameOf(tx, job.technician_id),
        now);
}

JobRecord JobsLogic::CreateRecord(StoreTx& tx, const std::string& company_id, const NewJob& in,
                                  TimeMs now) {
  RequireText(in.customer_name, "customer_name", true);
  RequireText(in.customer_phone, "customer_phone", false);
  RequireText(in.address, "site.address", true);
  RequireText(in.product, "product", false);
  RequireText(in.serial_number, "serial_number", false);
  RequireText(in.description, "description", false);
  RequireText(in.reference, "reference", false);
  RequireText(in.product_category, "product_category", false);
  RequireDate(in.purchase_date, "purchase_date");
  RequireDate(in.activation_date, "activation_date");
  if (!IsValidLatLon({in.latitude, in.longitude})) {
    Fail(ErrorKind::kInvalidArgument,
         "site coordinates are out of range (latitude -90..90, "
         "longitude -180..180)");
  }
  if (auto reason = RefuseJobWindow("window", in.window, now); !reason.empty()) {
    Fail(ErrorKind::kInvalidArgument, reason);
  }
  if (!in.type)
    Fail(ErrorKind::kInvalidArgument, "type must be repair, installation or maintenance");
  RequireTechnician(tx, company_id, in.technician_id);

  JobRecord r;
  r.id = NewUuidV7(now);
  r.company_id = company_id;
  r.reference = in.reference.empty() ? NextReference(r) : in.reference;
  r.type = *in.type;
  r.status = JobStatus::kScheduled;
  r.customer_name = in.customer_name;
  r.customer_phone = in.customer_phone;
  r.address = in.address;
  r.latitude = in.latitude;
  r.longitude = in.longitude;
  r.window = in.window;
  r.technician_id = in.technician_id;
  r.product = in.product;
  r.serial_number = in.serial_number;
  r.description = in.description;
  r.product_category = in.product_category;
  r.purchase_date = in.purchase_date;
  r.activation_date = in.activation_date;
  r.created_ms = now;
  r.updated_ms = now;
  tx.InsertJob(r);
  tx.AppendJobChange(r.id, r.technician_id);
  return r;
}

v1::Job JobsLogic::Create(const Caller& caller, const v1::CreateJobRequest& req, TimeMs now) {
  RequireText(req.request_id(), "request_id", false);
  v1::Job out;
  store_.Write([&](StoreTx& tx) {
    // The job as sent, hashed: the same in DispatchService.CreateJob, so a key works in both.
    const std::string body_sha256 = v1::MessageSha256(req.job());
    if (!req.request_id().empty()) {
      if (auto done = tx.FindJobRequest(caller.company_id, req.request_id())) {
        if (!IsRetryOf(done->body_sha256, body_sha256)) {
          RefuseReusedKey("request_id", req.request_id());
        }
        ToProto(*tx.FindJob(done->job_id), &out);  // a retried create returns the first result
        return;
      }
    }
    JobRecord r = CreateRecord(tx, caller.company_id, NewJobFromProto(req.job()), now);
    AuditCreated(tx, caller, r, now);
    tx.AppendBoardChanges(caller.company_id, {r.id});
    if (!req.request_id().empty())
      tx.RememberJobRequest({caller.company_id, req.request_id(), r.id, body_sha256});
    ToProto(r, &out);
  });
  if (on_jobs_changed) on_jobs_changed(caller.company_id, {out.id()}, now);
  return out;
}

v1::ListJobsResponse JobsLogic::List(const Caller& caller, const v1::ListJobsRequest& req) {
  StoreTx::JobQuery q;
  q.company_id = caller.company_id;
  q.technician_id = req.technician_id();
  if (caller.role == Role::kTechnician) {
    if (!q.technician_id.empty() && q.technician_id != caller.user_id) {
      Fail(ErrorKind::kPermissionDenied, "technicians may list only their own jobs");
    }
    q.technician_id = caller.user_id;
  }
  if (req.page_size() < 0 || req.page_size() > 1000) {
    Fail(ErrorKind::kInvalidArgument, "page_size must be between 0 and 1000");
  }
  q.limit = req.page_size() == 0 ? 200 : req.page_size();
  if (req.has_window_overlaps() &&
      (req.window_overlaps().start_ms() != 0 || req.window_overlaps().end_ms() != 0)) {
    if (req.window_overlaps().end_ms() < req.window_overlaps().start_ms()) {
      Fail(ErrorKind::kInvalidArgument, "window_overlaps ends before it starts");
    }
    q.overlapping = TimeWindow{req.window_overlaps().start_ms(), req.window_overlaps().end_ms()};
  }
  if (!req.page_token().empty()) {
    // The token is "<window start>/<job id>" of the last job on the previous page.
    const auto slash = req.page_token().find('/');
    try {
      if (slash == std::string::npos) throw std::invalid_argument("no separator");
      q.after = std::make_pair(std::stoll(req.page_token().substr(0, slash)),
                               req.page_token().substr(slash + 1));
    } catch (const std::exception&) {
      Fail(ErrorKind::kInvalidArgument, "page_token is not one this server issued");
    }
  }
  v1::ListJobsResponse out;
  store_.Read([&](StoreTx& tx) {
    auto jobs = tx.ListJobs(q);
    std::unordered_map<std::string, std::string> names;
    for (const auto& j : jobs) {
      auto* pj = out.add_jobs();
      ToProto(j, pj);
      auto it = names.find(j.technician_id);
      if (it == names.end()) {
        auto u = tx.FindUser(j.technician_id);
        it = names.emplace(j.technician_id, u ? u->display_name : "").first;
      }
      pj->set_technician_name(it->second);
    }
    if (static_cast<int>(jobs.size()) == q.limit) {
      out.set_next_page_token(std::to_string(jobs.back().window.start) + "/" + jobs.back().id);
    }
  });
  return out;
}

v1::Job JobsLogic::Assign(const Caller& caller, const v1::AssignJobRequest& req, TimeMs now) {
  v1::Job out;
  store_.Write([&](StoreTx& tx) {
    JobRecord job = RequireJob(tx, caller.company_id, req.job_id());
    RequireTechnician(tx, caller.company_id, req.technician_id());
    if (job.status == JobStatus::kCompleted || job.status == JobStatus::kCancelled) {
      Fail(ErrorKind::kFailedPrecondition,
           "job '" + job.id + "' is " + JobStatusName(job.status) + " and cannot be reassigned");
    }
    const std::string previous = job.technician_id;
    job.technician_id = req.technician_id();
    // Arrivals recorded before this instant were not made by this technician's assignment.
    if (previous != job.technician_id) job.assigned_ms = now;
    job.updated_ms = now;
    tx.UpdateJob(job);
    // Both devices must hear: the old one removes the job, the new one adds it.
    if (previous != job.technician_id) tx.AppendJobChange(job.id, previous);
    tx.AppendJobChange(job.id, job.technician_id);
    tx.AppendBoardChanges(caller.company_id, {job.id});
    if (previous != job.technician_id) {
      Audit(tx, caller, job, "assigned", "",
            NameOf(tx, previous) + " → " + NameOf(tx, job.technician_id), now);
    }
    ToProto(job, &out);
  });
  if (on_jobs_changed) on_jobs_changed(caller.company_id, {out.id()}, now);
  return out;
}

v1::Job JobsLogic::Cancel(const Caller& caller, const v1::CancelJobRequest& req, TimeMs now) {
  RequireText(req.reason(), "reason", true);
  v1::Job out;
  store_.Write([&](StoreTx& tx) {
    JobRecord job = RequireJob(tx, caller.company_id, req.job_id());
    if (job.status == JobStatus::kCompleted) {
      Fail(ErrorKind::kFailedPrecondition, "job '" + job.id + "' is already completed");
    }
    if (job.status != JobStatus::kCancelled) {
      job.status = JobStatus::kCancelled;
      job.updated_ms = now;
      tx.UpdateJob(job);
      tx.AppendJobChange(job.id, job.technician_id);
      tx.AppendBoardChanges(caller.company_id, {job.id});
      // The reason is required and kept: the trail answers why the job was cancelled.
      Audit(tx, caller, job, "cancelled", req.reason(), "", now);
    }
    ToProto(job, &out);
  });
  if (on_jobs_changed) on_jobs_changed(caller.company_id, {out.id()}, now);
  return out;
}

}  // namespace fieldledger::server
