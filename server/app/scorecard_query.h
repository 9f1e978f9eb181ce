#pragma once
// What a caller asks ScorecardLogic for and what it answers, in domain terms: the rpc
// layer (server/rpc/scoring_convert.h) and the admin CLI both fill these.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/period_request.h"
#include "fieldledger/scoring/policy.h"
#include "fieldledger/scoring/ranking.h"
#include "fieldledger/scoring/scorecard.h"

namespace fieldledger::server {

struct ScorecardQuery {
  // Empty: no scope was named (refused with "set one of technician_id, team_id or
  // company"). The id is the technician's or team's; empty for the company.
  std::optional<scoring::Scope::Kind> scope;
  std::string scope_id;
  PeriodRequest period;
  bool explain = false;  // fill the per-job explanation lists and their labels
  TimeMs as_of = 0;      // 0: now; otherwise score what the server held at this instant
};

// How an explanation line names its job.
struct JobLabel {
  std::string reference;
  std::string technician_id;  // whom the job counts for
};

struct ScorecardResult {
  std::string scope_label;  // "Technician Li Wei", "Team North", "Company"
  scoring::Scorecard card;
  std::unordered_map<std::string, JobLabel> labels;  // by job id; only with explain
};

struct RankingQuery {
  PeriodRequest period;
  std::optional<scoring::Metric> metric;  // required
  std::string team_id;                    // empty: the whole company
  TimeMs as_of = 0;                       // as ScorecardQuery::as_of
};

struct RankedTechnician {
  scoring::RankEntry entry;
  std::string display_name;
};

struct RankingResult {
  scoring::Period period;
  scoring::Metric metric = scoring::Metric::kOnTime;
  std::string policy_version;
  TimeMs computed_at = 0;
  std::vector<RankedTechnician> entries;  // best first, then the unranked
};

}  // namespace fieldledger::server
