#pragma once
// Scores kept up to date as data arrives: per company, an IncrementalScorer holds the
// records scoring needs in a compact form, ordered per technician, so any technician's
// day, ISO week or month card is read from that technician's records in the period
// without rescoring the company. A pushed batch, a dispatcher's change, an excusal or a
// call-back updates only the records it touches.
//
// The store is the truth: the scorers are built from it on first use and rebuilt when
// another process (e.g. fieldledger-admin on the same file) has written to it. A sync push
// hands over the jobs as it wrote them (JobsWritten), so ingest never reads back what it
// just wrote; every other change names its jobs, which are read again (JobsChanged).
//
// Hooks run after their commits, on the committing threads, so two can arrive out of
// commit order. Each company's scores remember how new the state they hold of each job is
// (HeldSequences, in job-change sequences, which follow commit order): a record handed
// over from a commit no later than the state held is not applied, and one the memory
// cannot place is read again. A read under the scores' lock sees every commit whose hook
// already ran, and holds its jobs as of its snapshot's last sequence.
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/change_hook.h"
#include "app/held_sequences.h"
#include "fieldledger/scoring/incremental.h"
#include "storage/store.h"

namespace fieldledger::server {

class LiveScores {
 public:
  LiveScores(Store& store, scoring::ScoringPolicy policy)
      : store_(store), policy_(std::move(policy)) {}

  // After a commit: these jobs (and the call-backs on them) may have changed.
  // After a commit: these shifts were created or changed. A deleted shift is passed with
  // `approved_leave` set: the scorer cannot forget a record, and a shift on leave counts on
  // neither side of the attendance rate, exactly like one that does not exist.
  void ShiftsChanged(const std::string& company_id, const std::vector<ShiftRecord>& shifts,
                     TimeMs now);

  void JobsChanged(const std::string& company_id, const std::vector<std::string>& job_ids,
                   TimeMs now);

  // After a sync push's commit: its jobs as it wrote them. The scorer's records need only
  // what a job record holds, except who a job with a promised window and no arrival counts
  // for (its history: those few are read) and its excusal (a push never changes one: the
  // scorer's is kept; an excusal's own change arrives through JobsChanged).
  void JobsWritten(const std::string& company_id, const WrittenJobs& written, TimeMs now);

  // The technician's scorecard (aggregates only, no item lists) for a day, ISO week or
  // month period; nullopt for custom periods, which are scored in full.
  std::optional<scoring::Scorecard> TechnicianCard(const std::string& company_id,
                                                   const std::string& technician,
                                                   const scoring::Period& period, TimeMs now);

  // How many times a company's scorers were built from the whole store (for tests).
  int full_builds() const { return full_builds_; }
  // How many jobs were read back from the store after a change (for tests).
  std::int64_t jobs_read_back() const { return jobs_read_back_; }

 private:
  struct CompanyScores {
    std::string time_zone;
    std::unique_ptr<scoring::IncrementalScorer> scorer;
    // How new the scorer's state of each job is (see the top).
    HeldSequences held{0};
  };
  CompanyScores& Ensure(const std::string& company_id, TimeMs now);
  // The scorer's clock never moves back: a request stamped earlier than the last change
  // reads at the later instant.
  void Apply(CompanyScores& c, const scoring::ChangeBatch& batch, TimeMs now);
  // Reads the jobs (and their call-backs) as the store holds them now and applies them.
  void ReadBack(CompanyScores& c, const std::string& company_id,
                const std::vector<std::string>& job_ids, TimeMs now);

  Store& store_;
  scoring::ScoringPolicy policy_;
  std::mutex mu_;
  std::unordered_map<std::string, std::unique_ptr<CompanyScores>> companies_;
  std::int64_t seen_external_writes_ = -1;
  int full_builds_ = 0;
  std::int64_t jobs_read_back_ = 0;
};

}  // namespace fieldledger::server
