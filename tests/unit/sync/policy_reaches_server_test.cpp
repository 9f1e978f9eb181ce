// The scoring policy a server is started with decides how it verifies arrivals: the
// same check-in from a real device core, over real gRPC, is unverified under the
// default geofence and accuracy limit and verified under a policy that widens them, and
// the phone hears the policy's rules with its pull.
#include <gtest/gtest.h>

#include <chrono>

#include "live_server.h"
#include "technician_device.h"

namespace fieldledger::sync_testing {
namespace {

TimeMs RealNow() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// Checks in on the first job from 5 km north with a 700 m accuracy; returns the job.
server::JobRecord CheckInFarAway(LiveServer& server, const std::string& device_db) {
  device::ManualClock clock(RealNow(), 1'000'000, "boot-1");
  device::TechnicianDevice device(device_db, server.address(), clock);
  EXPECT_TRUE(device.Login("tech1", kPassword).ok);
  EXPECT_TRUE(device.Sync().ok);
  device.CheckIn(server.job_ids()[0], device::Fix{true, server::testing::kFarLat,
                                                  server::testing::kSiteLon, 700, false});
  const auto report = device.Sync();
  EXPECT_TRUE(report.ok) << report.error;
  EXPECT_EQ(report.applied, 1);
  std::optional<server::JobRecord> job;
  server.store().Read([&](server::StoreTx& tx) { job = tx.FindJob(server.job_ids()[0]); });
  return *job;
}

TEST(PolicyReachesServer, TheDefaultPolicyLeavesAFarVagueFixUnverified) {
  TempDir dir;
  LiveServer server(dir.File("server.db"));
  const auto job = CheckInFarAway(server, dir.File("device.db"));
  EXPECT_FALSE(job.arrival_verified);
  EXPECT_EQ(job.arrival_place, "no_position");
  EXPECT_EQ(job.arrival_check, "no usable position: accuracy 700 m is worse than 500 m");
}

TEST(PolicyReachesServer, AWiderPolicyVerifiesTheSameCheckInAndReachesThePhone) {
  TempDir dir;
  scoring::ScoringPolicy wide;
  wide.version = "wide-1";
  wide.geofence_radius_m = 6000;
  wide.max_fix_accuracy_m = 1000;
  wide.on_time_grace = 5 * kMinuteMs;
  LiveServer server(dir.File("server.db"), 3, wide);
  const auto job = CheckInFarAway(server, dir.File("device.db"));
  EXPECT_TRUE(job.arrival_verified) << job.arrival_check;
  EXPECT_EQ(job.arrival_place, "inside");

  device::ManualClock clock(RealNow(), 2'000'000, "boot-1");
  device::TechnicianDevice device(dir.File("device.db"), server.address(), clock);
  const auto rules = device.ScoringRules();
  ASSERT_TRUE(rules);
  EXPECT_EQ(rules->version(), "wide-1");
  EXPECT_EQ(rules->geofence_radius_m(), 6000);
  EXPECT_EQ(rules->max_fix_accuracy_m(), 1000);
  EXPECT_EQ(rules->on_time_grace_seconds(), 300);
}

}  // namespace
}  // namespace fieldledger::sync_testing
