#include "storage/sqlite_login_failures.h"

namespace fieldledger::server::sqlite_login_failures {

std::optional<LoginFailureRecord> Find(sql::Locked& conn, const std::string& scope,
                                       const std::string& subject) {
  auto s = conn.Cached(
      "SELECT failures, last_failure_ms FROM login_failures WHERE scope = ? AND subject = ?");
  s.Bind(scope, subject);
  if (!s.Step()) return std::nullopt;
  return LoginFailureRecord{scope, subject, s.Int(0), s.Int(1)};
}

void Upsert(sql::Locked& conn, const LoginFailureRecord& r) {
  conn.Cached(
          "INSERT INTO login_failures (scope, subject, failures, last_failure_ms) "
          "VALUES (?, ?, ?, ?) ON CONFLICT (scope, subject) DO UPDATE SET "
          "failures = excluded.failures, last_failure_ms = excluded.last_failure_ms")
      .Bind(r.scope, r.subject, r.failures, r.last_failure_ms)
      .Run();
}

void Delete(sql::Locked& conn, const std::string& scope, const std::string& subject) {
  conn.Cached("DELETE FROM login_failures WHERE scope = ? AND subject = ?")
      .Bind(scope, subject)
      .Run();
}

int DeleteUpTo(sql::Locked& conn, TimeMs at) {
  conn.Cached("DELETE FROM login_failures WHERE last_failure_ms <= ?").Bind(at).Run();
  return conn.db().Changes();
}

std::int64_t Count(sql::Locked& conn, const std::string& scope) {
  auto s = conn.Cached("SELECT COUNT(*) FROM login_failures WHERE scope = ?");
  s.Bind(scope);
  return s.Step() ? s.Int(0) : 0;
}

}  // namespace fieldledger::server::sqlite_login_failures
