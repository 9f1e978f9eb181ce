#include "app/scorecard_logic.h"

#include <unordered_set>

#include "app/app_error.h"

namespace fieldledger::server {
namespace {

struct Scope {
  std::string label;
  std::unordered_set<std::string> technicians;  // empty with all_company
  bool all_company = false;
};

Scope ResolveScope(StoreTx& tx, const Caller& caller, const v1::ScorecardRequest& req) {
  Scope s;
  switch (req.scope_case()) {
    case v1::ScorecardRequest::kTechnicianId: {
      auto u = tx.FindUser(req.technician_id());
      if (!u || u->company_id != caller.company_id || u->role != Role::kTechnician) {
        Fail(ErrorKind::kNotFound, "technician '" + req.technician_id() + "' does not exist");
      }
      if (caller.role == Role::kTechnician && caller.user_id != u->id) {
        Fail(ErrorKind::kPermissionDenied, "technicians may read only their own scorecard");
      }
      s.label = "Technician " + u->display_name;
      s.technicians.insert(u->id);
      break;
    }
    case v1::ScorecardRequest::kTeamId: {
      if (caller.role == Role::kTechnician) {
        Fail(ErrorKind::kPermissionDenied, "technicians may read only their own scorecard");
      }
      auto team = tx.FindTeam(req.team_id());
      if (!team || team->company_id != caller.company_id) {
        Fail(ErrorKind::kNotFound, "team '" + req.team_id() + "' does not exist");
      }
      s.label = "Team " + team->name;
      for (const auto& u : tx.ListUsers(caller.company_id)) {
        if (u.team_id == team->id) s.technicians.insert(u.id);
      }
      break;
    }
    case v1::ScorecardRequest::kCompany:
      if (caller.role == Role::kTechnician) {
        Fail(ErrorKind::kPermissionDenied, "technicians may read only their own scorecard");
      }
      s.label = "Company";
      s.all_company = true;
      break;
    case v1::ScorecardRequest::SCOPE_NOT_SET:
      Fail(ErrorKind::kInvalidArgument, "set one of technician_id, team_id or company");
  }
  return s;
}

std::string Reason(const ArrivalVerdict& v, const JobRecord& j,
                   const std::optional<ExcusalRecord>& excusal) {
  switch (v.cls) {
    case ArrivalClass::kEarly:
      return "arrived before the window opened";
    case ArrivalClass::kOnTime:
      return "arrived within the window";
    case ArrivalClass::kLate: {
      return "late by " + std::to_string(v.minutes_late) + " min";
    }
    case ArrivalClass::kNoShow:
      return "no check-in by the end of the window";
    case ArrivalClass::kPending:
      return "window still open";
    case ArrivalClass::kExcluded:
      return std::string("job ") + JobStatusName(j.status);
    case ArrivalClass::kExcused:
      return "excused by " + excusal->excused_by + ": " + excusal->reason;
  }
  return {};
}

}  // namespace

v1::Scorecard ScorecardLogic::Get(const Caller& caller, const v1::ScorecardRequest& req,
                                  TimeMs now) {
  const auto& period = req.period();
  if (period.kind() != v1::PERIOD_KIND_CUSTOM) {
    Fail(ErrorKind::kInvalidArgument,
         "this server resolves custom periods only (start_ms, end_ms); day, week and month "
         "periods come with the scoring engine");
  }
  if (period.end_ms() <= period.start_ms()) {
    Fail(ErrorKind::kInvalidArgument, "period must end after it starts");
  }
  if (period.end_ms() - period.start_ms() > 400 * kDayMs) {
    Fail(ErrorKind::kInvalidArgument, "period is longer than 400 days");
  }
  v1::Scorecard card;
  store_.Read([&](StoreTx& tx) {
    Scope scope = ResolveScope(tx, caller, req);
    card.set_scope_label(scope.label);
    OnTimeTally tally;
    std::vector<double> minutes_late;
    auto* figures = card.mutable_on_time();
    StoreTx::JobQuery q;
    q.company_id = caller.company_id;
    // A job belongs to the period that contains its window start.
    q.starting_within = TimeWindow{period.start_ms(), period.end_ms()};
    q.limit = 1000;
    for (;;) {
      auto page = tx.ListJobs(q);
      for (const auto& j : page) {
        const std::string& counted = j.arrived_ms ? j.arrival_technician_id : j.technician_id;
        if (!scope.all_company && !scope.technicians.contains(counted)) continue;
        auto excusal = tx.FindExcusal(j.id);
        if (excusal && excusal->revoked_ms) excusal.reset();
        ArrivalFacts facts{j.window, j.arrived_ms,
                           j.status == JobStatus::kCancelled || j.status == JobStatus::kRescheduled,
                           excusal.has_value()};
        const ArrivalVerdict v = ClassifyArrival(facts, now, settings_.on_time);
        tally.Add(v.cls);
        if (v.cls == ArrivalClass::kLate) minutes_late.push_back(v.seconds_late / 60.0);
        if (j.arrived_ms && !j.arrival_verified) figures->set_unverified(figures->unverified() + 1);
        if (req.explain()) {
          auto* x = figures->mutable_rate()->add_explanations();
          x->set_job_id(j.id);
          x->set_reference(j.reference);
          x->set_technician_id(counted);
          x->set_outcome(ArrivalClassName(v.cls));
          x->set_reason(Reason(v, j, excusal));
          x->set_in_numerator(v.cls == ArrivalClass::kEarly || v.cls == ArrivalClass::kOnTime);
          x->set_in_denominator(x->in_numerator() || v.cls == ArrivalClass::kLate ||
                                v.cls == ArrivalClass::kNoShow);
        }
      }
      if (static_cast<int>(page.size()) < q.limit) break;
      q.after = std::make_pair(page.back().window.start, page.back().id);
    }
    auto* rate = figures->mutable_rate();
    rate->set_numerator(tally.Numerator());
    rate->set_denominator(tally.Denominator());
    if (auto r = tally.Rate()) {
      rate->set_has_value(true);
      rate->set_value(*r);
    }
    figures->set_early(tally.early);
    figures->set_on_time(tally.on_time);
    figures->set_late(tally.late);
    figures->set_no_show(tally.no_show);
    figures->set_pending(tally.pending);
    figures->set_excluded(tally.excluded);
    figures->set_excused(tally.excused);
    auto pct = NearestRankPercentiles(minutes_late);
    if (pct.median) {
      figures->set_has_minutes_late(true);
      figures->set_median_minutes_late(*pct.median);
      figures->set_p90_minutes_late(*pct.p90);
    }
  });
  auto* p = card.mutable_period();
  *p = period;
  card.set_policy_version(settings_.policy_version);
  card.set_computed_at_ms(now);
  return card;
}

v1::Excusal ScorecardLogic::Excuse(const Caller& caller, const v1::ExcuseArrivalRequest& req,
                                   TimeMs now) {
  if (req.reason().empty()) Fail(ErrorKind::kInvalidArgument, "reason is required");
  if (req.reason().size() > 500)
    Fail(ErrorKind::kInvalidArgument, "reason is longer than 500 bytes");
  v1::Excusal out;
  store_.Write([&](StoreTx& tx) {
    auto job = tx.FindJob(req.job_id());
    if (!job || job->company_id != caller.company_id) {
      Fail(ErrorKind::kNotFound, "job '" + req.job_id() + "' does not exist");
    }
    ExcusalRecord e{job->id, req.reason(), caller.display_name, now, "", std::nullopt};
    tx.UpsertExcusal(e);
    out.set_job_id(e.job_id);
    out.set_reason(e.reason);
    out.set_excused_by(e.excused_by);
    out.set_excused_at_ms(e.excused_ms);
  });
  return out;
}

v1::Excusal ScorecardLogic::Revoke(const Caller& caller, const v1::RevokeExcusalRequest& req,
                                   TimeMs now) {
  v1::Excusal out;
  store_.Write([&](StoreTx& tx) {
    auto job = tx.FindJob(req.job_id());
    auto e =
        job && job->company_id == caller.company_id ? tx.FindExcusal(req.job_id()) : std::nullopt;
    if (!e || e->revoked_ms) {
      Fail(ErrorKind::kNotFound, "job '" + req.job_id() + "' has no active excusal");
    }
    e->revoked_by = caller.display_name;
    e->revoked_ms = now;
    tx.UpsertExcusal(*e);
    out.set_job_id(e->job_id);
    out.set_reason(e->reason);
    out.set_excused_by(e->excused_by);
    out.set_excused_at_ms(e->excused_ms);
    out.set_revoked_by(e->revoked_by);
    out.set_revoked_at_ms(*e->revoked_ms);
  });
  return out;
}

}  // namespace fieldledger::server
