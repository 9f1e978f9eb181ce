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

}  // namespace fieldledger::fault
