#pragma once
// What every torture scenario shares: a work directory on tmpfs where there is one, a
// seeded server database, a real fieldledger-server process, and the final count of
// lost and duplicated events (device outboxes against the server's events table).
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "../e2e/process.h"

namespace fieldledger::fault {

inline constexpr char kPassword[] = "correct horse battery";

struct ScenarioResult {
  std::string scenario;
  std::int64_t events = 0;  // events recorded on the devices
  std::int64_t faults = 0;  // network faults injected, or kills
  std::int64_t kills = 0;
  // Kills that landed after the server had committed some of that pass's events: the
  // acknowledgements were lost with the process (the hard case for exactly-once).
  std::int64_t kills_after_commit = 0;
  std::int64_t exchanges = 0;  // sync passes attempted
  std::int64_t failed_exchanges = 0;
  std::int64_t lost = 0;
  std::int64_t duplicated = 0;
  std::int64_t rejected = 0;      // stored as rejected by the server (expected 0)
  std::int64_t clock_errors = 0;  // trusted times off by more than 2 s
  double seconds = 0;
  // The flood scenario's samples of the server process (/proc/PID/status).
  std::int64_t idle_rss_kb = 0, idle_threads = 0, peak_rss_kb = 0, peak_threads = 0;
  std::vector<std::string> problems;  // thresholds not met; empty when all is well
  bool ok() const {
    return lost == 0 && duplicated == 0 && rejected == 0 && clock_errors == 0 && problems.empty();
  }
};

struct Binaries {
  std::string server;
  std::string device;
};

class WorkDir {
 public:
  explicit WorkDir(const std::string& name);
  ~WorkDir();
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Creates company "acme" with technicians tech0..tech{n-1}, each with `jobs` jobs
// (ids "t<i>-j<k>") scheduled around now.
void SeedServer(const std::string& db_path, int technicians, int jobs);

// fieldledger-server on 127.0.0.1 with a free port.
class ServerProcess {
 public:
  // Over TLS with the test CA (test_tls.h).
  ServerProcess(const Binaries& bin, const std::string& db_path);
  ~ServerProcess();
  int port() const { return port_; }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

 private:
  std::unique_ptr<proc::Child> child_;
  int port_ = 0;
};

// Compares the outboxes of the device databases with the server's events table and
// fills lost, duplicated and rejected. Every device event must be on the server once.
void CountLostAndDuplicated(const std::string& server_db, const std::vector<std::string>& devices,
                            ScenarioResult& r);

std::int64_t NowMs();

}  // namespace fieldledger::fault
