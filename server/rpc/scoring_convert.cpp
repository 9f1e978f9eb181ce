#include "rpc/scoring_convert.h"

#include "rpc/period_convert.h"

namespace fieldledger::server {
void ToProto(const scoring::RateResult& r, const JobLabeler& label, v1::RateFigure* out) {
  out->set_numerator(r.numerator);
  out->set_denominator(r.denominator);
  if (auto v = r.Rate()) {
    out->set_has_value(true);
    out->set_value(*v);
  }
  for (const auto& item : r.items) {
    auto* x = out->add_explanations();
    x->set_job_id(item.id);
    x->set_reason(item.reason);
    x->set_in_numerator(item.side == scoring::Side::kNumeratorAndDenominator);
    x->set_in_denominator(item.side != scoring::Side::kNeither);
    x->set_outcome(scoring::ItemOutcome(item));
    if (label) label(item.id, x);
  }
}

namespace {

void Fill(const scoring::DurationResult& d, v1::DurationFigures* out) {
  out->set_count(d.count);
  if (d.minutes.median) {
    out->set_has_value(true);
    out->set_median_minutes(*d.minutes.median);
    out->set_p90_minutes(*d.minutes.p90);
  }
}

}  // namespace

v1::Metric ToProto(scoring::Metric m) {
  switch (m) {
    case scoring::Metric::kOnTime:
      return v1::METRIC_ON_TIME;
    case scoring::Metric::kRetention:
      return v1::METRIC_RETENTION;
    case scoring::Metric::kSatisfaction:
      return v1::METRIC_SATISFACTION;
    case scoring::Metric::kAttendance:
      return v1::METRIC_ATTENDANCE;
    case scoring::Metric::kFirstTimeFix:
      return v1::METRIC_FIRST_TIME_FIX;
  }
  return v1::METRIC_UNSPECIFIED;
}

std::optional<scoring::Metric> FromProto(v1::Metric m) {
  switch (m) {
    case v1::METRIC_ON_TIME:
      return scoring::Metric::kOnTime;
    case v1::METRIC_RETENTION:
      return scoring::Metric::kRetention;
    case v1::METRIC_SATISFACTION:
      return scoring::Metric::kSatisfaction;
    case v1::METRIC_ATTENDANCE:
      return scoring::Metric::kAttendance;
    case v1::METRIC_FIRST_TIME_FIX:
      return scoring::Metric::kFirstTimeFix;
    default:
      return std::nullopt;
  }
}

void ToProto(const scoring::Scorecard& card, const JobLabeler& label, v1::Scorecard* out) {
  ToProto(card.period, out->mutable_period());
  out->set_policy_version(card.policy_version);
  out->set_computed_at_ms(card.computed_at);

  auto* ot = out->mutable_on_time();
  ToProto(card.on_time.rate, label, ot->mutable_rate());
  const auto& t = card.on_time.tally;
  ot->set_early(t.early);
  ot->set_on_time(t.on_time);
  ot->set_late(t.late);
  ot->set_no_show(t.no_show);
  ot->set_pending(t.pending);
  ot->set_excluded(t.excluded);
  ot->set_excused(t.excused);
  ot->set_unverified(card.on_time.unverified);
  if (card.on_time.minutes_late.median) {
    ot->set_has_minutes_late(true);
    ot->set_median_minutes_late(*card.on_time.minutes_late.median);
    ot->set_p90_minutes_late(*card.on_time.minutes_late.p90);
  }

  ToProto(card.retention.rate, label, out->mutable_retention()->mutable_rate());
  out->mutable_retention()->set_pending(card.retention.pending);

  auto* sat = out->mutable_satisfaction();
  ToProto(card.satisfaction.rate, label, sat->mutable_rate());
  ToProto(card.satisfaction.reach, label, sat->mutable_reach());
  if (card.satisfaction.mean_score) {
    sat->set_has_mean_score(true);
    sat->set_mean_score(*card.satisfaction.mean_score);
  }
  if (card.satisfaction.nps) {
    sat->set_has_nps(true);
    sat->set_nps(*card.satisfaction.nps);
  }
  sat->set_nps_responses(card.satisfaction.nps_responses);

  ToProto(card.attendance, nullptr, out->mutable_attendance());
  ToProto(card.first_time_fix, label, out->mutable_first_time_fix());
  auto* complaints = out->mutable_complaints();
  complaints->set_count(card.complaints.count);
  ToProto(card.complaints.jobs, label, complaints->mutable_jobs());
  const auto& by = card.complaints.by_category;
  using scoring::ComplaintCategory;
  complaints->set_attitude(by[static_cast<int>(ComplaintCategory::kAttitude)]);
  complaints->set_lateness(by[static_cast<int>(ComplaintCategory::kLateness)]);
  complaints->set_price(by[static_cast<int>(ComplaintCategory::kPrice)]);
  complaints->set_quality(by[static_cast<int>(ComplaintCategory::kQuality)]);
  complaints->set_other(by[static_cast<int>(ComplaintCategory::kOther)]);
  Fill(card.response_time, out->mutable_response_time());
  Fill(card.resolution_time, out->mutable_resolution_time());

  auto* gate = out->mutable_bonus_gate();
  gate->set_passed(card.bonus_gate.passed);
  for (const auto& c : card.bonus_gate.checks) {
    auto* g = gate->add_checks();
    g->set_metric(ToProto(c.metric));
    g->set_status(scoring::GateStatusName(c.status));
    if (c.rate) {
      g->set_has_rate(true);
      g->set_rate(*c.rate);
    }
    g->set_target(c.target);
  }
}

ScorecardQuery FromProto(const v1::ScorecardRequest& req) {
  ScorecardQuery q;
  switch (req.scope_case()) {
    case v1::ScorecardRequest::kTechnicianId:
      q.scope = scoring::Scope::Kind::kTechnician;
      q.scope_id = req.technician_id();
      break;
    case v1::ScorecardRequest::kTeamId:
      q.scope = scoring::Scope::Kind::kTeam;
      q.scope_id = req.team_id();
      break;
    case v1::ScorecardRequest::kCompany:
      q.scope = scoring::Scope::Kind::kCompany;
      break;
    case v1::ScorecardRequest::SCOPE_NOT_SET:
      break;
  }
  q.period = FromProto(req.period());
  q.explain = req.explain();
  q.as_of = req.as_of_ms();
  return q;
}

void ToProto(const ScorecardResult& result, v1::Scorecard* out) {
  JobLabeler label;
  if (!result.labels.empty()) {
    label = [&](const std::string& id, v1::JobExplanation* x) {
      auto it = result.labels.find(id);
      if (it == result.labels.end()) return;
      x->set_reference(it->second.reference);
      x->set_technician_id(it->second.technician_id);
    };
  }
  ToProto(result.card, label, out);
  out->set_scope_label(result.scope_label);
}

RankingQuery FromProto(const v1::RankingRequest& req) {
  RankingQuery q;
  q.period = FromProto(req.period());
  q.metric = FromProto(req.metric());
  q.team_id = req.team_id();
  q.as_of = req.as_of_ms();
  return q;
}

void ToProto(const RankingResult& result, v1::Ranking* out) {
  for (const auto& [e, name] : result.entries) {
    auto* entry = out->add_entries();
    entry->set_technician_id(e.technician);
    entry->set_technician_name(name);
    entry->set_successes(e.successes);
    entry->set_trials(e.trials);
    if (e.rate) {
      entry->set_has_rate(true);
      entry->set_rate(*e.rate);
    }
    entry->set_wilson_lower_bound(e.wilson_lower_bound);
    entry->set_rank(e.rank.value_or(0));
    entry->set_note(e.note);
  }
  ToProto(result.period, out->mutable_period());
  out->set_metric(ToProto(result.metric));
  out->set_policy_version(result.policy_version);
  out->set_computed_at_ms(result.computed_at);
}

void ToProto(const ExcusalRecord& e, v1::Excusal* out) {
  out->set_job_id(e.job_id);
  out->set_reason(e.reason);
  out->set_excused_by(e.excused_by);
  out->set_excused_at_ms(e.excused_ms);
  if (e.revoked_ms) {
    out->set_revoked_by(e.revoked_by);
    out->set_revoked_at_ms(*e.revoked_ms);
  }
}

void ToProto(const std::vector<ExcusalLogEntry>& log, v1::ExcusalHistory* out) {
  for (const auto& e : log) {
    auto* x = out->add_entries();
    x->set_action(e.action);
    x->set_reason(e.reason);
    x->set_by(e.by);
    x->set_at_ms(e.at_ms);
  }
}

}  // namespace fieldledger::server
