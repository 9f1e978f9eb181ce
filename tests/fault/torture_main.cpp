// fieldledger-sync-torture: runs the sync torture scenarios (network faults through a
// fault-injecting proxy, kill -9 of the device process, wrong device clocks) against a
// real fieldledger-server process and prints, per scenario, the events, faults injected,
// kills, lost and duplicated events. Exit status 0 only if nothing was lost or doubled
// and every scenario met its thresholds. See docs/sync.md.
#include <cstring>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "scenarios.h"

namespace {

using namespace fieldledger::fault;

int Usage() {
  std::cerr << "usage: fieldledger-sync-torture [--quick] [--json FILE] [--only SCENARIO]\n"
               "                                [--seed N] [--server-bin P] [--device-bin P]\n"
               "  --quick      the short versions (a few thousand events, ~20 kills)\n"
               "  --json FILE  one row per scenario: scenario, events, faults, lost, duplicated\n"
               "  --only S     network-faults | kill-9 | clock-skew | server-kill-9 | flood\n";
  return 2;
}

std::string Json(const ScenarioResult& r) {
  std::ostringstream o;
  o << "{\"scenario\": \"" << r.scenario << "\", \"events\": " << r.events
    << ", \"faults\": " << r.faults << ", \"kills\": " << r.kills
    << ", \"kills_after_commit\": " << r.kills_after_commit << ", \"lost\": " << r.lost
    << ", \"duplicated\": " << r.duplicated << ", \"exchanges\": " << r.exchanges
    << ", \"failed_exchanges\": " << r.failed_exchanges << ", \"rejected\": " << r.rejected
    << ", \"clock_errors\": " << r.clock_errors << ", \"idle_rss_kb\": " << r.idle_rss_kb
    << ", \"peak_rss_kb\": " << r.peak_rss_kb << ", \"idle_threads\": " << r.idle_threads
    << ", \"peak_threads\": " << r.peak_threads << ", \"seconds\": " << std::fixed
    << std::setprecision(1) << r.seconds << ", \"ok\": " << (r.ok() ? "true" : "false") << "}";
  return o.str();
}

void Print(const ScenarioResult& r) {
  const double share = r.exchanges ? 100.0 * static_cast<double>(r.failed_exchanges) /
                                         static_cast<double>(r.exchanges)
                                   : 0;
  std::cout << std::left << std::setw(16) << r.scenario << " events " << std::setw(7) << r.events
            << " faults " << std::setw(6) << r.faults << " kills " << std::setw(5) << r.kills
            << " (" << r.kills_after_commit << " after a commit)"
            << " failed exchanges " << r.failed_exchanges << "/" << r.exchanges << " ("
            << std::fixed << std::setprecision(0) << share << "%)"
            << " lost " << r.lost << " duplicated " << r.duplicated << " rejected " << r.rejected
            << " clock errors " << r.clock_errors << " " << std::setprecision(1) << r.seconds
            << " s " << (r.ok() ? "OK" : "FAILED") << std::endl;
  if (r.peak_threads > 0) {
    std::cout << "  server: " << r.idle_rss_kb / 1024 << " MiB and " << r.idle_threads
              << " threads idle, at most " << r.peak_rss_kb / 1024 << " MiB and " << r.peak_threads
              << " threads under the flood" << std::endl;
  }
  for (const auto& p : r.problems) std::cout << "  problem: " << p << std::endl;
}

}  // namespace

int main(int argc, char** argv) {
  bool quick = false;
  std::string json_path, only;
  std::uint64_t seed = 1;
  Binaries bin{FIELDLEDGER_SERVER_BIN, FIELDLEDGER_DEVICE_BIN};
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--quick") {
      quick = true;
    } else if (a == "--json" && has_value) {
      json_path = argv[++i];
    } else if (a == "--only" && has_value) {
      only = argv[++i];
    } else if (a == "--seed" && has_value) {
      seed = std::stoull(argv[++i]);
    } else if (a == "--server-bin" && has_value) {
      bin.server = argv[++i];
    } else if (a == "--device-bin" && has_value) {
      bin.device = argv[++i];
    } else {
      return Usage();
    }
  }
  std::vector<ScenarioResult> results;
  try {
    if (only.empty() || only == "network-faults") {
      NetworkOptions o;
      o.seed = seed;
      if (quick) o.events = 3'000;
      results.push_back(RunNetworkFaults(bin, o));
      Print(results.back());
    }
    if (only.empty() || only == "kill-9") {
      KillOptions o;
      o.seed = seed + 1;
      if (quick) o.kills = 20;
      results.push_back(RunKills(bin, o));
      Print(results.back());
    }
    if (only.empty() || only == "clock-skew") {
      ClockOptions o;
      o.seed = seed + 2;
      if (quick) o.events_per_device = 150;
      results.push_back(RunClockSkew(bin, o));
      Print(results.back());
    }
    if (only == "flood") {  // a measurement, not part of the suite's runs
      FloodOptions o;
      if (quick) o.seconds = 3;
      results.push_back(RunFlood(bin, o));
      Print(results.back());
    }
    if (only.empty() || only == "server-kill-9") {
      ServerKillOptions o;
      o.seed = seed + 3;
      if (quick) o.kills = 5;
      results.push_back(RunServerKills(bin, o));
      Print(results.back());
    }
  } catch (const std::exception& e) {
    std::cerr << "fieldledger-sync-torture: " << e.what() << std::endl;
    return 1;
  }
  if (results.empty()) return Usage();
  if (!json_path.empty()) {
    std::ofstream out(json_path);
    out << "[\n";
    for (std::size_t i = 0; i < results.size(); ++i) {
      out << "  " << Json(results[i]) << (i + 1 < results.size() ? ",\n" : "\n");
    }
    out << "]\n";
  }
  bool ok = true;
  for (const auto& r : results) ok = ok && r.ok();
  return ok ? 0 : 1;
}
