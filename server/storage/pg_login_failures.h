#pragma once
// The SQL behind PgStore's sign-in throttle counts (migration 22, login_failures).
#include <cstdint>
#include <optional>
#include <string>

#include "fieldledger_pg/conn.h"
#include "storage/security_records.h"

namespace fieldledger::server::pg_login_failures {

std::optional<LoginFailureRecord> Find(pg::Conn& conn, const std::string& scope,
                                       const std::string& subject);
void Upsert(pg::Conn& conn, const LoginFailureRecord& r);
void Delete(pg::Conn& conn, const std::string& scope, const std::string& subject);
int DeleteUpTo(pg::Conn& conn, TimeMs at);
std::int64_t Count(pg::Conn& conn, const std::string& scope);

}  // namespace fieldledger::server::pg_login_failures
