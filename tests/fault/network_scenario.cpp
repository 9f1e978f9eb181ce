// Device cores in this process push through the fault proxy to a real server process
// until the target number of events is recorded; then the faults stop, every outbox
// drains, and the outboxes are compared with the server's events table.
#include <atomic>
#include <thread>

#include "fault_proxy.h"
#include "scenarios.h"
#include "torture_devices.h"

namespace fieldledger::fault {

ScenarioResult RunNetworkFaults(const Binaries& bin, const NetworkOptions& o) {
  constexpr int kJobs = 20;
  ScenarioResult r;
  r.scenario = "network-faults";
  const auto start = std::chrono::steady_clock::now();
  WorkDir dir("net");
  const std::string server_db = dir.File("server.db");
  SeedServer(server_db, o.devices, kJobs);
  std::vector<std::string> device_dbs;
  {
    ServerProcess server(bin, server_db);
    FaultMix mix;
    mix.response_fault = 0.15;
    mix.request_drop = 0.03;
    mix.max_delay_ms = 1200;  // some answers arrive after the 1 s deadline
    FaultProxy proxy(server.port(), mix, o.seed);
    const std::string proxied = "127.0.0.1:" + std::to_string(proxy.port());
    proxy.set_enabled(false);  // the devices sign in through the proxy, undisturbed

    device::SystemDeviceClock clock;
    std::vector<std::unique_ptr<device::TechnicianDevice>> devices;
    for (int i = 0; i < o.devices; ++i) {
      device_dbs.push_back(dir.File("device" + std::to_string(i) + ".db"));
      devices.push_back(MakeDevice(device_dbs.back(), proxied, clock));
      auto login = devices.back()->Login("tech" + std::to_string(i), kPassword);
      if (!login.ok) throw std::runtime_error("login failed: " + login.error);
    }
    proxy.set_enabled(true);
    std::atomic<std::int64_t> recorded{0}, exchanges{0}, failed{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < o.devices; ++i) {
      threads.emplace_back([&, i] {
        std::mt19937_64 rng(o.seed * 1000 + static_cast<std::uint64_t>(i));
        auto& d = *devices[i];
        const std::int64_t quota = o.events / o.devices + (i < o.events % o.devices ? 1 : 0);
        std::int64_t mine = 0;
        device::SyncScheduler scheduler(TortureSchedule(), UniformRandom(rng()), NowMs());
        while (mine < quota) {
          const std::int64_t n =
              std::min<std::int64_t>(quota - mine, std::uniform_int_distribution<int>(1, 150)(rng));
          for (std::int64_t k = 0; k < n; ++k) RecordRandomAction(d, i, kJobs, rng);
          mine += n;
          recorded += n;
          scheduler.OnLocalWrite(NowMs());
          ++exchanges;
          if (!PassWhenDue(d, scheduler)) ++failed;
        }
        // Drain under faults, retried by the scheduler's timer alone (no new writes).
        for (int k = 0; k < 200 && d.store().Counts().pending > 0; ++k) {
          ++exchanges;
          if (!PassWhenDue(d, scheduler)) ++failed;
        }
      });
    }
    for (auto& t : threads) t.join();
    const FaultCounts faults = proxy.counts();
    proxy.set_enabled(false);
    DrainClean(devices);
    r.events = recorded;
    r.exchanges = exchanges;
    r.failed_exchanges = failed;
    r.faults = faults.total();
  }
  CountLostAndDuplicated(server_db, device_dbs, r);
  if (r.events < o.events) r.problems.push_back("fewer events than asked for");
  const double share =
      r.exchanges ? static_cast<double>(r.failed_exchanges) / static_cast<double>(r.exchanges) : 0;
  if (share < o.min_failed_share) {
    r.problems.push_back("only " + std::to_string(static_cast<int>(share * 100)) +
                         "% of sync passes failed; the scenario asks for at least " +
                         std::to_string(static_cast<int>(o.min_failed_share * 100)) + "%");
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace fieldledger::fault
