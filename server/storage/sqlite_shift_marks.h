#pragma once
// The SQL behind the shift check-in methods of SqliteStore's transaction (migration 18):
// every shift check-in and check-out a phone sent, with what it was applied to.
#include <string>
#include <vector>

#include "fieldledger_sqlite/db.h"
#include "storage/records.h"

namespace fieldledger::server::sqlite_shift_marks {

void Insert(sql::Locked& conn, const ShiftMarkRecord& m);
std::vector<ShiftMarkRecord> List(sql::Locked& conn, const std::string& company_id, TimeMs from,
                                  TimeMs to);
std::vector<ShiftMarkRecord> ListOfShift(sql::Locked& conn, const std::string& shift_id);

}  // namespace fieldledger::server::sqlite_shift_marks
