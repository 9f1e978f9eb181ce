#pragma once
// Numbered schema migrations, the one runner the server's store and the phone's local
// store share. A migration is never edited after it ships; a change is a new migration.
// Applied versions are recorded in the table schema_migrations (version, description,
// applied_ms).
#include <string_view>
#include <vector>

#include "fieldledger_sqlite/db.h"

namespace fieldledger::sql {

struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;
};

// Applies every migration in `migrations` that schema_migrations does not record, in
// list order, each in its own transaction (a failing one leaves the database at the
// previous version and throws). Every unrecorded one runs, not only those above the
// highest recorded: migrations written on parallel branches may land in either order.
// Returns the highest version now recorded.
int ApplyMigrations(Db& db, const std::vector<Migration>& migrations);

}  // namespace fieldledger::sql
