// A first sync of 5,000 jobs arrives in pages over real gRPC, with progress that only
// moves forward, and a sync that dies half-way resumes from the stored cursor without
// losing or repeating a page.
#include <gtest/gtest.h>

#include "live_server.h"
#include "technician_device.h"

namespace fieldledger::sync_testing {
namespace {

constexpr int kJobs = 5000;

TEST(FirstSync, FiveThousandJobsArriveInPagesWithProgress) {
  TempDir dir;
  LiveServer server(dir.File("server.db"), kJobs);
  device::ManualClock clock(server::testing::At(8), 1'000'000, "boot-1");
  device::TechnicianDevice device(dir.File("device.db"), server.address(), clock);
  ASSERT_TRUE(device.Login("tech1", kPassword).ok);

  std::vector<device::SyncProgress> progress;
  const auto report = device.Sync([&](const device::SyncProgress& p) { progress.push_back(p); });
  ASSERT_TRUE(report.ok) << report.error;
  EXPECT_EQ(report.pulled_jobs, kJobs);
  EXPECT_EQ(device.store().Jobs().size(), static_cast<std::size_t>(kJobs));
  // 200 per page by default: 25 pages, each reported, done never going back.
  ASSERT_EQ(progress.size(), 25u);
  for (std::size_t i = 1; i < progress.size(); ++i) {
    EXPECT_GT(progress[i].done, progress[i - 1].done);
    EXPECT_EQ(progress[i].total, kJobs);
  }
  EXPECT_EQ(progress.back().done, kJobs);
}

TEST(FirstSync, AnInterruptedFirstSyncResumesFromItsCursor) {
  TempDir dir;
  LiveServer server(dir.File("server.db"), kJobs);
  device::ManualClock clock(server::testing::At(8), 1'000'000, "boot-1");
  {
    device::TechnicianDevice device(dir.File("device.db"), server.address(), clock);
    ASSERT_TRUE(device.Login("tech1", kPassword).ok);
    // Three pages arrive and are stored, then the app dies (the exception stands in for
    // the process ending between two pages).
    int pages = 0;
    EXPECT_THROW(device.Sync([&](const device::SyncProgress&) {
      if (++pages == 3) throw std::runtime_error("app killed");
    }),
                 std::runtime_error);
  }
  // The stored cursor covers exactly the pages that were stored.
  device::TechnicianDevice device(dir.File("device.db"), server.address(), clock);
  const auto stored_before = device.store().Jobs().size();
  EXPECT_EQ(stored_before, 600u);
  const auto report = device.Sync();
  ASSERT_TRUE(report.ok) << report.error;
  EXPECT_EQ(report.pulled_jobs, kJobs - 600);
  EXPECT_EQ(device.store().Jobs().size(), static_cast<std::size_t>(kJobs));
}

}  // namespace
}  // namespace fieldledger::sync_testing
