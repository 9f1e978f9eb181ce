#pragma once
// Incremental scoring: keeps per (technician, period bucket) aggregates and, for a batch of
// changed records, retracts the old contribution of every job the change can affect and
// adds its new one, instead of rescoring everything.
//
// A change to a job can affect: the job itself, and the jobs on its old and new asset that
// were completed before it was created (a repair can be another job's repeat). A change to a
// call-back affects its job. Moving `now` forward affects only jobs and shifts whose pending state
// has a deadline that passed.
#include <map>
#include <string>
#include <unordered_map>
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
  std::size_t job_count() const { return present_jobs_; }

 private:
  // Ids are interned once; everything after that is indexed by integers and kept in flat
  // vectors, so one event costs a handful of hash lookups, not dozens of string compares.
  struct JobState {
    Job job;
    bool present = false;  // false: a placeholder for call-backs that arrived first
    std::int32_t asset = -1;
    std::uint32_t tech = 0;
    std::vector<CallBack> callbacks;  // in (at, id) order
    std::optional<ArrivalOutcome> arrival;
    TimeMs arrival_bucket = 0;
    std::optional<CompletionOutcome> completion;  // explanation pointers cleared
    TimeMs completion_bucket = 0;
    std::uint32_t mark = 0;  // batch epoch, to collect each affected job once
    // The deadline this job is registered under in job_deadlines_, if any. Only the
    // earliest pending deadline is registered; the next one is when it fires.
    std::optional<std::int64_t> registered_deadline;
  };
  struct Repair {
    std::int64_t created_s;
    std::uint32_t job;
  };
  struct AssetState {
    std::vector<std::uint32_t> jobs;  // every job on the asset
    std::vector<Repair> repairs;      // repair jobs by (created second, id)
  };
  struct ShiftState {
    Shift shift;
    std::uint32_t tech = 0;
    AttendanceClass cls = AttendanceClass::kPending;
    TimeMs bucket = 0;
  };
  struct Key {
    std::uint32_t tech;
    TimeMs bucket;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const {
      return std::hash<std::int64_t>()(k.bucket) ^ (k.tech * 0x9E3779B97F4A7C15ull);
    }
  };

  std::uint32_t JobIndex(const std::string& id);
  std::uint32_t TechIndex(const std::string& name);
  std::int32_t AssetIndex(const std::string& key);
  void Touch(std::uint32_t job);
  void TouchRepeatCandidates(const AssetState& asset, const Job& changed);
  void UpsertJob(const Job& job);
  void UpsertCallBack(const CallBack& cb);
  void UpsertShift(const Shift& shift);
  void Retract(JobState& s);
  void Rescore(std::uint32_t job);
  void RescoreShift(ShiftState& s, int sign_of_old);
  const Job* FirstLaterRepair(const JobState& s) const;
  KpiCounts& CountsAt(std::uint32_t tech, TimeMs bucket) { return counts_[Key{tech, bucket}]; }

  ScoringPolicy policy_;
  PeriodBucketer bucketer_;
  TimeMs now_ = 0;
  bool started_ = false;

  std::unordered_map<std::string, std::uint32_t> job_ids_, asset_ids_, tech_ids_, shift_ids_;
  std::vector<std::string> tech_names_;
  std::vector<JobState> jobs_;
  std::size_t present_jobs_ = 0;
  std::vector<AssetState> assets_;
  std::vector<ShiftState> shifts_;
  std::unordered_map<std::string, std::uint32_t> callback_job_;  // call-back id -> job index
  // Pending states by the second after which they resolve.
  std::multimap<std::int64_t, std::uint32_t> job_deadlines_, shift_deadlines_;
  std::unordered_map<Key, KpiCounts, KeyHash> counts_;
  std::uint32_t epoch_ = 0;
  std::vector<std::uint32_t> affected_;
};

}  // namespace fieldledger::scoring
