#include "storage/pg_shifts.h"

namespace fieldledger::server::pg_shifts {
namespace {

constexpr const char* kColumns =
    "id, company_id, technician_id, start_ms, check_in_ms, approved_leave, end_ms, leave_reason";

ShiftRecord Read(const pg::Stmt& s) {
  ShiftRecord r{s.Text(0), s.Text(1), s.Text(2), s.Int(3), s.OptInt(4), s.Int(5) != 0};
  r.end_ms = s.OptInt(6);
  r.leave_reason = s.Text(7);
  return r;
}

// Copies the shift's scoring facts as they are now into shift_versions (after an insert or
// update, before a delete), stamped with the write's server instant.
void AppendVersion(pg::Conn& conn, const std::string& id, TimeMs at, bool deleted) {
  conn.Cached(
          "INSERT INTO shift_versions (recorded_ms, shift_id, company_id, technician_id, "
          "start_ms, check_in_ms, approved_leave, deleted) SELECT $1::BIGINT, id, company_id, "
          "technician_id, start_ms, check_in_ms, approved_leave, $2::INTEGER FROM shifts WHERE id "
          "= $3")
      .Bind(at, deleted, id)
      .Run();
}

}  // namespace

void Insert(pg::Conn& conn, const ShiftRecord& r) {
  conn.Cached(
          "INSERT INTO shifts (id, company_id, technician_id, start_ms, check_in_ms, "
          "approved_leave, end_ms, leave_reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
      .Bind(r.id, r.company_id, r.technician_id, r.start_ms, r.check_in_ms, r.approved_leave,
            r.end_ms, r.leave_reason)
      .Run();
  AppendVersion(conn, r.id, r.recorded_ms, false);
}

std::vector<ShiftRecord> List(pg::Conn& conn, const std::string& company_id) {
  auto s = conn.Cached(std::string("SELECT ") + kColumns +
                       " FROM shifts WHERE company_id = $1 ORDER BY start_ms, id");
  s.Bind(company_id);
  std::vector<ShiftRecord> out;
  while (s.Step()) out.push_back(Read(s));
  return out;
}

std::optional<ShiftRecord> Find(pg::Conn& conn, const std::string& id) {
  auto s = conn.Cached(std::string("SELECT ") + kColumns + " FROM shifts WHERE id = $1");
  s.Bind(id);
  if (!s.Step()) return std::nullopt;
  return Read(s);
}

void Update(pg::Conn& conn, const ShiftRecord& r) {
  conn.Cached(
          "UPDATE shifts SET technician_id = $1, start_ms = $2, check_in_ms = $3, approved_leave = "
          "$4, "
          "end_ms = $5, leave_reason = $6 WHERE id = $7")
      .Bind(r.technician_id, r.start_ms, r.check_in_ms, r.approved_leave, r.end_ms, r.leave_reason,
            r.id)
      .Run();
  AppendVersion(conn, r.id, r.recorded_ms, false);
}

void Delete(pg::Conn& conn, const std::string& id, TimeMs at) {
  AppendVersion(conn, id, at, true);
  conn.Cached("DELETE FROM shifts WHERE id = $1").Bind(id).Run();
}

std::vector<ShiftVersion> ListVersions(pg::Conn& conn, const std::string& company_id,
                                       TimeMs up_to) {
  auto s = conn.Cached(
      "SELECT seq, recorded_ms, deleted, shift_id, company_id, technician_id, start_ms, "
      "check_in_ms, approved_leave FROM shift_versions WHERE company_id = $1 AND recorded_ms "
      "<= $2 ORDER BY recorded_ms, seq");
  s.Bind(company_id, up_to);
  std::vector<ShiftVersion> out;
  while (s.Step()) {
    ShiftVersion v{s.Int(0),
                   s.Int(1),
                   s.Int(2) != 0,
                   {s.Text(3), s.Text(4), s.Text(5), s.Int(6), s.OptInt(7), s.Int(8) != 0}};
    v.shift.recorded_ms = v.recorded_ms;
    out.push_back(std::move(v));
  }
  return out;
}

void InsertAudit(pg::Conn& conn, const ShiftAuditRecord& a) {
  conn.Cached(
          "INSERT INTO shift_audit (company_id, shift_id, actor_id, at_ms, action, reason, "
          "detail) VALUES ($1, $2, $3, $4, $5, $6, $7)")
      .Bind(a.company_id, a.shift_id, a.actor_id, a.at_ms, a.action, a.reason, a.detail)
      .Run();
}

std::vector<ShiftAuditRecord> ListAudit(pg::Conn& conn, const std::string& shift_id) {
  auto s = conn.Cached(
      "SELECT seq, company_id, shift_id, actor_id, at_ms, action, reason, detail FROM "
      "shift_audit WHERE shift_id = $1 ORDER BY seq");
  s.Bind(shift_id);
  std::vector<ShiftAuditRecord> out;
  while (s.Step()) {
    out.push_back(
        {s.Int(0), s.Text(1), s.Text(2), s.Text(3), s.Int(4), s.Text(5), s.Text(6), s.Text(7)});
  }
  return out;
}

}  // namespace fieldledger::server::pg_shifts
