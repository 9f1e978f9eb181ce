#pragma once
// Numbered schema migrations for the PostgreSQL store: the same versions, in the same
// order, producing the same tables as the SQLite store's (storage/sqlite_migrations.h).
// Applied with a version table, schema_migrations, as in SQLite. (Until a branch's
// SQLite migration is merged, this list may already hold its twin: see
// PgMigrationsTest.MirrorEverySqliteMigrationInTheSameOrder.)
#include <set>
#include <vector>

#include "fieldledger_pg/conn.h"
#include "storage/sqlite_migrations.h"  // struct Migration, shared by both histories

namespace fieldledger::server {

const std::vector<Migration>& PgMigrations();

// Applies every migration not yet recorded, each in its own transaction, under an
// advisory lock so concurrent instances migrate one at a time. `only`, when given,
// restricts the run to those versions (the schema test uses it to compare with SQLite's
// history). Also creates PgStore's commit counter, pg_store_writes, if missing. Returns
// the highest version recorded.
int MigratePg(pg::Conn& conn, const std::set<int>* only = nullptr);

}  // namespace fieldledger::server
