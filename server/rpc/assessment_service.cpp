#include "rpc/assessment_service.h"

#include "rpc/period_convert.h"
#include "rpc/scoring_convert.h"

namespace fieldledger::server {
namespace {

void ToProto(const PublicationRecord& p, const std::string& zone, v1::Publication* out) {
  out->set_id(p.id);
  server::ToProto(scoring::CustomInstantRange(p.start_ms, p.end_ms, zone), out->mutable_period());
  out->mutable_period()->set_kind(v1::PERIOD_KIND_MONTH);
  out->mutable_period()->set_label(p.period_label);
  out->set_as_of_ms(p.as_of_ms);
  out->set_scoring_policy_version(p.scoring_policy_version);
  out->set_pay_policy_version(p.pay_policy_version);
  out->set_published_by(p.published_by);
  out->set_note(p.note);
}

void ToProto(const SelfAssessmentRecord& a, v1::SelfAssessment* out) {
  out->set_technician_id(a.technician_id);
  out->set_period_label(a.period_label);
  out->set_text(a.text);
  out->set_written_ms(a.written_ms);
  out->set_received_ms(a.received_ms);
}

void ToProto(const AssessorCommentRecord& c, v1::AssessorComment* out) {
  out->set_technician_id(c.technician_id);
  out->set_period_label(c.period_label);
  out->set_comment(c.comment);
  out->set_by(c.by);
  out->set_at_ms(c.at_ms);
}

template <typename Repeated>
void ToProto(const MetricCounts& counts, Repeated* out) {
  for (const auto& [metric, c] : counts) {
    auto* m = out->Add();
    m->set_metric(server::ToProto(metric));
    m->set_numerator(c.numerator);
    m->set_denominator(c.denominator);
  }
}

}  // namespace

scoring::Period AssessmentServiceImpl::Month(const Caller& caller, const std::string& anchor_date) {
  if (anchor_date.empty()) Fail(ErrorKind::kInvalidArgument, "anchor_date is required");
  std::string zone;
  store_.Read([&](StoreTx& tx) { zone = tx.FindCompany(caller.company_id)->time_zone; });
  v1::Period p;
  p.set_kind(v1::PERIOD_KIND_MONTH);
  p.set_anchor_date(anchor_date);
  try {
    return ResolvePeriod(p, zone);
  } catch (const AppError& e) {
    Fail(e.kind(), std::string("anchor_date: ") + e.what());
  }
}

grpc::Status AssessmentServiceImpl::GetAssessment(grpc::ServerContext* ctx,
                                                  const v1::AssessmentRequest* req,
                                                  v1::Assessment* resp) {
  return gate_.Run(ctx, "AssessmentService/GetAssessment", [&](const Caller& c, TimeMs now) {
    const scoring::Period month = Month(c, req->anchor_date());
    const MonthAssessment a = logic_.Read(c, month, now);
    server::ToProto(a.period, resp->mutable_period());
    if (a.publication) {
      resp->set_published(true);
      ToProto(*a.publication, a.period.time_zone, resp->mutable_publication());
    }
    for (const TechnicianAssessment& t : a.technicians) {
      auto* out = resp->add_technicians();
      out->set_technician_id(t.technician_id);
      out->set_technician_name(t.display_name);
      out->set_team_id(t.team_id);
      ToProto(t.live, out->mutable_live());
      out->set_live_pay_fen(t.live_pay_fen);
      out->set_live_bonus_earned(t.live_bonus_earned);
      if (t.published) {
        out->set_published(true);
        ToProto(*t.published, out->mutable_published_figures());
      }
      if (t.published_pay) {
        out->set_published_pay_fen(t.published_pay->total_fen);
        out->set_published_bonus_earned(t.published_pay->bonus_earned);
        out->set_published_pay_explanation(t.published_pay->explanation);
      }
      for (scoring::Metric m : t.changed_metrics) out->add_changed_metrics(server::ToProto(m));
      out->set_pay_changed(t.pay_changed);
      if (t.self_assessment) {
        ToProto(*t.self_assessment, out->mutable_self_assessment());
      }
      if (t.assessor_comment) {
        ToProto(*t.assessor_comment, out->mutable_assessor_comment());
      }
    }
  });
}

grpc::Status AssessmentServiceImpl::SetAssessorComment(grpc::ServerContext* ctx,
                                                       const v1::SetAssessorCommentRequest* req,
                                                       v1::AssessorComment* resp) {
  return gate_.Run(ctx, "AssessmentService/SetAssessorComment", [&](const Caller& c, TimeMs now) {
    if (req->technician_id().empty()) {
      Fail(ErrorKind::kInvalidArgument, "technician_id is required");
    }
    const scoring::Period month = Month(c, req->anchor_date());
    ToProto(logic_.Comment(c, month, req->technician_id(), req->comment(), now), resp);
  });
}

grpc::Status AssessmentServiceImpl::PublishPeriod(grpc::ServerContext* ctx,
                                                  const v1::PublishPeriodRequest* req,
                                                  v1::Publication* resp) {
  return gate_.Run(ctx, "AssessmentService/PublishPeriod", [&](const Caller& c, TimeMs now) {
    const scoring::Period month = Month(c, req->anchor_date());
    ToProto(logic_.Publish(c, month, req->note(), now), month.time_zone, resp);
  });
}

grpc::Status AssessmentServiceImpl::SubmitSelfAssessment(grpc::ServerContext* ctx,
                                                         const v1::SubmitSelfAssessmentRequest* req,
                                                         v1::SelfAssessment* resp) {
  return gate_.Run(ctx, "AssessmentService/SubmitSelfAssessment", [&](const Caller& c, TimeMs now) {
    if (req->written_ms() < 0 || req->written_ms() > now + kDayMs) {
      Fail(ErrorKind::kInvalidArgument, "written_ms is not a plausible instant");
    }
    const scoring::Period month = Month(c, req->anchor_date());
    const TimeMs written = req->written_ms() == 0 ? now : req->written_ms();
    ToProto(logic_.SubmitSelfAssessment(c, month, req->text(), written, now), resp);
  });
}

}  // namespace fieldledger::server
