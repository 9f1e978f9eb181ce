#pragma once
// fieldledger-admin --db FILE copy-to-postgresql --to URI [--verify-only]: copies the
// SQLite database FILE into an empty PostgreSQL database and prints the per-table check
// (storage/pg_copy.h); --verify-only compares without copying. Exit 0 when every table
// matches, 1 when one does not.
#include <iosfwd>
#include <string>

#include "admin/admin_commands.h"

namespace fieldledger::server::admin {

int CopyToPostgresql(const std::string& sqlite_db, const Args& args, std::ostream& out,
                     std::ostream& err);

}  // namespace fieldledger::server::admin
