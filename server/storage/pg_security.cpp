#include "storage/pg_security.h"

namespace fieldledger::server::pg_security {
namespace {

constexpr const char* kFamilyColumns =
    "id, user_id, company_id, device_name, address, created_ms, last_used_ms, refresh_sha256, "
    "refresh_expires_ms, ended_ms, end_reason";

SessionFamilyRecord ReadFamily(const pg::Stmt& s) {
  SessionFamilyRecord f{s.Text(0), s.Text(1), s.Text(2), s.Text(3),   s.Text(4), s.Int(5),
                        s.Int(6),  s.Text(7), s.Int(8),  s.OptInt(9), s.Text(10)};
  return f;
}

std::optional<SessionFamilyRecord> FindFamilyWhere(pg::Conn& conn, const char* column,
                                                   const std::string& value) {
  auto s = conn.Cached(std::string("SELECT ") + kFamilyColumns + " FROM session_families WHERE " +
                       column + " = $1");
  s.Bind(value);
  if (!s.Step()) return std::nullopt;
  return ReadFamily(s);
}

}  // namespace

void InsertEvent(pg::Conn& conn, const SecurityEventRecord& e) {
  conn.Cached(
          "INSERT INTO security_events (at_ms, company_id, user_id, action, address, device, "
          "detail) VALUES ($1, $2, $3, $4, $5, $6, $7)")
      .Bind(e.at_ms, e.company_id, e.user_id, e.action, e.address, e.device, e.detail)
      .Run();
}

std::vector<SecurityEventRecord> ListEvents(pg::Conn& conn, const std::string& company_id,
                                            int limit) {
  auto s = conn.Cached(
      "SELECT seq, at_ms, company_id, user_id, action, address, device, detail "
      "FROM security_events WHERE company_id = $1 ORDER BY seq DESC LIMIT $2");
  s.Bind(company_id, static_cast<std::int64_t>(limit));
  std::vector<SecurityEventRecord> out;
  while (s.Step()) {
    out.push_back(
        {s.Int(0), s.Int(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5), s.Text(6), s.Text(7)});
  }
  return out;
}

void InsertFamily(pg::Conn& conn, const SessionFamilyRecord& f) {
  conn.Cached(std::string("INSERT INTO session_families (") + kFamilyColumns +
              ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
      .Bind(f.id, f.user_id, f.company_id, f.device_name, f.address, f.created_ms, f.last_used_ms,
            f.refresh_sha256, f.refresh_expires_ms, f.ended_ms, f.end_reason)
      .Run();
}

std::optional<SessionFamilyRecord> FindFamily(pg::Conn& conn, const std::string& id) {
  return FindFamilyWhere(conn, "id", id);
}

std::optional<SessionFamilyRecord> FindFamilyByRefresh(pg::Conn& conn,
                                                       const std::string& refresh_sha256) {
  return FindFamilyWhere(conn, "refresh_sha256", refresh_sha256);
}

std::optional<std::string> FindFamilyOfRetired(pg::Conn& conn, const std::string& refresh_sha256) {
  auto s = conn.Cached("SELECT family_id FROM retired_refresh_tokens WHERE token_sha256 = $1");
  s.Bind(refresh_sha256);
  if (!s.Step()) return std::nullopt;
  return s.Text(0);
}

void RotateRefresh(pg::Conn& conn, const std::string& family_id, const std::string& new_sha256,
                   TimeMs new_expires_ms, TimeMs now) {
  conn.Cached(
          "INSERT INTO retired_refresh_tokens (token_sha256, family_id) "
          "SELECT refresh_sha256, id FROM session_families WHERE id = $1 "
          "ON CONFLICT DO NOTHING")
      .Bind(family_id)
      .Run();
  conn.Cached(
          "UPDATE session_families SET refresh_sha256 = $1, refresh_expires_ms = $2, "
          "last_used_ms = $3 WHERE id = $4")
      .Bind(new_sha256, new_expires_ms, now, family_id)
      .Run();
  conn.Cached("DELETE FROM sessions WHERE family_id = $1").Bind(family_id).Run();
}

void EndFamily(pg::Conn& conn, const std::string& family_id, TimeMs now,
               const std::string& reason) {
  conn.Cached(
          "UPDATE session_families SET ended_ms = $1, end_reason = $2 "
          "WHERE id = $3 AND ended_ms IS NULL")
      .Bind(now, reason, family_id)
      .Run();
  conn.Cached("DELETE FROM sessions WHERE family_id = $1").Bind(family_id).Run();
}

std::vector<SessionFamilyRecord> ListLiveFamilies(pg::Conn& conn, const std::string& company_id,
                                                  const std::string& user_id) {
  auto s = conn.Cached(std::string("SELECT ") + kFamilyColumns +
                       " FROM session_families WHERE company_id = $1 AND ended_ms IS NULL "
                       "AND ($2::text = '' OR user_id = $3) ORDER BY created_ms, id");
  s.Bind(company_id, user_id, user_id);
  std::vector<SessionFamilyRecord> out;
  while (s.Step()) out.push_back(ReadFamily(s));
  return out;
}

void DeleteSessionsOfUser(pg::Conn& conn, const std::string& user_id) {
  conn.Cached("DELETE FROM sessions WHERE user_id = $1").Bind(user_id).Run();
}

void SetUserDisabled(pg::Conn& conn, const std::string& user_id, bool disabled) {
  conn.Cached("UPDATE users SET disabled = $1 WHERE id = $2").Bind(disabled, user_id).Run();
}

std::vector<AuditRecord> ListCompanyAudit(pg::Conn& conn, const std::string& company_id,
                                          const std::string& job_id, int limit) {
  auto s = conn.Cached(
      "SELECT seq, company_id, job_id, actor_id, actor_name, at_ms, action, reason, detail, "
      "address, device FROM audit_log WHERE company_id = $1 AND ($2::text = '' OR job_id = $3) "
      "ORDER BY seq DESC LIMIT $4");
  s.Bind(company_id, job_id, job_id, static_cast<std::int64_t>(limit));
  std::vector<AuditRecord> out;
  while (s.Step()) {
    out.push_back({s.Int(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Int(5), s.Text(6),
                   s.Text(7), s.Text(8), s.Text(9), s.Text(10)});
  }
  return out;
}

}  // namespace fieldledger::server::pg_security
