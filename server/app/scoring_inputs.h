#pragma once
// Turns what the server stores into the scoring engine's input (shared/fieldledger/
// scoring/model.h): attribution (who a job counts for), teams, excusals, call-backs
// and shifts. The engine itself never reads the database.
#include <string>

#include "fieldledger/scoring/model.h"
#include "storage/store.h"

namespace fieldledger::server {

scoring::Dataset LoadScoringDataset(StoreTx& tx, const std::string& company_id);

// One stored job as the engine sees it. `team` is the counted technician's team.
scoring::Job ToScoringJob(const JobRecord& r, const std::string& team,
                          const std::optional<ExcusalRecord>& excusal);
// One stored call-back as the engine sees it (with its complaint, if any).
scoring::CallBack ToScoringCallBack(const CallBackRecord& c);
// The technician a job counts for: who checked in; for a no-show, who was assigned.
const std::string& CountedTechnician(const JobRecord& r);

}  // namespace fieldledger::server
