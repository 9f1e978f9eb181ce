#include "torture_devices.h"

#include <thread>

#include "../unit/common/test_tls.h"
#include "torture_common.h"

namespace fieldledger::fault {

std::shared_ptr<grpc::Channel> FastReconnectChannel(const std::string& address) {
  grpc::ChannelArguments args;
  // After the proxy drops a connection the next pass should find a new one at once;
  // the app's 500 ms initial reconnect backoff would only slow the test down.
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 20);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 200);
  // gRPC takes this as each connection attempt's deadline (max(next backoff, now + this)),
  // not only as a backoff bound: at 20 ms a TLS handshake on a loaded machine could not
  // finish, and a device stayed unable to connect for a whole drain.
  args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 5'000);
  args.SetInt(GRPC_ARG_ENABLE_RETRIES, 0);  // as on the device: the outbox owns retries
  // A channel of its own per device, not one shared subchannel for all of them.
  args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
  // Through the fault proxy on 127.0.0.1, which the test certificate names.
  return grpc::CreateCustomChannel(address, test_tls::ClientCredentials(), args);
}

std::unique_ptr<device::TechnicianDevice> MakeDevice(const std::string& db_path,
                                                     const std::string& address,
                                                     device::DeviceClock& clock) {
  device::TransportOptions options;
  options.call_deadline = std::chrono::milliseconds(1000);
  return std::make_unique<device::TechnicianDevice>(db_path, FastReconnectChannel(address), clock,
                                                    options);
}

std::string RecordRandomAction(device::TechnicianDevice& d, int technician, int jobs,
                               std::mt19937_64& rng) {
  const std::string job = "t" + std::to_string(technician) + "-j" +
                          std::to_string(std::uniform_int_distribution<int>(0, jobs - 1)(rng));
  device::Fix fix{true, 31.2304, 121.4737, 10, false};
  switch (std::uniform_int_distribution<int>(0, 2)(rng)) {
    case 0:
      return d.OnMyWay(job, fix).event_id();
    case 1:
      return d.CheckIn(job, fix).event_id();
    default: {
      v1::WorkRecorded w;
      w.add_fault_types("screen");  // the visit rules want at least one
      w.set_notes("replaced part " + std::to_string(rng() % 1000));
      w.set_resolved(rng() % 2 == 0);
      return d.RecordWork(job, w, fix).event_id();
    }
  }
}

device::SchedulerOptions TortureSchedule() {
  device::SchedulerOptions o;
  o.initial_backoff = 20;
  o.max_backoff = 500;
  o.min_gap = 0;
  return o;
}

std::function<double()> UniformRandom(std::uint64_t seed) {
  auto rng = std::make_shared<std::mt19937_64>(seed);
  return [rng] { return std::uniform_real_distribution<double>(0, 1)(*rng); };
}

bool PassWhenDue(device::TechnicianDevice& d, device::SyncScheduler& scheduler) {
  const TimeMs wait = scheduler.NextAttemptAt() - NowMs();
  // Waiting here is the backoff itself, not a stand-in for a condition.
  if (wait > 0) std::this_thread::sleep_for(std::chrono::milliseconds(wait));
  scheduler.OnSyncStarted(NowMs());
  const bool ok = d.Sync().ok;
  scheduler.OnSyncFinished(ok, NowMs());
  return ok;
}

void DrainClean(std::vector<std::unique_ptr<device::TechnicianDevice>>& devices) {
  for (auto& d : devices) {
    device::SyncScheduler scheduler(TortureSchedule(), UniformRandom(7), NowMs());
    for (int k = 0; k < 100 && d->store().Counts().pending > 0; ++k) PassWhenDue(*d, scheduler);
  }
}

TimeMs SkewedClock::WallMs() { return NowMs() + skew_.load(); }

std::int64_t SkewedClock::MonotonicMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace fieldledger::fault
