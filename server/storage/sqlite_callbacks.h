#pragma once
// The SQL behind the call-back desk's methods of SqliteStore's transaction (migrations 2
// and 7): call-back rows, claims, the call-back audit trail and a job's applied events.
// Kept apart from sqlite_store.cpp so the desk's storage has one small home.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger_sqlite/db.h"
#include "storage/callback_records.h"
#include "storage/records.h"

namespace fieldledger::server::sqlite_callbacks {

// The columns ReadCallBack expects, in order.
extern const char* const kCallBackColumns;
CallBackRecord ReadCallBack(const sql::Stmt& s);

void Insert(sql::Locked& conn, const CallBackRecord& c);
std::optional<CallBackRecord> FindByRequest(sql::Locked& conn, const std::string& company_id,
                                            const std::string& request_id);
std::vector<CallBackRecord> ListByAgent(sql::Locked& conn, const std::string& agent_id, TimeMs from,
                                        TimeMs to);

std::optional<CallBackClaimRecord> FindClaim(sql::Locked& conn, const std::string& job_id);
std::vector<CallBackClaimRecord> ListLiveClaims(sql::Locked& conn, const std::string& company_id,
                                                TimeMs now);
void UpsertClaim(sql::Locked& conn, const CallBackClaimRecord& c);
void DeleteClaim(sql::Locked& conn, const std::string& job_id);

void AppendAudit(sql::Locked& conn, const CallBackAuditEntry& e);
std::vector<CallBackAuditEntry> ListAudit(sql::Locked& conn, const std::string& job_id);

std::vector<EventRecord> ListAppliedEventsOfJob(sql::Locked& conn, const std::string& job_id);

}  // namespace fieldledger::server::sqlite_callbacks
