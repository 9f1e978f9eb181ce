// The fieldledger-device process is killed with SIGKILL at random instants of its sync:
// while it reads the outbox, waits for the server, or applies acknowledgements. Events
// are recorded between kills; at the end one unkilled sync must settle everything.
#include <signal.h>
#include <sys/wait.h>

#include <thread>

#include "fieldledger_sqlite/db.h"
#include "scenarios.h"
#include "torture_devices.h"

namespace fieldledger::fault {
namespace {

std::int64_t ServerEventCount(const std::string& server_db) {
  sql::Db db(server_db);
  sql::Stmt s(db, "SELECT COUNT(*) FROM events");
  return s.Step() ? s.Int(0) : 0;
}

}  // namespace

ScenarioResult RunKills(const Binaries& bin, const KillOptions& o) {
  constexpr int kJobs = 20;
  ScenarioResult r;
  r.scenario = "kill-9";
  const auto start = std::chrono::steady_clock::now();
  WorkDir dir("kill");
  const std::string server_db = dir.File("server.db");
  const std::string device_db = dir.File("device.db");
  SeedServer(server_db, 1, kJobs);
  {
    ServerProcess server(bin, server_db);
    const std::vector<std::string> device_cmd = {bin.device, "--db", device_db, "--server",
                                                 server.address()};
    auto with = [&](std::vector<std::string> args) {
      args.insert(args.begin(), device_cmd.begin(), device_cmd.end());
      return args;
    };
    auto login = proc::Run(with({"login", "--username", "tech0"}), std::string(kPassword) + "\n");
    if (login.exit_code != 0) throw std::runtime_error("device login failed: " + login.output);

    std::mt19937_64 rng(o.seed);
    device::SystemDeviceClock clock;
    // The kill instant is drawn from [0, window); the window adapts to how long a sync
    // takes here, so kills land all along it rather than before it starts or after it ends.
    int window_ms = 60;
    for (int attempt = 0; r.kills < o.kills && attempt < 4 * o.kills; ++attempt) {
      {
        // The device "app" reopens its store each time, as after a kill.
        auto d = MakeDevice(device_db, server.address(), clock);
        const int n = std::uniform_int_distribution<int>(10, 60)(rng);
        for (int k = 0; k < n; ++k) RecordRandomAction(*d, 0, kJobs, rng);
        r.events += n;
      }
      const std::int64_t before = ServerEventCount(server_db);
      proc::Child child(with({"sync"}));
      const int delay = std::uniform_int_distribution<int>(0, window_ms)(rng);
      std::this_thread::sleep_for(std::chrono::milliseconds(delay));  // the kill instant
      const int status = child.Kill(SIGKILL);
      ++r.exchanges;
      if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) {
        ++r.kills;
        ++r.failed_exchanges;
        if (ServerEventCount(server_db) > before) {
          ++r.kills_after_commit;
          window_ms = std::min(2000, window_ms + 2);
        } else {
          // Killed before the server committed anything: the sync takes longer here than
          // the window (a sanitizer build starts slowly), so widen it by a quarter rather
          // than creep up 2 ms at a time and run out of kills before reaching a commit.
          window_ms = std::min(2000, window_ms * 5 / 4 + 2);
        }
      } else {
        window_ms = std::max(5, window_ms * 3 / 4);  // it finished first: aim earlier
      }
    }
    for (int k = 0; k < 5; ++k) {
      auto final_sync = proc::Run(with({"sync"}));
      auto status = proc::Run(with({"status"}));
      if (final_sync.exit_code == 0 && status.output.find("pending 0,") != std::string::npos) {
        break;
      }
    }
  }
  r.faults = r.kills;
  CountLostAndDuplicated(server_db, {device_db}, r);
  if (r.kills < o.kills) r.problems.push_back("fewer kills than asked for");
  if (r.kills_after_commit == 0) {
    r.problems.push_back("no kill landed after a server commit: the kill window is wrong");
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace fieldledger::fault
