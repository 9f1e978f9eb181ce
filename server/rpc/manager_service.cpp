#include "rpc/manager_service.h"

#include "app/fee_check.h"
#include "rpc/period_convert.h"
#include "rpc/scoring_convert.h"

namespace fieldledger::server {
namespace {

void ToProto(const FeeDifference& d, v1::FeeDifference* out) {
  out->set_job_id(d.job_id);
  out->set_reference(d.reference);
  out->set_server_fen(d.server_fen);
  out->set_device_fen(d.device_fen);
  out->set_check(d.check);
  out->set_check_code(FeeCheckCode(d.check));
}

void ToProto(const TechnicianPay& t, v1::TechnicianPay* out) {
  out->set_technician_id(t.technician_id);
  out->set_technician_name(t.display_name);
  out->set_team_id(t.team_id);
  out->set_revenue_fen(t.revenue_fen);
  out->set_revenue_jobs(t.revenue_jobs);
  for (const auto& d : t.fee_differences) ToProto(d, out->add_fee_differences());
  for (const pay::PayLine& l : t.payslip.lines) {
    auto* line = out->add_lines();
    line->set_kind(pay::PayLineKindName(l.kind));
    line->set_amount_fen(l.amount_fen);
    if (l.metric) line->set_metric(server::ToProto(*l.metric));
    line->set_rank(l.rank.value_or(0));
    line->set_explanation(l.explanation);
  }
  for (const pay::GateLine& g : t.payslip.gate) {
    auto* gate = out->add_gate();
    gate->set_metric(server::ToProto(g.metric));
    gate->set_verdict(pay::GateVerdictName(g.verdict));
    gate->set_successes(g.successes);
    gate->set_trials(g.trials);
    gate->set_target_ppm(g.target_ppm);
  }
  out->set_bonus_earned(t.payslip.bonus_earned);
  out->set_total_fen(t.payslip.total_fen);
}

// A date-anchored period of `kind` in the company's zone; errors name `field`.
scoring::Period Anchored(v1::PeriodKind kind, const std::string& date, const std::string& zone,
                         const char* field) {
  if (date.empty()) Fail(ErrorKind::kInvalidArgument, std::string(field) + " is required");
  v1::Period p;
  p.set_kind(kind);
  p.set_anchor_date(date);
  try {
    return ResolvePeriod(p, zone);
  } catch (const AppError& e) {
    Fail(e.kind(), std::string(field) + ": " + e.what());
  }
}

}  // namespace

grpc::Status ManagerServiceImpl::GetMonthPay(grpc::ServerContext* ctx,
                                             const v1::MonthPayRequest* req, v1::MonthPay* resp) {
  return gate_.Run(ctx, "ManagerService/GetMonthPay", [&](const Caller& c, TimeMs now) {
    const scoring::Period month =
        Anchored(v1::PERIOD_KIND_MONTH, req->anchor_date(), logic_.CompanyZone(c), "anchor_date");
    const MonthPay pay = logic_.Pay(c, month, req->team_id(), now);
    server::ToProto(pay.period, resp->mutable_period());
    resp->set_pay_policy_version(pay.pay_policy_version);
    resp->set_scoring_policy_version(pay.scoring_policy_version);
    resp->set_computed_at_ms(pay.computed_at);
    resp->set_revenue_share_ppm(logic_.pay_policy().revenue_share_ppm);
    resp->set_base_fen(logic_.pay_policy().base_fen);
    resp->set_metric_bonus_fen(logic_.pay_policy().metric_bonus_fen);
    for (const auto& t : pay.technicians) ToProto(t, resp->add_technicians());
  });
}

grpc::Status ManagerServiceImpl::GetRevenue(grpc::ServerContext* ctx, const v1::RevenueRequest* req,
                                            v1::Revenue* resp) {
  return gate_.Run(ctx, "ManagerService/GetRevenue", [&](const Caller& c, TimeMs) {
    const scoring::Period period = ResolvePeriod(req->period(), logic_.CompanyZone(c));
    std::int64_t total = 0;
    for (const RevenueRow& r : logic_.Revenue(c, period, req->team_id())) {
      auto* row = resp->add_rows();
      row->set_technician_id(r.technician_id);
      row->set_technician_name(r.display_name);
      row->set_team_id(r.team_id);
      row->set_revenue_fen(r.tally.revenue_fen);
      row->set_jobs(r.tally.jobs);
      for (const auto& d : r.tally.fee_differences) ToProto(d, row->add_fee_differences());
      total += r.tally.revenue_fen;
    }
    resp->set_total_fen(total);
    server::ToProto(period, resp->mutable_period());
  });
}

grpc::Status ManagerServiceImpl::GetTrend(grpc::ServerContext* ctx, const v1::TrendRequest* req,
                                          v1::Trend* resp) {
  return gate_.Run(ctx, "ManagerService/GetTrend", [&](const Caller& c, TimeMs now) {
    const auto metric = FromProto(req->metric());
    if (!metric) Fail(ErrorKind::kInvalidArgument, "metric is required");
    scoring::PeriodKind kind;
    if (req->kind() == v1::PERIOD_KIND_ISO_WEEK) {
      kind = scoring::PeriodKind::kIsoWeek;
    } else if (req->kind() == v1::PERIOD_KIND_MONTH) {
      kind = scoring::PeriodKind::kMonth;
    } else {
      Fail(ErrorKind::kInvalidArgument, "kind must be PERIOD_KIND_ISO_WEEK or PERIOD_KIND_MONTH");
    }
    if (req->count() < 1 || req->count() > kMaxTrendPeriods) {
      Fail(ErrorKind::kInvalidArgument,
           "count must be between 1 and " + std::to_string(kMaxTrendPeriods));
    }
    const std::string zone = logic_.CompanyZone(c);
    const TimeMs anchor =
        req->anchor_date().empty()
            ? now
            : Anchored(v1::PERIOD_KIND_DAY, req->anchor_date(), zone, "anchor_date").start;
    scoring::Scope scope;
    switch (req->scope_case()) {
      case v1::TrendRequest::kTechnicianId:
        scope = {scoring::Scope::Kind::kTechnician, req->technician_id()};
        break;
      case v1::TrendRequest::kTeamId:
        scope = {scoring::Scope::Kind::kTeam, req->team_id()};
        break;
      case v1::TrendRequest::kCompany:
      case v1::TrendRequest::SCOPE_NOT_SET:
        scope = {scoring::Scope::Kind::kCompany, ""};
        break;
    }
    for (const TrendPoint& p : logic_.Trend(c, *metric, kind, req->count(), anchor, scope, now)) {
      auto* point = resp->add_points();
      server::ToProto(p.period, point->mutable_period());
      point->set_successes(p.successes);
      point->set_trials(p.trials);
      if (p.trials > 0) {
        point->set_has_rate(true);
        point->set_rate(static_cast<double>(p.successes) / static_cast<double>(p.trials));
      }
    }
    resp->set_metric(req->metric());
    if (auto target = logic_.scoring_policy().Target(*metric)) {
      resp->set_has_target(true);
      resp->set_target(*target);
    }
    resp->set_policy_version(logic_.scoring_policy().version);
    resp->set_computed_at_ms(now);
  });
}

}  // namespace fieldledger::server
