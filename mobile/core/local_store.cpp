#include "local_store.h"

#include <chrono>

#include "event_kind.h"
#include "fieldledger/core/sha256.h"
#include "fieldledger/core/uuid.h"
#include "local_migrations.h"

namespace fieldledger::device {
namespace {

OutboxState ParseState(const std::string& s) {
  if (s == "sent") return OutboxState::kSent;
  if (s == "rejected") return OutboxState::kRejected;
  if (s == "discarded") return OutboxState::kDiscarded;
  return OutboxState::kPending;
}

std::vector<OutboxItem> ReadItems(sql::Stmt& s) {
  std::vector<OutboxItem> out;
  while (s.Step()) {
    OutboxItem item;
    item.sequence = s.Int(0);
    item.event_id = s.Text(1);
    item.job_id = s.Text(2);
    item.kind = s.Text(3);
    item.state = ParseState(s.Text(4));
    item.reason = s.Text(5);
    item.event.ParseFromString(s.BlobBytes(6));
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

const char* OutboxStateName(OutboxState s) {
  switch (s) {
    case OutboxState::kPending:
      return "pending";
    case OutboxState::kSent:
      return "sent";
    case OutboxState::kRejected:
      return "rejected";
    case OutboxState::kDiscarded:
      return "discarded";
  }
  return "pending";
}

LocalStore::LocalStore(const std::string& path) : db_(path) { Migrate(); }

// Numbered migrations (local_migrations.h), applied with the server's runner: the
// first start of a new version upgrades the database in place and keeps every row.
void LocalStore::Migrate() { schema_version_ = sql::ApplyMigrations(db_, LocalMigrations()); }

std::optional<std::string> LocalStore::GetSetting(const std::string& key) {
  sql::Stmt s(db_, "SELECT value FROM settings WHERE key = ?");
  s.Bind(key);
  if (!s.Step()) return std::nullopt;
  return s.Text(0);
}

void LocalStore::SetSetting(const std::string& key, const std::string& value) {
  sql::Stmt(db_,
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
            "value = excluded.value")
      .Bind(key, value)
      .Run();
}

void LocalStore::ClearSetting(const std::string& key) {
  sql::Stmt(db_, "DELETE FROM settings WHERE key = ?").Bind(key).Run();
}

std::string LocalStore::DeviceId() {
  if (auto id = GetSetting("device_id")) return *id;
  const std::string id = NewUuidV7();
  sql::Stmt(db_, "INSERT OR IGNORE INTO settings (key, value) VALUES ('device_id', ?)")
      .Bind(id)
      .Run();
  return *GetSetting("device_id");
}

v1::DeviceEvent LocalStore::Record(const std::string& job_id,
                                   const std::function<void(v1::DeviceEvent&)>& fill) {
  sql::Transaction tx(db_);
  v1::DeviceEvent e = Append(job_id, fill);
  tx.Commit();
  return e;
}

v1::DeviceEvent LocalStore::Append(const std::string& job_id,
                                   const std::function<void(v1::DeviceEvent&)>& fill) {
  // The next sequence is kept as a setting updated in this same transaction, so it
  // never repeats, even after acknowledged rows are pruned.
  std::int64_t next = 1;
  if (auto stored = GetSetting("next_sequence")) next = std::stoll(*stored);
  SetSetting("next_sequence", std::to_string(next + 1));
  v1::DeviceEvent e;
  fill(e);
  e.set_job_id(job_id);
  e.set_sequence(next);
  e.set_event_id(NewUuidV7(e.clock().wall_time_ms() > 0 ? e.clock().wall_time_ms() : 0));
  // Each event names the hash of the one before, so an event edited in this file
  // after it was recorded breaks the chain the server checks (docs/sync.md).
  e.set_previous_event_sha256(GetSetting("chain.last_sha256").value_or(""));
  const std::string payload = e.SerializeAsString();
  SetSetting("chain.last_sha256", Sha256Hex(payload));
  sql::Stmt(db_,
            "INSERT INTO outbox (sequence, event_id, job_id, kind, state, payload) VALUES (?, ?, "
            "?, ?, 'pending', ?)")
      .Bind(next, e.event_id(), job_id, v1::EventKindName(e), sql::Blob{payload})
      .Run();
  if (e.has_check_in()) {
    sql::Stmt(db_, "UPDATE jobs SET local_arrived_ms = ? WHERE id = ? AND local_arrived_ms = 0")
        .Bind(e.clock().wall_time_ms(), job_id)
        .Run();
  }
  return e;
}

std::string LocalStore::PutBlob(const std::string& kind, const std::string& bytes) {
  const std::string key = Sha256Hex(bytes);
  sql::Stmt(db_, "INSERT OR IGNORE INTO blobs (sha256, kind, bytes) VALUES (?, ?, ?)")
      .Bind(key, kind, sql::Blob{bytes})
      .Run();
  return key;
}

std::vector<PendingBlob> LocalStore::PendingBlobs() {
  sql::Stmt s(db_,
              "SELECT sha256, kind, LENGTH(bytes), uploaded_bytes FROM blobs WHERE state = "
              "'pending' ORDER BY rowid");
  std::vector<PendingBlob> out;
  while (s.Step()) out.push_back({s.Text(0), s.Text(1), s.Int(2), s.Int(3)});
  return out;
}

std::optional<std::string> LocalStore::BlobBytes(const std::string& sha256) {
  sql::Stmt s(db_, "SELECT bytes FROM blobs WHERE sha256 = ?");
  s.Bind(sha256);
  if (!s.Step()) return std::nullopt;
  return s.BlobBytes(0);
}

void LocalStore::SetBlobProgress(const std::string& sha256, std::int64_t uploaded, bool done) {
  sql::Stmt(db_, "UPDATE blobs SET uploaded_bytes = ?, state = ? WHERE sha256 = ?")
      .Bind(uploaded, done ? "uploaded" : "pending", sha256)
      .Run();
}

std::vector<OutboxItem> LocalStore::Pending(int limit) {
  sql::Stmt s(db_,
              "SELECT sequence, event_id, job_id, kind, state, reason, payload FROM outbox WHERE "
              "state = 'pending' ORDER BY sequence LIMIT ?");
  s.Bind(limit);
  return ReadItems(s);
}

std::vector<OutboxItem> LocalStore::ItemsOfKind(const std::string& kind) {
  sql::Stmt s(db_,
              "SELECT sequence, event_id, job_id, kind, state, reason, payload FROM outbox WHERE "
              "kind = ? AND state != 'discarded' ORDER BY sequence");
  s.Bind(kind);
  return ReadItems(s);
}

std::vector<OutboxItem> LocalStore::Problems() {
  sql::Stmt s(db_,
              "SELECT sequence, event_id, job_id, kind, state, reason, payload FROM outbox WHERE "
              "state = 'rejected' ORDER BY sequence DESC");
  return ReadItems(s);
}

OutboxCounts LocalStore::Counts() {
  OutboxCounts c;
  sql::Stmt s(db_, "SELECT state, COUNT(*) FROM outbox GROUP BY state");
  while (s.Step()) {
    const auto state = ParseState(s.Text(0));
    const int n = static_cast<int>(s.Int(1));
    if (state == OutboxState::kPending) c.pending = n;
    if (state == OutboxState::kRejected) c.rejected = n;
    if (state == OutboxState::kSent) c.sent = n;
  }
  return c;
}

int LocalStore::ApplyAcks(const v1::PushResponse& resp) {
  sql::Transaction tx(db_);
  sql::Stmt update(db_,
                   "UPDATE outbox SET state = ?, reason = ? WHERE event_id = ? AND state = "
                   "'pending'");
  int changed = 0;
  for (const auto& ack : resp.acks()) {
    const char* state = nullptr;
    switch (ack.status()) {
      case v1::EventAck::STATUS_APPLIED:
        state = "sent";
        break;
      // A duplicate of an event the server had rejected carries the rejection's reason.
      case v1::EventAck::STATUS_DUPLICATE:
        state = ack.reason().empty() ? "sent" : "rejected";
        break;
      case v1::EventAck::STATUS_REJECTED:
        state = "rejected";
        break;
      default:
        break;  // unspecified, or a status newer than this app: keep it pending
    }
    if (!state) continue;
    update.Bind(state, ack.reason(), ack.event_id()).Run();
    changed += db_.Changes();
  }
  // The server holds a sequence from this device at or above our next one only when this
  // file was rolled back (a phone restored from a backup, after later events had reached
  // the server): our next events continue above the server's, so they stop reusing
  // numbers. The server accepts the reused ones anyway (events are identified by id).
  std::int64_t next = 1;
  if (auto stored = GetSetting("next_sequence")) next = std::stoll(*stored);
  if (resp.last_sequence() >= next) {
    SetSetting("next_sequence", std::to_string(resp.last_sequence() + 1));
  }
  tx.Commit();
  return changed;
}

bool LocalStore::StartOverForNewUser() {
  sql::Transaction tx(db_);
  {
    sql::Stmt s(db_, "SELECT COUNT(*) FROM outbox WHERE state = 'pending'");
    if (s.Step() && s.Int(0) > 0) return false;
  }
  db_.Exec("DELETE FROM outbox");
  db_.Exec("DELETE FROM jobs");
  for (const char* key : {"cursor", "next_sequence", "device_id", "token", "chain.last_sha256"}) {
    ClearSetting(key);
  }
  // The previous technician's scorecards are theirs, not the next person's.
  db_.Exec("DELETE FROM settings WHERE key LIKE 'scorecard.%'");
  tx.Commit();
  return true;
}

bool LocalStore::Discard(const std::string& event_id,
                         const std::function<void(v1::DeviceEvent&)>& stamp) {
  sql::Transaction tx(db_);
  std::string job_id;
  {
    sql::Stmt s(db_, "SELECT job_id FROM outbox WHERE event_id = ? AND state = 'rejected'");
    s.Bind(event_id);
    if (!s.Step()) return false;
    job_id = s.Text(0);
  }
  sql::Stmt(db_, "UPDATE outbox SET state = 'discarded' WHERE event_id = ?").Bind(event_id).Run();
  Append(job_id, [&](v1::DeviceEvent& e) {
    if (stamp) stamp(e);
    e.mutable_discarded()->set_discarded_event_id(event_id);
  });
  tx.Commit();
  return true;
}

void LocalStore::RemoveUnlessWorkPending(const std::string& job_id) {
  sql::Stmt s(db_, "SELECT COUNT(*) FROM outbox WHERE job_id = ? AND state = 'pending'");
  s.Bind(job_id);
  const bool pending = s.Step() && s.Int(0) > 0;
  if (pending) {
    sql::Stmt(db_, "UPDATE jobs SET removed_upstream = 1 WHERE id = ?").Bind(job_id).Run();
  } else {
    sql::Stmt(db_, "DELETE FROM jobs WHERE id = ?").Bind(job_id).Run();
  }
}

namespace {

// A pulled page is committed without waiting for the disk (synchronous=NORMAL, WAL):
// atomic still, so the jobs and the cursor stay together, but a power loss may undo the
// last pages, which are then simply pulled again. Nothing the technician did is in
// them; the next durable commit (an action's, synchronous=FULL) makes them durable too,
// WAL frames being written in order.
class RefetchableCommits {
 public:
  explicit RefetchableCommits(sql::Locked& conn) : conn_(conn) {
    conn_.Cached("PRAGMA synchronous = NORMAL").Run();
  }
  ~RefetchableCommits() {
    try {
      conn_.Cached("PRAGMA synchronous = FULL").Run();
    } catch (...) {
      // Destructors must not throw; a connection that cannot run a pragma is broken.
    }
  }
  RefetchableCommits(const RefetchableCommits&) = delete;
  RefetchableCommits& operator=(const RefetchableCommits&) = delete;

 private:
  sql::Locked& conn_;
};

}  // namespace

void LocalStore::ApplyPull(const v1::PullResponse& page) {
  // A first sync is many pages in a row: the page's statements are prepared once per
  // connection (cached), and each page is one transaction.
  sql::Locked conn(db_);
  RefetchableCommits refetchable(conn);
  sql::Transaction tx(conn);
  auto upsert = conn.Cached(
      "INSERT INTO jobs (id, window_start_ms, payload) VALUES (?, ?, ?) ON CONFLICT "
      "(id) DO UPDATE SET window_start_ms = excluded.window_start_ms, payload = "
      "excluded.payload, removed_upstream = 0");
  std::string payload;
  for (const auto& job : page.jobs()) {
    job.SerializeToString(&payload);
    upsert.Bind(job.id(), job.window().start_ms(), sql::Blob{payload}).Run();
  }
  for (const auto& id : page.removed_job_ids()) RemoveUnlessWorkPending(id);
  SetSetting("cursor", std::to_string(page.next_cursor()));
  tx.Commit();
}

std::int64_t LocalStore::Cursor() {
  auto c = GetSetting("cursor");
  return c ? std::stoll(*c) : 0;
}

void LocalStore::ResetCursor() { ClearSetting("cursor"); }

std::optional<v1::DeviceEvent> LocalStore::CheckInOf(const std::string& job_id) {
  sql::Stmt s(db_,
              "SELECT payload FROM outbox WHERE job_id = ? AND kind = 'check_in' AND state != "
              "'discarded' ORDER BY sequence LIMIT 1");
  s.Bind(job_id);
  if (!s.Step()) return std::nullopt;
  v1::DeviceEvent e;
  if (!e.ParseFromString(s.BlobBytes(0))) return std::nullopt;
  return e;
}

std::vector<v1::DeviceEvent> LocalStore::EventsOf(const std::string& job_id) {
  sql::Stmt s(db_,
              "SELECT payload FROM outbox WHERE job_id = ? AND state != 'discarded' ORDER BY "
              "sequence");
  s.Bind(job_id);
  std::vector<v1::DeviceEvent> out;
  while (s.Step()) {
    v1::DeviceEvent e;
    if (e.ParseFromString(s.BlobBytes(0))) out.push_back(std::move(e));
  }
  return out;
}

std::vector<LocalJob> LocalStore::Jobs() {
  // Removed jobs whose work has since synced leave now.
  db_.Exec(
      "DELETE FROM jobs WHERE removed_upstream = 1 AND id NOT IN (SELECT job_id FROM outbox "
      "WHERE state = 'pending')");
  sql::Stmt s(db_,
              "SELECT payload, local_arrived_ms, removed_upstream FROM jobs ORDER BY "
              "window_start_ms, id");
  std::vector<LocalJob> out;
  while (s.Step()) {
    LocalJob j;
    j.job.ParseFromString(s.BlobBytes(0));
    j.local_arrived_ms = s.Int(1);
    j.removed_upstream = s.Int(2) != 0;
    out.push_back(std::move(j));
  }
  return out;
}

std::optional<LocalJob> LocalStore::Job(const std::string& id) {
  sql::Stmt s(db_, "SELECT payload, local_arrived_ms, removed_upstream FROM jobs WHERE id = ?");
  s.Bind(id);
  if (!s.Step()) return std::nullopt;
  LocalJob j;
  j.job.ParseFromString(s.BlobBytes(0));
  j.local_arrived_ms = s.Int(1);
  j.removed_upstream = s.Int(2) != 0;
  return j;
}

}  // namespace fieldledger::device
