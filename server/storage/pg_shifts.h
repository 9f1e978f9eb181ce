#pragma once
// The SQL behind the shift schedule methods of PgStore's transaction (migrations 2,
// 10 and 21): shifts, their versions and their audit trail.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger_pg/conn.h"
#include "storage/history_records.h"
#include "storage/records.h"

namespace fieldledger::server::pg_shifts {

void Insert(pg::Conn& conn, const ShiftRecord& r);
std::vector<ShiftRecord> List(pg::Conn& conn, const std::string& company_id);
std::optional<ShiftRecord> Find(pg::Conn& conn, const std::string& id);
void Update(pg::Conn& conn, const ShiftRecord& r);
void Delete(pg::Conn& conn, const std::string& id, TimeMs at);
std::vector<ShiftVersion> ListVersions(pg::Conn& conn, const std::string& company_id, TimeMs up_to);
void InsertAudit(pg::Conn& conn, const ShiftAuditRecord& a);
std::vector<ShiftAuditRecord> ListAudit(pg::Conn& conn, const std::string& shift_id);

}  // namespace fieldledger::server::pg_shifts
