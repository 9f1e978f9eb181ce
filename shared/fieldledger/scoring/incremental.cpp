#include "fieldledger/scoring/incremental.h"

#include <algorithm>

namespace fieldledger::scoring {
namespace {

// Stored outcomes outlive the records their explanation pointers refer to.
CompletionOutcome WithoutPointers(CompletionOutcome o) {
  o.retention.repeat = nullptr;
  o.retention.returned_cb = nullptr;
  o.satisfaction.counted = nullptr;
  o.complaints.calls.clear();
  return o;
}

template <typename Map>
std::uint32_t Intern(Map& ids, const std::string& key, std::size_t next) {
  return ids.try_emplace(key, static_cast<std::uint32_t>(next)).first->second;
}

}  // namespace

IncrementalScorer::IncrementalScorer(ScoringPolicy policy, PeriodKind kind, std::string tz)
    : policy_(std::move(policy)), bucketer_(kind, tz) {}

std::uint32_t IncrementalScorer::JobIndex(const std::string& id) {
  const std::uint32_t i = Intern(job_ids_, id, jobs_.size());
  if (i == jobs_.size()) jobs_.emplace_back();
  return i;
}

std::uint32_t IncrementalScorer::TechIndex(const std::string& name) {
  const std::uint32_t i = Intern(tech_ids_, name, tech_names_.size());
  if (i == tech_names_.size()) tech_names_.push_back(name);
  return i;
}

std::int32_t IncrementalScorer::AssetIndex(const std::string& key) {
  if (key.empty()) return -1;
  const std::uint32_t i = Intern(asset_ids_, key, assets_.size());
  if (i == assets_.size()) assets_.emplace_back();
  return static_cast<std::int32_t>(i);
}

void IncrementalScorer::Touch(std::uint32_t job) {
  if (jobs_[job].mark == epoch_) return;
  jobs_[job].mark = epoch_;
  affected_.push_back(job);
}

void IncrementalScorer::TouchRepeatCandidates(const AssetState& asset, const Job& changed) {
  // Only a repair can be a repeat, and only of a job completed in an earlier second than
  // its creation; every other job on the asset keeps its first later repair.
  if (changed.type != JobType::kRepair) return;
  const std::int64_t created_s = ToSeconds(changed.created);
  for (std::uint32_t other : asset.jobs) {
    const Job& j = jobs_[other].job;
    if (j.completed && ToSeconds(*j.completed) < created_s) Touch(other);
  }
}

void IncrementalScorer::Apply(const ChangeBatch& batch, TimeMs now) {
  ++epoch_;
  affected_.clear();
  std::vector<std::uint32_t> shifts_due;
  const bool rewind = started_ && ToSeconds(now) < ToSeconds(now_);
  if (started_ && !rewind) {
    // A pending state resolves once now > deadline.
    const std::int64_t now_s = ToSeconds(now);
    auto end = job_deadlines_.lower_bound(now_s);
    for (auto it = job_deadlines_.begin(); it != end; ++it) {
      JobState& due = jobs_[it->second];
      if (due.registered_deadline == it->first) due.registered_deadline.reset();
      Touch(it->second);
    }
    job_deadlines_.erase(job_deadlines_.begin(), end);
    auto shift_end = shift_deadlines_.lower_bound(now_s);
    for (auto it = shift_deadlines_.begin(); it != shift_end; ++it) {
      shifts_due.push_back(it->second);
    }
    shift_deadlines_.erase(shift_deadlines_.begin(), shift_end);
  }
  now_ = now;
  started_ = true;

  for (const Job& job : batch.jobs) UpsertJob(job);
  for (const CallBack& cb : batch.callbacks) UpsertCallBack(cb);
  if (rewind) {
    // Time went backwards: held or no-show states may be pending again. Rare (a replay),
    // so everything is rescored rather than tracking the reverse transitions.
    for (std::uint32_t j = 0; j < jobs_.size(); ++j) Touch(j);
    for (std::uint32_t s = 0; s < shifts_.size(); ++s) shifts_due.push_back(s);
  }
  for (std::uint32_t j : affected_) Rescore(j);
  for (std::uint32_t s : shifts_due) RescoreShift(shifts_[s], -1);
  for (const Shift& shift : batch.shifts) UpsertShift(shift);
}

void IncrementalScorer::Retract(JobState& s) {
  if (s.arrival) CountsAt(s.tech, s.arrival_bucket).AddArrival(*s.arrival, -1);
  if (s.completion) CountsAt(s.tech, s.completion_bucket).AddCompletion(*s.completion, -1);
  s.arrival.reset();
  s.completion.reset();
}

void IncrementalScorer::UpsertJob(const Job& job) {
  const std::uint32_t index = JobIndex(job.id);
  JobState& s = jobs_[index];
  if (s.present) {
    // Retract now, while the stored outcome is the one that was added.
    Retract(s);
    if (s.asset >= 0) {
      AssetState& a = assets_[static_cast<std::size_t>(s.asset)];
      TouchRepeatCandidates(a, s.job);
      std::erase(a.jobs, index);
      std::erase_if(a.repairs, [&](const Repair& r) { return r.job == index; });
    }
  } else {
    s.present = true;
    ++present_jobs_;
  }
  s.job = job;
  s.tech = TechIndex(job.technician);
  s.asset = AssetIndex(AssetKey(job));
  Touch(index);
  if (s.asset < 0) return;
  AssetState& a = assets_[static_cast<std::size_t>(s.asset)];
  TouchRepeatCandidates(a, job);
  a.jobs.push_back(index);
  if (job.type == JobType::kRepair) {
    const Repair r{ToSeconds(job.created), index};
    auto before = [&](const Repair& x, const Repair& y) {
      if (x.created_s != y.created_s) return x.created_s < y.created_s;
      return jobs_[x.job].job.id < jobs_[y.job].job.id;
    };
    a.repairs.insert(std::upper_bound(a.repairs.begin(), a.repairs.end(), r, before), r);
  }
}

void IncrementalScorer::UpsertCallBack(const CallBack& cb) {
  auto [prev, inserted] = callback_job_.try_emplace(cb.id, 0);
  if (!inserted) {
    JobState& old = jobs_[prev->second];
    std::erase_if(old.callbacks, [&](const CallBack& c) { return c.id == cb.id; });
    Touch(prev->second);
  }
  // A call-back may arrive before its job: the job's slot is created and waits for it.
  const std::uint32_t index = JobIndex(cb.job_id);
  prev->second = index;
  auto& list = jobs_[index].callbacks;
  list.insert(std::upper_bound(list.begin(), list.end(), cb, CallBackBefore), cb);
  Touch(index);
}

const Job* IncrementalScorer::FirstLaterRepair(const JobState& s) const {
  if (s.asset < 0 || !s.job.completed) return nullptr;
  const auto& repairs = assets_[static_cast<std::size_t>(s.asset)].repairs;
  // The first repair created in a later second than the completion.
  const std::int64_t completed_s = ToSeconds(*s.job.completed);
  auto it = std::upper_bound(repairs.begin(), repairs.end(), completed_s,
                             [](std::int64_t t, const Repair& r) { return t < r.created_s; });
  for (; it != repairs.end(); ++it) {
    if (jobs_[it->job].job.id != s.job.id) return &jobs_[it->job].job;
  }
  return nullptr;
}

void IncrementalScorer::Rescore(std::uint32_t index) {
  JobState& s = jobs_[index];
  if (!s.present) return;  // only call-backs so far
  Retract(s);
  std::optional<std::int64_t> deadline;
  auto pending_until = [&](std::int64_t d) { deadline = deadline ? std::min(*deadline, d) : d; };
  s.arrival = EvaluateArrival(s.job, policy_, now_);
  if (s.arrival) {
    s.arrival_bucket = bucketer_.BucketStart(s.job.window->start);
    CountsAt(s.tech, s.arrival_bucket).AddArrival(*s.arrival, +1);
    if (s.arrival->verdict.cls == ArrivalClass::kPending) {
      pending_until(ToSeconds(s.job.window->end + policy_.on_time_grace));
    }
  }
  std::vector<const CallBack*> callbacks;
  callbacks.reserve(s.callbacks.size());
  for (const CallBack& cb : s.callbacks) callbacks.push_back(&cb);
  auto completion = EvaluateCompletion(s.job, FirstLaterRepair(s), callbacks, policy_, now_);
  if (completion) {
    s.completion = WithoutPointers(*completion);
    s.completion_bucket = bucketer_.BucketStart(*s.job.completed);
    CountsAt(s.tech, s.completion_bucket).AddCompletion(*s.completion, +1);
    if (s.completion->retention.cls == RetentionClass::kPending) {
      pending_until(ToSeconds(s.completion->retention.window_end));
    }
  }
  // Registering again only when the deadline moved keeps rescoring a pending job from
  // growing the deadline index (a stale registration just causes one harmless rescore).
  if (deadline && deadline != s.registered_deadline) {
    job_deadlines_.emplace(*deadline, index);
    s.registered_deadline = deadline;
  }
}

void IncrementalScorer::RescoreShift(ShiftState& s, int sign_of_old) {
  if (sign_of_old) CountsAt(s.tech, s.bucket).AddAttendance(s.cls, sign_of_old);
  s.cls = EvaluateAttendance(s.shift, policy_, now_);
  s.bucket = bucketer_.BucketStart(s.shift.start);
  CountsAt(s.tech, s.bucket).AddAttendance(s.cls, +1);
  if (s.cls == AttendanceClass::kPending) {
    const auto index = static_cast<std::uint32_t>(&s - shifts_.data());
    shift_deadlines_.emplace(ToSeconds(s.shift.start + policy_.attendance_grace), index);
  }
}

void IncrementalScorer::UpsertShift(const Shift& shift) {
  const std::uint32_t index = Intern(shift_ids_, shift.id, shifts_.size());
  int sign_of_old = -1;
  if (index == shifts_.size()) {
    shifts_.emplace_back();
    sign_of_old = 0;
  }
  ShiftState& s = shifts_[index];
  if (sign_of_old) CountsAt(s.tech, s.bucket).AddAttendance(s.cls, -1);
  s.shift = shift;
  s.tech = TechIndex(shift.technician);
  RescoreShift(s, 0);
}

KpiCounts IncrementalScorer::Counts(const std::string& technician, TimeMs bucket_start) const {
  auto tech = tech_ids_.find(technician);
  if (tech == tech_ids_.end()) return {};
  auto it = counts_.find(Key{tech->second, bucket_start});
  if (it == counts_.end()) return {};
  KpiCounts c = it->second;
  c.Normalize();
  return c;
}

Scorecard IncrementalScorer::TechnicianScorecard(const std::string& technician,
                                                 const Period& bucket) const {
  return ScorecardFromCounts(Counts(technician, bucket.start), policy_,
                             Scope{Scope::Kind::kTechnician, technician}, bucket, now_);
}

BucketedCounts IncrementalScorer::Snapshot() const {
  BucketedCounts out;
  for (const auto& [key, c] : counts_) {
    if (c.IsEmpty()) continue;
    KpiCounts n = c;
    n.Normalize();
    out.emplace(BucketKey{tech_names_[key.tech], key.bucket}, std::move(n));
  }
  return out;
}

}  // namespace fieldledger::scoring
