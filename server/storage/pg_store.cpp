#include "storage/pg_store.h"
#include "storage/store_unavailable.h"

#include "storage/board_changes.h"
#include "storage/pg_assessments.h"
#include "storage/pg_blobs.h"
#include "storage/pg_callbacks.h"
#include "storage/pg_dispatch.h"
#include "storage/pg_events.h"
#include "storage/pg_history.h"
#include "storage/pg_login_failures.h"
#include "storage/pg_migrations.h"
#include "storage/pg_security.h"
#include "storage/pg_shift_marks.h"
#include "storage/pg_shifts.h"

#include <stdexcept>

#include "fieldledger/core/sha256.h"

namespace fieldledger::server {
namespace {

constexpr const char* kJobColumns =
    "id, company_id, reference, job_type, status, customer_name, customer_phone, address, "
    "latitude, longitude, window_start_ms, window_end_ms, technician_id, product, "
    "serial_number, description, created_ms, updated_ms, arrived_ms, arrival_verified, "
    "arrival_technician_id, arrival_event_id, completed_ms, flagged, flag_reason, "
    "product_category, purchase_date, activation_date, first_visit_resolved, fee_fen, "
    "fee_device_fen, fee_policy, fee_check, assigned_ms, arrival_place, arrival_distance_m, "
    "arrival_check, signature_sha256";

JobRecord ReadJob(const pg::Stmt& s) {
  JobRecord j;
  j.id = s.Text(0);
  j.company_id = s.Text(1);
  j.reference = s.Text(2);
  j.type = ParseJobType(s.Text(3)).value_or(JobType::kRepair);
  j.status = ParseJobStatus(s.Text(4)).value_or(JobStatus::kScheduled);
  j.customer_name = s.Text(5);
  j.customer_phone = s.Text(6);
  j.address = s.Text(7);
  j.latitude = s.Real(8);
  j.longitude = s.Real(9);
  j.window = {s.Int(10), s.Int(11)};
  j.technician_id = s.Text(12);
  j.product = s.Text(13);
  j.serial_number = s.Text(14);
  j.description = s.Text(15);
  j.created_ms = s.Int(16);
  j.updated_ms = s.Int(17);
  j.arrived_ms = s.OptInt(18);
  j.arrival_verified = s.Int(19) != 0;
  j.arrival_technician_id = s.Text(20);
  j.arrival_event_id = s.Text(21);
  j.completed_ms = s.OptInt(22);
  j.flagged = s.Int(23) != 0;
  j.flag_reason = s.Text(24);
  j.product_category = s.Text(25);
  j.purchase_date = s.Text(26);
  j.activation_date = s.Text(27);
  if (auto v = s.OptInt(28)) j.first_visit_resolved = *v != 0;
  j.fee_fen = s.OptInt(29);
  j.fee_device_fen = s.OptInt(30);
  j.fee_policy = s.Text(31);
  j.fee_check = s.Text(32);
  j.assigned_ms = s.OptInt(33);
  j.arrival_place = s.Text(34);
  if (!s.IsNull(35)) j.arrival_distance_m = s.Real(35);
  j.arrival_check = s.Text(36);
  j.signature_sha256 = s.Text(37);
  return j;
}

using pg_callbacks::kCallBackColumns;
using pg_callbacks::ReadCallBack;

UserRecord ReadUser(const pg::Stmt& s) {
  UserRecord u;
  u.id = s.Text(0);
  u.company_id = s.Text(1);
  u.username = s.Text(2);
  u.display_name = s.Text(3);
  u.role = ParseRole(s.Text(4)).value_or(Role::kTechnician);
  u.team_id = s.Text(5);
  u.password_hash = s.Text(6);
  u.disabled = s.Int(7) != 0;
  u.created_ms = s.Int(8);
  return u;
}

constexpr const char* kUserColumns =
    "id, company_id, username, display_name, role, COALESCE(team_id, ''), password_hash, "
    "disabled, created_ms";

constexpr const char* kSelectEvents =
    "SELECT id, device_id, sequence, user_id, job_id, kind, status, reject_reason, trusted_ms, "
    "verified, sha256 FROM events";

EventRecord ReadEvent(const pg::Stmt& s) {
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
  return e;
}

constexpr const char* kSelectExcusals =
    "SELECT job_id, reason, excused_by, excused_ms, revoked_by, revoked_ms FROM excusals";

ExcusalRecord ReadExcusal(const pg::Stmt& s) {
  return ExcusalRecord{s.Text(0), s.Text(1), s.Text(2), s.Int(3), s.Text(4), s.OptInt(5)};
}

// A batch's keys as one text[] parameter (= ANY), so one cached statement serves every
// batch size.
constexpr const char* kWhereIdIn = " WHERE id = ANY($1)";

std::optional<std::string> NullIfEmpty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

}  // namespace

class PgStore::Tx final : public StoreTx {
 public:
  // Made only on a leased connection inside its transaction (PgStore::Write / Read).
  explicit Tx(pg::Conn& conn) : conn_(conn) {}

  void InsertCompany(const CompanyRecord& c) override {
    conn_.Cached("INSERT INTO companies (id, name, time_zone, created_ms) VALUES ($1, $2, $3, $4)")
        .Bind(c.id, c.name, c.time_zone, c.created_ms)
        .Run();
  }
  std::optional<CompanyRecord> FindCompany(const std::string& id) override {
    auto s = conn_.Cached("SELECT id, name, time_zone, created_ms FROM companies WHERE id = $1");
    s.Bind(id);
    if (!s.Step()) return std::nullopt;
    return CompanyRecord{s.Text(0), s.Text(1), s.Text(2), s.Int(3)};
  }
  std::vector<CompanyRecord> ListCompanies() override {
    auto s = conn_.Cached("SELECT id, name, time_zone, created_ms FROM companies ORDER BY id");
    std::vector<CompanyRecord> out;
    while (s.Step()) out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Int(3)});
    return out;
  }

  void InsertTeam(const TeamRecord& t) override {
    conn_.Cached("INSERT INTO teams (id, company_id, name) VALUES ($1, $2, $3)")
        .Bind(t.id, t.company_id, t.name)
        .Run();
  }
  std::optional<TeamRecord> FindTeam(const std::string& id) override {
    auto s = conn_.Cached("SELECT id, company_id, name FROM teams WHERE id = $1");
    s.Bind(id);
    if (!s.Step()) return std::nullopt;
    return TeamRecord{s.Text(0), s.Text(1), s.Text(2)};
  }

  void InsertUser(const UserRecord& u) override {
    conn_
        .Cached(
            "INSERT INTO users (id, company_id, username, display_name, role, team_id, "
            "password_hash, disabled, created_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
        .Bind(u.id, u.company_id, u.username, u.display_name, RoleName(u.role),
              NullIfEmpty(u.team_id), u.password_hash, u.disabled, u.created_ms)
        .Run();
    pg_history::AppendTeamMembership(conn_, u.company_id, {u.id, u.team_id, u.created_ms});
  }
  void UpdateUserPassword(const std::string& user_id, const std::string& hash) override {
    conn_.Cached("UPDATE users SET password_hash = $1 WHERE id = $2").Bind(hash, user_id).Run();
  }
  std::optional<UserRecord> FindUser(const std::string& id) override {
    static const std::string kSql =
        std::string("SELECT ") + kUserColumns + " FROM users WHERE id = $1";
    auto s = conn_.Cached(kSql);
    s.Bind(id);
    if (!s.Step()) return std::nullopt;
    return ReadUser(s);
  }
  std::optional<UserRecord> FindUserByUsername(const std::string& username) override {
    static const std::string kSql =
        std::string("SELECT ") + kUserColumns + " FROM users WHERE username = $1";
    auto s = conn_.Cached(kSql);
    s.Bind(username);
    if (!s.Step()) return std::nullopt;
    return ReadUser(s);
  }
  std::vector<UserRecord> ListUsers(const std::string& company_id) override {
    static const std::string kSql = std::string("SELECT ") + kUserColumns +
                                    " FROM users WHERE company_id = $1 ORDER BY username";
    auto s = conn_.Cached(kSql);
    s.Bind(company_id);
    std::vector<UserRecord> out;
    while (s.Step()) out.push_back(ReadUser(s));
    return out;
  }

  void InsertSession(const SessionRecord& r) override {
    conn_
        .Cached(
            "INSERT INTO sessions (token_sha256, user_id, created_ms, expires_ms, device_name, "
            "family_id) VALUES ($1, $2, $3, $4, $5, $6)")
        .Bind(r.token_sha256, r.user_id, r.created_ms, r.expires_ms, r.device_name, r.family_id)
        .Run();
  }
  std::optional<SessionRecord> FindSession(const std::string& token_sha256) override {
    auto s = conn_.Cached(
        "SELECT token_sha256, user_id, created_ms, expires_ms, device_name, family_id "
        "FROM sessions WHERE token_sha256 = $1");
    s.Bind(token_sha256);
    if (!s.Step()) return std::nullopt;
    return SessionRecord{s.Text(0), s.Text(1), s.Int(2), s.Int(3), s.Text(4), s.Text(5)};
  }
  void DeleteSession(const std::string& token_sha256) override {
    conn_.Cached("DELETE FROM sessions WHERE token_sha256 = $1").Bind(token_sha256).Run();
  }

  void InsertJob(const JobRecord& j) override {
    static const std::string kSql =
        std::string("INSERT INTO jobs (") + kJobColumns +
        ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, "
        "$18, $19, $20, $21, "
        "$22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38)";
    conn_.Cached(kSql)
        .Bind(j.id, j.company_id, j.reference, JobTypeName(j.type), JobStatusName(j.status),
              j.customer_name, j.customer_phone, j.address, j.latitude, j.longitude, j.window.start,
              j.window.end, j.technician_id, j.product, j.serial_number, j.description,
              j.created_ms, j.updated_ms, j.arrived_ms, j.arrival_verified, j.arrival_technician_id,
              j.arrival_event_id, j.completed_ms, j.flagged, j.flag_reason, j.product_category,
              j.purchase_date, j.activation_date, j.first_visit_resolved, j.fee_fen,
              j.fee_device_fen, j.fee_policy, j.fee_check, j.assigned_ms, j.arrival_place,
              j.arrival_distance_m, j.arrival_check, j.signature_sha256)
        .Run();
    pg_history::AppendJobVersion(conn_, j.id);
  }
  void UpdateJob(const JobRecord& j) override {
    static constexpr const char* kSql =
        "UPDATE jobs SET reference = $1, job_type = $2, status = $3, customer_name = $4, "
        "customer_phone = $5, address = $6, latitude = $7, longitude = $8, "
        "window_start_ms = $9, window_end_ms = $10, technician_id = $11, product = $12, "
        "serial_number = $13, description = $14, updated_ms = $15, arrived_ms = $16, "
        "arrival_verified = $17, arrival_technician_id = $18, arrival_event_id = $19, "
        "completed_ms = $20, flagged = $21, flag_reason = $22, product_category = $23, "
        "purchase_date = $24, activation_date = $25, first_visit_resolved = $26, fee_fen = $27, "
        "fee_device_fen = $28, fee_policy = $29, fee_check = $30, assigned_ms = $31, "
        "arrival_place = $32, arrival_distance_m = $33, arrival_check = $34, signature_sha256 = "
        "$35 "
        "WHERE id = $36";
    // An update that changes no indexed column and fits in its page writes no index entry
    // in PostgreSQL (a HOT update), so the SQLite store's unindexed variant is not needed.
    const auto changed =
        conn_.Cached(kSql)
            .Bind(j.reference, JobTypeName(j.type), JobStatusName(j.status), j.customer_name,
                  j.customer_phone, j.address, j.latitude, j.longitude, j.window.start,
                  j.window.end, j.technician_id, j.product, j.serial_number, j.description,
                  j.updated_ms, j.arrived_ms, j.arrival_verified, j.arrival_technician_id,
                  j.arrival_event_id, j.completed_ms, j.flagged, j.flag_reason, j.product_category,
                  j.purchase_date, j.activation_date, j.first_visit_resolved, j.fee_fen,
                  j.fee_device_fen, j.fee_policy, j.fee_check, j.assigned_ms, j.arrival_place,
                  j.arrival_distance_m, j.arrival_check, j.signature_sha256, j.id)
            .Run();
    if (changed != 1) throw std::runtime_error("job " + j.id + " does not exist");
    pg_history::AppendJobVersion(conn_, j.id);
  }
  std::vector<JobRecord> FindJobs(const std::vector<std::string>& ids) override {
    std::vector<JobRecord> out;
    if (ids.empty()) return out;
    static const std::string kSql =
        std::string("SELECT ") + kJobColumns + " FROM jobs" + kWhereIdIn;
    auto s = conn_.Cached(kSql);
    s.Bind(pg::TextArray{ids});
    while (s.Step()) out.push_back(ReadJob(s));
    return out;
  }
  std::optional<std::string> FindJobIdBySignature(const std::string& company_id,
                                                  const std::string& signature_sha256) override {
    auto s = conn_.Cached(
        "SELECT id FROM jobs WHERE company_id = $1 AND signature_sha256 = $2 "
        "AND signature_sha256 != '' LIMIT 1");
    s.Bind(company_id, signature_sha256);
    if (!s.Step()) return std::nullopt;
    return s.Text(0);
  }
  std::optional<JobRecord> FindJob(const std::string& id) override {
    static const std::string kSql =
        std::string("SELECT ") + kJobColumns + " FROM jobs WHERE id = $1";
    auto s = conn_.Cached(kSql);
    s.Bind(id);
    if (!s.Step()) return std::nullopt;
    return ReadJob(s);
  }
  std::vector<JobRecord> ListJobs(const JobQuery& q) override {
    // One statement with optional filters: a NULL parameter disables its condition.
    static const std::string kSql =
        std::string("SELECT ") + kJobColumns +
        " FROM jobs WHERE company_id = $1"
        " AND ($2::text IS NULL OR technician_id = $2)"
        " AND ($3::bigint IS NULL OR window_end_ms > $3)"
        " AND ($4::bigint IS NULL OR window_start_ms < $4)"
        " AND ($5::bigint IS NULL OR (window_start_ms, id) > ($5, $6::text))"
        " AND ($8::bigint IS NULL OR (window_start_ms >= $8 AND window_start_ms < $9::bigint))"
        " ORDER BY window_start_ms, id LIMIT $7";
    auto s = conn_.Cached(kSql);
    std::optional<std::int64_t> from, to, after_start;
    std::optional<std::string> after_id;
    if (q.overlapping) {
      from = q.overlapping->start;
      to = q.overlapping->end;
    }
    if (q.after) {
      after_start = q.after->first;
      after_id = q.after->second;
    }
    std::optional<std::int64_t> start_from, start_to;
    if (q.starting_within) {
      start_from = q.starting_within->start;
      start_to = q.starting_within->end;
    }
    s.Bind(q.company_id, NullIfEmpty(q.technician_id), from, to, after_start, after_id, q.limit,
           start_from, start_to);
    std::vector<JobRecord> out;
    while (s.Step()) out.push_back(ReadJob(s));
    return out;
  }
  std::optional<JobRequestRecord> FindJobRequest(const std::string& company_id,
                                                 const std::string& request_id) override {
    auto s = conn_.Cached(
        "SELECT job_id, body_sha256 FROM job_requests WHERE company_id = $1 AND request_id = $2");
    s.Bind(company_id, request_id);
    if (!s.Step()) return std::nullopt;
    return JobRequestRecord{company_id, request_id, s.Text(0), s.Text(1)};
  }
  void RememberJobRequest(const JobRequestRecord& r) override {
    conn_
        .Cached(
            "INSERT INTO job_requests (company_id, request_id, job_id, body_sha256) "
            "VALUES ($1, $2, $3, $4)")
        .Bind(r.company_id, r.request_id, r.job_id, r.body_sha256)
        .Run();
  }

  std::int64_t AppendJobChange(const std::string& job_id,
                               const std::string& technician_id) override {
    // Sequence numbers are handed out in commit order because PgStore::Write serialises
    // writers (see pg_store.h), so a pull cursor never skips a row committed later.
    auto s = conn_.Cached(
        "INSERT INTO job_changes (job_id, technician_id) VALUES ($1, $2) RETURNING seq");
    s.Bind(job_id, technician_id);
    if (!s.Step()) throw std::runtime_error("job_changes insert returned no seq");
    return s.Int(0);
  }
  std::vector<JobChange> ListJobChanges(const std::string& technician_id, std::int64_t after_seq,
                                        int limit) override {
    auto s = conn_.Cached(
        "SELECT seq, job_id, technician_id FROM job_changes WHERE technician_id = $1 "
        "AND seq > $2 ORDER BY seq LIMIT $3");
    s.Bind(technician_id, after_seq, limit);
    std::vector<JobChange> out;
    while (s.Step()) out.push_back({s.Int(0), s.Text(1), s.Text(2)});
    return out;
  }
  std::int64_t CountJobChanges(const std::string& technician_id, std::int64_t after_seq) override {
    auto s = conn_.Cached("SELECT COUNT(*) FROM job_changes WHERE technician_id = $1 AND seq > $2");
    s.Bind(technician_id, after_seq);
    return s.Step() ? s.Int(0) : 0;
  }

  void AppendBoardChanges(const std::string& company_id,
                          const std::vector<std::string>& job_ids) override {
    // Numbered in commit order, as job_changes (writes are serialised, pg_store.h), so a
    // follower's cursor never passes a row that commits later.
    auto s = conn_.Cached(
        "INSERT INTO board_changes (company_id, job_id) VALUES ($1, $2) RETURNING seq");
    std::int64_t last = 0;
    for (const auto& id : job_ids) {
      s.Bind(company_id, id);
      if (s.Step()) last = s.Int(0);
    }
    // Kept to about its last kBoardChangesKept rows (storage/board_changes.h).
    if (BoardChangesDuePrune(last, static_cast<std::int64_t>(job_ids.size()))) {
      conn_.Cached("DELETE FROM board_changes WHERE seq <= $1")
          .Bind(last - kBoardChangesKept)
          .Run();
    }
  }
  std::vector<BoardChangeRecord> ListBoardChanges(std::int64_t after_seq, int limit) override {
    auto s = conn_.Cached(
        "SELECT seq, company_id, job_id FROM board_changes WHERE seq > $1 ORDER BY seq LIMIT $2");
    s.Bind(after_seq, limit);
    std::vector<BoardChangeRecord> out;
    while (s.Step()) out.push_back({s.Int(0), s.Text(1), s.Text(2)});
    return out;
  }
  std::int64_t LastBoardChangeSeq() override {
    auto s = conn_.Cached("SELECT COALESCE(MAX(seq), 0) FROM board_changes");
    return s.Step() ? s.Int(0) : 0;
  }

  std::optional<DeviceRecord> FindDevice(const std::string& id) override {
    auto s = conn_.Cached(
        "SELECT id, user_id, last_sequence, last_seen_ms, last_event_sha256 FROM devices "
        "WHERE id = $1");
    s.Bind(id);
    if (!s.Step()) return std::nullopt;
    return DeviceRecord{s.Text(0), s.Text(1), s.Int(2), s.Int(3), s.Text(4)};
  }
  void UpsertDevice(const DeviceRecord& d) override {
    conn_
        .Cached(
            "INSERT INTO devices (id, user_id, last_sequence, last_seen_ms, last_event_sha256) "
            "VALUES ($1, $2, $3, $4, $5) "
            "ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, "
            "last_sequence = excluded.last_sequence, last_seen_ms = excluded.last_seen_ms, "
            "last_event_sha256 = excluded.last_event_sha256")
        .Bind(d.id, d.user_id, d.last_sequence, d.last_seen_ms, d.last_event_sha256)
        .Run();
  }

  std::optional<EventRecord> FindEvent(const std::string& id) override {
    // One event with its payload (the visit rules read an earlier work record's content);
    // the batch lookup below reads no payloads, it only asks which ids exist.
    auto s = conn_.Cached(
        "SELECT id, device_id, sequence, user_id, job_id, kind, status, reject_reason, "
        "trusted_ms, verified, payload FROM events WHERE id = $1");
    s.Bind(id);
    if (!s.Step()) return std::nullopt;
    EventRecord e = ReadEvent(s);
    e.payload = s.BlobBytes(10);
    return e;
  }
  std::vector<EventRecord> FindEvents(const std::vector<std::string>& ids) override {
    std::vector<EventRecord> out;
    if (ids.empty()) return out;
    static const std::string kSql = std::string(kSelectEvents) + kWhereIdIn;
    auto s = conn_.Cached(kSql);
    s.Bind(pg::TextArray{ids});
    while (s.Step()) {
      EventRecord e = ReadEvent(s);
      e.sha256 = s.Text(10);  // kSelectEvents' eleventh column
      out.push_back(std::move(e));
    }
    return out;
  }
  void InsertEvent(const EventRecord& e) override {
    conn_
        .Cached(
            "INSERT INTO events (id, device_id, sequence, user_id, job_id, kind, "
            "device_wall_ms, device_monotonic_ms, boot_id, trusted_ms, verified, latitude, "
            "longitude, accuracy_m, mock_location, received_ms, status, reject_reason, "
            "payload, sha256, previous_sha256) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
            "$11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)")
        .Bind(e.id, e.device_id, e.sequence, e.user_id, e.job_id, e.kind, e.device_wall_ms,
              e.device_monotonic_ms, e.boot_id, e.trusted_ms, e.verified, e.latitude, e.longitude,
              e.accuracy_m, e.mock_location, e.received_ms,
              e.status == EventStatus::kRejected ? "rejected" : "applied", e.reject_reason,
              pg::Bytes{e.payload}, e.sha256.empty() ? Sha256Hex(e.payload) : e.sha256,
              e.previous_sha256)
        .Run();
  }
  std::vector<EventRecord> FindDeviceEventsAt(const std::string& device_id,
                                              std::int64_t sequence) override {
    return pg_events::FindDeviceEventsAt(conn_, device_id, sequence);
  }
  bool DeviceSentHash(const std::string& device_id, const std::string& sha256) override {
    return pg_events::DeviceSentHash(conn_, device_id, sha256);
  }
  std::pair<std::int64_t, std::int64_t> NeighbourSequences(const std::string& device_id,
                                                           std::int64_t sequence) override {
    return pg_events::NeighbourSequences(conn_, device_id, sequence);
  }
  void InsertEventRejection(const EventRejectionRecord& r) override {
    pg_events::InsertEventRejection(conn_, r);
  }
  std::vector<EventRejectionRecord> ListEventRejections(const std::string& device_id) override {
    return pg_events::ListEventRejections(conn_, device_id);
  }
  std::int64_t LastJobChangeSeq() override { return pg_events::LastJobChangeSeq(conn_); }
  std::int64_t CountEvents(const std::string& device_id) override {
    auto s = conn_.Cached("SELECT COUNT(*) FROM events WHERE device_id = $1");
    s.Bind(device_id);
    return s.Step() ? s.Int(0) : 0;
  }

  void UpsertExcusal(const ExcusalRecord& e) override {
    conn_
        .Cached(
            "INSERT INTO excusals (job_id, reason, excused_by, excused_ms, revoked_by, "
            "revoked_ms) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (job_id) DO UPDATE SET "
            "reason = excluded.reason, excused_by = excluded.excused_by, "
            "excused_ms = excluded.excused_ms, revoked_by = excluded.revoked_by, "
            "revoked_ms = excluded.revoked_ms")
        .Bind(e.job_id, e.reason, e.excused_by, e.excused_ms, e.revoked_by, e.revoked_ms)
        .Run();
  }
  std::optional<ExcusalRecord> FindExcusal(const std::string& job_id) override {
    static const std::string kSql = std::string(kSelectExcusals) + " WHERE job_id = $1";
    auto s = conn_.Cached(kSql);
    s.Bind(job_id);
    if (!s.Step()) return std::nullopt;
    return ReadExcusal(s);
  }
  std::vector<ExcusalRecord> FindExcusals(const std::vector<std::string>& job_ids) override {
    std::vector<ExcusalRecord> out;
    if (job_ids.empty()) return out;
    static const std::string kSql = std::string(kSelectExcusals) + " WHERE job_id = ANY($1)";
    auto s = conn_.Cached(kSql);
    s.Bind(pg::TextArray{job_ids});
    while (s.Step()) out.push_back(ReadExcusal(s));
    return out;
  }

  std::optional<BlobRecord> FindBlob(const std::string& company_id,
                                     const std::string& sha256) override {
    return pg_blobs::Find(conn_, company_id, sha256);
  }
  void UpsertBlob(const BlobRecord& b) override { pg_blobs::Upsert(conn_, b); }
  void InsertBlobChunk(const std::string& company_id, const std::string& sha256,
                       std::int64_t offset, std::string_view bytes) override {
    pg_blobs::InsertChunk(conn_, company_id, sha256, offset, bytes);
  }
  std::string ReadBlobBytes(const std::string& company_id, const std::string& sha256) override {
    return pg_blobs::ReadBytes(conn_, company_id, sha256);
  }
  void DeleteBlobChunks(const std::string& company_id, const std::string& sha256) override {
    pg_blobs::DeleteChunks(conn_, company_id, sha256);
  }
  PendingUploadTotals SumPendingUploads(const std::string& company_id,
                                        const std::string& uploader_id) override {
    return pg_blobs::SumPending(conn_, company_id, uploader_id);
  }
  int DiscardPendingUploadsBefore(const std::string& company_id, TimeMs cutoff) override {
    return pg_blobs::DiscardPendingBefore(conn_, company_id, cutoff);
  }

  void AppendExcusalLog(const ExcusalLogEntry& e) override {
    conn_
        .Cached(
            "INSERT INTO excusal_log (job_id, action, reason, by_user, at_ms) VALUES ($1, $2, $3, "
            "$4, $5)")
        .Bind(e.job_id, e.action, e.reason, e.by, e.at_ms)
        .Run();
  }
  std::vector<ExcusalLogEntry> ListExcusalLog(const std::string& job_id) override {
    auto s = conn_.Cached(
        "SELECT job_id, action, reason, by_user, at_ms FROM excusal_log WHERE job_id = $1 "
        "ORDER BY seq");
    s.Bind(job_id);
    std::vector<ExcusalLogEntry> out;
    while (s.Step()) out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Int(4)});
    return out;
  }
  std::vector<ExcusalRecord> ListActiveExcusals(const std::string& company_id) override {
    auto s = conn_.Cached(
        "SELECT e.job_id, e.reason, e.excused_by, e.excused_ms, e.revoked_by, "
        "e.revoked_ms FROM excusals e JOIN jobs j ON j.id = e.job_id WHERE "
        "j.company_id = $1 AND e.revoked_ms IS NULL");
    s.Bind(company_id);
    std::vector<ExcusalRecord> out;
    while (s.Step()) {
      out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Int(3), s.Text(4), s.OptInt(5)});
    }
    return out;
  }

  void InsertCallBack(const CallBackRecord& c) override { pg_callbacks::Insert(conn_, c); }
  std::vector<CallBackRecord> ListCallBacks(const std::string& company_id) override {
    static const std::string kSql = std::string("SELECT ") + kCallBackColumns +
                                    " FROM callbacks WHERE company_id = $1 ORDER BY at_ms, id";
    auto s = conn_.Cached(kSql);
    s.Bind(company_id);
    std::vector<CallBackRecord> out;
    while (s.Step()) {
      out.push_back(ReadCallBack(s));
    }
    return out;
  }
  std::vector<CallBackRecord> ListCallBacksOfJobs(
      const std::vector<std::string>& job_ids) override {
    std::vector<CallBackRecord> out;
    if (job_ids.empty()) return out;
    static const std::string kSql = std::string("SELECT ") + kCallBackColumns +
                                    " FROM callbacks WHERE job_id = ANY($1) ORDER BY at_ms, id";
    auto s = conn_.Cached(kSql);
    s.Bind(pg::TextArray{job_ids});
    while (s.Step()) out.push_back(ReadCallBack(s));
    return out;
  }
  std::vector<JobRecord> ListCompletedJobs(const std::string& company_id) override {
    auto s = conn_.Cached(std::string("SELECT ") + kJobColumns +
                          " FROM jobs WHERE company_id = $1 AND status = 'completed' AND "
                          "completed_ms IS NOT NULL ORDER BY completed_ms, id");
    s.Bind(company_id);
    std::vector<JobRecord> out;
    while (s.Step()) out.push_back(ReadJob(s));
    return out;
  }
  std::optional<CallBackRecord> FindCallBackByRequest(const std::string& company_id,
                                                      const std::string& request_id) override {
    return pg_callbacks::FindByRequest(conn_, company_id, request_id);
  }
  std::vector<CallBackRecord> ListCallBacksByAgent(const std::string& agent_id, TimeMs from,
                                                   TimeMs to) override {
    return pg_callbacks::ListByAgent(conn_, agent_id, from, to);
  }
  std::optional<CallBackClaimRecord> FindCallBackClaim(const std::string& job_id) override {
    return pg_callbacks::FindClaim(conn_, job_id);
  }
  std::vector<CallBackClaimRecord> ListLiveCallBackClaims(const std::string& company_id,
                                                          TimeMs now) override {
    return pg_callbacks::ListLiveClaims(conn_, company_id, now);
  }
  void UpsertCallBackClaim(const CallBackClaimRecord& c) override {
    pg_callbacks::UpsertClaim(conn_, c);
  }
  void DeleteCallBackClaim(const std::string& job_id) override {
    pg_callbacks::DeleteClaim(conn_, job_id);
  }
  void AppendCallBackAudit(const CallBackAuditEntry& e) override {
    pg_callbacks::AppendAudit(conn_, e);
  }
  std::vector<CallBackAuditEntry> ListCallBackAudit(const std::string& job_id) override {
    return pg_callbacks::ListAudit(conn_, job_id);
  }
  std::vector<EventRecord> ListAppliedEventsOfJob(const std::string& job_id) override {
    return pg_callbacks::ListAppliedEventsOfJob(conn_, job_id);
  }

  void InsertShift(const ShiftRecord& r) override { pg_shifts::Insert(conn_, r); }
  std::vector<ShiftRecord> ListShifts(const std::string& company_id) override {
    return pg_shifts::List(conn_, company_id);
  }
  std::optional<ShiftRecord> FindShift(const std::string& id) override {
    return pg_shifts::Find(conn_, id);
  }
  void UpdateShift(const ShiftRecord& r) override { pg_shifts::Update(conn_, r); }
  void DeleteShift(const std::string& id, TimeMs at) override { pg_shifts::Delete(conn_, id, at); }
  std::vector<ShiftVersion> ListShiftVersions(const std::string& company_id,
                                              TimeMs up_to) override {
    return pg_shifts::ListVersions(conn_, company_id, up_to);
  }
  void InsertShiftAudit(const ShiftAuditRecord& a) override { pg_shifts::InsertAudit(conn_, a); }
  std::vector<ShiftAuditRecord> ListShiftAudit(const std::string& shift_id) override {
    return pg_shifts::ListAudit(conn_, shift_id);
  }
  void InsertShiftMark(const ShiftMarkRecord& m) override { pg_shift_marks::Insert(conn_, m); }
  std::vector<ShiftMarkRecord> ListShiftMarks(const std::string& company_id, TimeMs from,
                                              TimeMs to) override {
    return pg_shift_marks::List(conn_, company_id, from, to);
  }
  std::vector<ShiftMarkRecord> ListShiftMarksOfShift(const std::string& shift_id) override {
    return pg_shift_marks::ListOfShift(conn_, shift_id);
  }

  void InsertSessionFamily(const SessionFamilyRecord& f) override {
    pg_security::InsertFamily(conn_, f);
  }
  std::optional<SessionFamilyRecord> FindSessionFamily(const std::string& id) override {
    return pg_security::FindFamily(conn_, id);
  }
  std::optional<SessionFamilyRecord> FindSessionFamilyByRefresh(
      const std::string& refresh_sha256) override {
    return pg_security::FindFamilyByRefresh(conn_, refresh_sha256);
  }
  std::optional<std::string> FindFamilyOfRetiredRefresh(
      const std::string& refresh_sha256) override {
    return pg_security::FindFamilyOfRetired(conn_, refresh_sha256);
  }
  void RotateRefresh(const std::string& family_id, const std::string& new_sha256,
                     TimeMs new_expires_ms, TimeMs now) override {
    pg_security::RotateRefresh(conn_, family_id, new_sha256, new_expires_ms, now);
  }
  void EndSessionFamily(const std::string& family_id, TimeMs now,
                        const std::string& reason) override {
    pg_security::EndFamily(conn_, family_id, now, reason);
  }
  std::vector<SessionFamilyRecord> ListLiveSessionFamilies(const std::string& company_id,
                                                           const std::string& user_id) override {
    return pg_security::ListLiveFamilies(conn_, company_id, user_id);
  }
  void DeleteSessionsOfUser(const std::string& user_id) override {
    pg_security::DeleteSessionsOfUser(conn_, user_id);
  }
  void SetUserDisabled(const std::string& user_id, bool disabled) override {
    pg_security::SetUserDisabled(conn_, user_id, disabled);
  }
  std::vector<AuditRecord> ListCompanyAudit(const std::string& company_id,
                                            const std::string& job_id, int limit) override {
    return pg_security::ListCompanyAudit(conn_, company_id, job_id, limit);
  }

  std::optional<LoginFailureRecord> FindLoginFailures(const std::string& scope,
                                                      const std::string& subject) override {
    return pg_login_failures::Find(conn_, scope, subject);
  }
  void UpsertLoginFailures(const LoginFailureRecord& r) override {
    pg_login_failures::Upsert(conn_, r);
  }
  void DeleteLoginFailures(const std::string& scope, const std::string& subject) override {
    pg_login_failures::Delete(conn_, scope, subject);
  }
  int DeleteLoginFailuresUpTo(TimeMs at) override {
    return pg_login_failures::DeleteUpTo(conn_, at);
  }
  std::int64_t CountLoginFailures(const std::string& scope) override {
    return pg_login_failures::Count(conn_, scope);
  }

  void InsertSecurityEvent(const SecurityEventRecord& e) override {
    pg_security::InsertEvent(conn_, e);
  }
  std::vector<SecurityEventRecord> ListSecurityEvents(const std::string& company_id,
                                                      int limit) override {
    return pg_security::ListEvents(conn_, company_id, limit);
  }

  void InsertPublication(const PublicationRecord& p) override {
    pg_assessments::InsertPublication(conn_, p);
  }
  std::optional<PublicationRecord> FindPublication(const std::string& company_id,
                                                   const std::string& period_label) override {
    return pg_assessments::FindPublication(conn_, company_id, period_label);
  }
  void InsertPublishedFigure(const PublishedFigureRecord& f) override {
    pg_assessments::InsertFigure(conn_, f);
  }
  std::vector<PublishedFigureRecord> ListPublishedFigures(const std::string& id) override {
    return pg_assessments::ListFigures(conn_, id);
  }
  void InsertPublishedPay(const PublishedPayRecord& p) override {
    pg_assessments::InsertPay(conn_, p);
  }
  std::vector<PublishedPayRecord> ListPublishedPay(const std::string& id) override {
    return pg_assessments::ListPay(conn_, id);
  }
  void UpsertAssessorComment(const AssessorCommentRecord& c) override {
    pg_assessments::UpsertComment(conn_, c);
  }
  std::vector<AssessorCommentRecord> ListAssessorComments(const std::string& company_id,
                                                          const std::string& label) override {
    return pg_assessments::ListComments(conn_, company_id, label);
  }
  void UpsertSelfAssessment(const SelfAssessmentRecord& a) override {
    pg_assessments::UpsertSelfAssessment(conn_, a);
  }
  std::vector<SelfAssessmentRecord> ListSelfAssessments(const std::string& company_id,
                                                        const std::string& label) override {
    return pg_assessments::ListSelfAssessments(conn_, company_id, label);
  }
  void InsertAudit(const AuditRecord& a) override { pg_dispatch::InsertAudit(conn_, a); }
  std::vector<AuditRecord> ListAudit(const std::vector<std::string>& job_ids) override {
    return pg_dispatch::ListAudit(conn_, job_ids);
  }
  std::vector<EventRecord> ListEventsOfJobs(const std::vector<std::string>& job_ids) override {
    return pg_dispatch::ListEventsOfJobs(conn_, job_ids);
  }
  std::vector<JobVersion> ListJobVersions(const std::string& company_id, TimeMs up_to) override {
    return pg_history::ListJobVersions(conn_, company_id, up_to);
  }
  std::vector<JobVersion> ListJobVersionsOf(const std::vector<std::string>& job_ids) override {
    return pg_history::ListJobVersionsOf(conn_, job_ids);
  }
  void SetUserTeam(const std::string& user_id, const std::string& team_id, TimeMs at) override {
    auto user = FindUser(user_id);
    if (!user) throw std::runtime_error("user " + user_id + " does not exist");
    conn_.Cached("UPDATE users SET team_id = $1 WHERE id = $2")
        .Bind(NullIfEmpty(team_id), user_id)
        .Run();
    pg_history::AppendTeamMembership(conn_, user->company_id, {user_id, team_id, at});
  }
  std::vector<TeamMembership> ListTeamMemberships(const std::string& company_id) override {
    return pg_history::ListTeamMemberships(conn_, company_id);
  }
  void InsertTeamMove(const TeamMove& m) override { pg_history::InsertTeamMove(conn_, m); }
  std::vector<TeamMove> ListTeamMoves(const std::string& company_id) override {
    return pg_history::ListTeamMoves(conn_, company_id);
  }
  std::vector<ExcusalLogEntry> ListCompanyExcusalLog(const std::string& company_id) override {
    return pg_history::ListCompanyExcusalLog(conn_, company_id);
  }
  std::vector<DeviceRecord> ListDevicesOfCompany(const std::string& company_id) override {
    return pg_dispatch::ListDevicesOfCompany(conn_, company_id);
  }

 private:
  pg::Conn& conn_;
};

namespace {

constexpr std::int64_t kWriteLock = PgStore::kWriteLock;

// A failure that may pass (a lost connection, a restart, a conflict) becomes
// StoreUnavailable, which the Gate answers as retryable; any other PgError is rethrown
// by the caller as it is (a constraint, bad SQL: a bug, answered INTERNAL).
void ThrowIfPassing(const pg::PgError& e) {
  using Cause = StoreUnavailable::Cause;
  switch (e.failure()) {
    case pg::PgFailure::kConnection:
      throw StoreUnavailable(Cause::kConnectionLost, e.what());
    case pg::PgFailure::kServerStopping:
      throw StoreUnavailable(Cause::kRestarting, e.what());
    case pg::PgFailure::kResources:
      throw StoreUnavailable(Cause::kOutOfResources, e.what());
    case pg::PgFailure::kConflict:
      throw StoreUnavailable(Cause::kConflict, e.what());
    case pg::PgFailure::kOther:
      return;
  }
}

int Migrate(const std::string& uri) {
  pg::Conn conn(uri);
  return MigratePg(conn);
}

}  // namespace

PgStore::PgStore(const std::string& uri, int read_connections, int write_connections)
    : schema_version_(Migrate(uri)),
      readers_(uri, read_connections),
      writers_(uri, write_connections) {}

PgStore::~PgStore() = default;

void PgStore::Write(const std::function<void(StoreTx&)>& fn) {
  try {
    auto lease = writers_.Acquire();
    pg::Conn& conn = lease.conn();
    pg::Transaction tx(conn);
    // One writer at a time across every instance on this database, as SQLite has one
    // writer: application logic reads then writes (a device's last sequence, an
    // idempotency key) and relies on no other write interleaving. READ COMMITTED takes
    // each statement's snapshot after the lock is held, so every write sees all earlier
    // ones. The lock is released by COMMIT or ROLLBACK.
    conn.Cached("SELECT pg_advisory_xact_lock($1)").Bind(kWriteLock).Run();
    Tx store_tx(conn);
    fn(store_tx);
    conn.Cached("UPDATE pg_store_writes SET n = n + 1 WHERE id = 1").Run();
    tx.Commit();
  } catch (const pg::PgError& e) {
    ThrowIfPassing(e);
    throw;
  }
  own_writes_.fetch_add(1);
}

void PgStore::Read(const std::function<void(StoreTx&)>& fn) {
  try {
    auto lease = readers_.Acquire();
    pg::Conn& conn = lease.conn();
    // One snapshot for every statement in fn.
    pg::Transaction tx(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    Tx store_tx(conn);
    fn(store_tx);
    tx.Commit();
  } catch (const pg::PgError& e) {
    ThrowIfPassing(e);
    throw;
  }
}

bool PgStore::ProbeWritable() {
  try {
    auto lease = writers_.Acquire();
    pg::Conn& conn = lease.conn();
    pg::Transaction tx(conn);
    conn.Cached("INSERT INTO health_probe (id, filler) VALUES (1, $1)")
        .Bind(pg::Bytes{std::string(16384, '\0')})
        .Run();
    conn.Cached("DELETE FROM health_probe WHERE id = 1").Run();
    tx.Commit();
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

std::int64_t PgStore::ExternalWrites() {
  // Every committed write adds one to the counter; those of this store are subtracted.
  // Read just after one of ours committed and before own_writes_ counted it, the answer
  // is one too high once: a cache then starts over needlessly, never wrongly keeps.
  try {
    auto lease = readers_.Acquire();
    auto s = lease.conn().Cached("SELECT n FROM pg_store_writes WHERE id = 1");
    const std::int64_t total = s.Step() ? s.Int(0) : 0;
    return total - own_writes_.load();
  } catch (const pg::PgError& e) {
    ThrowIfPassing(e);
    throw;
  }
}

}  // namespace fieldledger::server
