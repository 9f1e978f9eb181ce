#pragma once
// Scores kept up to date as data arrives: per company, an IncrementalScorer holds the
// records scoring needs in a compact form, ordered per technician, so any technician's
// day, ISO week or month card is read from that technician's records in the period
// without rescoring the company. A pushed batch, a dispatcher's change, an excusal or a
// call-back updates only the records it touches.
//
// The store is the truth: the scorers are built from it on first use and rebuilt when
// another process (e.g. fieldledger-admin on the same file) has written to it.
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
    std::unique_ptr<scoring::IncrementalScorer> scorer;
  };
  CompanyScores& Ensure(const std::string& company_id, TimeMs now);
  // The scorer's clock never moves back: a request stamped earlier than the last change
  // reads at the later instant.
  void Apply(CompanyScores& c, const scoring::ChangeBatch& batch, TimeMs now);

  Store& store_;
  scoring::ScoringPolicy policy_;
  std::mutex mu_;
  std::unordered_map<std::string, std::unique_ptr<CompanyScores>> companies_;
  std::int64_t seen_external_writes_ = -1;
  int full_builds_ = 0;
};

}  // namespace fieldledger::server
