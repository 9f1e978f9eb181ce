#pragma once
// Numbered schema migrations for the SQLite store. A migration is never edited after
// it ships; changes are new migrations. The SQL is kept portable (no SQLite-only types)
// so the PostgreSQL store can share the same numbered history.
#include <string_view>
#include <vector>

#include "fieldledger_sqlite/db.h"
#include "fieldledger_sqlite/migrate.h"

namespace fieldledger::server {

// The runner and its record type are shared with the phone's store (fieldledger_sqlite).
using Migration = sql::Migration;

const std::vector<Migration>& SqliteMigrations();

// Applies every migration not yet applied (sql::ApplyMigrations), each in its own
// transaction. Returns the resulting schema version.
int MigrateSqlite(sql::Db& db);

}  // namespace fieldledger::server
