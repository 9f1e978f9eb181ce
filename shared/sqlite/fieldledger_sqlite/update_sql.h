#pragma once
// A faster equivalent of a whole-row UPDATE for the common case where no indexed
// column changes. SQLite rewrites the entries of every index on a column the SET list
// names, even when the value stays the same (measured: about 3x the cost of the same
// UPDATE without those columns, on the jobs table and its two indexes).
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "fieldledger_sqlite/db.h"

namespace fieldledger::sql {

// The names of the columns any index of `table` covers (the primary key's included).
std::set<std::string> IndexedColumns(Locked& conn, const std::string& table);

// For `UPDATE t SET a = ?, b = ?, ... WHERE key = ?` (only `column = ?` assignments,
// one `key = ?` condition), the same update without assigning the indexed columns:
// their parameters become conditions instead (`AND a IS ?1`). Parameters are numbered
// as in the original, so one Bind serves both statements. Where it changes a row, the
// row is exactly what the original would leave; where an indexed value differs it
// changes nothing, and the caller runs the original. nullopt when the text is not of
// that shape or assigns no indexed column (or only indexed columns).
std::optional<std::string> WithoutIndexedAssignments(std::string_view update_sql,
                                                     const std::set<std::string>& indexed);

}  // namespace fieldledger::sql
