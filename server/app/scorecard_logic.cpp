#include "app/scorecard_logic.h"

#include <algorithm>
#include <unordered_map>

#include "app/app_error.h"
#include "app/excusal_rules.h"
#include "app/job_audit.h"
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

scoring::Scope ResolveScope(StoreTx& tx, const Caller& caller, const ScorecardQuery& q,
                            std::string* label) {
  if (!q.scope) Fail(ErrorKind::kInvalidArgument, "set one of technician_id, team_id or company");
  switch (*q.scope) {
    case scoring::Scope::Kind::kTechnician: {
      auto u = tx.FindUser(q.scope_id);
      if (!u || u->company_id != caller.company_id || u->role != Role::kTechnician) {
        Fail(ErrorKind::kNotFound, "technician '" + q.scope_id + "' does not exist");
      }
      if (caller.role == Role::kTechnician && caller.user_id != u->id) {
        Fail(ErrorKind::kPermissionDenied, "technicians may read only their own scorecard");
      }
      *label = "Technician " + u->display_name;
      return {scoring::Scope::Kind::kTechnician, u->id};
    }
    case scoring::Scope::Kind::kTeam: {
      RequireOffice(caller, "scorecard");
      auto team = tx.FindTeam(q.scope_id);
      if (!team || team->company_id != caller.company_id) {
        Fail(ErrorKind::kNotFound, "team '" + q.scope_id + "' does not exist");
      }
      *label = "Team " + team->name;
      return {scoring::Scope::Kind::kTeam, team->id};
    }
    case scoring::Scope::Kind::kCompany:
      break;
  }
  RequireOffice(caller, "scorecard");
  *label = "Company";
  return {scoring::Scope::Kind::kCompany, ""};
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

ScorecardResult ScorecardLogic::Get(const Caller& caller, const ScorecardQuery& q,
                                    TimeMs server_now) {
  const std::optional<TimeMs> as_of = AsOf(q.as_of, server_now);
  const TimeMs now = as_of.value_or(server_now);
  ScorecardResult out;
  bool computed = false;
  scoring::Scope live_scope;
  scoring::Period live_period;
  store_.Read([&](StoreTx& tx) {
    const scoring::Scope scope = ResolveScope(tx, caller, q, &out.scope_label);
    const scoring::Period period = ResolvePeriod(q.period, CompanyZone(tx, caller));
    live_scope = scope;
    live_period = period;
    // Live aggregates only move forward in time: an as-of card is scored in full.
    if (live_ && q.as_of == 0 && scope.kind == scoring::Scope::Kind::kTechnician && !q.explain &&
        period.kind != scoring::PeriodKind::kCustom) {
      return;  // served from the live aggregates below, outside this read transaction
    }
    const scoring::ScoringData data(LoadScoringDataset(tx, caller.company_id, policy_, as_of));
    out.card = scoring::ComputeScorecard(data, policy_, scope, period, now, q.explain);
    computed = true;
    if (q.explain) {
      for (const auto& j : data.jobs()) out.labels[j.id].technician_id = j.technician;
      StoreTx::JobQuery jobs;  // references for the explanation lines
      jobs.company_id = caller.company_id;
      jobs.limit = 5000;
      for (;;) {
        auto page = tx.ListJobs(jobs);
        for (const auto& r : page) out.labels[r.id].reference = r.reference;
        if (static_cast<int>(page.size()) < jobs.limit) break;
        jobs.after = std::make_pair(page.back().window.start, page.back().id);
      }
    }
  });
  if (!computed)
    out.card = *live_->TechnicianCard(caller.company_id, live_scope.id, live_period, now);
  return out;
}

RankingResult ScorecardLogic::Rank(const Caller& caller, const RankingQuery& q, TimeMs server_now) {
  RequireOffice(caller, "figures");
  if (!q.metric) Fail(ErrorKind::kInvalidArgument, "metric is required");
  const std::optional<TimeMs> as_of = AsOf(q.as_of, server_now);
  const TimeMs now = as_of.value_or(server_now);
  RankingResult out;
  store_.Read([&](StoreTx& tx) {
    out.period = ResolvePeriod(q.period, CompanyZone(tx, caller));
    if (!q.team_id.empty()) {
      auto team = tx.FindTeam(q.team_id);
      if (!team || team->company_id != caller.company_id) {
        Fail(ErrorKind::kNotFound, "team '" + q.team_id + "' does not exist");
      }
    }
    // A team's ranking lists who belonged to it as the period ended (or at the instant
    // scored, if earlier): teams as of the period, not as of today.
    const TeamHistory teams(tx.ListTeamMemberships(caller.company_id));
    const TimeMs team_instant = std::min(now, out.period.end - 1);
    std::unordered_map<std::string, UserRecord> technicians;
    for (auto& u : tx.ListUsers(caller.company_id)) {
      if (u.role == Role::kTechnician &&
          (q.team_id.empty() || teams.TeamAt(u.id, team_instant) == q.team_id)) {
        technicians.emplace(u.id, std::move(u));
      }
    }
    const scoring::ScoringData data(LoadScoringDataset(tx, caller.company_id, policy_, as_of));
    auto cards = scoring::ComputeScorecards(data, policy_, scoring::Scope::Kind::kTechnician,
                                            out.period, now);
    std::erase_if(cards,
                  [&](const scoring::Scorecard& c) { return !technicians.contains(c.scope.id); });
    for (auto& e : scoring::RankMetric(cards, *q.metric, policy_)) {
      std::string name = technicians[e.technician].display_name;
      out.entries.push_back({std::move(e), std::move(name)});
    }
  });
  out.metric = *q.metric;
  out.policy_version = policy_.version;
  out.computed_at = now;
  return out;
}

ExcusalRecord ScorecardLogic::Excuse(const Caller& caller, const std::string& job_id,
                                     const std::string& reason, TimeMs now) {
  if (reason.empty()) Fail(ErrorKind::kInvalidArgument, "reason is required");
  if (reason.size() > kMaxReason) {
    Fail(ErrorKind::kInvalidArgument, "reason is longer than 500 bytes");
  }
  if (auto refused = RefuseText("reason", reason, kMaxReason); !refused.empty()) {
    Fail(ErrorKind::kInvalidArgument, refused);
  }
  ExcusalRecord out;
  store_.Write([&](StoreTx& tx) {
    auto job = tx.FindJob(job_id);
    if (!job || job->company_id != caller.company_id) {
      Fail(ErrorKind::kNotFound, "job '" + job_id + "' does not exist");
    }
    RequireExcusable(*job, policy_, now);
    out = ExcusalRecord{job->id, reason, caller.display_name, now, "", std::nullopt};
    tx.UpsertExcusal(out);
    tx.AppendExcusalLog({job->id, "excused", reason, caller.display_name, now});
    AuditJobChange(tx, caller, job->id, "excused", reason, "", now);
    tx.AppendBoardChanges(caller.company_id, {job->id});
  });
  if (live_) live_->JobsChanged(caller.company_id, {out.job_id}, now);
  if (on_board_changed) on_board_changed(caller.company_id, {out.job_id}, now);
  return out;
}

ExcusalRecord ScorecardLogic::Revoke(const Caller& caller, const std::string& job_id,
                                     const std::string& reason, TimeMs now) {
  if (auto refused = RefuseText("reason", reason, kMaxReason); !refused.empty()) {
    Fail(ErrorKind::kInvalidArgument, refused);
  }
  ExcusalRecord out;
  store_.Write([&](StoreTx& tx) {
    auto job = tx.FindJob(job_id);
    auto e = job && job->company_id == caller.company_id ? tx.FindExcusal(job_id) : std::nullopt;
    if (!e || e->revoked_ms) {
      Fail(ErrorKind::kNotFound, "job '" + job_id + "' has no active excusal");
    }
    e->revoked_by = caller.display_name;
    e->revoked_ms = now;
    tx.UpsertExcusal(*e);
    tx.AppendExcusalLog({e->job_id, "revoked", e->reason, caller.display_name, now});
    // The audit row keeps why it was revoked (optional here) and what had been excused.
    AuditJobChange(tx, caller, e->job_id, "excusal_revoked", reason, e->reason, now);
    tx.AppendBoardChanges(caller.company_id, {e->job_id});
    out = *e;
  });
  if (live_) live_->JobsChanged(caller.company_id, {out.job_id}, now);
  if (on_board_changed) on_board_changed(caller.company_id, {out.job_id}, now);
  return out;
}

std::vector<ExcusalLogEntry> ScorecardLogic::History(const Caller& caller,
                                                     const std::string& job_id) {
  std::vector<ExcusalLogEntry> out;
  store_.Read([&](StoreTx& tx) {
    auto job = tx.FindJob(job_id);
    if (!job || job->company_id != caller.company_id) {
      Fail(ErrorKind::kNotFound, "job '" + job_id + "' does not exist");
    }
    out = tx.ListExcusalLog(job->id);
  });
  return out;
}

}  // namespace fieldledger::server
