#pragma once
// A real FieldLedgerServer in the test's process for the call-back desk's tests, on a
// clock the test moves (ServerOptions::clock), over a real SQLite file: company "acme"
// with two call-back agents and visits completed days ago, so the queue has work.
#include <atomic>
#include <memory>
#include <string>

#include "../unit/common/test_tls.h"
#include "../unit/server/test_store.h"
#include "fieldledger/v1/sync.pb.h"
#include "rpc/server.h"

namespace fieldledger::callback_testing {

inline constexpr char kPassword[] = "correct horse";

class CallBackLiveServer {
 public:
  // `demo`: the demo company's names, zone and password (account callback /
  // fieldledger-demo), for the screenshots; otherwise the tests' "acme".
  explicit CallBackLiveServer(const std::string& db_path, TimeMs start, bool demo = false)
      : store_(db_path), now_(start) {
    using namespace server;
    const std::string hash =
        HashPassword(demo ? "fieldledger-demo" : kPassword, testing::FastArgon2());
    store_.Write([&](StoreTx& tx) {
      tx.InsertCompany({"acme", demo ? "Demo Appliance Service" : "Acme Service",
                        demo ? "Asia/Shanghai" : "UTC", start - 30 * kDayMs});
      tx.InsertTeam({"north", "acme", "North"});
      const auto user = [&](const char* id, const char* name, Role role, const char* team) {
        tx.InsertUser({id, "acme", id, name, role, team, hash, false, start - 30 * kDayMs});
      };
      user("callback", demo ? "Zhou Min" : "Cora Callback", Role::kCallbackAgent, "");
      user("callback2", demo ? "Wu Lan" : "Cal Second", Role::kCallbackAgent, "");
      user("tech1", demo ? "Li Wei" : "Tess Tech", Role::kTechnician, "north");
      user("tech2", demo ? "Wang Fang" : "Tom Tech", Role::kTechnician, "");
      user("manager", demo ? "Sun Hao" : "Max Manager", Role::kManager, "");
      tx.UpsertDevice({"phone-1", "tech1", 0, start - 30 * kDayMs});
    });
    server::ServerOptions options;
    options.listen_address = "127.0.0.1:0";
    options.clock = [this] { return now_.load(); };
    options.security = {test_tls::CertFile(), test_tls::KeyFile()};
    test_tls::TrustTestCa();  // the desk's and phones' channels trust the test CA
    // The tests move this server's clock by hours and days; the desk refreshes its access
    // token on its own steady clock (OfficeSession::prepare), which such jumps do not
    // move, so here access tokens live as long as a working day.
    options.session_lifetimes.access = 12 * kHourMs;
    server_ = std::make_unique<server::FieldLedgerServer>(store_, options);
    port_ = server_->Start();
  }

  // A visit completed `ago` before now by technician, with a work record on the phone.
  std::string AddCompleted(const std::string& reference, const std::string& technician,
                           DurationMs ago, const std::string& customer,
                           const std::string& product = "Phone") {
    using namespace server;
    const TimeMs done = now_.load() - ago;
    JobRecord j;
    j.id = "job-" + reference;
    j.company_id = "acme";
    j.reference = reference;
    j.customer_name = customer;
    j.customer_phone = "138 0000 " + reference.substr(reference.size() - 4);
    j.address = "1 Test Road";
    j.latitude = testing::kSiteLat;
    j.longitude = testing::kSiteLon;
    j.window = {done - 2 * kHourMs, done - kHourMs};
    j.technician_id = technician;
    j.created_ms = done - kDayMs;
    j.updated_ms = done;
    j.status = JobStatus::kCompleted;
    j.arrived_ms = done - 90 * kMinuteMs;
    j.arrival_verified = true;
    j.arrival_technician_id = technician;
    j.completed_ms = done;
    j.first_visit_resolved = true;
    j.product = product;
    j.serial_number = "SN-" + reference;
    j.fee_fen = 8000;
    j.fee_device_fen = 8000;
    j.fee_check = "match";
    v1::DeviceEvent e;
    e.set_job_id(j.id);
    auto* w = e.mutable_work_recorded();
    w->add_fault_types("mainboard");
    w->add_parts_used("capacitor C12");
    w->set_resolved(true);
    EventRecord ev;
    ev.id = "ev-" + reference;
    ev.device_id = "phone-1";
    ev.sequence = ++sequence_;
    ev.user_id = technician;
    ev.job_id = j.id;
    ev.kind = "work_recorded";
    ev.trusted_ms = done - 10 * kMinuteMs;
    ev.verified = true;
    ev.received_ms = done;
    ev.payload = e.SerializeAsString();
    store_.Write([&](StoreTx& tx) {
      tx.InsertJob(j);
      tx.InsertEvent(ev);
    });
    return j.id;
  }

  // A repair job assigned to technician with a window starting `from_now` from now, on
  // the change feed so the technician's phone pulls it.
  std::string AddScheduled(const std::string& reference, const std::string& technician,
                           DurationMs from_now, const std::string& customer) {
    using namespace server;
    JobRecord j;
    j.id = "job-" + reference;
    j.company_id = "acme";
    j.reference = reference;
    j.customer_name = customer;
    j.customer_phone = "139 0000 " + reference.substr(reference.size() - 4);
    j.address = "2 Test Road";
    j.latitude = testing::kSiteLat;
    j.longitude = testing::kSiteLon;
    j.window = {now_.load() + from_now, now_.load() + from_now + 2 * kHourMs};
    j.technician_id = technician;
    j.created_ms = j.updated_ms = now_.load();
    j.product = "Phone";
    j.serial_number = "SN-" + reference;
    store_.Write([&](StoreTx& tx) {
      tx.InsertJob(j);
      tx.AppendJobChange(j.id, technician);
    });
    return j.id;
  }

  void Advance(DurationMs d) { now_ += d; }
  TimeMs Now() const { return now_.load(); }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  server::SqliteStore& store() { return store_; }

 private:
  server::SqliteStore store_;
  std::atomic<TimeMs> now_;
  std::int64_t sequence_ = 0;
  std::unique_ptr<server::FieldLedgerServer> server_;
  int port_ = 0;
};

}  // namespace fieldledger::callback_testing
