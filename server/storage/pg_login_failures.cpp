#include "storage/pg_login_failures.h"

namespace fieldledger::server::pg_login_failures {

std::optional<LoginFailureRecord> Find(pg::Conn& conn, const std::string& scope,
                                       const std::string& subject) {
  auto s = conn.Cached(
      "SELECT failures, last_failure_ms FROM login_failures WHERE scope = $1 AND subject = $2");
  s.Bind(scope, subject);
  if (!s.Step()) return std::nullopt;
  return LoginFailureRecord{scope, subject, s.Int(0), s.Int(1)};
}

void Upsert(pg::Conn& conn, const LoginFailureRecord& r) {
  conn.Cached(
          "INSERT INTO login_failures (scope, subject, failures, last_failure_ms) "
          "VALUES ($1, $2, $3, $4) ON CONFLICT (scope, subject) DO UPDATE SET "
          "failures = excluded.failures, last_failure_ms = excluded.last_failure_ms")
      .Bind(r.scope, r.subject, r.failures, r.last_failure_ms)
      .Run();
}

void Delete(pg::Conn& conn, const std::string& scope, const std::string& subject) {
  conn.Cached("DELETE FROM login_failures WHERE scope = $1 AND subject = $2")
      .Bind(scope, subject)
      .Run();
}

int DeleteUpTo(pg::Conn& conn, TimeMs at) {
  return static_cast<int>(
      conn.Cached("DELETE FROM login_failures WHERE last_failure_ms <= $1").Bind(at).Run());
}

std::int64_t Count(pg::Conn& conn, const std::string& scope) {
  auto s = conn.Cached("SELECT COUNT(*) FROM login_failures WHERE scope = $1");
  s.Bind(scope);
  return s.Step() ? s.Int(0) : 0;
}

}  // namespace fieldledger::server::pg_login_failures
