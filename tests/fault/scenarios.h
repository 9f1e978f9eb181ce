#pragma once
// The torture scenarios run by fieldledger-sync-torture. Each returns its figures and
// the thresholds it did not meet.
#include <cstdint>

#include "torture_common.h"

namespace fieldledger::fault {

struct NetworkOptions {
  std::int64_t events = 100'000;
  int devices = 4;
  double min_failed_share = 0.30;  // of sync passes
  std::uint64_t seed = 1;
};
ScenarioResult RunNetworkFaults(const Binaries& bin, const NetworkOptions& o);

struct KillOptions {
  int kills = 1000;
  std::uint64_t seed = 2;
};
ScenarioResult RunKills(const Binaries& bin, const KillOptions& o);

struct ClockOptions {
  std::int64_t events_per_device = 1000;
  std::uint64_t seed = 3;
};
ScenarioResult RunClockSkew(const Binaries& bin, const ClockOptions& o);

// kill -9 of the server process during ingestion from device cores and wire clients
// that send their batches later-first; the server restarts on the same port.
struct ServerKillOptions {
  int kills = 100;
  int device_cores = 4;
  int wire_clients = 2;
  std::uint64_t seed = 4;
};
ScenarioResult RunServerKills(const Binaries& bin, const ServerKillOptions& o);

// Login and push calls from many clients at once; the server's memory and threads sampled.
struct FloodOptions {
  int clients = 200;
  int seconds = 10;
};
ScenarioResult RunFlood(const Binaries& bin, const FloodOptions& o);

}  // namespace fieldledger::fault
