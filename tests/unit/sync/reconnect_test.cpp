// After the server was unreachable for a while, the device notices it is back within
// seconds (the channel's short reconnect backoff, transport.h), not after gRPC's default
// two-minute backoff, and the next sync goes through at once.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "live_server.h"
#include "technician_device.h"

namespace fieldledger::sync_testing {
namespace {

using Clock = std::chrono::steady_clock;

TEST(Reconnect, TheDeviceSeesTheServerBackWithinSecondsAndSyncsAtOnce) {
  TempDir dir;
  LiveServer server(dir.File("server.db"));
  device::ManualClock clock(server::testing::At(8), 1'000'000, "boot-1");
  device::TechnicianDevice device(dir.File("device.db"), server.address(), clock);
  ASSERT_TRUE(device.Login("tech1", kPassword).ok);
  ASSERT_TRUE(device.Sync().ok);
  ASSERT_TRUE(device.ServerConnects(std::chrono::seconds(1)));

  server.Stop();
  const auto offline = device.Sync();
  EXPECT_FALSE(offline.ok);
  EXPECT_EQ(offline.code, grpc::StatusCode::UNAVAILABLE) << offline.error;
  // Twelve seconds of failed attempts: long enough for gRPC's default backoff to have
  // grown past twenty seconds (1 s x 1.6 per attempt), ours stays at five.
  const auto outage_end = Clock::now() + std::chrono::seconds(12);
  while (Clock::now() < outage_end) EXPECT_FALSE(device.ServerConnects(std::chrono::seconds(1)));

  server.Restart();
  const auto back = Clock::now();
  bool connected = false;
  while (!connected && Clock::now() - back < std::chrono::seconds(30)) {
    connected = device.ServerConnects(std::chrono::seconds(1));
  }
  const auto seconds =
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - back).count() / 1000.0;
  ASSERT_TRUE(connected);
  // At most one maximum backoff (5 s) plus the connect itself.
  EXPECT_LT(seconds, 7.0) << "the device saw the server back after " << seconds << " s";
  std::cout << "server back: device connected after " << seconds << " s\n";
  const auto report = device.Sync();
  EXPECT_TRUE(report.ok) << report.error;
}

TEST(Reconnect, SigningInToAServerThatIsDownSaysUnreachable) {
  TempDir dir;
  LiveServer server(dir.File("server.db"));
  const std::string address = server.address();
  server.Stop();
  device::ManualClock clock(server::testing::At(8), 1'000'000, "boot-1");
  device::TechnicianDevice device(dir.File("device.db"), address, clock);
  const auto r = device.Login("tech1", kPassword);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.code, "unreachable");
}

TEST(Reconnect, AWrongPasswordIsACodeTheAppTranslates) {
  TempDir dir;
  LiveServer server(dir.File("server.db"));
  device::ManualClock clock(server::testing::At(8), 1'000'000, "boot-1");
  device::TechnicianDevice device(dir.File("device.db"), server.address(), clock);
  const auto r = device.Login("tech1", "wrong password");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.code, "bad_credentials") << r.error;
}

}  // namespace
}  // namespace fieldledger::sync_testing
