#pragma once
// The SQL behind the shift schedule methods of PgStore's transaction (migrations 2
// and 10): shifts and their audit trail.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger_pg/conn.h"
#include "storage/records.h"

namespace fieldledger::server::pg_shifts {

void Insert(pg::Conn& conn, const ShiftRecord& r);
std::vector<ShiftRecord> List(pg::Conn& conn, const std::string& company_id);
std::optional<ShiftRecord> Find(pg::Conn& conn, const std::string& id);
void Update(pg::Conn& conn, const ShiftRecord& r);
void Delete(pg::Conn& conn, const std::string& id);
void InsertAudit(pg::Conn& conn, const ShiftAuditRecord& a);
std::vector<ShiftAuditRecord> ListAudit(pg::Conn& conn, const std::string& shift_id);

}  // namespace fieldledger::server::pg_shifts
