#include "fieldledger/scoring/incremental.h"

#include <algorithm>

namespace fieldledger::scoring {
namespace {

// Stored outcomes outlive the records their explanation pointers refer to.
CompletionOutcome WithoutPointers(CompletionOutcome o) {
  o.retention.repeat = nullptr;
  o.retention.returned_cb = nullptr;
  o.satisfaction.counted = nullptr;
  return o;
}

}  // namespace

IncrementalScorer::IncrementalScorer(ScoringPolicy policy, PeriodKind kind, std::string tz)
    : policy_(std::move(policy)), bucketer_(kind, tz) {}

void IncrementalScorer::Apply(const ChangeBatch& batch, TimeMs now) {
  std::unordered_set<std::string> affected;
  std::vector<std::string> shift_ids;
  const bool rewind = started_ && ToSeconds(now) < ToSeconds(now_);
  if (started_ && !rewind) AddDeadlinesPassed(now, affected, shift_ids);
  now_ = now;
  started_ = true;

  for (const Job& job : batch.jobs) UpsertJob(job, affected);
  for (const CallBack& cb : batch.callbacks) UpsertCallBack(cb, affected);
  if (rewind) {
    // Time went backwards: held or no-show states may be pending again. Rare (a replay),
    // so everything is rescored rather than tracking the reverse transitions.
    for (const auto& [id, state] : jobs_) affected.insert(id);
    for (const auto& [id, state] : shifts_) shift_ids.push_back(id);
  }
  for (const std::string& id : affected) Rescore(id);
  for (const std::string& id : shift_ids) {
    auto it = shifts_.find(id);
    if (it != shifts_.end()) RescoreShift(it->second, -1);
  }
  for (const Shift& shift : batch.shifts) UpsertShift(shift);
}

void IncrementalScorer::AddDeadlinesPassed(TimeMs new_now,
                                           std::unordered_set<std::string>& affected,
                                           std::vector<std::string>& shift_ids) {
  // A pending state resolves once now > deadline.
  const std::int64_t now_s = ToSeconds(new_now);
  auto end = job_deadlines_.lower_bound(now_s);
  for (auto it = job_deadlines_.begin(); it != end; ++it) affected.insert(it->second);
  job_deadlines_.erase(job_deadlines_.begin(), end);
  auto shift_end = shift_deadlines_.lower_bound(now_s);
  for (auto it = shift_deadlines_.begin(); it != shift_end; ++it) shift_ids.push_back(it->second);
  shift_deadlines_.erase(shift_deadlines_.begin(), shift_end);
}

void IncrementalScorer::UpsertJob(const Job& job, std::unordered_set<std::string>& affected) {
  auto [it, inserted] = jobs_.try_emplace(job.id);
  JobState& s = it->second;
  if (!inserted) {
    // Retract now, while the stored outcome is the one that was added.
    if (s.arrival) counts_[{s.job.technician, s.arrival_bucket}].AddArrival(*s.arrival, -1);
    if (s.completion) {
      counts_[{s.job.technician, s.completion_bucket}].AddCompletion(*s.completion, -1);
    }
    s.arrival.reset();
    s.completion.reset();
    if (!s.asset.empty()) {
      for (const std::string& other : jobs_by_asset_[s.asset]) affected.insert(other);
      jobs_by_asset_[s.asset].erase(job.id);
      if (s.job.type == JobType::kRepair) {
        repairs_[s.asset].erase({ToSeconds(s.job.created), job.id});
      }
    }
  }
  s.job = job;
  s.asset = AssetKey(job);
  affected.insert(job.id);
  if (!s.asset.empty()) {
    auto& on_asset = jobs_by_asset_[s.asset];
    for (const std::string& other : on_asset) affected.insert(other);
    on_asset.insert(job.id);
    if (job.type == JobType::kRepair) repairs_[s.asset].insert({ToSeconds(job.created), job.id});
  }
}

void IncrementalScorer::UpsertCallBack(const CallBack& cb,
                                       std::unordered_set<std::string>& affected) {
  auto prev = callback_job_.find(cb.id);
  if (prev != callback_job_.end()) {
    auto& list = callbacks_[prev->second];
    std::erase_if(list, [&](const CallBack& c) { return c.id == cb.id; });
    affected.insert(prev->second);
  }
  callback_job_[cb.id] = cb.job_id;
  auto& list = callbacks_[cb.job_id];
  list.insert(std::upper_bound(list.begin(), list.end(), cb, CallBackBefore), cb);
  affected.insert(cb.job_id);
}

std::vector<const CallBack*> IncrementalScorer::CallBacksOf(const std::string& job_id) const {
  std::vector<const CallBack*> out;
  auto it = callbacks_.find(job_id);
  if (it == callbacks_.end()) return out;
  out.reserve(it->second.size());
  for (const CallBack& cb : it->second) out.push_back(&cb);
  return out;
}

const Job* IncrementalScorer::FirstLaterRepair(const JobState& s) const {
  if (s.asset.empty() || !s.job.completed) return nullptr;
  auto r = repairs_.find(s.asset);
  if (r == repairs_.end()) return nullptr;
  // The first repair created in a later second than the completion.
  for (auto it = r->second.lower_bound({ToSeconds(*s.job.completed) + 1, std::string()});
       it != r->second.end(); ++it) {
    if (it->second != s.job.id) return &jobs_.at(it->second).job;
  }
  return nullptr;
}

void IncrementalScorer::Rescore(const std::string& job_id) {
  auto it = jobs_.find(job_id);
  if (it == jobs_.end()) return;  // e.g. a call-back whose job has not arrived yet
  JobState& s = it->second;
  const std::string& tech = s.job.technician;
  if (s.arrival) counts_[{tech, s.arrival_bucket}].AddArrival(*s.arrival, -1);
  if (s.completion) counts_[{tech, s.completion_bucket}].AddCompletion(*s.completion, -1);

  s.arrival = EvaluateArrival(s.job, policy_, now_);
  if (s.arrival) {
    s.arrival_bucket = bucketer_.BucketStart(s.job.window->start);
    counts_[{tech, s.arrival_bucket}].AddArrival(*s.arrival, +1);
    if (s.arrival->verdict.cls == ArrivalClass::kPending) {
      job_deadlines_.emplace(ToSeconds(s.job.window->end + policy_.on_time_grace), job_id);
    }
  }
  const auto callbacks = CallBacksOf(job_id);
  auto completion = EvaluateCompletion(s.job, FirstLaterRepair(s), callbacks, policy_, now_);
  s.completion.reset();
  if (completion) {
    s.completion = WithoutPointers(*completion);
    s.completion_bucket = bucketer_.BucketStart(*s.job.completed);
    counts_[{tech, s.completion_bucket}].AddCompletion(*s.completion, +1);
    if (s.completion->retention.cls == RetentionClass::kPending) {
      job_deadlines_.emplace(ToSeconds(s.completion->retention.window_end), job_id);
    }
  }
}

void IncrementalScorer::RescoreShift(ShiftState& s, int sign_of_old) {
  if (sign_of_old) counts_[{s.shift.technician, s.bucket}].AddAttendance(s.cls, sign_of_old);
  s.cls = EvaluateAttendance(s.shift, policy_, now_);
  s.bucket = bucketer_.BucketStart(s.shift.start);
  counts_[{s.shift.technician, s.bucket}].AddAttendance(s.cls, +1);
  if (s.cls == AttendanceClass::kPending) {
    shift_deadlines_.emplace(ToSeconds(s.shift.start + policy_.attendance_grace), s.shift.id);
  }
}

void IncrementalScorer::UpsertShift(const Shift& shift) {
  auto [it, inserted] = shifts_.try_emplace(shift.id);
  if (!inserted) {
    counts_[{it->second.shift.technician, it->second.bucket}].AddAttendance(it->second.cls, -1);
  }
  it->second.shift = shift;
  RescoreShift(it->second, 0);
}

KpiCounts IncrementalScorer::Counts(const std::string& technician, TimeMs bucket_start) const {
  auto it = counts_.find({technician, bucket_start});
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
    out.emplace(key, std::move(n));
  }
  return out;
}

}  // namespace fieldledger::scoring
