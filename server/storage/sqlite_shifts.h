#pragma once
// The SQL behind the shift schedule methods of SqliteStore's transaction (migrations 2
// and 10): shifts and their audit trail.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger_sqlite/db.h"
#include "storage/records.h"

namespace fieldledger::server::sqlite_shifts {

void Insert(sql::Locked& conn, const ShiftRecord& r);
std::vector<ShiftRecord> List(sql::Locked& conn, const std::string& company_id);
std::optional<ShiftRecord> Find(sql::Locked& conn, const std::string& id);
void Update(sql::Locked& conn, const ShiftRecord& r);
void Delete(sql::Locked& conn, const std::string& id);
void InsertAudit(sql::Locked& conn, const ShiftAuditRecord& a);
std::vector<ShiftAuditRecord> ListAudit(sql::Locked& conn, const std::string& shift_id);

}  // namespace fieldledger::server::sqlite_shifts
