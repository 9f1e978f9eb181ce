// A phone offline past its access token keeps recording; when it reconnects it trades
// its refresh token for a new pair and its queued events reach the server, none lost.
#include <gtest/gtest.h>

#include <thread>

#include "device_clock.h"
#include "live_server.h"
#include "technician_device.h"

namespace fieldledger::sync_testing {
namespace {

TEST(SessionRefreshTest, PhoneOfflinePastItsAccessTokenRefreshesAndSendsItsQueue) {
  TempDir dir;
  LiveServer server(dir.File("server.db"), 2, {}, server::SessionLifetimes{1'500, kDayMs});
  device::SystemDeviceClock clock;
  device::TechnicianDevice phone(dir.File("phone.db"), server.address(), clock);
  ASSERT_TRUE(phone.Login("tech1", kPassword).ok);
  ASSERT_TRUE(phone.Sync().ok);
  const auto first_token = phone.store().GetSetting("token");
  const auto first_refresh = phone.store().GetSetting("refresh_token");
  ASSERT_TRUE(first_refresh.has_value());

  // Offline (no calls) past the access token's life; the visit is recorded anyway.
  std::this_thread::sleep_for(std::chrono::milliseconds(1'700));
  device::Fix fix{true, server::testing::kSiteLat, server::testing::kSiteLon, 8, false};
  phone.CheckIn(server.job_ids()[0], fix);
  ASSERT_EQ(phone.store().Counts().pending, 1);

  const auto report = phone.Sync();
  EXPECT_TRUE(report.ok) << report.error;
  EXPECT_EQ(report.applied, 1);
  EXPECT_EQ(phone.store().Counts().pending, 0);
  EXPECT_TRUE(phone.SignedIn());
  EXPECT_NE(phone.store().GetSetting("token"), first_token);
  EXPECT_NE(phone.store().GetSetting("refresh_token"), first_refresh);  // rotated
  std::int64_t stored = 0;
  server.store().Read([&](server::StoreTx& tx) {
    stored = static_cast<std::int64_t>(tx.ListEventsOfJobs({server.job_ids()[0]}).size());
  });
  EXPECT_EQ(stored, 1);
}

TEST(SessionRefreshTest, EndedSignInSignsThePhoneOutAndKeepsItsQueue) {
  TempDir dir;
  LiveServer server(dir.File("server.db"), 1, {}, server::SessionLifetimes{1'000, kDayMs});
  device::SystemDeviceClock clock;
  device::TechnicianDevice phone(dir.File("phone.db"), server.address(), clock);
  ASSERT_TRUE(phone.Login("tech1", kPassword).ok);
  // An administrator disables the technician: every session ends at once.
  server.store().Write([&](server::StoreTx& tx) {
    tx.SetUserDisabled("tech1", true);
    server::Sessions(server.store()).EndAllOf(tx, "tech1", server::SystemNowMs(), "user_disabled");
  });
  device::Fix fix{true, server::testing::kSiteLat, server::testing::kSiteLon, 8, false};
  phone.CheckIn(server.job_ids()[0], fix);
  const auto report = phone.Sync();
  EXPECT_FALSE(report.ok);
  EXPECT_FALSE(phone.SignedIn());
  EXPECT_FALSE(phone.store().GetSetting("refresh_token").has_value());
  EXPECT_EQ(phone.store().Counts().pending, 1) << "the queued check-in stays for the next sign-in";
}

}  // namespace
}  // namespace fieldledger::sync_testing
