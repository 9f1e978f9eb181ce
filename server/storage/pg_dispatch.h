#pragma once
// The SQL behind the dispatch desk's methods of PgStore's transaction: the audit
// trail (migration 6), every event of a set of jobs, and a company's devices. Kept apart
// from pg_store.cpp so the desk's queries have one small home.
#include <string>
#include <vector>

#include "fieldledger_pg/conn.h"
#include "storage/audit_records.h"
#include "storage/records.h"

namespace fieldledger::server::pg_dispatch {

void InsertAudit(pg::Conn& conn, const AuditRecord& a);
// Rows of these jobs ordered by (at_ms, seq).
std::vector<AuditRecord> ListAudit(pg::Conn& conn, const std::vector<std::string>& job_ids);
// Every stored event (applied or rejected) of these jobs, ordered by trusted time.
std::vector<EventRecord> ListEventsOfJobs(pg::Conn& conn, const std::vector<std::string>& job_ids);
// The devices of the company's users.
std::vector<DeviceRecord> ListDevicesOfCompany(pg::Conn& conn, const std::string& company_id);

}  // namespace fieldledger::server::pg_dispatch
