#pragma once
// A real FieldLedgerServer in the test's process on a free loopback port, over a real
// SQLite file, for the office desks' tests: company "acme" (in a zone where it is now
// about 10:00, see MorningZone) with a dispatcher, a
// call-back agent, a manager, two teams of technicians and jobs on today's board, placed
// relative to the real clock (the server runs on the system clock, as in production).
// Over TLS with the test CA (../unit/common/test_tls.h).
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "../unit/common/test_tls.h"
#include "../unit/server/test_store.h"
#include "rpc/server.h"

namespace fieldledger::office_testing {

inline constexpr char kPassword[] = "correct horse";

inline TimeMs NowMs() { return server::SystemNowMs(); }

// A fixed-offset zone in which `now` falls between 10:00 and 11:00, so that jobs placed a
// few hours either side of now stay on today's board whatever time the suite runs (in UTC
// a job 3 hours ahead is on tomorrow's board after 21:00). Etc/GMT names invert the sign:
// Etc/GMT-10 is UTC+10.
inline std::string MorningZone(TimeMs now) {
  const int utc_hour = static_cast<int>((now / kHourMs) % 24);
  const int offset = std::clamp(10 - utc_hour, -12, 14);
  if (offset == 0) return "UTC";
  return offset > 0 ? "Etc/GMT-" + std::to_string(offset) : "Etc/GMT+" + std::to_string(-offset);
}

class OfficeLiveServer {
 public:
  explicit OfficeLiveServer(const std::string& db_path) : store_(db_path) {
    using namespace server;
    const std::string hash = HashPassword(kPassword, testing::FastArgon2());
    const TimeMs day0 = testing::kDay0;
    store_.Write([&](StoreTx& tx) {
      tx.InsertCompany({"acme", "Acme Service", MorningZone(NowMs()), day0});
      tx.InsertTeam({"north", "acme", "North"});
      tx.InsertTeam({"south", "acme", "South"});
      const auto user = [&](const char* id, const char* name, Role role, const char* team) {
        tx.InsertUser({id, "acme", id, name, role, team, hash, false, day0});
      };
      user("dispatcher", "Dana Dispatch", Role::kDispatcher, "");
      user("callback", "Cora Callback", Role::kCallbackAgent, "");
      user("manager", "Max Manager", Role::kManager, "");
      user("tech1", "Tess Tech", Role::kTechnician, "north");
      user("tech2", "Tom Tech", Role::kTechnician, "north");
      user("tech3", "Tina Tech", Role::kTechnician, "south");
      // Another company's technician: never on acme's board, never assignable.
      tx.InsertCompany({"other", "Other Co", "UTC", day0});
      tx.InsertUser(
          {"rival", "other", "rival", "Rita Rival", Role::kTechnician, "", hash, false, day0});
    });
    server::ServerOptions options;
    options.listen_address = "127.0.0.1:0";
    options.security = {test_tls::CertFile(), test_tls::KeyFile()};
    test_tls::TrustTestCa();  // the desk's channels (device::MakeChannel) trust the test CA
    server_ = std::make_unique<server::FieldLedgerServer>(store_, options);
    port_ = server_->Start();
  }

  // A job on the board: window [start, end) relative to now, assigned to technician.
  std::string AddJob(const std::string& reference, const std::string& technician,
                     TimeMs start_from_now, TimeMs length, const std::string& customer = "") {
    using namespace server;
    JobRecord j;
    j.id = "job-" + reference;
    j.company_id = "acme";
    j.reference = reference;
    j.customer_name = customer.empty() ? "Customer " + reference : customer;
    j.customer_phone = "138 0000 " + reference.substr(reference.size() - 4);
    j.address = "1 Test Road";
    j.latitude = testing::kSiteLat;
    j.longitude = testing::kSiteLon;
    const TimeMs now = NowMs();
    j.window = {now + start_from_now, now + start_from_now + length};
    j.technician_id = technician;
    j.created_ms = j.updated_ms = now;
    store_.Write([&](StoreTx& tx) {
      tx.InsertJob(j);
      tx.AppendJobChange(j.id, technician);
    });
    return j.id;
  }

  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  server::SqliteStore& store() { return store_; }

 private:
  server::SqliteStore store_;
  std::unique_ptr<server::FieldLedgerServer> server_;
  int port_ = 0;
};

}  // namespace fieldledger::office_testing
