#pragma once
// Scores kept up to date as data arrives: per company and period kind (day, ISO week,
// month), an IncrementalScorer holds every technician's aggregates. A pushed batch, a
// dispatcher's change, an excusal or a call-back updates only the jobs it touches, so a
// technician's scorecard is read without rescoring the company.
//
// The store is the truth: the scorers are built from it on first use and rebuilt when
// another process (e.g. fieldledger-admin on the same file) has written to it.
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

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

  // The technician's scorecard (aggregates only, no item lists) for a day, ISO week or
  // month period; nullopt for custom periods, which are scored in full.
  std::optional<scoring::Scorecard> TechnicianCard(const std::string& company_id,
                                                   const std::string& technician,
                                                   const scoring::Period& period, TimeMs now);

  // How many times a company's scorers were built from the whole store (for tests).
  int full_builds() const { return full_builds_; }

 private:
  struct CompanyScores {
    std::string time_zone;
    std::map<scoring::PeriodKind, std::unique_ptr<scoring::IncrementalScorer>> scorers;
  };
  CompanyScores& Ensure(const std::string& company_id, TimeMs now);
  void ApplyToAll(CompanyScores& c, const scoring::ChangeBatch& batch, TimeMs now);

  Store& store_;
  scoring::ScoringPolicy policy_;
  std::mutex mu_;
  std::unordered_map<std::string, std::unique_ptr<CompanyScores>> companies_;
  std::int64_t seen_external_writes_ = -1;
  int full_builds_ = 0;
};

}  // namespace fieldledger::server
