#pragma once
// The SQL behind SqliteStore's sign-in throttle counts (migration 22, login_failures).
#include <cstdint>
#include <optional>
#include <string>

#include "fieldledger_sqlite/db.h"
#include "storage/security_records.h"

namespace fieldledger::server::sqlite_login_failures {

std::optional<LoginFailureRecord> Find(sql::Locked& conn, const std::string& scope,
                                       const std::string& subject);
void Upsert(sql::Locked& conn, const LoginFailureRecord& r);
void Delete(sql::Locked& conn, const std::string& scope, const std::string& subject);
int DeleteUpTo(sql::Locked& conn, TimeMs at);
std::int64_t Count(sql::Locked& conn, const std::string& scope);

}  // namespace fieldledger::server::sqlite_login_failures
