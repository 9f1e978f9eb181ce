#pragma once
// The SQL behind the history methods of PgStore's transaction (migration 13): job
// versions, team memberships, the company's excusal log.
#include <string>
#include <vector>

#include "fieldledger_pg/conn.h"
#include "storage/history_records.h"

namespace fieldledger::server::pg_history {

// Copies the job's row as it is now into job_versions (call after every insert/update).
void AppendJobVersion(pg::Conn& conn, const std::string& job_id);
std::vector<JobVersion> ListJobVersions(pg::Conn& conn, const std::string& company_id,
                                        TimeMs up_to);
std::vector<JobVersion> ListJobVersionsOf(pg::Conn& conn, const std::vector<std::string>& ids);
void AppendTeamMembership(pg::Conn& conn, const std::string& company_id, const TeamMembership& m);
std::vector<TeamMembership> ListTeamMemberships(pg::Conn& conn, const std::string& company_id);
void InsertTeamMove(pg::Conn& conn, const TeamMove& m);
std::vector<TeamMove> ListTeamMoves(pg::Conn& conn, const std::string& company_id);
std::vector<ExcusalLogEntry> ListCompanyExcusalLog(pg::Conn& conn, const std::string& company_id);

}  // namespace fieldledger::server::pg_history
