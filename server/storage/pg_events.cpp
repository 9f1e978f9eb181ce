#include "storage/pg_events.h"

namespace fieldledger::server::pg_events {

std::vector<EventRecord> FindDeviceEventsAt(pg::Conn& conn, const std::string& device_id,
                                            std::int64_t sequence) {
  auto s = conn.Cached(
      "SELECT id, device_id, sequence, user_id, job_id, kind, status, reject_reason, "
      "trusted_ms, verified, sha256, previous_sha256 FROM events "
      "WHERE device_id = $1 AND sequence = $2 ORDER BY received_ms, id");
  s.Bind(device_id, sequence);
  std::vector<EventRecord> out;
  while (s.Step()) {
    EventRecord e;
    e.id = s.Text(0);
    e.device_id = s.Text(1);
    e.sequence = s.Int(2);
    e.user_id = s.Text(3);
    e.job_id = s.Text(4);
    e.kind = s.Text(5);
    e.status = s.Text(6) == "rejected" ? EventStatus::kRejected : EventStatus::kApplied;
    e.reject_reason = s.Text(7);
    e.trusted_ms = s.Int(8);
    e.verified = s.Int(9) != 0;
    e.sha256 = s.Text(10);
    e.previous_sha256 = s.Text(11);
    out.push_back(std::move(e));
  }
  return out;
}

bool DeviceSentHash(pg::Conn& conn, const std::string& device_id, const std::string& sha256) {
  if (sha256.empty()) return false;
  auto s = conn.Cached("SELECT 1 FROM events WHERE device_id = $1 AND sha256 = $2 LIMIT 1");
  s.Bind(device_id, sha256);
  return s.Step();
}

std::pair<std::int64_t, std::int64_t> NeighbourSequences(pg::Conn& conn,
                                                         const std::string& device_id,
                                                         std::int64_t sequence) {
  std::pair<std::int64_t, std::int64_t> out{0, 0};
  {
    auto s = conn.Cached(
        "SELECT COALESCE(MAX(sequence), 0) FROM events WHERE device_id = $1 AND sequence < $2");
    s.Bind(device_id, sequence);
    if (s.Step()) out.first = s.Int(0);
  }
  {
    auto s = conn.Cached(
        "SELECT COALESCE(MIN(sequence), 0) FROM events WHERE device_id = $1 AND sequence > $2");
    s.Bind(device_id, sequence);
    if (s.Step()) out.second = s.Int(0);
  }
  return out;
}

void InsertEventRejection(pg::Conn& conn, const EventRejectionRecord& r) {
  conn.Cached(
          "INSERT INTO event_rejections (event_id, device_id, sequence, user_id, "
          "received_ms, reason, payload_sha256, payload) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
          "ON CONFLICT DO NOTHING")
      .Bind(r.event_id, r.device_id, r.sequence, r.user_id, r.received_ms, r.reason,
            r.payload_sha256, pg::Bytes{r.payload})
      .Run();
}

std::vector<EventRejectionRecord> ListEventRejections(pg::Conn& conn,
                                                      const std::string& device_id) {
  auto s = conn.Cached(
      "SELECT event_id, device_id, sequence, user_id, received_ms, reason, payload_sha256, "
      "payload FROM event_rejections WHERE device_id = $1 ORDER BY seq");
  s.Bind(device_id);
  std::vector<EventRejectionRecord> out;
  while (s.Step()) {
    out.push_back({s.Text(0), s.Text(1), s.Int(2), s.Text(3), s.Int(4), s.Text(5), s.Text(6),
                   s.BlobBytes(7)});
  }
  return out;
}

std::int64_t LastJobChangeSeq(pg::Conn& conn) {
  auto s = conn.Cached("SELECT COALESCE(MAX(seq), 0) FROM job_changes");
  return s.Step() ? s.Int(0) : 0;
}

}  // namespace fieldledger::server::pg_events
