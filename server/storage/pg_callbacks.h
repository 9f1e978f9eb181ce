#pragma once
// The SQL behind the call-back desk's methods of PgStore's transaction (migrations 2
// and 7): call-back rows, claims, the call-back audit trail and a job's applied events.
// Kept apart from pg_store.cpp so the desk's storage has one small home.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger_pg/conn.h"
#include "storage/callback_records.h"
#include "storage/records.h"

namespace fieldledger::server::pg_callbacks {

// The columns ReadCallBack expects, in order.
extern const char* const kCallBackColumns;
CallBackRecord ReadCallBack(const pg::Stmt& s);

void Insert(pg::Conn& conn, const CallBackRecord& c);
std::optional<CallBackRecord> FindByRequest(pg::Conn& conn, const std::string& company_id,
                                            const std::string& request_id);
std::vector<CallBackRecord> ListByAgent(pg::Conn& conn, const std::string& agent_id, TimeMs from,
                                        TimeMs to);

std::optional<CallBackClaimRecord> FindClaim(pg::Conn& conn, const std::string& job_id);
std::vector<CallBackClaimRecord> ListLiveClaims(pg::Conn& conn, const std::string& company_id,
                                                TimeMs now);
void UpsertClaim(pg::Conn& conn, const CallBackClaimRecord& c);
void DeleteClaim(pg::Conn& conn, const std::string& job_id);

void AppendAudit(pg::Conn& conn, const CallBackAuditEntry& e);
std::vector<CallBackAuditEntry> ListAudit(pg::Conn& conn, const std::string& job_id);

std::vector<EventRecord> ListAppliedEventsOfJob(pg::Conn& conn, const std::string& job_id);

}  // namespace fieldledger::server::pg_callbacks
