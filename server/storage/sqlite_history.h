#pragma once
// The SQL behind the history methods of SqliteStore's transaction (migration 13): job
// versions, team memberships, the company's excusal log.
#include <string>
#include <vector>

#include "fieldledger_sqlite/db.h"
#include "storage/history_records.h"

namespace fieldledger::server::sqlite_history {

// The job columns job_versions copies (the scoring facts), comma-separated.
const char* JobVersionColumns();
// Copies the job's row as it is now into job_versions (call after every insert/update).
void AppendJobVersion(sql::Locked& conn, const std::string& job_id);
std::vector<JobVersion> ListJobVersions(sql::Locked& conn, const std::string& company_id,
                                        TimeMs up_to);
std::vector<JobVersion> ListJobVersionsOf(sql::Locked& conn, const std::vector<std::string>& ids);
void AppendTeamMembership(sql::Locked& conn, const std::string& company_id,
                          const TeamMembership& m);
std::vector<TeamMembership> ListTeamMemberships(sql::Locked& conn, const std::string& company_id);
void InsertTeamMove(sql::Locked& conn, const TeamMove& m);
std::vector<TeamMove> ListTeamMoves(sql::Locked& conn, const std::string& company_id);
std::vector<ExcusalLogEntry> ListCompanyExcusalLog(sql::Locked& conn,
                                                   const std::string& company_id);

}  // namespace fieldledger::server::sqlite_history
