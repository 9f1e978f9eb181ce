#pragma once
// The numbered schema history of the phone's database (device.db), applied by the
// runner the server's store uses (fieldledger_sqlite/migrate.h). A migration is never
// edited once shipped; a change to a table is a new migration appended here, and
// tests/unit/mobile/local_migrations_test.cpp upgrades a database of the previous
// version with queued events in it.
#include <vector>

#include "fieldledger_sqlite/migrate.h"

namespace fieldledger::device {

const std::vector<sql::Migration>& LocalMigrations();

}  // namespace fieldledger::device
