#pragma once
// Scorecards: every KPI for one scope (technician, team, company) and period, with the
// policy version and the instant it was computed at, so a published card can be
// reproduced from the same data.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/core/on_time.h"
#include "fieldledger/scoring/bonus_gate.h"
#include "fieldledger/scoring/explain.h"
#include "fieldledger/scoring/kpi_counts.h"
#include "fieldledger/scoring/period.h"
#include "fieldledger/scoring/scoring_data.h"

namespace fieldledger::scoring {

struct Scope {
  enum class Kind { kTechnician, kTeam, kCompany };
  Kind kind = Kind::kCompany;
  std::string id;  // technician or team id; empty for the company
};
const char* ScopeKindName(Scope::Kind k);

struct OnTimeResult {
  RateResult rate;
  OnTimeTally tally;
  std::int64_t unverified = 0;  // arrivals that could not be verified (any class)
  Percentiles minutes_late;     // verified late arrivals only
};

struct RetentionResult {
  RateResult rate;  // held / (held + failed); pending jobs are listed on neither side
  std::int64_t pending = 0;
};

struct SatisfactionResult {
  RateResult rate;   // satisfied / jobs with a reached call-back
  RateResult reach;  // jobs with a reached call-back / jobs with any attempt
  std::optional<double> mean_score;
  std::optional<double> nps;  // % promoters - % detractors, over answers given
  std::int64_t nps_responses = 0;
};

// Complaints on the call-backs of jobs completed in the period. Not a gated or ranked
// metric: a count, with the share of completed jobs complained about and each job listed.
struct ComplaintsResult {
  std::int64_t count = 0;
  RateResult jobs;  // complained jobs / completed jobs, one item per completed job
  std::array<std::int64_t, kComplaintCategoryCount> by_category{};
};

struct DurationResult {
  std::int64_t count = 0;
  Percentiles minutes;  // nearest-rank median and p90, whole minutes
};

struct Scorecard {
  std::string policy_version;
  Scope scope;
  Period period;
  TimeMs computed_at = 0;  // the `now` every time-dependent rule was evaluated at

  OnTimeResult on_time;
  RetentionResult retention;
  SatisfactionResult satisfaction;
  RateResult attendance;
  RateResult first_time_fix;
  ComplaintsResult complaints;
  DurationResult response_time;
  DurationResult resolution_time;
  GateResult bonus_gate;

  const RateResult& MetricRate(Metric m) const;
};

// One scope's scorecard. `explain` fills the item lists (costly for a whole company).
Scorecard ComputeScorecard(const ScoringData& data, const ScoringPolicy& policy, const Scope& scope,
                           const Period& period, TimeMs now, bool explain = true);

// A scorecard per technician (or team) with any activity in the period, ordered by id; for
// kCompany a single card.
std::vector<Scorecard> ComputeScorecards(const ScoringData& data, const ScoringPolicy& policy,
                                         Scope::Kind group_by, const Period& period, TimeMs now,
                                         bool explain = false);

// A scorecard from aggregates alone (no item lists), e.g. from the incremental scorer.
Scorecard ScorecardFromCounts(const KpiCounts& counts, const ScoringPolicy& policy,
                              const Scope& scope, const Period& period, TimeMs now);

}  // namespace fieldledger::scoring
