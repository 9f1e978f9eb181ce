#pragma once
// The SQL behind the shift schedule methods of SqliteStore's transaction (migrations 2,
// 10 and 21): shifts, their versions and their audit trail.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger_sqlite/db.h"
#include "storage/history_records.h"
#include "storage/records.h"

namespace fieldledger::server::sqlite_shifts {

void Insert(sql::Locked& conn, const ShiftRecord& r);
std::vector<ShiftRecord> List(sql::Locked& conn, const std::string& company_id);
std::optional<ShiftRecord> Find(sql::Locked& conn, const std::string& id);
void Update(sql::Locked& conn, const ShiftRecord& r);
void Delete(sql::Locked& conn, const std::string& id, TimeMs at);
std::vector<ShiftVersion> ListVersions(sql::Locked& conn, const std::string& company_id,
                                       TimeMs up_to);
void InsertAudit(sql::Locked& conn, const ShiftAuditRecord& a);
std::vector<ShiftAuditRecord> ListAudit(sql::Locked& conn, const std::string& shift_id);

}  // namespace fieldledger::server::sqlite_shifts
