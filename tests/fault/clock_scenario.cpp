// Devices whose wall clocks are wrong by hours, jump backwards mid-run, or wander at
// random sync through the fault proxy; the server's trusted time of every event must
// match the real time it was recorded (within 2 s), whatever the wall clock said.
#include <map>
#include <mutex>
#include <thread>

#include "fault_proxy.h"
#include "fieldledger_sqlite/db.h"
#include "scenarios.h"
#include "torture_devices.h"

namespace fieldledger::fault {

ScenarioResult RunClockSkew(const Binaries& bin, const ClockOptions& o) {
  constexpr int kJobs = 10;
  constexpr int kDevices = 4;
  constexpr DurationMs kTolerance = 2'000;
  ScenarioResult r;
  r.scenario = "clock-skew";
  const auto start = std::chrono::steady_clock::now();
  WorkDir dir("clock");
  const std::string server_db = dir.File("server.db");
  SeedServer(server_db, kDevices, kJobs);
  std::vector<std::string> device_dbs;
  std::map<std::string, TimeMs> truth;  // event id -> real time of the tap
  std::mutex truth_mu;
  {
    ServerProcess server(bin, server_db);
    FaultMix mix;
    mix.max_delay_ms = 300;
    FaultProxy proxy(server.port(), mix, o.seed);
    const std::string proxied = "127.0.0.1:" + std::to_string(proxy.port());
    proxy.set_enabled(false);  // the devices sign in through the proxy, undisturbed
    std::vector<std::thread> threads;
    std::vector<SkewedClock> clocks(kDevices);
    std::vector<std::unique_ptr<device::TechnicianDevice>> devices;
    for (int i = 0; i < kDevices; ++i) {
      device_dbs.push_back(dir.File("device" + std::to_string(i) + ".db"));
      devices.push_back(MakeDevice(device_dbs.back(), proxied, clocks[i]));
      if (!devices.back()->Login("tech" + std::to_string(i), kPassword).ok) {
        throw std::runtime_error("login failed");
      }
    }
    proxy.set_enabled(true);
    std::atomic<std::int64_t> exchanges{0}, failed{0};
    for (int i = 0; i < kDevices; ++i) {
      threads.emplace_back([&, i] {
        std::mt19937_64 rng(o.seed * 100 + static_cast<std::uint64_t>(i));
        auto& clock = clocks[i];
        auto& d = *devices[i];
        // 0: 5 h fast; 1: 3 h slow; 2: right, then set back 2 h half-way; 3: random jumps.
        const DurationMs fixed[] = {5 * kHourMs, -3 * kHourMs, 0, 0};
        clock.set_skew(fixed[i]);
        for (std::int64_t k = 0; k < o.events_per_device; ++k) {
          if (i == 2 && k == o.events_per_device / 2) clock.set_skew(-2 * kHourMs);
          if (i == 3) {
            clock.set_skew(
                std::uniform_int_distribution<DurationMs>(-6 * kHourMs, 6 * kHourMs)(rng));
          }
          const TimeMs real = NowMs();
          const std::string id = RecordRandomAction(d, i, kJobs, rng);
          {
            std::lock_guard lock(truth_mu);
            truth[id] = real;
          }
          if (rng() % 50 == 0) {
            ++exchanges;
            if (!d.Sync().ok) ++failed;
          }
        }
      });
    }
    for (auto& t : threads) t.join();
    r.faults = proxy.counts().total();
    proxy.set_enabled(false);
    DrainClean(devices);
    r.exchanges = exchanges;
    r.failed_exchanges = failed;
  }
  r.events = static_cast<std::int64_t>(truth.size());
  CountLostAndDuplicated(server_db, device_dbs, r);
  sql::Db db(server_db);
  sql::Stmt s(db, "SELECT id, trusted_ms FROM events");
  while (s.Step()) {
    auto it = truth.find(s.Text(0));
    if (it != truth.end() && std::llabs(s.Int(1) - it->second) > kTolerance) ++r.clock_errors;
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace fieldledger::fault
