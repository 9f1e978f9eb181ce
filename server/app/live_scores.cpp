#include "app/live_scores.h"

#include "app/scoring_inputs.h"

namespace fieldledger::server {
namespace {

constexpr scoring::PeriodKind kTracked[] = {
    scoring::PeriodKind::kDay, scoring::PeriodKind::kIsoWeek, scoring::PeriodKind::kMonth};

}  // namespace

void LiveScores::ApplyToAll(CompanyScores& c, const scoring::ChangeBatch& batch, TimeMs now) {
  for (auto& [kind, scorer] : c.scorers) scorer->Apply(batch, std::max(now, scorer->now()));
}

LiveScores::CompanyScores& LiveScores::Ensure(const std::string& company_id, TimeMs now) {
  // Another process writing the same database invalidates everything we hold.
  const std::int64_t external = store_.ExternalWrites();
  if (external != seen_external_writes_) {
    companies_.clear();
    seen_external_writes_ = external;
  }
  auto& slot = companies_[company_id];
  if (slot) return *slot;
  slot = std::make_unique<CompanyScores>();
  scoring::ChangeBatch all;
  store_.Read([&](StoreTx& tx) {
    auto company = tx.FindCompany(company_id);
    slot->time_zone = company ? company->time_zone : "UTC";
    auto data = LoadScoringDataset(tx, company_id);
    all.jobs = std::move(data.jobs);
    all.callbacks = std::move(data.callbacks);
    all.shifts = std::move(data.shifts);
  });
  for (auto kind : kTracked) {
    slot->scorers[kind] =
        std::make_unique<scoring::IncrementalScorer>(policy_, kind, slot->time_zone);
  }
  ApplyToAll(*slot, all, now);
  ++full_builds_;
  return *slot;
}

void LiveScores::JobsChanged(const std::string& company_id, const std::vector<std::string>& job_ids,
                             TimeMs now) {
  std::lock_guard lock(mu_);
  auto it = companies_.find(company_id);
  if (it == companies_.end()) return;  // built from the store on first read anyway
  scoring::ChangeBatch batch;
  store_.Read([&](StoreTx& tx) {
    // A few set-based reads for the whole batch (on a read connection: no write waits).
    std::unordered_map<std::string, ExcusalRecord> excusal_of;
    for (auto& e : tx.FindExcusals(job_ids)) excusal_of.emplace(e.job_id, std::move(e));
    std::unordered_map<std::string, std::string> team_of;  // only the technicians counted
    for (const auto& job : tx.FindJobs(job_ids)) {
      if (job.company_id != company_id) continue;
      const std::string& technician = CountedTechnician(job);
      auto team = team_of.find(technician);
      if (team == team_of.end()) {
        auto user = tx.FindUser(technician);
        team = team_of.emplace(technician, user ? user->team_id : "").first;
      }
      auto excusal = excusal_of.find(job.id);
      batch.jobs.push_back(ToScoringJob(
          job, team->second,
          excusal == excusal_of.end() ? std::nullopt : std::optional(excusal->second)));
    }
    // Call-backs are few per job; upserting a job's call-backs again is harmless.
    for (const auto& c : tx.ListCallBacksOfJobs(job_ids)) {
      batch.callbacks.push_back(
          {c.id, c.job_id, c.at_ms, c.reached, c.score, c.problem_returned, c.nps});
    }
  });
  ApplyToAll(*it->second, batch, now);
}

std::optional<scoring::Scorecard> LiveScores::TechnicianCard(const std::string& company_id,
                                                             const std::string& technician,
                                                             const scoring::Period& period,
                                                             TimeMs now) {
  if (period.kind == scoring::PeriodKind::kCustom) return std::nullopt;
  std::lock_guard lock(mu_);
  CompanyScores& c = Ensure(company_id, now);
  auto& scorer = *c.scorers.at(period.kind);
  scorer.Apply({}, std::max(now, scorer.now()));  // pending states whose deadline passed
  return scorer.TechnicianScorecard(technician, period);
}

void LiveScores::ShiftsChanged(const std::string& company_id,
                               const std::vector<ShiftRecord>& shifts, TimeMs now) {
  std::lock_guard lock(mu_);
  auto it = companies_.find(company_id);
  if (it == companies_.end()) return;  // built from the store on first read anyway
  scoring::ChangeBatch batch;
  store_.Read([&](StoreTx& tx) {
    std::unordered_map<std::string, std::string> team_of;
    for (const ShiftRecord& s : shifts) {
      auto team = team_of.find(s.technician_id);
      if (team == team_of.end()) {
        auto user = tx.FindUser(s.technician_id);
        team = team_of.emplace(s.technician_id, user ? user->team_id : "").first;
      }
      batch.shifts.push_back(
          {s.id, s.technician_id, team->second, s.start_ms, s.check_in_ms, s.approved_leave});
    }
  });
  ApplyToAll(*it->second, batch, now);
}

}  // namespace fieldledger::server
