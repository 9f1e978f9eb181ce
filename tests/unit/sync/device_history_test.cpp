// Tamper-evident device history over real gRPC: the stock device chains its events by
// hash, and an event edited or removed in the phone's database before it is sent is
// caught at the next event, whose job the server flags.
#include <gtest/gtest.h>

#include <chrono>

#include "fieldledger_sqlite/db.h"
#include "live_server.h"
#include "technician_device.h"

namespace fieldledger::sync_testing {
namespace {

TimeMs RealNow() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

class DeviceHistoryTest : public ::testing::Test {
 protected:
  DeviceHistoryTest()
      : server_(dir_.File("server.db")),
        clock_(RealNow(), 1'000'000, "boot-1"),
        device_(dir_.File("device.db"), server_.address(), clock_) {}
  void SetUp() override {
    ASSERT_TRUE(device_.Login("tech1", kPassword).ok);
    ASSERT_TRUE(device_.Sync().ok);
    const device::Fix at_site{true, server::testing::kSiteLat, server::testing::kSiteLon, 10,
                              false};
    for (const auto& job : server_.job_ids()) {
      device_.CheckIn(job, at_site);
      clock_.Advance(kSecondMs);  // never ahead of the real clock: that is a clock error
    }
  }
  server::JobRecord Job(int i) {
    std::optional<server::JobRecord> j;
    server_.store().Read([&](server::StoreTx& tx) { j = tx.FindJob(server_.job_ids()[i]); });
    return *j;
  }
  // Runs `sql` on the phone's database file, as someone with the phone in hand could.
  void OnThePhone(const std::function<void(sql::Db&)>& edit) {
    sql::Db db(dir_.File("device.db"));
    edit(db);
  }

  TempDir dir_;
  LiveServer server_;
  device::ManualClock clock_;
  device::TechnicianDevice device_;
};

TEST_F(DeviceHistoryTest, AnHonestHistoryIsNotFlagged) {
  const auto report = device_.Sync();
  ASSERT_TRUE(report.ok) << report.error;
  EXPECT_EQ(report.applied, 3);
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(Job(i).arrival_verified) << Job(i).arrival_check;
    EXPECT_FALSE(Job(i).flagged) << Job(i).flag_reason;
  }
}

TEST_F(DeviceHistoryTest, AnEventEditedInThePhonesDatabaseIsCaughtAtTheNextEvent) {
  // The technician moves the second check-in 40 minutes earlier in the outbox.
  OnThePhone([](sql::Db& db) {
    std::string payload;
    {
      sql::Stmt s(db, "SELECT payload FROM outbox WHERE sequence = 2");
      ASSERT_TRUE(s.Step());
      payload = s.BlobBytes(0);
    }
    v1::DeviceEvent e;
    ASSERT_TRUE(e.ParseFromString(payload));
    e.mutable_clock()->set_wall_time_ms(e.clock().wall_time_ms() - 40 * kMinuteMs);
    e.mutable_clock()->set_monotonic_ms(e.clock().monotonic_ms() - 40 * kMinuteMs);
    const std::string edited = e.SerializeAsString();
    sql::Stmt(db, "UPDATE outbox SET payload = ? WHERE sequence = 2").Bind(sql::Blob{edited}).Run();
  });
  const auto report = device_.Sync();
  ASSERT_TRUE(report.ok) << report.error;
  EXPECT_FALSE(Job(0).flagged) << Job(0).flag_reason;
  EXPECT_EQ(Job(2).flag_reason,
            "device history: event 3 does not follow event 2 as the server received it: an event "
            "was edited, removed or reordered on the device");
}

TEST_F(DeviceHistoryTest, AnEventRemovedFromThePhonesDatabaseIsCaughtAtTheNextEvent) {
  OnThePhone([](sql::Db& db) { db.Exec("DELETE FROM outbox WHERE sequence = 2"); });
  const auto report = device_.Sync();
  ASSERT_TRUE(report.ok) << report.error;
  EXPECT_FALSE(Job(1).arrived_ms);
  EXPECT_EQ(Job(2).flag_reason,
            "device history: event 3 follows event 2, which the server has not received");
}

}  // namespace
}  // namespace fieldledger::sync_testing
