#include "rpc/callback_service.h"

#include "rpc/job_convert.h"
#include "rpc/period_convert.h"
#include "rpc/scoring_convert.h"

namespace fieldledger::server {
namespace {

v1::CallBackStatus ToProto(CallBackStatus s) {
  switch (s) {
    case CallBackStatus::kNotDue:
      return v1::CALL_BACK_STATUS_NOT_DUE;
    case CallBackStatus::kDue:
      return v1::CALL_BACK_STATUS_DUE;
    case CallBackStatus::kRetryWaiting:
      return v1::CALL_BACK_STATUS_RETRY_WAITING;
    case CallBackStatus::kRetryDue:
      return v1::CALL_BACK_STATUS_RETRY_DUE;
    case CallBackStatus::kReached:
      return v1::CALL_BACK_STATUS_REACHED;
    case CallBackStatus::kUnreachable:
      return v1::CALL_BACK_STATUS_UNREACHABLE;
    case CallBackStatus::kWrongNumber:
      return v1::CALL_BACK_STATUS_WRONG_NUMBER;
  }
  return v1::CALL_BACK_STATUS_UNSPECIFIED;
}

v1::CallOutcome OutcomeOf(const CallBackRecord& c) {
  if (c.reached) return v1::CALL_OUTCOME_REACHED;
  return c.wrong_number ? v1::CALL_OUTCOME_WRONG_NUMBER : v1::CALL_OUTCOME_UNREACHABLE;
}

v1::ComplaintCategory ToProto(const std::string& category) {
  auto c = scoring::ComplaintCategoryFromName(category);
  if (!c) return v1::COMPLAINT_CATEGORY_UNSPECIFIED;
  return static_cast<v1::ComplaintCategory>(static_cast<int>(*c) + 1);
}

void ToProto(const QueueEntry& e, v1::QueueEntry* out) {
  out->set_job_id(e.job.id);
  out->set_reference(e.job.reference);
  out->set_job_type(v1::ToWire(e.job.type));
  out->set_customer_name(e.job.customer_name);
  out->set_customer_phone(e.job.customer_phone);
  out->set_technician_id(e.job.arrived_ms && !e.job.arrival_technician_id.empty()
                             ? e.job.arrival_technician_id
                             : e.job.technician_id);
  out->set_technician_name(e.technician_name);
  out->set_team_id(e.team_id);
  out->set_completed_ms(e.job.completed_ms.value_or(0));
  out->set_due_ms(e.state.next_due);
  out->set_deadline_ms(e.state.deadline);
  out->set_overdue(e.state.overdue);
  out->set_attempts(e.state.attempts);
  out->set_status(ToProto(e.state.status));
  out->set_product(e.job.product);
  if (e.claim) {
    out->set_claimed_by_id(e.claim->agent_id);
    out->set_claimed_by_name(e.claim->agent_name);
    out->set_claim_expires_ms(e.claim->expires_ms);
  }
}

void ToProto(const EarlierCallInfo& c, v1::EarlierCall* out) {
  out->set_id(c.call.id);
  out->set_at_ms(c.call.at_ms);
  out->set_agent_name(c.agent_name);
  out->set_outcome(OutcomeOf(c.call));
  out->set_score(c.call.score.value_or(0));
  out->set_nps(c.call.nps.value_or(-1));
  out->set_problem_returned(c.call.problem_returned.value_or(false));
  out->set_complaint(ToProto(c.call.complaint_category));
  out->set_comment(c.call.comment);
  out->set_repair_job_id(c.call.repair_job_id);
}

void ToProto(const VisitDetail& d, v1::CallBackVisit* out) {
  ToProto(d.entry, out->mutable_entry());
  const JobRecord& j = d.entry.job;
  out->set_address(j.address);
  out->set_serial_number(j.serial_number);
  out->set_description(j.description);
  for (const auto& f : d.work.fault_types) out->add_fault_types(f);
  for (const auto& p : d.work.parts_used) out->add_parts_used(p);
  out->set_work_notes(d.work.notes);
  out->set_has_work_record(d.work.has_work_record);
  out->set_resolved(d.work.resolved);
  if (j.fee_fen) {
    out->set_has_fee(true);
    out->set_fee_fen(*j.fee_fen);
    out->set_fee_device_fen(j.fee_device_fen.value_or(0));
    out->set_fee_check(j.fee_check);
  }
  out->set_arrived_ms(j.arrived_ms.value_or(0));
  out->set_arrival_verified(j.arrival_verified);
  out->set_window_start_ms(j.window.start);
  out->set_window_end_ms(j.window.end);
  out->set_punctuality(d.punctuality);
  out->set_minutes_late(d.minutes_late);
  out->set_signer_name(d.work.signer_name);
  for (const auto& b : d.work.blobs) {
    auto* ref = out->add_blobs();
    ref->set_sha256(b.sha256);
    ref->set_kind(b.kind);
    ref->set_available(b.available);
  }
  for (const auto& c : d.earlier_calls) ToProto(c, out->add_earlier_calls());
  if (d.entry.claim) out->set_claim_expires_ms(d.entry.claim->expires_ms);
}

QueueFilter FromProto(const v1::ListQueueRequest& req) {
  QueueFilter f;
  f.team_id = req.team_id();
  f.technician_id = req.technician_id();
  if (req.job_type() != v1::JOB_TYPE_UNSPECIFIED) {
    f.job_type = v1::FromWire(req.job_type());
    if (!f.job_type) {
      Fail(ErrorKind::kInvalidArgument, "job_type must be repair, installation or maintenance");
    }
  }
  f.overdue_only = req.overdue_only();
  switch (req.view()) {
    case v1::QUEUE_VIEW_UNSPECIFIED:
    case v1::QUEUE_VIEW_DUE:
      f.view = QueueView::kDue;
      break;
    case v1::QUEUE_VIEW_CLOSED_UNREACHED:
      f.view = QueueView::kClosedUnreached;
      break;
    default:
      Fail(ErrorKind::kInvalidArgument, "view must be due or closed_unreached");
  }
  if (req.page_size() < 0 || req.page_size() > 1000) {
    Fail(ErrorKind::kInvalidArgument, "page_size must be between 0 and 1000");
  }
  f.limit = req.page_size() == 0 ? 200 : req.page_size();
  return f;
}

RecordInput FromProto(const v1::RecordCallRequest& req) {
  RecordInput in;
  in.job_id = req.job_id();
  in.request_id = req.request_id();
  switch (req.outcome()) {
    case v1::CALL_OUTCOME_REACHED:
      in.outcome = CallOutcome::kReached;
      break;
    case v1::CALL_OUTCOME_UNREACHABLE:
      in.outcome = CallOutcome::kUnreachable;
      break;
    case v1::CALL_OUTCOME_WRONG_NUMBER:
      in.outcome = CallOutcome::kWrongNumber;
      break;
    default:
      break;  // the logic names the field
  }
  if (req.score() != 0) in.score = req.score();
  if (req.has_nps()) {
    in.nps = req.nps();
  } else if (req.nps() != 0) {
    Fail(ErrorKind::kInvalidArgument, "nps is set but has_nps is false");
  }
  in.problem_returned = req.problem_returned();
  in.open_repair_job = req.open_repair_job();
  const int complaint = static_cast<int>(req.complaint());
  if (complaint < 0 || complaint > scoring::kComplaintCategoryCount) {
    Fail(ErrorKind::kInvalidArgument,
         "complaint must be attitude, lateness, price, quality or other");
  }
  if (complaint > 0) in.complaint = static_cast<scoring::ComplaintCategory>(complaint - 1);
  in.complaint_comment = req.complaint_comment();
  in.comment = req.comment();
  return in;
}

}  // namespace

RecordInput FromLegacyRequest(const v1::RecordCallBackRequest& req) {
  if (req.nps() < -1 || req.nps() > 10) {
    Fail(ErrorKind::kInvalidArgument, "nps must be 0 to 10 (or -1 when not asked)");
  }
  RecordInput in;
  in.job_id = req.job_id();
  in.outcome = req.reached() ? CallOutcome::kReached : CallOutcome::kUnreachable;
  if (req.score() != 0) in.score = req.score();
  // Here 0 is an answer when reached (-1 means not asked); unreached, only >0 is an error.
  if ((req.reached() && req.nps() >= 0) || req.nps() > 0) in.nps = req.nps();
  if (req.has_problem_returned()) {
    if (!req.reached()) {
      Fail(ErrorKind::kInvalidArgument,
           "problem_returned can be recorded only when the customer was reached");
    }
    in.problem_returned = req.problem_returned();
  }
  in.comment = req.comment();
  return in;
}

void ToLegacyCallBack(const RecordResult& r, v1::CallBack* out) {
  const CallBackRecord& c = r.call.call;
  out->set_id(c.id);
  out->set_job_id(c.job_id);
  out->set_at_ms(c.at_ms);
  out->set_reached(c.reached);
  out->set_score(c.score.value_or(0));
  out->set_problem_returned(c.problem_returned.value_or(false));
  out->set_comment(c.comment);
}

grpc::Status CallBackServiceImpl::ListQueue(grpc::ServerContext* ctx,
                                            const v1::ListQueueRequest* req,
                                            v1::ListQueueResponse* resp) {
  return gate_.Run(ctx, "CallBackService/ListQueue", [&](const Caller& c, TimeMs now) {
    const QueuePage page = logic_.ListQueue(c, FromProto(*req), now);
    for (const auto& e : page.entries) ToProto(e, resp->add_entries());
    resp->set_total(page.total);
    resp->set_server_now_ms(now);
  });
}

grpc::Status CallBackServiceImpl::ClaimVisit(grpc::ServerContext* ctx,
                                             const v1::ClaimVisitRequest* req,
                                             v1::CallBackVisit* resp) {
  return gate_.Run(ctx, "CallBackService/ClaimVisit", [&](const Caller& c, TimeMs now) {
    ToProto(logic_.Claim(c, req->job_id(), now), resp);
    resp->set_server_now_ms(now);
  });
}

grpc::Status CallBackServiceImpl::ReleaseVisit(grpc::ServerContext* ctx,
                                               const v1::ReleaseVisitRequest* req,
                                               v1::ReleaseVisitResponse* resp) {
  return gate_.Run(ctx, "CallBackService/ReleaseVisit", [&](const Caller& c, TimeMs) {
    resp->set_released(logic_.Release(c, req->job_id()));
  });
}

grpc::Status CallBackServiceImpl::RecordCallBack(grpc::ServerContext* ctx,
                                                 const v1::RecordCallRequest* req,
                                                 v1::RecordCallResponse* resp) {
  return gate_.Run(ctx, "CallBackService/RecordCallBack", [&](const Caller& c, TimeMs now) {
    const RecordResult r = logic_.Record(c, FromProto(*req), now);
    ToProto(r.call, resp->mutable_call());
    if (r.repair_job) {
      resp->set_repair_job_id(r.repair_job->id);
      resp->set_repair_job_reference(r.repair_job->reference);
    }
    resp->set_status(ToProto(r.status));
    resp->set_duplicate(r.duplicate);
  });
}

grpc::Status CallBackServiceImpl::GetAgentScorecard(grpc::ServerContext* ctx,
                                                    const v1::AgentScorecardRequest* req,
                                                    v1::AgentScorecard* resp) {
  return gate_.Run(ctx, "CallBackService/GetAgentScorecard", [&](const Caller& c, TimeMs now) {
    const scoring::Period period = ResolvePeriod(req->period(), logic_.CompanyTimeZone(c));
    const AgentCard card = logic_.AgentScorecard(c, req->agent_id(), period, now);
    resp->set_agent_id(card.agent_id);
    resp->set_agent_name(card.agent_name);
    server::ToProto(card.period, resp->mutable_period());
    resp->set_policy_version(card.policy_version);
    resp->set_computed_at_ms(card.computed_at);
    resp->set_calls(card.calls);
    ToProto(card.reach, nullptr, resp->mutable_reach());
    resp->set_unreachable(card.unreachable);
    resp->set_wrong_number(card.wrong_number);
    ToProto(card.within_deadline, nullptr, resp->mutable_within_deadline());
    if (card.mean_call_seconds) {
      resp->set_has_mean_call_seconds(true);
      resp->set_mean_call_seconds(*card.mean_call_seconds);
    }
    resp->set_complaints_recorded(card.complaints_recorded);
    resp->set_repair_jobs_opened(card.repair_jobs_opened);
    for (const auto& i : card.items) {
      auto* x = resp->add_items();
      x->set_callback_id(i.call.id);
      x->set_job_id(i.call.job_id);
      x->set_reference(i.reference);
      x->set_at_ms(i.call.at_ms);
      x->set_outcome(OutcomeOf(i.call));
      x->set_first_attempt(i.first_attempt);
      x->set_within_deadline(i.within_deadline);
      x->set_duration_seconds(i.duration_seconds.value_or(-1));
    }
  });
}

grpc::Status CallBackServiceImpl::GetVisitBlob(grpc::ServerContext* ctx,
                                               const v1::VisitBlobRequest* req,
                                               v1::VisitBlob* resp) {
  return gate_.Run(ctx, "CallBackService/GetVisitBlob", [&](const Caller& c, TimeMs) {
    auto [kind, bytes] = logic_.VisitBlob(c, req->job_id(), req->sha256());
    resp->set_sha256(req->sha256());
    resp->set_kind(kind);
    resp->set_data(std::move(bytes));
  });
}

}  // namespace fieldledger::server
