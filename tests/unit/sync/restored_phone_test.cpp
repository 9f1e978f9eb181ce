// A stock device core against a real server over gRPC: a phone restored from a backup
// (its file rolled back after later events had reached the server) records new events
// under sequences it had already used; they are accepted, the phone continues above the
// server's last sequence, and its history is not flagged. A phone whose pull cursor the
// server does not know starts again from 0 without losing the work in its outbox.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "fieldledger_sqlite/db.h"
#include "live_server.h"
#include "technician_device.h"

namespace fieldledger::sync_testing {
namespace {

TimeMs RealNow() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

const device::Fix kAtSite{true, server::testing::kSiteLat, server::testing::kSiteLon, 10, false};

class RestoredPhoneTest : public ::testing::Test {
 protected:
  RestoredPhoneTest()
      : server_(dir_.File("server.db")), clock_(RealNow() - kHourMs, 1'000'000, "boot-1") {}
  void SetUp() override {
    Open();
    ASSERT_TRUE(device_->Login("tech1", kPassword).ok);
    ASSERT_TRUE(device_->Sync().ok);
  }
  void Open() {
    device_ = std::make_unique<device::TechnicianDevice>(dir_.File("device.db"), server_.address(),
                                                         clock_);
  }
  // What a backup holds: a consistent copy of the phone's database file.
  void Backup() {
    sql::Db db(dir_.File("device.db"));
    db.Exec("VACUUM INTO '" + dir_.File("backup.db") + "'");
  }
  void Restore() {
    device_.reset();
    namespace fs = std::filesystem;
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dir_.File("device.db") + suffix);
    fs::copy_file(dir_.File("backup.db"), dir_.File("device.db"));
    Open();
  }
  void Tap(const std::string& job) {
    clock_.Advance(kMinuteMs);
    device_->CheckIn(job, kAtSite);
  }
  std::int64_t ServerEvents() {
    std::int64_t n = 0;
    server_.store().Read(
        [&](server::StoreTx& tx) { n = tx.CountEvents(device_->store().DeviceId()); });
    return n;
  }
  server::JobRecord Job(int i) {
    std::optional<server::JobRecord> j;
    server_.store().Read([&](server::StoreTx& tx) { j = tx.FindJob(server_.job_ids()[i]); });
    return *j;
  }

  TempDir dir_;
  LiveServer server_;
  device::ManualClock clock_;
  std::unique_ptr<device::TechnicianDevice> device_;
};

TEST_F(RestoredPhoneTest, NewEventsUnderReusedSequencesAreAcceptedAndTheChainHolds) {
  const auto& jobs = server_.job_ids();
  Tap(jobs[0]);
  ASSERT_TRUE(device_->Sync().ok);
  Backup();
  Tap(jobs[1]);
  Tap(jobs[2]);
  ASSERT_EQ(device_->Sync().applied, 2);  // sequences 2 and 3 reach the server
  Restore();                              // ... and leave the phone

  Tap(jobs[1]);  // sequence 2 again, a new event
  Tap(jobs[2]);  // sequence 3 again
  const auto report = device_->Sync();
  ASSERT_TRUE(report.ok) << report.error;
  EXPECT_EQ(report.applied, 2);
  EXPECT_EQ(report.rejected, 0);
  Tap(jobs[0]);  // continues above the server's last sequence
  const auto items = device_->store().Pending(10);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].sequence, 4);
  const auto next = device_->Sync();
  ASSERT_TRUE(next.ok) << next.error;
  EXPECT_EQ(next.applied, 1);
  EXPECT_EQ(next.gaps, 0);

  EXPECT_EQ(ServerEvents(), 6);  // 1, 2, 3, the new 2 and 3, and 4: each once
  EXPECT_EQ(device_->store().Counts().pending, 0);
  EXPECT_EQ(device_->store().Counts().rejected, 0);
  for (int i = 0; i < 3; ++i) EXPECT_FALSE(Job(i).flagged) << Job(i).flag_reason;
}

TEST_F(RestoredPhoneTest, AnUnknownCursorStartsThePullAgainAndKeepsTheOutbox) {
  device_->store().SetSetting("cursor", "999999");
  Tap(server_.job_ids()[0]);
  const auto report = device_->Sync();
  ASSERT_TRUE(report.ok) << report.error;
  EXPECT_EQ(report.applied, 1);
  EXPECT_EQ(report.pulled_jobs, 3);
  EXPECT_LT(device_->store().Cursor(), 999999);
  EXPECT_EQ(device_->store().Jobs().size(), 3u);
  EXPECT_EQ(ServerEvents(), 1);
}

}  // namespace
}  // namespace fieldledger::sync_testing
