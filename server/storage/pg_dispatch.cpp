#include "storage/pg_dispatch.h"

namespace fieldledger::server::pg_dispatch {
// Lists of jobs are read with one cached statement, the ids bound as one text[] (= ANY),
// in the order the SQLite store returns them.

void InsertAudit(pg::Conn& conn, const AuditRecord& a) {
  conn.Cached(
          "INSERT INTO audit_log (company_id, job_id, actor_id, actor_name, at_ms, action, "
          "reason, detail, address, device) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
      .Bind(a.company_id, a.job_id, a.actor_id, a.actor_name, a.at_ms, a.action, a.reason, a.detail,
            a.address, a.device)
      .Run();
}

std::vector<AuditRecord> ListAudit(pg::Conn& conn, const std::vector<std::string>& job_ids) {
  std::vector<AuditRecord> out;
  if (job_ids.empty()) return out;
  auto s = conn.Cached(
      "SELECT seq, company_id, job_id, actor_id, actor_name, at_ms, action, reason, "
      "detail, address, device FROM audit_log WHERE job_id = ANY($1) ORDER BY at_ms, seq");
  s.Bind(pg::TextArray{job_ids});
  while (s.Step()) {
    out.push_back({s.Int(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Int(5), s.Text(6),
                   s.Text(7), s.Text(8), s.Text(9), s.Text(10)});
  }
  return out;
}

std::vector<EventRecord> ListEventsOfJobs(pg::Conn& conn, const std::vector<std::string>& job_ids) {
  std::vector<EventRecord> out;
  if (job_ids.empty()) return out;
  auto s = conn.Cached(
      "SELECT id, device_id, sequence, user_id, job_id, kind, device_wall_ms, "
      "device_monotonic_ms, boot_id, trusted_ms, verified, latitude, longitude, "
      "accuracy_m, mock_location, received_ms, status, reject_reason, payload FROM events "
      "WHERE job_id = ANY($1) ORDER BY trusted_ms, device_id, sequence, id");
  s.Bind(pg::TextArray{job_ids});
  {
    while (s.Step()) {
      EventRecord e;
      e.id = s.Text(0);
      e.device_id = s.Text(1);
      e.sequence = s.Int(2);
      e.user_id = s.Text(3);
      e.job_id = s.Text(4);
      e.kind = s.Text(5);
      e.device_wall_ms = s.Int(6);
      e.device_monotonic_ms = s.Int(7);
      e.boot_id = s.Text(8);
      e.trusted_ms = s.Int(9);
      e.verified = s.Int(10) != 0;
      if (!s.IsNull(11)) e.latitude = s.Real(11);
      if (!s.IsNull(12)) e.longitude = s.Real(12);
      e.accuracy_m = s.Real(13);
      e.mock_location = s.Int(14) != 0;
      e.received_ms = s.Int(15);
      e.status = s.Text(16) == "rejected" ? EventStatus::kRejected : EventStatus::kApplied;
      e.reject_reason = s.Text(17);
      e.payload = s.BlobBytes(18);
      out.push_back(std::move(e));
    }
  }
  return out;
}

std::vector<DeviceRecord> ListDevicesOfCompany(pg::Conn& conn, const std::string& company_id) {
  auto s = conn.Cached(
      "SELECT d.id, d.user_id, d.last_sequence, d.last_seen_ms FROM devices d JOIN users u "
      "ON u.id = d.user_id WHERE u.company_id = $1 ORDER BY d.id");
  s.Bind(company_id);
  std::vector<DeviceRecord> out;
  while (s.Step()) out.push_back({s.Text(0), s.Text(1), s.Int(2), s.Int(3)});
  return out;
}

}  // namespace fieldledger::server::pg_dispatch
