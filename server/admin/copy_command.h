#pragma once
// fieldledger-admin --db FILE copy-to-postgresql --to URI [--company ID] [--verify-only]:
// copies the SQLite database FILE into an empty PostgreSQL database (storage/pg_copy.h),
// or with --company one company of it into a PostgreSQL database that may hold others
// (storage/pg_company_copy.h), and prints the per-table check; --verify-only compares
// without copying. Exit 0 when every table matches, 1 when one does not or the copy is
// refused.
#include <iosfwd>
#include <string>

#include "admin/admin_commands.h"

namespace fieldledger::server::admin {

int CopyToPostgresql(const std::string& sqlite_db, const Args& args, std::ostream& out,
                     std::ostream& err);

}  // namespace fieldledger::server::admin
