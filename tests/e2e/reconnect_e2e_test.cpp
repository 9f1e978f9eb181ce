// A phone core in this process and fieldledger-server in its own, over TLS. A sync waits
// for the channel's connection attempt in progress (TechnicianDevice::
// AwaitConnectionAttempt); this test holds the two sides of that wait: offline, the sync
// still fails at the first refused attempt, not at its 15 s deadline; after the server
// is back, the next syncs go through within a reconnect backoff. That the wait is needed
// at all shows only under load with the fault proxy: without it the torture scenarios
// network-faults and clock-skew lose events (tests/fault, docs/reliability.md).
#include <chrono>
#include <iostream>
#include <thread>

#include "e2e_company.h"
#include "technician_device.h"

namespace fieldledger::e2e {
namespace {

using Clock = std::chrono::steady_clock;

class ReconnectE2e : public E2eCompany {
 protected:
  ReconnectE2e() : E2eCompany("UTC", {{"tech1", "Tess Tech", "technician"}}) {}
};

TEST_F(ReconnectE2e, OfflineASyncFailsFastAndAfterTheServerIsBackItGoesThrough) {
  StartServer();
  const std::string address = address_;
  device::SystemDeviceClock clock;
  device::TransportOptions options;
  options.ca_file = test_tls::CaFile();
  device::TechnicianDevice device(device_db_, address, clock, options);
  ASSERT_TRUE(device.Login("tech1", kPassword).ok);
  ASSERT_TRUE(device.Sync().ok);

  StopServer();
  const auto offline_start = Clock::now();
  const auto offline = device.Sync();
  const auto offline_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - offline_start).count();
  EXPECT_FALSE(offline.ok);
  // One refused connection attempt, not the call's 15 s deadline.
  EXPECT_LT(offline_ms, 3'000) << "an offline sync waited " << offline_ms << " ms";

  StartServer(address);
  const auto back = Clock::now();
  int attempts = 0;
  bool synced = false;
  while (!synced && Clock::now() - back < std::chrono::seconds(40)) {
    ++attempts;
    synced = device.Sync().ok;
    // Spaced as the phone's scheduler spaces its retries: a loop without a pause would
    // poll the channel itself.
    if (!synced) std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
  const double seconds =
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - back).count() / 1000.0;
  ASSERT_TRUE(synced);
  // At most one maximum reconnect backoff (5 s, transport.h) plus the handshake.
  EXPECT_LT(seconds, 7.0) << "synced " << seconds << " s after the server was back, after "
                          << attempts << " attempts";
  std::cout << "server back: synced after " << seconds << " s, " << attempts << " attempt(s)\n";
}

}  // namespace
}  // namespace fieldledger::e2e
