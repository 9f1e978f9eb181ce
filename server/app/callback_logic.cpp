#include "app/callback_logic.h"

#include "app/app_error.h"
#include "fieldledger/core/uuid.h"

namespace fieldledger::server {

v1::CallBack CallBackLogic::Record(const Caller& caller, const v1::RecordCallBackRequest& req,
                                   TimeMs now) {
  if (req.reached()) {
    if (req.score() != 0 && (req.score() < 1 || req.score() > 5)) {
      Fail(ErrorKind::kInvalidArgument, "score must be 1 to 5 (or 0 when not asked)");
    }
  } else if (req.score() != 0 || req.has_problem_returned() || req.nps() > 0) {
    Fail(ErrorKind::kInvalidArgument,
         "an unreachable customer cannot give a score, an NPS answer or a problem report");
  }
  if (req.nps() < -1 || req.nps() > 10) {
    Fail(ErrorKind::kInvalidArgument, "nps must be 0 to 10 (or -1 when not asked)");
  }
  if (req.comment().size() > 2000) {
    Fail(ErrorKind::kInvalidArgument, "comment is longer than 2000 bytes");
  }
  CallBackRecord c;
  c.id = NewUuidV7(now);
  c.company_id = caller.company_id;
  c.job_id = req.job_id();
  c.agent_id = caller.user_id;
  c.at_ms = now;
  c.reached = req.reached();
  if (req.score() > 0) c.score = req.score();
  if (req.has_problem_returned()) c.problem_returned = req.problem_returned();
  if (req.reached() && req.nps() >= 0) c.nps = req.nps();
  c.comment = req.comment();
  store_.Write([&](StoreTx& tx) {
    auto job = tx.FindJob(req.job_id());
    if (!job || job->company_id != caller.company_id) {
      Fail(ErrorKind::kNotFound, "job '" + req.job_id() + "' does not exist");
    }
    if (job->status != JobStatus::kCompleted) {
      Fail(ErrorKind::kFailedPrecondition,
           "job '" + job->reference + "' is not completed; call back after the visit");
    }
    tx.InsertCallBack(c);
  });
  if (on_jobs_changed) on_jobs_changed(caller.company_id, {c.job_id}, now);
  v1::CallBack out;
  out.set_id(c.id);
  out.set_job_id(c.job_id);
  out.set_at_ms(c.at_ms);
  out.set_reached(c.reached);
  out.set_score(c.score.value_or(0));
  out.set_problem_returned(c.problem_returned.value_or(false));
  out.set_comment(c.comment);
  return out;
}

}  // namespace fieldledger::server
