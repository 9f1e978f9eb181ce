#include "torture_common.h"

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <stdexcept>

#include "../unit/common/test_tls.h"
#include "auth/password_hasher.h"
#include "fieldledger/core/time.h"
#include "fieldledger_sqlite/db.h"
#include "storage/sqlite_store.h"

namespace fieldledger::fault {

std::int64_t NowMs() { return SystemNowMs(); }

WorkDir::WorkDir(const std::string& name) {
  // tmpfs keeps synchronous=FULL commits cheap; the durability logic is unchanged.
  const std::filesystem::path base = std::filesystem::exists("/dev/shm")
                                         ? std::filesystem::path("/dev/shm")
                                         : std::filesystem::temp_directory_path();
  path_ = (base / ("fieldledger-torture-" + std::to_string(getpid()) + "-" + name)).string();
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

WorkDir::~WorkDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void SeedServer(const std::string& db_path, int technicians, int jobs) {
  using namespace server;
  SqliteStore store(db_path);
  const std::string hash = HashPassword(kPassword, Argon2Params{256, 1, 1});
  const TimeMs now = NowMs();
  store.Write([&](StoreTx& tx) {
    tx.InsertCompany({"acme", "Acme Service", "UTC", now});
    for (int t = 0; t < technicians; ++t) {
      const std::string id = "tech" + std::to_string(t);
      tx.InsertUser({id, "acme", id, "Technician " + id, Role::kTechnician, "", hash, false, now});
      for (int k = 0; k < jobs; ++k) {
        JobRecord j;
        j.id = "t" + std::to_string(t) + "-j" + std::to_string(k);
        j.company_id = "acme";
        j.reference = "REF-" + j.id;
        j.customer_name = "Customer " + j.id;
        j.latitude = 31.2304;
        j.longitude = 121.4737;
        j.window = {now - kHourMs, now + 8 * kHourMs};
        j.technician_id = id;
        j.created_ms = j.updated_ms = now;
        tx.InsertJob(j);
        tx.AppendJobChange(j.id, id);
      }
    }
  });
}

ServerProcess::ServerProcess(const Binaries& bin, const std::string& db_path) {
  // TLS with the test CA; device processes started later trust it (FIELDLEDGER_CA_FILE).
  test_tls::TrustTestCa();
  child_ = std::make_unique<proc::Child>(
      std::vector<std::string>{bin.server, "--db", db_path, "--listen", "127.0.0.1:0", "--tls-cert",
                               test_tls::CertFile(), "--tls-key", test_tls::KeyFile()});
  const std::string line = child_->WaitForLine("listening on port", std::chrono::seconds(30));
  std::smatch m;
  if (!std::regex_search(line, m, std::regex("port (\\d+)"))) {
    throw std::runtime_error("fieldledger-server did not start: " + child_->output());
  }
  port_ = std::stoi(m[1].str());
}

ServerProcess::~ServerProcess() { child_->Kill(SIGTERM); }

void CountLostAndDuplicated(const std::string& server_db, const std::vector<std::string>& devices,
                            ScenarioResult& r) {
  // Server side: every stored event of these devices, by id, and per (device, sequence).
  std::map<std::string, int> by_id;
  std::set<std::string> device_ids;
  std::int64_t server_rows = 0;
  std::vector<std::pair<std::string, std::string>> device_events;  // (device id, event id)
  for (const auto& path : devices) {
    sql::Db db(path);
    std::string device_id;
    {
      sql::Stmt s(db, "SELECT value FROM settings WHERE key = 'device_id'");
      if (s.Step()) device_id = s.Text(0);
    }
    device_ids.insert(device_id);
    sql::Stmt s(db, "SELECT event_id, state FROM outbox");
    while (s.Step()) {
      device_events.push_back({device_id, s.Text(0)});
      // Still pending after the final clean sync: the device could not get it acknowledged.
      if (s.Text(1) == "pending") ++r.lost;
    }
  }
  sql::Db db(server_db);
  sql::Stmt s(db, "SELECT id, device_id, sequence, status FROM events");
  while (s.Step()) {
    if (!device_ids.contains(s.Text(1))) continue;
    ++server_rows;
    ++by_id[s.Text(0)];
    if (s.Text(3) == "rejected") ++r.rejected;
  }
  std::int64_t matched = 0;
  for (const auto& [device, id] : device_events) {
    if (by_id.contains(id)) {
      ++matched;
    } else {
      ++r.lost;
    }
  }
  // Any server row beyond one per device event is an effect stored twice (the
  // events table's keys forbid the same id twice, so this catches re-applications
  // under new ids, the failure a retry without idempotence would show).
  r.duplicated += server_rows - matched;
}

}  // namespace fieldledger::fault
