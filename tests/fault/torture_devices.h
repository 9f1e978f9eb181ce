#pragma once
// Device-side helpers for the torture scenarios: channels that reconnect quickly (the
// proxy breaks connections all the time), in-process device cores, random actions,
// and a device clock that is wrong on purpose.
#include <chrono>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "sync_scheduler.h"
#include "technician_device.h"

namespace fieldledger::fault {

// Over TLS, trusting the test CA.
std::shared_ptr<grpc::Channel> FastReconnectChannel(const std::string& address);

// A device core on a FastReconnectChannel to `address` (the server or the fault proxy).
std::unique_ptr<device::TechnicianDevice> MakeDevice(const std::string& db_path,
                                                     const std::string& address,
                                                     device::DeviceClock& clock);

// Records one random visit step on one of the technician's jobs; returns its event id.
std::string RecordRandomAction(device::TechnicianDevice& d, int technician, int jobs,
                               std::mt19937_64& rng);

// The app's scheduler with backoffs scaled down for a test: 20 ms doubling to 500 ms.
device::SchedulerOptions TortureSchedule();
std::function<double()> UniformRandom(std::uint64_t seed);
// Waits for the scheduler's next attempt (the backoff timer), runs one sync pass and
// tells the scheduler how it went. Returns whether the pass succeeded.
bool PassWhenDue(device::TechnicianDevice& d, device::SyncScheduler& scheduler);
// With the faults off: passes until every outbox is empty (bounded).
void DrainClean(std::vector<std::unique_ptr<device::TechnicianDevice>>& devices);

// Real monotonic time and boot, and a wall clock off by a skew the test moves at will.
class SkewedClock final : public device::DeviceClock {
 public:
  TimeMs WallMs() override;
  std::int64_t MonotonicMs() override;
  std::string BootId() override { return "torture-boot"; }
  void set_skew(DurationMs s) { skew_ = s; }

 private:
  std::atomic<DurationMs> skew_{0};
};

}  // namespace fieldledger::fault
