#pragma once
// The SQL behind the dispatch desk's methods of SqliteStore's transaction: the audit
// trail (migration 6), every event of a set of jobs, and a company's devices. Kept apart
// from sqlite_store.cpp so the desk's queries have one small home.
#include <string>
#include <vector>

#include "fieldledger_sqlite/db.h"
#include "storage/audit_records.h"
#include "storage/records.h"

namespace fieldledger::server::sqlite_dispatch {

void InsertAudit(sql::Locked& conn, const AuditRecord& a);
// Rows of these jobs ordered by (at_ms, seq).
std::vector<AuditRecord> ListAudit(sql::Locked& conn, const std::vector<std::string>& job_ids);
// Every stored event (applied or rejected) of these jobs, ordered by trusted time.
std::vector<EventRecord> ListEventsOfJobs(sql::Locked& conn,
                                          const std::vector<std::string>& job_ids);
// The devices of the company's users.
std::vector<DeviceRecord> ListDevicesOfCompany(sql::Locked& conn, const std::string& company_id);

}  // namespace fieldledger::server::sqlite_dispatch
