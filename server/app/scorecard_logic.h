#pragma once
// Serves scorecards, rankings and excusals. The figures come from the scoring engine in
// shared/fieldledger/scoring; this layer gathers the company's records, resolves the
// scope and period, and names the policy the figures were computed with.
#include <vector>

#include "app/change_hook.h"
#include "app/live_scores.h"
#include "app/scorecard_query.h"
#include "auth/caller.h"
#include "fieldledger/scoring/policy.h"
#include "storage/store.h"

namespace fieldledger::server {

class ScorecardLogic {
 public:
  // With `live`, technician scorecards for day/week/month periods without explanations
  // are read from the live scores, which every excusal made or revoked here updates.
  ScorecardLogic(Store& store, scoring::ScoringPolicy policy = {}, LiveScores* live = nullptr)
      : store_(store), policy_(std::move(policy)), live_(live) {}

  // Throw AppError naming the field for a bad query, an unknown scope or job, or a scope
  // the caller may not read.
  ScorecardResult Get(const Caller& caller, const ScorecardQuery& query, TimeMs now);
  RankingResult Rank(const Caller& caller, const RankingQuery& query, TimeMs now);
  // Excuse a job's arrival (reason required, 1..500 bytes) or revoke its active excusal
  // (reason optional); both are audited and move the live scores and boards.
  ExcusalRecord Excuse(const Caller& caller, const std::string& job_id, const std::string& reason,
                       TimeMs now);
  ExcusalRecord Revoke(const Caller& caller, const std::string& job_id, const std::string& reason,
                       TimeMs now);
  std::vector<ExcusalLogEntry> History(const Caller& caller, const std::string& job_id);

  const scoring::ScoringPolicy& policy() const { return policy_; }

  // After an excusal is made or revoked: the job's on-time verdict changed, so open
  // dispatcher boards on this instance should hear of it (other instances follow the
  // board change log written in the same transaction).
  JobsChangedHook on_board_changed;

 private:
  Store& store_;
  scoring::ScoringPolicy policy_;
  LiveScores* live_;
};

}  // namespace fieldledger::server
