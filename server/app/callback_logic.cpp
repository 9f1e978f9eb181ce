#include "app/callback_logic.h"

#include "app/app_error.h"
#include "app/callback_entry.h"
#include "app/idempotency.h"
#include "app/time_text.h"
#include "fieldledger/core/sha256.h"
#include "fieldledger/core/uuid.h"

namespace fieldledger::server {
namespace {

constexpr std::size_t kMaxComment = 2000;
constexpr std::size_t kMaxRequestId = 100;

void Validate(const RecordInput& in) {
  if (in.job_id.empty()) Fail(ErrorKind::kInvalidArgument, "job_id is required");
  if (in.request_id.size() > kMaxRequestId) {
    Fail(ErrorKind::kInvalidArgument, "request_id is longer than 100 bytes");
  }
  if (!in.outcome) {
    Fail(ErrorKind::kInvalidArgument, "outcome must be reached, unreachable or wrong_number");
  }
  const bool reached = *in.outcome == CallOutcome::kReached;
  if (in.score && (*in.score < 1 || *in.score > 5)) {
    Fail(ErrorKind::kInvalidArgument,
         "score must be 1 to 5 (or 0 when not asked); got " + std::to_string(*in.score));
  }
  if (in.nps && (*in.nps < 0 || *in.nps > 10)) {
    Fail(ErrorKind::kInvalidArgument, "nps must be 0 to 10; got " + std::to_string(*in.nps));
  }
  if (!reached) {
    // Only a customer on the line can answer; a mistaken click must not invent answers.
    const char* field = in.score              ? "score"
                        : in.nps              ? "nps"
                        : in.problem_returned ? "problem_returned"
                        : in.complaint        ? "complaint"
                                              : nullptr;
    if (field) {
      Fail(ErrorKind::kInvalidArgument,
           std::string(field) + " can be recorded only when the customer was reached");
    }
  }
  if (in.open_repair_job && !in.problem_returned) {
    Fail(ErrorKind::kInvalidArgument, "open_repair_job needs problem_returned");
  }
  if (!in.complaint_comment.empty() && !in.complaint) {
    Fail(ErrorKind::kInvalidArgument, "complaint_comment needs a complaint category");
  }
  if (in.comment.size() > kMaxComment) {
    Fail(ErrorKind::kInvalidArgument, "comment is longer than 2000 bytes");
  }
  if (in.complaint_comment.size() > kMaxComment) {
    Fail(ErrorKind::kInvalidArgument, "complaint_comment is longer than 2000 bytes");
  }
}

// Every field of the call but its key, each as name, length and value, so no two different
// calls encode alike; hashed and stored with the request_id (app/idempotency.h).
std::string RecordInputSha256(const RecordInput& in) {
  std::string text;
  auto put = [&text](const char* name, const std::string& value) {
    text += std::string(name) + ":" + std::to_string(value.size()) + ":" + value + ";";
  };
  auto opt = [](const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); };
  put("job_id", in.job_id);
  put("outcome", in.outcome ? std::to_string(static_cast<int>(*in.outcome)) : "");
  put("score", opt(in.score));
  put("nps", opt(in.nps));
  put("problem_returned", in.problem_returned ? "1" : "0");
  put("open_repair_job", in.open_repair_job ? "1" : "0");
  put("complaint", in.complaint ? scoring::ComplaintCategoryName(*in.complaint) : "");
  put("complaint_comment", in.complaint_comment);
  put("comment", in.comment);
  return Sha256Hex(text);
}

// The follow-up visit for a problem that came back: the same customer and asset, so the
// retention rule sees a repeat repair; no promised window yet (the dispatcher sets one),
// so nobody is scored on it until then, and no device hears of it before it is assigned.
JobRecord RepairJobFor(const JobRecord& original, const CallBackRecord& call,
                       const std::string& zone, TimeMs now) {
  JobRecord r;
  r.id = NewUuidV7(now);
  r.company_id = original.company_id;
  r.reference = "FL-" + r.id.substr(0, 8);
  r.type = JobType::kRepair;
  r.status = JobStatus::kScheduled;
  r.customer_name = original.customer_name;
  r.customer_phone = original.customer_phone;
  r.address = original.address;
  r.latitude = original.latitude;
  r.longitude = original.longitude;
  r.window = {0, 0};
  r.technician_id = original.technician_id;
  r.product = original.product;
  r.serial_number = original.serial_number;
  r.product_category = original.product_category;
  r.purchase_date = original.purchase_date;
  r.activation_date = original.activation_date;
  r.description = "Call-back " + FormatLocalTime(now, zone) + ": the problem came back after job " +
                  original.reference;
  if (!call.comment.empty()) r.description += ". " + call.comment;
  if (r.description.size() > 500) r.description.resize(500);
  r.created_ms = now;
  r.updated_ms = now;
  return r;
}

std::string Detail(const CallBackRecord& c) {
  std::string d = c.reached ? "reached" : c.wrong_number ? "wrong number" : "unreachable";
  if (c.score) d += "; score " + std::to_string(*c.score);
  if (c.nps) d += "; nps " + std::to_string(*c.nps);
  if (c.problem_returned.value_or(false)) d += "; problem came back";
  if (!c.complaint_category.empty()) d += "; complaint: " + c.complaint_category;
  if (!c.repair_job_id.empty()) d += "; repair job " + c.repair_job_id;
  return d;
}

}  // namespace

RecordResult CallBackLogic::Record(const Caller& caller, const RecordInput& in, TimeMs now) {
  Validate(in);
  const std::string body_sha256 = RecordInputSha256(in);
  RecordResult out;
  store_.Write([&](StoreTx& tx) {
    if (!in.request_id.empty()) {
      if (auto done = tx.FindCallBackByRequest(caller.company_id, in.request_id)) {
        // Another job is another request even for a call-back stored without a hash.
        if (done->job_id != in.job_id || !IsRetryOf(done->request_sha256, body_sha256)) {
          RefuseReusedKey("request_id", in.request_id);
        }
        auto job = tx.FindJob(done->job_id);
        out.call.call = *done;
        out.call.agent_name = caller.display_name;
        if (!done->repair_job_id.empty()) out.repair_job = tx.FindJob(done->repair_job_id);
        out.status =
            EvaluateCallBackState(*job, tx.ListCallBacksOfJobs({job->id}), policy_.callback, now)
                .status;
        out.duplicate = true;
        return;
      }
    }
    const JobRecord job = RequireCallerJob(tx, caller, in.job_id);
    if (job.status != JobStatus::kCompleted) {
      Fail(ErrorKind::kFailedPrecondition,
           "job '" + job.reference + "' is not completed; call back after the visit");
    }
    auto claim = tx.FindCallBackClaim(job.id);
    if (claim && claim->agent_id != caller.user_id && claim->expires_ms > now) {
      Fail(ErrorKind::kFailedPrecondition, ClaimConflictText(job, *claim, now));
    }
    CallBackRecord c;
    c.id = NewUuidV7(now);
    c.company_id = caller.company_id;
    c.job_id = job.id;
    c.agent_id = caller.user_id;
    c.at_ms = now;
    c.reached = *in.outcome == CallOutcome::kReached;
    c.wrong_number = *in.outcome == CallOutcome::kWrongNumber;
    c.score = in.score;
    c.nps = in.nps;
    if (c.reached) c.problem_returned = in.problem_returned;
    if (in.complaint) c.complaint_category = scoring::ComplaintCategoryName(*in.complaint);
    c.complaint_comment = in.complaint_comment;
    c.comment = in.comment;
    c.request_id = in.request_id;
    if (!in.request_id.empty()) c.request_sha256 = body_sha256;
    // The time on the call is measured from when this agent opened the visit.
    if (claim && claim->agent_id == caller.user_id) c.opened_ms = claim->claimed_ms;
    if (in.open_repair_job) {
      auto company = tx.FindCompany(caller.company_id);
      JobRecord repair = RepairJobFor(job, c, company ? company->time_zone : "UTC", now);
      tx.InsertJob(repair);
      c.repair_job_id = repair.id;
      out.repair_job = repair;
    }
    tx.InsertCallBack(c);
    if (claim) tx.DeleteCallBackClaim(job.id);  // saved: the visit is free again
    tx.AppendCallBackAudit({caller.company_id, job.id, c.id, caller.user_id, caller.display_name,
                            now, "recorded", Detail(c)});
    if (out.repair_job) {
      tx.AppendCallBackAudit({caller.company_id, job.id, c.id, caller.user_id, caller.display_name,
                              now, "repair_job_opened",
                              "repair job " + out.repair_job->reference +
                                  " opened: the problem came back after job " + job.reference});
    }
    out.call = {c, caller.display_name};
    tx.AppendBoardChanges(caller.company_id,
                          out.repair_job ? std::vector<std::string>{job.id, out.repair_job->id}
                                         : std::vector<std::string>{job.id});
    out.status =
        EvaluateCallBackState(job, tx.ListCallBacksOfJobs({job.id}), policy_.callback, now).status;
  });
  if (on_jobs_changed && !out.duplicate) {
    std::vector<std::string> changed = {out.call.call.job_id};
    if (out.repair_job) changed.push_back(out.repair_job->id);
    on_jobs_changed(caller.company_id, changed, now);
  }
  return out;
}

}  // namespace fieldledger::server
