#pragma once
// Serves scorecards and records excusals. The figures come from the domain rules in
// shared/; this layer only gathers the jobs in scope and names the policy and period.
#include "auth/caller.h"
#include "fieldledger/core/on_time.h"
#include "fieldledger/v1/scoring.pb.h"
#include "storage/store.h"

namespace fieldledger::server {

struct ScoringSettings {
  std::string policy_version = "builtin-2026.1";
  OnTimePolicy on_time;
};

class ScorecardLogic {
 public:
  ScorecardLogic(Store& store, ScoringSettings settings = {})
      : store_(store), settings_(std::move(settings)) {}

  v1::Scorecard Get(const Caller& caller, const v1::ScorecardRequest& req, TimeMs now);
  v1::Excusal Excuse(const Caller& caller, const v1::ExcuseArrivalRequest& req, TimeMs now);
  v1::Excusal Revoke(const Caller& caller, const v1::RevokeExcusalRequest& req, TimeMs now);

 private:
  Store& store_;
  ScoringSettings settings_;
};

}  // namespace fieldledger::server
