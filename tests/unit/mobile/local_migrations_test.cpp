// The phone's database upgrades in place: a database written by the previous version of
// the app (its schema created with CREATE TABLE IF NOT EXISTS, no schema_migrations)
// with records still waiting to be sent opens under the numbered migrations with every
// record, job, setting and blob kept, and sends the same events in the same order.
#include <gtest/gtest.h>

#include "fieldledger_sqlite/db.h"
#include "local_migrations.h"
#include "local_store.h"
#include "temp_dir.h"

namespace fieldledger::device {
namespace {

// Verbatim the schema the app created on every start before numbered migrations
// (mobile/core/local_store.cpp as of the commit before this test).
constexpr const char* kPreviousSchema = R"sql(
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY,
  window_start_ms INTEGER NOT NULL,
  payload BLOB NOT NULL,
  local_arrived_ms INTEGER NOT NULL DEFAULT 0,
  removed_upstream INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS outbox (
  sequence INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  job_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  payload BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_by_state ON outbox(state, sequence);
CREATE TABLE IF NOT EXISTS blobs (
  sha256 TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  bytes BLOB NOT NULL,
  uploaded_bytes INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'pending'
);
)sql";

v1::DeviceEvent Event(int sequence, const std::string& job) {
  v1::DeviceEvent e;
  e.set_event_id("ev-" + std::to_string(sequence));
  e.set_sequence(sequence);
  e.set_job_id(job);
  e.mutable_clock()->set_wall_time_ms(1'772'442'000'000 + sequence * 60'000);
  if (sequence == 2) {
    e.mutable_check_in();
  } else {
    e.mutable_work_recorded()->add_fault_types("disassembly_repair");
    e.mutable_work_recorded()->set_notes("note " + std::to_string(sequence));
  }
  return e;
}

// What the previous app left on a phone that was offline: a job, settings, a blob and
// five events, one sent, one rejected and three still waiting.
void WritePreviousVersionDatabase(const std::string& path) {
  sql::Db db(path);
  db.Exec(kPreviousSchema);
  v1::Job job;
  job.set_id("job-1");
  job.set_customer_name("Chen Jing");
  sql::Stmt(db, "INSERT INTO jobs (id, window_start_ms, payload) VALUES (?, ?, ?)")
      .Bind(std::string("job-1"), std::int64_t{1'772'442'000'000},
            sql::Blob{job.SerializeAsString()})
      .Run();
  sql::Stmt(db,
            "INSERT INTO settings VALUES ('token', 'tok'), ('user_id', 'u-1'), "
            "('next_sequence', '6')")
      .Run();
  sql::Stmt(db, "INSERT INTO blobs (sha256, kind, bytes) VALUES ('abc', 'photo', x'FFD8')").Run();
  const char* states[] = {"sent", "rejected", "pending", "pending", "pending"};
  for (int i = 1; i <= 5; ++i) {
    const v1::DeviceEvent e = Event(i, "job-1");
    sql::Stmt(db,
              "INSERT INTO outbox (sequence, event_id, job_id, kind, state, reason, payload) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .Bind(std::int64_t{i}, e.event_id(), e.job_id(),
              std::string(e.has_check_in() ? "check_in" : "work_recorded"),
              std::string(states[i - 1]), std::string(i == 2 ? "[unknown_job] gone" : ""),
              sql::Blob{e.SerializeAsString()})
        .Run();
  }
}

TEST(LocalMigrations, VersionsStartAtOneAndIncrease) {
  const auto& m = LocalMigrations();
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m.front().version, 1);
  for (std::size_t i = 1; i < m.size(); ++i) EXPECT_GT(m[i].version, m[i - 1].version);
}

TEST(LocalMigrations, ThePreviousVersionsDatabaseUpgradesAndLosesNoQueuedEvent) {
  testing::TempDir dir;
  const std::string path = dir.File("device.db");
  WritePreviousVersionDatabase(path);
  {
    LocalStore store(path);
    EXPECT_EQ(store.schema_version(), LocalMigrations().back().version);
    const auto pending = store.Pending(100);
    ASSERT_EQ(pending.size(), 3u);
    for (std::size_t i = 0; i < pending.size(); ++i) {
      const int sequence = static_cast<int>(i) + 3;
      EXPECT_EQ(pending[i].sequence, sequence);
      EXPECT_EQ(pending[i].event_id, "ev-" + std::to_string(sequence));
      EXPECT_EQ(pending[i].event.SerializeAsString(), Event(sequence, "job-1").SerializeAsString());
    }
    const auto problems = store.Problems();
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].reason, "[unknown_job] gone");
    EXPECT_EQ(store.GetSetting("token"), "tok");
    ASSERT_TRUE(store.Job("job-1"));
    EXPECT_EQ(store.Job("job-1")->job.customer_name(), "Chen Jing");
    EXPECT_TRUE(store.BlobBytes("abc"));
    // The next record continues the sequence: the server never sees a number twice.
    const auto next = store.Record("job-1", [](v1::DeviceEvent& e) { e.mutable_on_my_way(); });
    EXPECT_EQ(next.sequence(), 6);
  }
  {
    // A second start applies nothing again and still has all four waiting.
    LocalStore store(path);
    EXPECT_EQ(store.Pending(100).size(), 4u);
  }
  sql::Db db(path);
  sql::Stmt versions(db, "SELECT version FROM schema_migrations ORDER BY version");
  std::size_t i = 0;
  while (versions.Step()) EXPECT_EQ(versions.Int(0), LocalMigrations()[i++].version);
  EXPECT_EQ(i, LocalMigrations().size());
  sql::Stmt index(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'jobs_by_window'");
  ASSERT_TRUE(index.Step());
  EXPECT_EQ(index.Int(0), 1);
}

TEST(LocalMigrations, AFreshDatabaseGetsEveryMigration) {
  testing::TempDir dir;
  LocalStore store(dir.File("device.db"));
  EXPECT_EQ(store.schema_version(), LocalMigrations().back().version);
  EXPECT_EQ(store.Counts().pending, 0);
}

}  // namespace
}  // namespace fieldledger::device
