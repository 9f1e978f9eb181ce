#include "app/scorecard_logic.h"

#include <algorithm>
#include <unordered_map>

#include "app/app_error.h"
#include "app/excusal_rules.h"
#include "app/job_audit.h"
#include "app/period_request.h"
#include "app/scorecard_convert.h"
#include "app/scoring_inputs.h"
#include "app/text_input.h"
#include "fieldledger/scoring/ranking.h"
#include "fieldledger/scoring/scorecard.h"

namespace fieldledger::server {
namespace {

constexpr std::size_t kMaxReason = 500;

void RequireOffice(const Caller& caller, const char* what) {
  if (caller.role == Role::kTechnician) {
    Fail(ErrorKind::kPermissionDenied, std::string("technicians may read only their own ") + what);
  }
}

scoring::Scope ResolveScope(StoreTx& tx, const Caller& caller, const v1::ScorecardRequest& req,
                            std::string* label) {
  switch (req.scope_case()) {
    case v1::ScorecardRequest::kTechnicianId: {
      auto u = tx.FindUser(req.technician_id());
      if (!u || u->company_id != caller.company_id || u->role != Role::kTechnician) {
        Fail(ErrorKind::kNotFound, "technician '" + req.technician_id() + "' does not exist");
      }
      if (caller.role == Role::kTechnician && caller.user_id != u->id) {
        Fail(ErrorKind::kPermissionDenied, "technicians may read only their own scorecard");
      }
      *label = "Technician " + u->display_name;
      return {scoring::Scope::Kind::kTechnician, u->id};
    }
    case v1::ScorecardRequest::kTeamId: {
      RequireOffice(caller, "scorecard");
      auto team = tx.FindTeam(req.team_id());
      if (!team || team->company_id != caller.company_id) {
        Fail(ErrorKind::kNotFound, "team '" + req.team_id() + "' does not exist");
      }
      *label = "Team " + team->name;
      return {scoring::Scope::Kind::kTeam, team->id};
    }
    case v1::ScorecardRequest::kCompany:
      RequireOffice(caller, "scorecard");
      *label = "Company";
      return {scoring::Scope::Kind::kCompany, ""};
    case v1::ScorecardRequest::SCOPE_NOT_SET:
      break;
  }
  Fail(ErrorKind::kInvalidArgument, "set one of technician_id, team_id or company");
}

// 0: now (nullopt). Otherwise an instant not after the server's now.
std::optional<TimeMs> AsOf(std::int64_t as_of_ms, TimeMs server_now) {
  if (as_of_ms < 0 || as_of_ms > server_now) {
    Fail(ErrorKind::kInvalidArgument, "as_of_ms must be 0 (now) or an instant in the past");
  }
  return as_of_ms ? std::optional<TimeMs>(as_of_ms) : std::nullopt;
}

std::string CompanyZone(StoreTx& tx, const Caller& caller) {
  auto company = tx.FindCompany(caller.company_id);
  return company ? company->time_zone : "UTC";
}

}  // namespace

v1::Scorecard ScorecardLogic::Get(const Caller& caller, const v1::ScorecardRequest& req,
                                  TimeMs server_now) {
  const std::optional<TimeMs> as_of = AsOf(req.as_of_ms(), server_now);
  const TimeMs now = as_of.value_or(server_now);
  v1::Scorecard out;
  bool computed = false;
  scoring::Scope live_scope;
  scoring::Period live_period;
  store_.Read([&](StoreTx& tx) {
    std::string label;
    const scoring::Scope scope = ResolveScope(tx, caller, req, &label);
    const scoring::Period period = ResolvePeriod(req.period(), CompanyZone(tx, caller));
    out.set_scope_label(label);
    live_scope = scope;
    live_period = period;
    // Live aggregates only move forward in time: an as-of card is scored in full.
    if (live_ && req.as_of_ms() == 0 && scope.kind == scoring::Scope::Kind::kTechnician &&
        !req.explain() && period.kind != scoring::PeriodKind::kCustom) {
      return;  // served from the live aggregates below, outside this read transaction
    }
    const scoring::ScoringData data(LoadScoringDataset(tx, caller.company_id, policy_, as_of));
    const auto card = scoring::ComputeScorecard(data, policy_, scope, period, now, req.explain());
    computed = true;
    std::unordered_map<std::string, std::pair<std::string, std::string>> jobs;
    if (req.explain()) {
      for (const auto& j : data.jobs()) jobs[j.id] = {"", j.technician};
      StoreTx::JobQuery q;  // references for the explanation lines
      q.company_id = caller.company_id;
      q.limit = 5000;
      for (;;) {
        auto page = tx.ListJobs(q);
        for (const auto& r : page) jobs[r.id].first = r.reference;
        if (static_cast<int>(page.size()) < q.limit) break;
        q.after = std::make_pair(page.back().window.start, page.back().id);
      }
    }
    ToProto(
        card,
        [&](const std::string& id, v1::JobExplanation* x) {
          auto it = jobs.find(id);
          if (it == jobs.end()) return;
          x->set_reference(it->second.first);
          x->set_technician_id(it->second.second);
        },
        &out);
    out.set_scope_label(label);
  });
  if (!computed) {
    const std::string label = out.scope_label();
    auto card = live_->TechnicianCard(caller.company_id, live_scope.id, live_period, now);
    ToProto(*card, nullptr, &out);
    out.set_scope_label(label);
  }
  return out;
}

v1::Ranking ScorecardLogic::Rank(const Caller& caller, const v1::RankingRequest& req,
                                 TimeMs server_now) {
  RequireOffice(caller, "figures");
  auto metric = FromProto(req.metric());
  if (!metric) Fail(ErrorKind::kInvalidArgument, "metric is required");
  const std::optional<TimeMs> as_of = AsOf(req.as_of_ms(), server_now);
  const TimeMs now = as_of.value_or(server_now);
  v1::Ranking out;
  store_.Read([&](StoreTx& tx) {
    const scoring::Period period = ResolvePeriod(req.period(), CompanyZone(tx, caller));
    if (!req.team_id().empty()) {
      auto team = tx.FindTeam(req.team_id());
      if (!team || team->company_id != caller.company_id) {
        Fail(ErrorKind::kNotFound, "team '" + req.team_id() + "' does not exist");
      }
    }
    // A team's ranking lists who belonged to it as the period ended (or at the instant
    // scored, if earlier): teams as of the period, not as of today.
    const TeamHistory teams(tx.ListTeamMemberships(caller.company_id));
    const TimeMs team_instant = std::min(now, period.end - 1);
    std::unordered_map<std::string, UserRecord> technicians;
    for (auto& u : tx.ListUsers(caller.company_id)) {
      if (u.role == Role::kTechnician &&
          (req.team_id().empty() || teams.TeamAt(u.id, team_instant) == req.team_id())) {
        technicians.emplace(u.id, std::move(u));
      }
    }
    const scoring::ScoringData data(LoadScoringDataset(tx, caller.company_id, policy_, as_of));
    auto cards =
        scoring::ComputeScorecards(data, policy_, scoring::Scope::Kind::kTechnician, period, now);
    std::erase_if(cards,
                  [&](const scoring::Scorecard& c) { return !technicians.contains(c.scope.id); });
    for (const auto& e : scoring::RankMetric(cards, *metric, policy_)) {
      auto* entry = out.add_entries();
      entry->set_technician_id(e.technician);
      entry->set_technician_name(technicians[e.technician].display_name);
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
    ToProto(period, out.mutable_period());
  });
  out.set_metric(req.metric());
  out.set_policy_version(policy_.version);
  out.set_computed_at_ms(now);
  return out;
}

v1::Excusal ScorecardLogic::Excuse(const Caller& caller, const v1::ExcuseArrivalRequest& req,
                                   TimeMs now) {
  if (req.reason().empty()) Fail(ErrorKind::kInvalidArgument, "reason is required");
  if (req.reason().size() > kMaxReason) {
    Fail(ErrorKind::kInvalidArgument, "reason is longer than 500 bytes");
  }
  if (auto refused = RefuseText("reason", req.reason(), kMaxReason); !refused.empty()) {
    Fail(ErrorKind::kInvalidArgument, refused);
  }
  v1::Excusal out;
  store_.Write([&](StoreTx& tx) {
    auto job = tx.FindJob(req.job_id());
    if (!job || job->company_id != caller.company_id) {
      Fail(ErrorKind::kNotFound, "job '" + req.job_id() + "' does not exist");
    }
    RequireExcusable(*job, policy_, now);
    ExcusalRecord e{job->id, req.reason(), caller.display_name, now, "", std::nullopt};
    tx.UpsertExcusal(e);
    tx.AppendExcusalLog({job->id, "excused", req.reason(), caller.display_name, now});
    AuditJobChange(tx, caller, job->id, "excused", req.reason(), "", now);
    tx.AppendBoardChanges(caller.company_id, {job->id});
    out.set_job_id(e.job_id);
    out.set_reason(e.reason);
    out.set_excused_by(e.excused_by);
    out.set_excused_at_ms(e.excused_ms);
  });
  if (live_) live_->JobsChanged(caller.company_id, {out.job_id()}, now);
  if (on_board_changed) on_board_changed(caller.company_id, {out.job_id()}, now);
  return out;
}

v1::Excusal ScorecardLogic::Revoke(const Caller& caller, const v1::RevokeExcusalRequest& req,
                                   TimeMs now) {
  if (auto refused = RefuseText("reason", req.reason(), kMaxReason); !refused.empty()) {
    Fail(ErrorKind::kInvalidArgument, refused);
  }
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
    tx.AppendExcusalLog({e->job_id, "revoked", e->reason, caller.display_name, now});
    // The audit row keeps why it was revoked (optional here) and what had been excused.
    AuditJobChange(tx, caller, e->job_id, "excusal_revoked", req.reason(), e->reason, now);
    tx.AppendBoardChanges(caller.company_id, {e->job_id});
    out.set_job_id(e->job_id);
    out.set_reason(e->reason);
    out.set_excused_by(e->excused_by);
    out.set_excused_at_ms(e->excused_ms);
    out.set_revoked_by(e->revoked_by);
    out.set_revoked_at_ms(*e->revoked_ms);
  });
  if (live_) live_->JobsChanged(caller.company_id, {out.job_id()}, now);
  if (on_board_changed) on_board_changed(caller.company_id, {out.job_id()}, now);
  return out;
}

v1::ExcusalHistory ScorecardLogic::History(const Caller& caller,
                                           const v1::ExcusalHistoryRequest& req) {
  v1::ExcusalHistory out;
  store_.Read([&](StoreTx& tx) {
    auto job = tx.FindJob(req.job_id());
    if (!job || job->company_id != caller.company_id) {
      Fail(ErrorKind::kNotFound, "job '" + req.job_id() + "' does not exist");
    }
    for (const auto& e : tx.ListExcusalLog(job->id)) {
      auto* x = out.add_entries();
      x->set_action(e.action);
      x->set_reason(e.reason);
      x->set_by(e.by);
      x->set_at_ms(e.at_ms);
    }
  });
  return out;
}

}  // namespace fieldledger::server
