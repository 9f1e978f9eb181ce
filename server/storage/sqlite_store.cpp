#include "storage/sqlite_store.h"

#include "storage/board_changes.h"
#include "storage/sqlite_assessments.h"
#include "storage/sqlite_blobs.h"
#include "storage/sqlite_callbacks.h"
#include "storage/sqlite_dispatch.h"
#include "storage/sqlite_events.h"
#include "storage/sqlite_history.h"
#include "storage/sqlite_login_failures.h"
#include "storage/sqlite_migrations.h"
#include "storage/sqlite_security.h"
#include "storage/sqlite_shift_marks.h"
#include "storage/sqlite_shifts.h"

#include "fieldledger/core/sha256.h"
#include "fieldledger_sqlite/update_sql.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

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

JobRecord ReadJob(const sql::Stmt& s) {
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

using sqlite_callbacks::kCallBackColumns;
using sqlite_callbacks::ReadCallBack;

UserRecord ReadUser(const sql::Stmt& s) {
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

EventRecord ReadEvent(const sql::Stmt& s) {
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

// ReadEvent plus the hash (kSelectEvents' eleventh column).
EventRecord ReadEventWithHash(const sql::Stmt& s) {
  EventRecord e = ReadEvent(s);
  e.sha256 = s.Text(10);
  return e;
}

constexpr const char* kSelectExcusals =
    "SELECT job_id, reason, excused_by, excused_ms, revoked_by, revoked_ms FROM excusals";

ExcusalRecord ReadExcusal(const sql::Stmt& s) {
  return ExcusalRecord{s.Text(0), s.Text(1), s.Text(2), s.Int(3), s.Text(4), s.OptInt(5)};
}

// A batch's keys as one parameter: the statement reads them with json_each, so one
// cached statement serves every batch size.
constexpr const char* kWhereIdIn = " WHERE id IN (SELECT value FROM json_each(?1))";

std::string JsonArray(const std::vector<std::string>& values) {
  std::string out = "[";
  for (const auto& v : values) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (const unsigned char c : v) {
      if (c == '"' || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      } else {
        out += static_cast<char>(c);
      }
    }
    out += '"';
  }
  return out + "]";
}

std::optional<std::string> NullIfEmpty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

}  // namespace

class SqliteStore::Tx final : public StoreTx {
 public:
  // Made only while the connection's lock is held: `conn` proves it.
  explicit Tx(sql::Locked& conn) : conn_(conn), db_(conn.db()) {}

  void InsertCompany(const CompanyRecord& c) override {
    conn_.Cached("INSERT INTO companies (id, name, time_zone, created_ms) VALUES (?, ?, ?, ?)")
        .Bind(c.id, c.name, c.time_zone, c.created_ms)
        .Run();
  }
  std::optional<CompanyRecord> FindCompany(const std::string& id) override {
    auto s = conn_.Cached("SELECT id, name, time_zone, created_ms FROM companies WHERE id = ?");
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
    conn_.Cached("INSERT INTO teams (id, company_id, name) VALUES (?, ?, ?)")
        .Bind(t.id, t.company_id, t.name)
        .Run();
  }
  std::optional<TeamRecord> FindTeam(const std::string& id) override {
    auto s = conn_.Cached("SELECT id, company_id, name FROM teams WHERE id = ?");
    s.Bind(id);
    if (!s.Step()) return std::nullopt;
    return TeamRecord{s.Text(0), s.Text(1), s.Text(2)};
  }

  void InsertUser(const UserRecord& u) override {
    conn_
        .Cached(
            "INSERT INTO users (id, company_id, username, display_name, role, team_id, "
            "password_hash, disabled, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .Bind(u.id, u.company_id, u.username, u.display_name, RoleName(u.role),
              NullIfEmpty(u.team_id), u.password_hash, u.disabled, u.created_ms)
        .Run();
    sqlite_history::AppendTeamMembership(conn_, u.company_id, {u.id, u.team_id, u.created_ms});
  }
  void UpdateUserPassword(const std::string& user_id, const std::string& hash) override {
    conn_.Cached("UPDATE users SET password_hash = ? WHERE id = ?").Bind(hash, user_id).Run();
  }
  std::optional<UserRecord> FindUser(const std::string& id) override {
    static const std::string kSql =
        std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ?";
    auto s = conn_.Cached(kSql);
    s.Bind(id);
    if (!s.Step()) return std::nullopt;
    return ReadUser(s);
  }
  std::optional<UserRecord> FindUserByUsername(const std::string& username) override {
    static const std::string kSql =
        std::string("SELECT ") + kUserColumns + " FROM users WHERE username = ?";
    auto s = conn_.Cached(kSql);
    s.Bind(username);
    if (!s.Step()) return std::nullopt;
    return ReadUser(s);
  }
  std::vector<UserRecord> ListUsers(const std::string& company_id) override {
    static const std::string kSql = std::string("SELECT ") + kUserColumns +
                                    " FROM users WHERE company_id = ? ORDER BY username";
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
            "family_id) VALUES (?, ?, ?, ?, ?, ?)")
        .Bind(r.token_sha256, r.user_id, r.created_ms, r.expires_ms, r.device_name, r.family_id)
        .Run();
  }
  std::optional<SessionRecord> FindSession(const std::string& token_sha256) override {
    auto s = conn_.Cached(
        "SELECT token_sha256, user_id, created_ms, expires_ms, device_name, family_id "
        "FROM sessions WHERE token_sha256 = ?");
    s.Bind(token_sha256);
    if (!s.Step()) return std::nullopt;
    return SessionRecord{s.Text(0), s.Text(1), s.Int(2), s.Int(3), s.Text(4), s.Text(5)};
  }
  void DeleteSession(const std::string& token_sha256) override {
    conn_.Cached("DELETE FROM sessions WHERE token_sha256 = ?").Bind(token_sha256).Run();
  }

  void InsertJob(const JobRecord& j) override {
    static const std::string kSql =
        std::string("INSERT INTO jobs (") + kJobColumns +
        ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
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
    sqlite_history::AppendJobVersion(conn_, j.id);
  }
  void UpdateJob(const JobRecord& j) override {
    static constexpr const char* kSql =
        "UPDATE jobs SET reference = ?, job_type = ?, status = ?, customer_name = ?, "
        "customer_phone = ?, address = ?, latitude = ?, longitude = ?, "
        "window_start_ms = ?, window_end_ms = ?, technician_id = ?, product = ?, "
        "serial_number = ?, description = ?, updated_ms = ?, arrived_ms = ?, "
        "arrival_verified = ?, arrival_technician_id = ?, arrival_event_id = ?, "
        "completed_ms = ?, flagged = ?, flag_reason = ?, product_category = ?, "
        "purchase_date = ?, activation_date = ?, first_visit_resolved = ?, fee_fen = ?, "
        "fee_device_fen = ?, fee_policy = ?, fee_check = ?, assigned_ms = ?, "
        "arrival_place = ?, arrival_distance_m = ?, arrival_check = ?, signature_sha256 = ? "
        "WHERE id = ?";
    auto run = [&](std::string_view sql) {
      conn_.Cached(sql)
          .Bind(j.reference, JobTypeName(j.type), JobStatusName(j.status), j.customer_name,
                j.customer_phone, j.address, j.latitude, j.longitude, j.window.start, j.window.end,
                j.technician_id, j.product, j.serial_number, j.description, j.updated_ms,
                j.arrived_ms, j.arrival_verified, j.arrival_technician_id, j.arrival_event_id,
                j.completed_ms, j.flagged, j.flag_reason, j.product_category, j.purchase_date,
                j.activation_date, j.first_visit_resolved, j.fee_fen, j.fee_device_fen,
                j.fee_policy, j.fee_check, j.assigned_ms, j.arrival_place, j.arrival_distance_m,
                j.arrival_check, j.signature_sha256, j.id)
          .Run();
      return conn_.db().Changes();
    };
    // Most updates (an arrival, a completion) leave the indexed columns (window start,
    // technician) as they were: first try the variant that rewrites no index entry. It
    // changes no row when one of them differs; then the whole update runs. Computed once:
    // every database this program opens is migrated to the same schema, and an index it
    // does not know of would cost speed, never correctness.
    static const std::string kUnindexed =
        sql::WithoutIndexedAssignments(kSql, sql::IndexedColumns(conn_, "jobs")).value_or("");
    if (kUnindexed.empty() || run(kUnindexed) != 1) {
      if (run(kSql) != 1) throw std::runtime_error("job " + j.id + " does not exist");
    }
    sqlite_history::AppendJobVersion(conn_, j.id);
  }
  std::vector<JobRecord> FindJobs(const std::vector<std::string>& ids) override {
    std::vector<JobRecord> out;
    if (ids.empty()) return out;
    static const std::string kSql =
        std::string("SELECT ") + kJobColumns + " FROM jobs" + kWhereIdIn;
    auto s = conn_.Cached(kSql);
    s.Bind(JsonArray(ids));
    while (s.Step()) out.push_back(ReadJob(s));
    return out;
  }
  std::optional<std::string> FindJobIdBySignature(const std::string& company_id,
                                                  const std::string& signature_sha256) override {
    auto s = conn_.Cached(
        "SELECT id FROM jobs WHERE company_id = ? AND signature_sha256 = ? "
        "AND signature_sha256 != '' LIMIT 1");
    s.Bind(company_id, signature_sha256);
    if (!s.Step()) return std::nullopt;
    return s.Text(0);
  }
  std::optional<JobRecord> FindJob(const std::string& id) override {
    static const std::string kSql =
        std::string("SELECT ") + kJobColumns + " FROM jobs WHERE id = ?";
    auto s = conn_.Cached(kSql);
    s.Bind(id);
    if (!s.Step()) return std::nullopt;
    return ReadJob(s);
  }
  std::vector<JobRecord> ListJobs(const JobQuery& q) override {
    // One statement with optional filters: a NULL parameter disables its condition.
    static const std::string kSql =
        std::string("SELECT ") + kJobColumns +
        " FROM jobs WHERE company_id = ?1"
        " AND (?2 IS NULL OR technician_id = ?2)"
        " AND (?3 IS NULL OR window_end_ms > ?3)"
        " AND (?4 IS NULL OR window_start_ms < ?4)"
        " AND (?5 IS NULL OR (window_start_ms, id) > (?5, ?6))"
        " AND (?8 IS NULL OR (window_start_ms >= ?8 AND window_start_ms < ?9))"
        " ORDER BY window_start_ms, id LIMIT ?7";
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
        "SELECT job_id, body_sha256 FROM job_requests WHERE company_id = ? AND request_id = ?");
    s.Bind(company_id, request_id);
    if (!s.Step()) return std::nullopt;
    return JobRequestRecord{company_id, request_id, s.Text(0), s.Text(1)};
  }
  void RememberJobRequest(const JobRequestRecord& r) override {
    conn_
        .Cached(
            "INSERT INTO job_requests (company_id, request_id, job_id, body_sha256) "
            "VALUES (?, ?, ?, ?)")
        .Bind(r.company_id, r.request_id, r.job_id, r.body_sha256)
        .Run();
  }

  std::int64_t AppendJobChange(const std::string& job_id,
                               const std::string& technician_id) override {
    conn_.Cached("INSERT INTO job_changes (job_id, technician_id) VALUES (?, ?)")
        .Bind(job_id, technician_id)
        .Run();
    return conn_.db().LastInsertRowId();
  }
  std::vector<JobChange> ListJobChanges(const std::string& technician_id, std::int64_t after_seq,
                                        int limit) override {
    auto s = conn_.Cached(
        "SELECT seq, job_id, technician_id FROM job_changes WHERE technician_id = ? "
        "AND seq > ? ORDER BY seq LIMIT ?");
    s.Bind(technician_id, after_seq, limit);
    std::vector<JobChange> out;
    while (s.Step()) out.push_back({s.Int(0), s.Text(1), s.Text(2)});
    return out;
  }
  std::int64_t CountJobChanges(const std::string& technician_id, std::int64_t after_seq) override {
    auto s = conn_.Cached("SELECT COUNT(*) FROM job_changes WHERE technician_id = ? AND seq > ?");
    s.Bind(technician_id, after_seq);
    return s.Step() ? s.Int(0) : 0;
  }

  void AppendBoardChanges(const std::string& company_id,
                          const std::vector<std::string>& job_ids) override {
    auto s = conn_.Cached("INSERT INTO board_changes (company_id, job_id) VALUES (?, ?)");
    for (const auto& id : job_ids) s.Bind(company_id, id).Run();
    // Kept to about its last kBoardChangesKept rows (storage/board_changes.h).
    const std::int64_t last = conn_.db().LastInsertRowId();
    if (BoardChangesDuePrune(last, static_cast<std::int64_t>(job_ids.size()))) {
      conn_.Cached("DELETE FROM board_changes WHERE seq <= ?").Bind(last - kBoardChangesKept).Run();
    }
  }
  std::vector<BoardChangeRecord> ListBoardChanges(std::int64_t after_seq, int limit) override {
    auto s = conn_.Cached(
        "SELECT seq, company_id, job_id FROM board_changes WHERE seq > ? ORDER BY seq LIMIT ?");
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
        "WHERE id = ?");
    s.Bind(id);
    if (!s.Step()) return std::nullopt;
    return DeviceRecord{s.Text(0), s.Text(1), s.Int(2), s.Int(3), s.Text(4)};
  }
  void UpsertDevice(const DeviceRecord& d) override {
    conn_
        .Cached(
            "INSERT INTO devices (id, user_id, last_sequence, last_seen_ms, last_event_sha256) "
            "VALUES (?, ?, ?, ?, ?) "
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
        "trusted_ms, verified, payload FROM events WHERE id = ?");
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
    s.Bind(JsonArray(ids));
    while (s.Step()) out.push_back(ReadEventWithHash(s));
    return out;
  }
  void InsertEvent(const EventRecord& e) override {
    conn_
        .Cached(
            "INSERT INTO events (id, device_id, sequence, user_id, job_id, kind, "
            "device_wall_ms, device_monotonic_ms, boot_id, trusted_ms, verified, latitude, "
            "longitude, accuracy_m, mock_location, received_ms, status, reject_reason, "
            "payload, sha256, previous_sha256) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .Bind(e.id, e.device_id, e.sequence, e.user_id, e.job_id, e.kind, e.device_wall_ms,
              e.device_monotonic_ms, e.boot_id, e.trusted_ms, e.verified, e.latitude, e.longitude,
              e.accuracy_m, e.mock_location, e.received_ms,
              e.status == EventStatus::kRejected ? "rejected" : "applied", e.reject_reason,
              sql::Blob{e.payload}, e.sha256.empty() ? Sha256Hex(e.payload) : e.sha256,
              e.previous_sha256)
        .Run();
  }
  std::vector<EventRecord> FindDeviceEventsAt(const std::string& device_id,
                                              std::int64_t sequence) override {
    return sqlite_events::FindDeviceEventsAt(conn_, device_id, sequence);
  }
  bool DeviceSentHash(const std::string& device_id, const std::string& sha256) override {
    return sqlite_events::DeviceSentHash(conn_, device_id, sha256);
  }
  std::pair<std::int64_t, std::int64_t> NeighbourSequences(const std::string& device_id,
                                                           std::int64_t sequence) override {
    return sqlite_events::NeighbourSequences(conn_, device_id, sequence);
  }
  void InsertEventRejection(const EventRejectionRecord& r) override {
    sqlite_events::InsertEventRejection(conn_, r);
  }
  std::vector<EventRejectionRecord> ListEventRejections(const std::string& device_id) override {
    return sqlite_events::ListEventRejections(conn_, device_id);
  }
  std::int64_t LastJobChangeSeq() override { return sqlite_events::LastJobChangeSeq(conn_); }
  std::int64_t CountEvents(const std::string& device_id) override {
    auto s = conn_.Cached("SELECT COUNT(*) FROM events WHERE device_id = ?");
    s.Bind(device_id);
    return s.Step() ? s.Int(0) : 0;
  }

  void UpsertExcusal(const ExcusalRecord& e) override {
    conn_
        .Cached(
            "INSERT INTO excusals (job_id, reason, excused_by, excused_ms, revoked_by, "
            "revoked_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (job_id) DO UPDATE SET "
            "reason = excluded.reason, excused_by = excluded.excused_by, "
            "excused_ms = excluded.excused_ms, revoked_by = excluded.revoked_by, "
            "revoked_ms = excluded.revoked_ms")
        .Bind(e.job_id, e.reason, e.excused_by, e.excused_ms, e.revoked_by, e.revoked_ms)
        .Run();
  }
  std::optional<ExcusalRecord> FindExcusal(const std::string& job_id) override {
    static const std::string kSql = std::string(kSelectExcusals) + " WHERE job_id = ?";
    auto s = conn_.Cached(kSql);
    s.Bind(job_id);
    if (!s.Step()) return std::nullopt;
    return ReadExcusal(s);
  }
  std::vector<ExcusalRecord> FindExcusals(const std::vector<std::string>& job_ids) override {
    std::vector<ExcusalRecord> out;
    if (job_ids.empty()) return out;
    static const std::string kSql =
        std::string(kSelectExcusals) + " WHERE job_id IN (SELECT value FROM json_each(?1))";
    auto s = conn_.Cached(kSql);
    s.Bind(JsonArray(job_ids));
    while (s.Step()) out.push_back(ReadExcusal(s));
    return out;
  }

  std::optional<BlobRecord> FindBlob(const std::string& company_id,
                                     const std::string& sha256) override {
    return sqlite_blobs::Find(conn_, company_id, sha256);
  }
  void UpsertBlob(const BlobRecord& b) override { sqlite_blobs::Upsert(conn_, b); }
  void InsertBlobChunk(const std::string& company_id, const std::string& sha256,
                       std::int64_t offset, std::string_view bytes) override {
    sqlite_blobs::InsertChunk(conn_, company_id, sha256, offset, bytes);
  }
  std::string ReadBlobBytes(const std::string& company_id, const std::string& sha256) override {
    return sqlite_blobs::ReadBytes(conn_, company_id, sha256);
  }
  void DeleteBlobChunks(const std::string& company_id, const std::string& sha256) override {
    sqlite_blobs::DeleteChunks(conn_, company_id, sha256);
  }
  PendingUploadTotals SumPendingUploads(const std::string& company_id,
                                        const std::string& uploader_id) override {
    return sqlite_blobs::SumPending(conn_, company_id, uploader_id);
  }
  int DiscardPendingUploadsBefore(const std::string& company_id, TimeMs cutoff) override {
    return sqlite_blobs::DiscardPendingBefore(conn_, company_id, cutoff);
  }

  void AppendExcusalLog(const ExcusalLogEntry& e) override {
    conn_
        .Cached(
            "INSERT INTO excusal_log (job_id, action, reason, by_user, at_ms) VALUES (?, ?, ?, "
            "?, ?)")
        .Bind(e.job_id, e.action, e.reason, e.by, e.at_ms)
        .Run();
  }
  std::vector<ExcusalLogEntry> ListExcusalLog(const std::string& job_id) override {
    auto s = conn_.Cached(
        "SELECT job_id, action, reason, by_user, at_ms FROM excusal_log WHERE job_id = ? "
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
        "j.company_id = ? AND e.revoked_ms IS NULL");
    s.Bind(company_id);
    std::vector<ExcusalRecord> out;
    while (s.Step()) {
      out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Int(3), s.Text(4), s.OptInt(5)});
    }
    return out;
  }

  void InsertCallBack(const CallBackRecord& c) override { sqlite_callbacks::Insert(conn_, c); }
  std::vector<CallBackRecord> ListCallBacks(const std::string& company_id) override {
    static const std::string kSql = std::string("SELECT ") + kCallBackColumns +
                                    " FROM callbacks WHERE company_id = ? ORDER BY at_ms, id";
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
    static const std::string kSql =
        std::string("SELECT ") + kCallBackColumns +
        " FROM callbacks WHERE job_id IN (SELECT value FROM json_each(?1)) ORDER BY at_ms, id";
    auto s = conn_.Cached(kSql);
    s.Bind(JsonArray(job_ids));
    while (s.Step()) out.push_back(ReadCallBack(s));
    return out;
  }
  std::vector<JobRecord> ListCompletedJobs(const std::string& company_id) override {
    auto s = conn_.Cached(std::string("SELECT ") + kJobColumns +
                          " FROM jobs WHERE company_id = ? AND status = 'completed' AND "
                          "completed_ms IS NOT NULL ORDER BY completed_ms, id");
    s.Bind(company_id);
    std::vector<JobRecord> out;
    while (s.Step()) out.push_back(ReadJob(s));
    return out;
  }
  std::optional<CallBackRecord> FindCallBackByRequest(const std::string& company_id,
                                                      const std::string& request_id) override {
    return sqlite_callbacks::FindByRequest(conn_, company_id, request_id);
  }
  std::vector<CallBackRecord> ListCallBacksByAgent(const std::string& agent_id, TimeMs from,
                                                   TimeMs to) override {
    return sqlite_callbacks::ListByAgent(conn_, agent_id, from, to);
  }
  std::optional<CallBackClaimRecord> FindCallBackClaim(const std::string& job_id) override {
    return sqlite_callbacks::FindClaim(conn_, job_id);
  }
  std::vector<CallBackClaimRecord> ListLiveCallBackClaims(const std::string& company_id,
                                                          TimeMs now) override {
    return sqlite_callbacks::ListLiveClaims(conn_, company_id, now);
  }
  void UpsertCallBackClaim(const CallBackClaimRecord& c) override {
    sqlite_callbacks::UpsertClaim(conn_, c);
  }
  void DeleteCallBackClaim(const std::string& job_id) override {
    sqlite_callbacks::DeleteClaim(conn_, job_id);
  }
  void AppendCallBackAudit(const CallBackAuditEntry& e) override {
    sqlite_callbacks::AppendAudit(conn_, e);
  }
  std::vector<CallBackAuditEntry> ListCallBackAudit(const std::string& job_id) override {
    return sqlite_callbacks::ListAudit(conn_, job_id);
  }
  std::vector<EventRecord> ListAppliedEventsOfJob(const std::string& job_id) override {
    return sqlite_callbacks::ListAppliedEventsOfJob(conn_, job_id);
  }

  void InsertShift(const ShiftRecord& r) override { sqlite_shifts::Insert(conn_, r); }
  std::vector<ShiftRecord> ListShifts(const std::string& company_id) override {
    return sqlite_shifts::List(conn_, company_id);
  }
  std::optional<ShiftRecord> FindShift(const std::string& id) override {
    return sqlite_shifts::Find(conn_, id);
  }
  void UpdateShift(const ShiftRecord& r) override { sqlite_shifts::Update(conn_, r); }
  void DeleteShift(const std::string& id, TimeMs at) override {
    sqlite_shifts::Delete(conn_, id, at);
  }
  std::vector<ShiftVersion> ListShiftVersions(const std::string& company_id,
                                              TimeMs up_to) override {
    return sqlite_shifts::ListVersions(conn_, company_id, up_to);
  }
  void InsertShiftAudit(const ShiftAuditRecord& a) override {
    sqlite_shifts::InsertAudit(conn_, a);
  }
  std::vector<ShiftAuditRecord> ListShiftAudit(const std::string& shift_id) override {
    return sqlite_shifts::ListAudit(conn_, shift_id);
  }

  void InsertSessionFamily(const SessionFamilyRecord& f) override {
    sqlite_security::InsertFamily(conn_, f);
  }
  std::optional<SessionFamilyRecord> FindSessionFamily(const std::string& id) override {
    return sqlite_security::FindFamily(conn_, id);
  }
  std::optional<SessionFamilyRecord> FindSessionFamilyByRefresh(
      const std::string& refresh_sha256) override {
    return sqlite_security::FindFamilyByRefresh(conn_, refresh_sha256);
  }
  std::optional<std::string> FindFamilyOfRetiredRefresh(
      const std::string& refresh_sha256) override {
    return sqlite_security::FindFamilyOfRetired(conn_, refresh_sha256);
  }
  void RotateRefresh(const std::string& family_id, const std::string& new_sha256,
                     TimeMs new_expires_ms, TimeMs now) override {
    sqlite_security::RotateRefresh(conn_, family_id, new_sha256, new_expires_ms, now);
  }
  void EndSessionFamily(const std::string& family_id, TimeMs now,
                        const std::string& reason) override {
    sqlite_security::EndFamily(conn_, family_id, now, reason);
  }
  std::vector<SessionFamilyRecord> ListLiveSessionFamilies(const std::string& company_id,
                                                           const std::string& user_id) override {
    return sqlite_security::ListLiveFamilies(conn_, company_id, user_id);
  }
  void DeleteSessionsOfUser(const std::string& user_id) override {
    sqlite_security::DeleteSessionsOfUser(conn_, user_id);
  }
  void SetUserDisabled(const std::string& user_id, bool disabled) override {
    sqlite_security::SetUserDisabled(conn_, user_id, disabled);
  }
  std::vector<AuditRecord> ListCompanyAudit(const std::string& company_id,
                                            const std::string& job_id, int limit) override {
    return sqlite_security::ListCompanyAudit(conn_, company_id, job_id, limit);
  }

  std::optional<LoginFailureRecord> FindLoginFailures(const std::string& scope,
                                                      const std::string& subject) override {
    return sqlite_login_failures::Find(conn_, scope, subject);
  }
  void UpsertLoginFailures(const LoginFailureRecord& r) override {
    sqlite_login_failures::Upsert(conn_, r);
  }
  void DeleteLoginFailures(const std::string& scope, const std::string& subject) override {
    sqlite_login_failures::Delete(conn_, scope, subject);
  }
  int DeleteLoginFailuresUpTo(TimeMs at) override {
    return sqlite_login_failures::DeleteUpTo(conn_, at);
  }
  std::int64_t CountLoginFailures(const std::string& scope) override {
    return sqlite_login_failures::Count(conn_, scope);
  }

  void InsertSecurityEvent(const SecurityEventRecord& e) override {
    sqlite_security::InsertEvent(conn_, e);
  }
  std::vector<SecurityEventRecord> ListSecurityEvents(const std::string& company_id,
                                                      int limit) override {
    return sqlite_security::ListEvents(conn_, company_id, limit);
  }

  void InsertPublication(const PublicationRecord& p) override {
    sqlite_assessments::InsertPublication(conn_, p);
  }
  std::optional<PublicationRecord> FindPublication(const std::string& company_id,
                                                   const std::string& period_label) override {
    return sqlite_assessments::FindPublication(conn_, company_id, period_label);
  }
  void InsertPublishedFigure(const PublishedFigureRecord& f) override {
    sqlite_assessments::InsertFigure(conn_, f);
  }
  std::vector<PublishedFigureRecord> ListPublishedFigures(const std::string& id) override {
    return sqlite_assessments::ListFigures(conn_, id);
  }
  void InsertPublishedPay(const PublishedPayRecord& p) override {
    sqlite_assessments::InsertPay(conn_, p);
  }
  std::vector<PublishedPayRecord> ListPublishedPay(const std::string& id) override {
    return sqlite_assessments::ListPay(conn_, id);
  }
  void UpsertAssessorComment(const AssessorCommentRecord& c) override {
    sqlite_assessments::UpsertComment(conn_, c);
  }
  std::vector<AssessorCommentRecord> ListAssessorComments(const std::string& company_id,
                                                          const std::string& label) override {
    return sqlite_assessments::ListComments(conn_, company_id, label);
  }
  void InsertShiftMark(const ShiftMarkRecord& m) override { sqlite_shift_marks::Insert(conn_, m); }
  std::vector<ShiftMarkRecord> ListShiftMarks(const std::string& company_id, TimeMs from,
                                              TimeMs to) override {
    return sqlite_shift_marks::List(conn_, company_id, from, to);
  }
  std::vector<ShiftMarkRecord> ListShiftMarksOfShift(const std::string& shift_id) override {
    return sqlite_shift_marks::ListOfShift(conn_, shift_id);
  }
  void UpsertSelfAssessment(const SelfAssessmentRecord& a) override {
    sqlite_assessments::UpsertSelfAssessment(conn_, a);
  }
  std::vector<SelfAssessmentRecord> ListSelfAssessments(const std::string& company_id,
                                                        const std::string& label) override {
    return sqlite_assessments::ListSelfAssessments(conn_, company_id, label);
  }
  void InsertAudit(const AuditRecord& a) override { sqlite_dispatch::InsertAudit(conn_, a); }
  std::vector<AuditRecord> ListAudit(const std::vector<std::string>& job_ids) override {
    return sqlite_dispatch::ListAudit(conn_, job_ids);
  }
  std::vector<EventRecord> ListEventsOfJobs(const std::vector<std::string>& job_ids) override {
    return sqlite_dispatch::ListEventsOfJobs(conn_, job_ids);
  }
  std::vector<JobVersion> ListJobVersions(const std::string& company_id, TimeMs up_to) override {
    return sqlite_history::ListJobVersions(conn_, company_id, up_to);
  }
  std::vector<JobVersion> ListJobVersionsOf(const std::vector<std::string>& job_ids) override {
    return sqlite_history::ListJobVersionsOf(conn_, job_ids);
  }
  void SetUserTeam(const std::string& user_id, const std::string& team_id, TimeMs at) override {
    auto user = FindUser(user_id);
    if (!user) throw std::runtime_error("user " + user_id + " does not exist");
    conn_.Cached("UPDATE users SET team_id = ? WHERE id = ?")
        .Bind(NullIfEmpty(team_id), user_id)
        .Run();
    sqlite_history::AppendTeamMembership(conn_, user->company_id, {user_id, team_id, at});
  }
  std::vector<TeamMembership> ListTeamMemberships(const std::string& company_id) override {
    return sqlite_history::ListTeamMemberships(conn_, company_id);
  }
  void InsertTeamMove(const TeamMove& m) override { sqlite_history::InsertTeamMove(conn_, m); }
  std::vector<TeamMove> ListTeamMoves(const std::string& company_id) override {
    return sqlite_history::ListTeamMoves(conn_, company_id);
  }
  std::vector<ExcusalLogEntry> ListCompanyExcusalLog(const std::string& company_id) override {
    return sqlite_history::ListCompanyExcusalLog(conn_, company_id);
  }
  std::vector<DeviceRecord> ListDevicesOfCompany(const std::string& company_id) override {
    return sqlite_dispatch::ListDevicesOfCompany(conn_, company_id);
  }

 private:
  sql::Locked& conn_;
  // The same connection, for a one-off sql::Stmt(db_, ...); hot statements use
  // conn_.Cached(...) instead.
  sql::Db& db_;
};

namespace {

int Migrate(sql::Db& db) {
  sql::Locked conn(db);
  const int version = MigrateSqlite(conn.db());
  sqlite_events::BackfillEventHashes(conn.db());
  return version;
}

std::int64_t DataVersion(sql::Locked& conn) {
  auto s = conn.Cached("PRAGMA data_version");
  return s.Step() ? s.Int(0) : 0;
}

// Every connection to an in-memory (or empty-path, temporary) database opens a database
// of its own, so such a store cannot have separate read connections.
bool Shareable(const std::string& path) {
  return !path.empty() && path != ":memory:" && path.rfind("file::memory:", 0) != 0;
}

}  // namespace

SqliteStore::SqliteStore(const std::string& path, int readers)
    : db_(path),
      schema_version_(Migrate(db_)),
      group_(db_, kMaxGroup, [this](sql::Locked& conn) { data_version_ = DataVersion(conn); }) {
  if (Shareable(path) && readers > 0) readers_ = std::make_unique<sql::ReaderPool>(path, readers);
  sql::Locked conn(db_);
  data_version_ = DataVersion(conn);
}

SqliteStore::~SqliteStore() = default;

void SqliteStore::LimitSize(std::int64_t max_bytes) {
  sql::Locked conn(db_);
  std::int64_t page_size = 4096;
  {
    sql::Stmt s(conn.db(), "PRAGMA page_size");
    if (s.Step()) page_size = s.Int(0);
  }
  const std::int64_t pages =
      max_bytes > 0 ? std::max<std::int64_t>(1, max_bytes / page_size) : 1073741823;
  conn.db().Exec("PRAGMA max_page_count = " + std::to_string(pages));
}

bool SqliteStore::ProbeWritable() {
  try {
    group_.Run([](sql::Locked& conn) {
      conn.Cached("INSERT INTO health_probe (id, filler) VALUES (1, zeroblob(16384))").Run();
      conn.Cached("DELETE FROM health_probe WHERE id = 1").Run();
    });
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

void SqliteStore::Write(const std::function<void(StoreTx&)>& fn) {
  // Concurrent writes share one transaction and one commit (sql::GroupCommit), each in
  // its own savepoint: the commit, the one serial step, is paid once per group.
  group_.Run([&](sql::Locked& conn) {
    Tx store_tx(conn);
    fn(store_tx);
  });
}

std::int64_t SqliteStore::ExternalWrites() {
  // data_version changes only when another connection commits (SQLite docs, PRAGMA
  // data_version). Our readers never commit, so that means another process. The
  // question never waits for a write under way: it is then answered as of the end of
  // the previous write, which read the value after its commit.
  if (auto conn = sql::Locked::TryLock(db_)) data_version_ = DataVersion(*conn);
  return data_version_;
}

void SqliteStore::ReadOn(sql::Locked& conn, const std::function<void(StoreTx&)>& fn) {
  // One read transaction: every statement in fn sees the same committed state.
  conn.Cached("BEGIN").Run();
  try {
    Tx store_tx(conn);
    fn(store_tx);
  } catch (...) {
    conn.Cached("ROLLBACK").Run();
    throw;
  }
  conn.Cached("COMMIT").Run();
}

void SqliteStore::Read(const std::function<void(StoreTx&)>& fn) {
  if (!readers_) {
    sql::Locked conn(db_);
    ReadOn(conn, fn);
    return;
  }
  auto lease = readers_->Acquire();
  ReadOn(lease.conn(), fn);
}

}  // namespace fieldledger::server
