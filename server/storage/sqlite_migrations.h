#pragma once
// Numbered schema migrations for the SQLite store. A migration is never edited after
// it ships; changes are new migrations. The SQL is kept portable (no SQLite-only types)
// so the PostgreSQL store can share the same numbered history.
#include <string_view>
#include <vector>

#include "fieldledger_sqlite/db.h"

namespace fieldledger::server {

struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;
};

const std::vector<Migration>& SqliteMigrations();

// Applies every migration newer than the database's version, each in its own
// transaction. Returns the resulting schema version.
int MigrateSqlite(sql::Db& db);

}  // namespace fieldledger::server
