#include "app/live_scores.h"

#include <algorithm>

#include "app/scoring_inputs.h"

namespace fieldledger::server {
void LiveScores::Apply(CompanyScores& c, const scoring::ChangeBatch& batch, TimeMs now) {
  c.scorer->Apply(batch, std::max(now, c.scorer->now()));
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
    slot->held = HeldSequences(tx.LastJobChangeSeq());
    slot->time_zone = company ? company->time_zone : "UTC";
    auto data = LoadScoringDataset(tx, company_id, policy_);
    all.jobs = std::move(data.jobs);
    all.callbacks = std::move(data.callbacks);
    all.shifts = std::move(data.shifts);
  });
  slot->scorer = std::make_unique<scoring::IncrementalScorer>(policy_, slot->time_zone);
  Apply(*slot, all, now);
  ++full_builds_;
  return *slot;
}

void LiveScores::ReadBack(CompanyScores& c, const std::string& company_id,
                          const std::vector<std::string>& job_ids, TimeMs now) {
  scoring::ChangeBatch batch;
  std::int64_t read_seq = 0;
  store_.Read([&](StoreTx& tx) {
    read_seq = tx.LastJobChangeSeq();
    // A few set-based reads for the whole batch (on a read connection: no write waits);
    // attribution from each job's history, exactly as a full load decides it.
    batch.jobs = LoadScoringJobs(tx, company_id, job_ids, policy_);
    // Call-backs are few per job; upserting a job's call-backs again is harmless.
    for (const auto& cb : tx.ListCallBacksOfJobs(job_ids)) {
      batch.callbacks.push_back(ToScoringCallBack(cb));
    }
  });
  jobs_read_back_ += static_cast<std::int64_t>(job_ids.size());
  Apply(c, batch, now);
  for (const auto& id : job_ids) c.held.Hold(id, read_seq);
}

void LiveScores::JobsChanged(const std::string& company_id, const std::vector<std::string>& job_ids,
                             TimeMs now) {
  std::lock_guard lock(mu_);
  auto it = companies_.find(company_id);
  if (it == companies_.end()) return;  // built from the store on first read anyway
  ReadBack(*it->second, company_id, job_ids, now);
}

void LiveScores::JobsWritten(const std::string& company_id, const WrittenJobs& written,
                             TimeMs now) {
  std::lock_guard lock(mu_);
  auto it = companies_.find(company_id);
  if (it == companies_.end()) return;  // built from the store on first read anyway
  CompanyScores& c = *it->second;
  std::vector<std::string> read_back;
  scoring::ChangeBatch batch;
  for (const JobRecord& job : written.jobs) {
    if (job.company_id != company_id) continue;
    switch (c.held.Compare(job.id, written.change_seq)) {
      case HeldSequences::Verdict::kHeld:
        continue;  // a later commit's state of it is held already
      case HeldSequences::Verdict::kUnknown:
        read_back.push_back(job.id);
        continue;
      case HeldSequences::Verdict::kNewer:
        break;
    }
    const auto technician = TechnicianFromRecord(job);
    if (!technician) {
      read_back.push_back(job.id);
      continue;
    }
    // The live scorer keeps no team (cards here are per technician): none is derived.
    std::optional<ExcusalRecord> excusal;
    if (c.scorer->Excused(job.id)) excusal.emplace();
    batch.jobs.push_back(ToScoringJob(job, *technician, "", excusal));
    c.held.Hold(job.id, written.change_seq);
  }
  Apply(c, batch, now);
  if (!read_back.empty()) ReadBack(c, company_id, read_back, now);
}

std::optional<scoring::Scorecard> LiveScores::TechnicianCard(const std::string& company_id,
                                                             const std::string& technician,
                                                             const scoring::Period& period,
                                                             TimeMs now) {
  if (period.kind == scoring::PeriodKind::kCustom) return std::nullopt;
  std::lock_guard lock(mu_);
  CompanyScores& c = Ensure(company_id, now);
  Apply(c, {}, now);  // read at the request's instant: pending states may have resolved
  return c.scorer->TechnicianScorecard(technician, period);
}

void LiveScores::ShiftsChanged(const std::string& company_id,
                               const std::vector<ShiftRecord>& shifts, TimeMs now) {
  std::lock_guard lock(mu_);
  auto it = companies_.find(company_id);
  if (it == companies_.end()) return;  // built from the store on first read anyway
  scoring::ChangeBatch batch;
  store_.Read([&](StoreTx& tx) {
    const TeamHistory teams(tx.ListTeamMemberships(company_id));
    for (const ShiftRecord& s : shifts) {
      batch.shifts.push_back({s.id, s.technician_id, teams.TeamAt(s.technician_id, s.start_ms),
                              s.start_ms, s.check_in_ms, s.approved_leave});
    }
  });
  Apply(*it->second, batch, now);
}

}  // namespace fieldledger::server
