#pragma once
// Turns what the server stores into the scoring engine's input (shared/fieldledger/
// scoring/model.h): attribution (who a job counts for), teams, excusals, call-backs
// and shifts. The engine itself never reads the database.
#include <string>

#include "fieldledger/scoring/model.h"
#include "storage/store.h"

namespace fieldledger::server {

scoring::Dataset LoadScoringDataset(StoreTx& tx, const std::string& company_id);

}  // namespace fieldledger::server
