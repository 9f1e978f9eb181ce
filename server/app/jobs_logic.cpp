#include "app/jobs_logic.h"

#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "app/app_error.h"
#include "app/field_checks.h"
#include "app/idempotency.h"
#include "app/text_input.h"
#include "fieldledger/core/geo.h"
#include "fieldledger/core/uuid.h"

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

JobRecord JobsLogic::Create(const Caller& caller, const NewJob& job, const std::string& request_id,
                            const std::string& body_sha256, TimeMs now) {
  RequireText(request_id, "request_id", false);
  JobRecord out;
  store_.Write([&](StoreTx& tx) {
    if (!request_id.empty()) {
      if (auto done = tx.FindJobRequest(caller.company_id, request_id)) {
        if (!IsRetryOf(done->body_sha256, body_sha256)) RefuseReusedKey("request_id", request_id);
        out = *tx.FindJob(done->job_id);  // a retried create returns the first result
        return;
      }
    }
    out = CreateRecord(tx, caller.company_id, job, now);
    AuditCreated(tx, caller, out, now);
    tx.AppendBoardChanges(caller.company_id, {out.id});
    if (!request_id.empty())
      tx.RememberJobRequest({caller.company_id, request_id, out.id, body_sha256});
  });
  if (on_jobs_changed) on_jobs_changed(caller.company_id, {out.id}, now);
  return out;
}

JobPage JobsLogic::List(const Caller& caller, const JobListQuery& in) {
  StoreTx::JobQuery q;
  q.company_id = caller.company_id;
  q.technician_id = in.technician_id;
  if (caller.role == Role::kTechnician) {
    if (!q.technician_id.empty() && q.technician_id != caller.user_id) {
      Fail(ErrorKind::kPermissionDenied, "technicians may list only their own jobs");
    }
    q.technician_id = caller.user_id;
  }
  if (in.page_size < 0 || in.page_size > 1000) {
    Fail(ErrorKind::kInvalidArgument, "page_size must be between 0 and 1000");
  }
  q.limit = in.page_size == 0 ? 200 : in.page_size;
  if (in.window_overlaps) {
    if (in.window_overlaps->end < in.window_overlaps->start) {
      Fail(ErrorKind::kInvalidArgument, "window_overlaps ends before it starts");
    }
    q.overlapping = in.window_overlaps;
  }
  if (!in.page_token.empty()) {
    // The token is "<window start>/<job id>" of the last job on the previous page.
    const auto slash = in.page_token.find('/');
    try {
      if (slash == std::string::npos) throw std::invalid_argument("no separator");
      q.after = std::make_pair(std::stoll(in.page_token.substr(0, slash)),
                               in.page_token.substr(slash + 1));
    } catch (const std::exception&) {
      Fail(ErrorKind::kInvalidArgument, "page_token is not one this server issued");
    }
  }
  JobPage out;
  store_.Read([&](StoreTx& tx) {
    auto jobs = tx.ListJobs(q);
    std::unordered_map<std::string, std::string> names;
    for (auto& j : jobs) {
      auto it = names.find(j.technician_id);
      if (it == names.end()) {
        auto u = tx.FindUser(j.technician_id);
        it = names.emplace(j.technician_id, u ? u->display_name : "").first;
      }
      out.jobs.push_back({std::move(j), it->second});
    }
    if (static_cast<int>(out.jobs.size()) == q.limit) {
      const JobRecord& last = out.jobs.back().job;
      out.next_page_token = std::to_string(last.window.start) + "/" + last.id;
    }
  });
  return out;
}

JobRecord JobsLogic::Assign(const Caller& caller, const std::string& job_id,
                            const std::string& technician_id, TimeMs now) {
  JobRecord job;
  store_.Write([&](StoreTx& tx) {
    job = RequireJob(tx, caller.company_id, job_id);
    RequireTechnician(tx, caller.company_id, technician_id);
    if (job.status == JobStatus::kCompleted || job.status == JobStatus::kCancelled) {
      Fail(ErrorKind::kFailedPrecondition,
           "job '" + job.id + "' is " + JobStatusName(job.status) + " and cannot be reassigned");
    }
    const std::string previous = job.technician_id;
    job.technician_id = technician_id;
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
  });
  if (on_jobs_changed) on_jobs_changed(caller.company_id, {job.id}, now);
  return job;
}

JobRecord JobsLogic::Cancel(const Caller& caller, const std::string& job_id,
                            const std::string& reason, TimeMs now) {
  RequireText(reason, "reason", true);
  JobRecord job;
  store_.Write([&](StoreTx& tx) {
    job = RequireJob(tx, caller.company_id, job_id);
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
      Audit(tx, caller, job, "cancelled", reason, "", now);
    }
  });
  if (on_jobs_changed) on_jobs_changed(caller.company_id, {job.id}, now);
  return job;
}

}  // namespace fieldledger::server
