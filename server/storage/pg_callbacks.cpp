#include "storage/pg_callbacks.h"

namespace fieldledger::server::pg_callbacks {
namespace {

std::optional<std::string> NullIfEmpty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

CallBackClaimRecord ReadClaim(const pg::Stmt& s) {
  return {s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Int(4), s.Int(5)};
}

constexpr const char* kClaimColumns =
    "job_id, company_id, agent_id, agent_name, claimed_ms, expires_ms";

}  // namespace

const char* const kCallBackColumns =
    "id, company_id, job_id, agent_id, at_ms, reached, score, problem_returned, nps, comment, "
    "wrong_number, complaint_category, complaint_comment, opened_ms, COALESCE(request_id, ''), "
    "repair_job_id, request_sha256";

CallBackRecord ReadCallBack(const pg::Stmt& s) {
  CallBackRecord c{s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Int(4), s.Int(5) != 0};
  if (auto v = s.OptInt(6)) c.score = static_cast<int>(*v);
  if (auto v = s.OptInt(7)) c.problem_returned = *v != 0;
  if (auto v = s.OptInt(8)) c.nps = static_cast<int>(*v);
  c.comment = s.Text(9);
  c.wrong_number = s.Int(10) != 0;
  c.complaint_category = s.Text(11);
  c.complaint_comment = s.Text(12);
  c.opened_ms = s.OptInt(13);
  c.request_id = s.Text(14);
  c.repair_job_id = s.Text(15);
  c.request_sha256 = s.Text(16);
  return c;
}

void Insert(pg::Conn& conn, const CallBackRecord& c) {
  conn.Cached(
          "INSERT INTO callbacks (id, company_id, job_id, agent_id, at_ms, reached, score, "
          "problem_returned, nps, comment, wrong_number, complaint_category, "
          "complaint_comment, opened_ms, request_id, repair_job_id, request_sha256) VALUES ($1, "
          "$2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)")
      .Bind(c.id, c.company_id, c.job_id, c.agent_id, c.at_ms, c.reached, c.score,
            c.problem_returned, c.nps, c.comment, c.wrong_number, c.complaint_category,
            c.complaint_comment, c.opened_ms, NullIfEmpty(c.request_id), c.repair_job_id,
            c.request_sha256)
      .Run();
}

std::optional<CallBackRecord> FindByRequest(pg::Conn& conn, const std::string& company_id,
                                            const std::string& request_id) {
  auto s = conn.Cached(std::string("SELECT ") + kCallBackColumns +
                       " FROM callbacks WHERE company_id = $1 AND request_id = $2");
  s.Bind(company_id, request_id);
  if (!s.Step()) return std::nullopt;
  return ReadCallBack(s);
}

std::vector<CallBackRecord> ListByAgent(pg::Conn& conn, const std::string& agent_id, TimeMs from,
                                        TimeMs to) {
  auto s = conn.Cached(std::string("SELECT ") + kCallBackColumns +
                       " FROM callbacks WHERE agent_id = $1 AND at_ms >= $2 AND at_ms < $3 "
                       "ORDER BY at_ms, id");
  s.Bind(agent_id, from, to);
  std::vector<CallBackRecord> out;
  while (s.Step()) out.push_back(ReadCallBack(s));
  return out;
}

std::optional<CallBackClaimRecord> FindClaim(pg::Conn& conn, const std::string& job_id) {
  auto s = conn.Cached(std::string("SELECT ") + kClaimColumns +
                       " FROM callback_claims WHERE job_id = $1");
  s.Bind(job_id);
  if (!s.Step()) return std::nullopt;
  return ReadClaim(s);
}

std::vector<CallBackClaimRecord> ListLiveClaims(pg::Conn& conn, const std::string& company_id,
                                                TimeMs now) {
  auto s = conn.Cached(std::string("SELECT ") + kClaimColumns +
                       " FROM callback_claims WHERE company_id = $1 AND expires_ms > $2");
  s.Bind(company_id, now);
  std::vector<CallBackClaimRecord> out;
  while (s.Step()) out.push_back(ReadClaim(s));
  return out;
}

void UpsertClaim(pg::Conn& conn, const CallBackClaimRecord& c) {
  conn.Cached(
          "INSERT INTO callback_claims (job_id, company_id, agent_id, agent_name, claimed_ms, "
          "expires_ms) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (job_id) DO UPDATE SET "
          "company_id = excluded.company_id, agent_id = excluded.agent_id, "
          "agent_name = excluded.agent_name, claimed_ms = excluded.claimed_ms, "
          "expires_ms = excluded.expires_ms")
      .Bind(c.job_id, c.company_id, c.agent_id, c.agent_name, c.claimed_ms, c.expires_ms)
      .Run();
}

void DeleteClaim(pg::Conn& conn, const std::string& job_id) {
  conn.Cached("DELETE FROM callback_claims WHERE job_id = $1").Bind(job_id).Run();
}

void AppendAudit(pg::Conn& conn, const CallBackAuditEntry& e) {
  conn.Cached(
          "INSERT INTO callback_audit (company_id, job_id, callback_id, actor_id, actor_name, "
          "at_ms, action, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
      .Bind(e.company_id, e.job_id, e.callback_id, e.actor_id, e.actor_name, e.at_ms, e.action,
            e.detail)
      .Run();
}

std::vector<CallBackAuditEntry> ListAudit(pg::Conn& conn, const std::string& job_id) {
  auto s = conn.Cached(
      "SELECT company_id, job_id, callback_id, actor_id, actor_name, at_ms, action, "
      "detail FROM callback_audit WHERE job_id = $1 ORDER BY seq");
  s.Bind(job_id);
  std::vector<CallBackAuditEntry> out;
  while (s.Step()) {
    out.push_back(
        {s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Int(5), s.Text(6), s.Text(7)});
  }
  return out;
}

std::vector<EventRecord> ListAppliedEventsOfJob(pg::Conn& conn, const std::string& job_id) {
  auto s = conn.Cached(
      "SELECT id, device_id, sequence, user_id, job_id, kind, trusted_ms, verified, "
      "payload FROM events WHERE job_id = $1 AND status = 'applied' "
      "ORDER BY trusted_ms, sequence");
  s.Bind(job_id);
  std::vector<EventRecord> out;
  while (s.Step()) {
    EventRecord e;
    e.id = s.Text(0);
    e.device_id = s.Text(1);
    e.sequence = s.Int(2);
    e.user_id = s.Text(3);
    e.job_id = s.Text(4);
    e.kind = s.Text(5);
    e.trusted_ms = s.Int(6);
    e.verified = s.Int(7) != 0;
    e.payload = s.BlobBytes(8);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace fieldledger::server::pg_callbacks
