#pragma once
// Serves scorecards, rankings and excusals. The figures come from the scoring engine in
// shared/fieldledger/scoring; this layer gathers the company's records, resolves the
// scope and period, and names the policy the figures were computed with.
#include "app/change_hook.h"
#include "app/live_scores.h"
#include "auth/caller.h"
#include "fieldledger/scoring/policy.h"
#include "fieldledger/v1/scoring.pb.h"
#include "storage/store.h"

namespace fieldledger::server {

class ScorecardLogic {
 public:
  // With `live`, technician scorecards for day/week/month periods without explanations
  // are read from the live scores, which every excusal made or revoked here updates.
  ScorecardLogic(Store& store, scoring::ScoringPolicy policy = {}, LiveScores* live = nullptr)
      : store_(store), policy_(std::move(policy)), live_(live) {}

  v1::Scorecard Get(const Caller& caller, const v1::ScorecardRequest& req, TimeMs now);
  v1::Ranking Rank(const Caller& caller, const v1::RankingRequest& req, TimeMs now);
  v1::Excusal Excuse(const Caller& caller, const v1::ExcuseArrivalRequest& req, TimeMs now);
  v1::Excusal Revoke(const Caller& caller, const v1::RevokeExcusalRequest& req, TimeMs now);
  v1::ExcusalHistory History(const Caller& caller, const v1::ExcusalHistoryRequest& req);

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
