#pragma once
// Turns what the server stores into the scoring engine's input (shared/fieldledger/
// scoring/model.h): attribution (who a job counts for, and in which team), excusals,
// call-backs and shifts, as the server held them up to an instant. The engine itself never
// reads the database.
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "fieldledger/scoring/model.h"
#include "fieldledger/scoring/policy.h"
#include "storage/store.h"

namespace fieldledger::server {

// Everything the server held for the company at `as_of` (nullopt: everything it holds):
// each job as its latest version recorded at or before the instant, call-backs and excusal
// log entries recorded by then, team memberships begun by then, each shift as its latest
// version recorded by then (a shift deleted by then is absent).
scoring::Dataset LoadScoringDataset(StoreTx& tx, const std::string& company_id,
                                    const scoring::ScoringPolicy& policy,
                                    std::optional<TimeMs> as_of = std::nullopt);

// The given jobs as LoadScoringDataset (everything held) would give them: for the live
// scores, which rescore only the jobs a change touched.
std::vector<scoring::Job> LoadScoringJobs(StoreTx& tx, const std::string& company_id,
                                          const std::vector<std::string>& job_ids,
                                          const scoring::ScoringPolicy& policy);

// Who a job counts for, and the instant its outcome was decided (docs/kpis.md):
// - with an arrival: the technician who checked in; decided when the check-in was recorded;
// - a promised window and no arrival: the technician assigned at window end + grace (the
//   latest version recorded in or before that second; the first version if the job was
//   created after it); decided at window end + grace, whenever the server computes it;
// - otherwise: the technician assigned now; decided "now" (nullopt).
// `history`: the job's versions in (recorded_ms, seq) order; `held` is the last of them.
struct Attribution {
  std::string technician;
  std::optional<TimeMs> decided_ms;
};
Attribution AttributionOf(const JobRecord& held, std::span<const JobVersion> history,
                          DurationMs on_time_grace);

// Who the job counts for when its record alone says it (AttributionOf's first and last
// cases: an arrival, or no promised window); nullopt when its history does (a promised
// window and no arrival: the technician assigned at the deadline).
std::optional<std::string> TechnicianFromRecord(const JobRecord& r);

// Which team each user belonged to at an instant, from the membership history.
class TeamHistory {
 public:
  explicit TeamHistory(std::vector<TeamMembership> memberships);
  // The team of the latest membership begun at or before `at` (the first one when `at`
  // precedes them all); nullopt `at`: the latest membership. "" when none.
  std::string TeamAt(const std::string& user_id, std::optional<TimeMs> at) const;

 private:
  std::unordered_map<std::string, std::vector<TeamMembership>> by_user_;  // by from_ms
};

// One stored job as the engine sees it, counted for `technician` in `team`.
scoring::Job ToScoringJob(const JobRecord& r, const std::string& technician,
                          const std::string& team, const std::optional<ExcusalRecord>& excusal);
// One stored call-back as the engine sees it (with its complaint, if any).
scoring::CallBack ToScoringCallBack(const CallBackRecord& c);
// Who a job with an arrival counts for: who checked in (else who is assigned). A no-show's
// technician needs the job's history: AttributionOf.
const std::string& CountedTechnician(const JobRecord& r);

}  // namespace fieldledger::server
