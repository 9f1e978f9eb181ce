#pragma once
// The SQL behind the shift check-in methods of PgStore's transaction (migration 18):
// every shift check-in and check-out a phone sent, with what it was applied to.
#include <string>
#include <vector>

#include "fieldledger_pg/conn.h"
#include "storage/records.h"

namespace fieldledger::server::pg_shift_marks {

void Insert(pg::Conn& conn, const ShiftMarkRecord& m);
std::vector<ShiftMarkRecord> List(pg::Conn& conn, const std::string& company_id, TimeMs from,
                                  TimeMs to);
std::vector<ShiftMarkRecord> ListOfShift(pg::Conn& conn, const std::string& shift_id);

}  // namespace fieldledger::server::pg_shift_marks
