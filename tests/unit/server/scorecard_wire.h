#pragma once
// ScorecardLogic called the way ScoringService calls it: the wire request converted to
// the domain query, the result converted back (server/rpc/scoring_convert.h). Tests that
// compare whole messages, byte for byte, go through this.
#include "app/scorecard_logic.h"
#include "rpc/scoring_convert.h"

namespace fieldledger::server::testing {

inline v1::Scorecard WireGet(ScorecardLogic& logic, const Caller& caller,
                             const v1::ScorecardRequest& req, TimeMs now) {
  v1::Scorecard out;
  ToProto(logic.Get(caller, FromProto(req), now), &out);
  return out;
}

inline v1::Ranking WireRank(ScorecardLogic& logic, const Caller& caller,
                            const v1::RankingRequest& req, TimeMs now) {
  v1::Ranking out;
  ToProto(logic.Rank(caller, FromProto(req), now), &out);
  return out;
}

inline v1::Excusal WireExcuse(ScorecardLogic& logic, const Caller& caller,
                              const v1::ExcuseArrivalRequest& req, TimeMs now) {
  v1::Excusal out;
  ToProto(logic.Excuse(caller, req.job_id(), req.reason(), now), &out);
  return out;
}

inline v1::Excusal WireRevoke(ScorecardLogic& logic, const Caller& caller,
                              const v1::RevokeExcusalRequest& req, TimeMs now) {
  v1::Excusal out;
  ToProto(logic.Revoke(caller, req.job_id(), req.reason(), now), &out);
  return out;
}

}  // namespace fieldledger::server::testing
