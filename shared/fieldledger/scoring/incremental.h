#pragma once
// Incremental scoring: keeps per (technician, period bucket) aggregates and, for a batch of
// changed records, retracts the old contribution of every job the change can affect and
// adds its new one, instead of rescoring everything.
//
// A change to a job can affect: the job itself, and every job on its old and new asset
// (a repair can be another job's repeat). A change to a call-back affects its job. Moving
// `now` forward affects only jobs and shifts whose pending state has a deadline that passed.
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "fieldledger/scoring/bucketed.h"
#include "fieldledger/scoring/scorecard.h"

namespace fieldledger::scoring {

// Upserts by id: a record replaces the stored one with the same id.
struct ChangeBatch {
  std::vector<Job> jobs;
  std::vector<CallBack> callbacks;
  std::vector<Shift> shifts;
};

class IncrementalScorer {
 public:
  IncrementalScorer(ScoringPolicy policy, PeriodKind kind, std::string tz);

  // Applies the batch and re-evaluates time-dependent states at `now`.
  void Apply(const ChangeBatch& batch, TimeMs now);

  // Current aggregates of one bucket (empty counts when there is nothing).
  KpiCounts Counts(const std::string& technician, TimeMs bucket_start) const;
  // The technician's scorecard for the bucket's period (no item lists).
  Scorecard TechnicianScorecard(const std::string& technician, const Period& bucket) const;
  // Every non-empty bucket, normalized: comparable with ComputeBucketedCounts.
  BucketedCounts Snapshot() const;

  TimeMs now() const { return now_; }
  std::size_t job_count() const { return jobs_.size(); }

 private:
  struct JobState {
    Job job;
    std::string asset;
    std::optional<ArrivalOutcome> arrival;
    TimeMs arrival_bucket = 0;
    std::optional<CompletionOutcome> completion;  // explanation pointers cleared
    TimeMs completion_bucket = 0;
  };
  struct ShiftState {
    Shift shift;
    AttendanceClass cls = AttendanceClass::kPending;
    TimeMs bucket = 0;
  };
  struct KeyHash {
    std::size_t operator()(const BucketKey& k) const {
      return std::hash<std::string>()(k.technician) ^
             (std::hash<TimeMs>()(k.bucket_start) * 0x9E3779B97F4A7C15ull);
    }
  };

  void UpsertJob(const Job& job, std::unordered_set<std::string>& affected);
  void UpsertCallBack(const CallBack& cb, std::unordered_set<std::string>& affected);
  void UpsertShift(const Shift& shift);
  void Rescore(const std::string& job_id);
  void RescoreShift(ShiftState& s, int sign_of_old);
  void AddDeadlinesPassed(TimeMs new_now, std::unordered_set<std::string>& affected,
                          std::vector<std::string>& shift_ids);
  const Job* FirstLaterRepair(const JobState& s) const;
  std::vector<const CallBack*> CallBacksOf(const std::string& job_id) const;

  ScoringPolicy policy_;
  PeriodBucketer bucketer_;
  TimeMs now_ = 0;
  bool started_ = false;

  std::unordered_map<std::string, JobState> jobs_;
  std::unordered_map<std::string, ShiftState> shifts_;
  // Repair jobs per asset by (created second, id): the candidates for repeats.
  std::unordered_map<std::string, std::set<std::pair<std::int64_t, std::string>>> repairs_;
  // Every job per asset: those whose retention a repair on the asset can change.
  std::unordered_map<std::string, std::unordered_set<std::string>> jobs_by_asset_;
  // Call-backs per job id in (at, id) order (kept even before the job itself arrives).
  std::unordered_map<std::string, std::vector<CallBack>> callbacks_;
  std::unordered_map<std::string, std::string> callback_job_;  // call-back id -> job id
  // Pending states by the second after which they resolve.
  std::multimap<std::int64_t, std::string> job_deadlines_, shift_deadlines_;
  std::unordered_map<BucketKey, KpiCounts, KeyHash> counts_;
};

}  // namespace fieldledger::scoring
