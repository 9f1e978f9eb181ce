#pragma once
// Scores kept live as records change: the company's jobs, call-backs and shifts held in a
// compact form, so that any technician's counts for any period are read without scoring
// the company again, and a batch of changes costs about what the batch touches.
//
// What is kept up to date on every change:
//   - each record, packed (about 70 bytes a job instead of the Job struct's 300 or so),
//     its id interned in a StringIndex;
//   - each technician's jobs ordered by window start and by completion, and shifts by
//     start, so a period is a contiguous range found by binary search;
//   - each job's call-backs in (at, id) order;
//   - the one fact that crosses jobs: when the first later repair on the same asset was
//     created (a repair can be another job's repeat). A change to a job re-derives it for
//     the jobs on the job's old and new asset.
// What is derived when counts are read: every rule of outcomes.h, applied to the records
// in the range at the scorer's `now`, exactly as the full scoring applies them. Nothing
// that depends on `now` is stored, so moving the clock (even backwards) costs nothing and
// reading a period costs time in proportion to that technician's records in it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fieldledger/scoring/bucketed.h"
#include "fieldledger/scoring/scorecard.h"
#include "fieldledger/scoring/string_index.h"

namespace fieldledger::scoring {

// Upserts by id: a record replaces the stored one with the same id.
struct ChangeBatch {
  std::vector<Job> jobs;
  std::vector<CallBack> callbacks;
  std::vector<Shift> shifts;
};

class IncrementalScorer {
 public:
  IncrementalScorer(ScoringPolicy policy, std::string tz);

  // Applies the batch; counts read afterwards are evaluated at `now`.
  void Apply(const ChangeBatch& batch, TimeMs now);

  // The technician's aggregates over [start, end), value lists sorted (empty counts when
  // there is nothing).
  KpiCounts Counts(std::string_view technician, TimeMs start, TimeMs end) const;
  // The technician's scorecard for the period (no item lists).
  Scorecard TechnicianScorecard(const std::string& technician, const Period& period) const;
  // Every non-empty (technician, bucket) of the kind: comparable with ComputeBucketedCounts.
  BucketedCounts Snapshot(PeriodKind kind) const;

  TimeMs now() const { return now_; }
  std::size_t job_count() const { return present_jobs_; }
  // Whether the job, as last applied, carries an excusal (false for a job never applied):
  // a change that does not touch excusals (a pushed check-in) keeps the job's.
  bool Excused(std::string_view job_id) const;

 private:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  enum JobFlag : std::uint8_t {
    kPresent = 1,  // unset: a slot made for call-backs that arrived before their job
    kHasWindow = 2,
    kHasArrival = 4,
    kArrivalVerified = 8,
    kHasCompleted = 16,
    kFirstVisitResolved = 32,
    kExcused = 64,
    kHasRepeat = 128,  // repeat_created is the first later repair's creation
  };
  struct JobRec {
    TimeMs created = 0;
    TimeMs window_start = 0, window_end = 0;
    TimeMs arrival = 0;
    TimeMs completed = 0;
    TimeMs repeat_created = 0;
    std::uint32_t tech = 0;
    std::uint32_t asset = kNone;
    std::uint32_t next_on_asset = kNone;
    std::uint32_t first_callback = kNone;  // in (at, id) order
    std::uint32_t mark = 0;                // batch epoch, to re-derive each job once
    std::uint8_t type = 0;                 // JobType
    std::uint8_t status = 0;               // JobStatus
    std::uint8_t flags = 0;
    JobType Type() const { return static_cast<JobType>(type); }
    JobStatus Status() const { return static_cast<JobStatus>(status); }
    bool Has(JobFlag f) const { return (flags & f) != 0; }
    bool ScoresArrival() const { return Has(kPresent) && Has(kHasWindow); }
    bool ScoresCompletion() const {
      return Has(kPresent) && Has(kHasCompleted) && Status() == JobStatus::kCompleted;
    }
  };
  enum CallBackFlag : std::uint8_t {
    kReached = 1,
    kHasScore = 2,
    kHasProblemReturned = 4,
    kProblemReturned = 8,
    kHasNps = 16,
    kHasComplaint = 32,
  };
  // Score and NPS are kept in a byte, clamped to -128..127: the server stores only 1-5 and
  // 0-10 (app/callback_logic.cpp refuses anything else).
  struct CallBackRec {
    TimeMs at = 0;
    std::uint32_t job = kNone;
    std::uint32_t next = kNone;
    std::uint8_t flags = 0;
    std::int8_t score = 0;
    std::int8_t nps = 0;
    std::uint8_t complaint = 0;
  };
  struct ShiftRec {
    TimeMs start = 0;
    TimeMs check_in = 0;
    std::uint32_t tech = kNone;
    bool has_check_in = false;
    bool approved_leave = false;
  };
  // One technician's records in time order (by the key each list is named after, then
  // index). Each entry carries its key's second, clamped to 32 bits, beside the index:
  // a search then stays inside the list and reads a record only among entries of the same
  // second, instead of reading a record at every step.
  struct ListEntry {
    std::uint32_t second;
    std::uint32_t index;
  };
  using TimeList = std::vector<ListEntry>;
  struct TechLists {
    TimeList by_window_start, by_completed, shifts_by_start;
  };
  // Scratch records the rules of outcomes.h are applied to.
  struct Evaluation {
    Job job, repeat;
    std::vector<CallBack> callbacks;
    std::vector<const CallBack*> pointers;
  };

  std::uint32_t TechIndex(std::string_view name);
  void Reserve(const ChangeBatch& batch);
  void UpsertJob(const Job& job);
  void UpsertCallBack(const CallBack& cb);
  void UpsertShift(const Shift& shift);
  // Take the job out of / put it into its technician's lists (the chosen ones).
  void Unlist(std::uint32_t job, bool arrival, bool completion);
  void List(std::uint32_t job, bool arrival, bool completion);
  void TouchAsset(std::uint32_t asset);
  void DeriveRepeat(std::uint32_t job);

  // Accumulate one record's outcome, as the full scoring does.
  void AddArrival(std::uint32_t job, Evaluation& e, KpiCounts& out) const;
  void AddCompletion(std::uint32_t job, Evaluation& e, KpiCounts& out) const;
  void AddShift(std::uint32_t shift, KpiCounts& out) const;
  void Materialize(const JobRec& r, Job& out) const;

  ScoringPolicy policy_;
  std::string tz_;
  TimeMs now_ = 0;

  StringIndex job_ids_, callback_ids_, shift_ids_, asset_keys_, tech_names_;
  std::vector<JobRec> jobs_;
  std::size_t present_jobs_ = 0;
  std::vector<CallBackRec> callbacks_;
  std::vector<ShiftRec> shifts_;
  std::vector<std::uint32_t> asset_first_job_;
  std::vector<TechLists> techs_;
  std::uint32_t epoch_ = 0;
  std::vector<std::uint32_t> touched_;
};

}  // namespace fieldledger::scoring
