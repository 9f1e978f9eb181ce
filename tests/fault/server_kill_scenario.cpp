// kill -9 of the server process at random instants while many clients ingest: device
// cores in this process (the app's own sync) and wire clients that pipeline their batches
// out of order, as a client retrying on another connection would. After every kill the
// server restarts on the same port; at the end every outbox drains and the server's file
// must hold every acknowledged event exactly once, no event without its effect on the
// job, and pass PRAGMA integrity_check.
#include <atomic>
#include <csignal>
#include <mutex>
#include <regex>
#include <set>
#include <thread>

#include "../unit/common/test_tls.h"
#include "fieldledger/core/sha256.h"
#include "fieldledger/core/uuid.h"
#include "fieldledger_sqlite/db.h"
#include "scenarios.h"
#include "torture_devices.h"

namespace fieldledger::fault {
namespace {

constexpr int kJobs = 20;

// fieldledger-server on a port that stays the same across restarts.
// TLS with the test CA, as every scenario.
class RestartableServer {
 public:
  RestartableServer(const Binaries& bin, std::string db_path)
      : bin_(bin), db_path_(std::move(db_path)) {
    Start();
  }
  ~RestartableServer() {
    if (child_) child_->Kill(SIGTERM);
  }
  void Start() {
    const std::string listen = "127.0.0.1:" + std::to_string(port_);
    // A killed server's port can take a moment to be free again: retry the bind.
    for (int attempt = 0; attempt < 50; ++attempt) {
      child_ = std::make_unique<proc::Child>(
          std::vector<std::string>{bin_.server, "--db", db_path_, "--listen", listen, "--tls-cert",
                                   test_tls::CertFile(), "--tls-key", test_tls::KeyFile()});
      const std::string line = child_->WaitForLine("listening on port", std::chrono::seconds(30));
      std::smatch m;
      if (std::regex_search(line, m, std::regex("port (\\d+)"))) {
        port_ = std::stoi(m[1].str());
        return;
      }
      child_->Kill(SIGKILL);
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    throw std::runtime_error("fieldledger-server did not restart: " + child_->output());
  }
  void Kill9() { child_->Kill(SIGKILL); }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

 private:
  Binaries bin_;
  std::string db_path_;
  std::unique_ptr<proc::Child> child_;
  int port_ = 0;
};

// A client speaking the wire protocol directly: its own device id and sequences, the
// hash chain, batches of up to 20 sent later-first, every event resent until acknowledged.
class WireClient {
 public:
  WireClient(int technician, const std::string& address, std::uint64_t seed)
      : technician_(technician), rng_(seed), channel_(FastReconnectChannel(address)) {
    device_id_ = "wire-" + std::to_string(technician) + "-" + NewUuidV7(NowMs()).substr(0, 8);
  }
  bool Login() {
    auto stub = v1::AuthService::NewStub(channel_);
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
    v1::LoginRequest req;
    req.set_username("tech" + std::to_string(technician_));
    req.set_password(kPassword);
    v1::LoginResponse resp;
    if (!stub->Login(&ctx, req, &resp).ok()) return false;
    token_ = resp.token();
    return true;
  }
  void Record(int n) {
    for (int i = 0; i < n; ++i) {
      v1::DeviceEvent e;
      e.set_event_id(NewUuidV7(NowMs()));
      e.set_sequence(next_sequence_++);
      e.set_job_id("t" + std::to_string(technician_) + "-j" +
                   std::to_string(std::uniform_int_distribution<int>(0, kJobs - 1)(rng_)));
      e.mutable_clock()->set_wall_time_ms(NowMs());
      e.mutable_clock()->set_monotonic_ms(Monotonic());
      e.mutable_clock()->set_boot_id("wire-boot");
      auto* p = e.mutable_position();
      p->set_present(true);
      p->set_latitude(31.2304);
      p->set_longitude(121.4737);
      p->set_accuracy_m(10);
      e.mutable_check_in();
      e.set_previous_event_sha256(last_hash_);
      last_hash_ = Sha256Hex(e.SerializeAsString());
      pending_.push_back(e);
      recorded_.push_back(e.event_id());
    }
  }
  // Pushes what is pending, later batches first; false if any call failed.
  bool Push() {
    std::vector<std::vector<v1::DeviceEvent>> batches;
    for (std::size_t i = 0; i < pending_.size(); i += 20) {
      batches.emplace_back(
          pending_.begin() + static_cast<std::ptrdiff_t>(i),
          pending_.begin() + static_cast<std::ptrdiff_t>(std::min(pending_.size(), i + 20)));
    }
    auto stub = v1::SyncService::NewStub(channel_);
    bool all_ok = true;
    std::set<std::string> settled;
    for (auto b = batches.rbegin(); b != batches.rend(); ++b) {
      v1::PushRequest req;
      req.set_protocol_version(1);
      req.set_device_id(device_id_);
      req.mutable_sent_clock()->set_wall_time_ms(NowMs());
      req.mutable_sent_clock()->set_monotonic_ms(Monotonic());
      req.mutable_sent_clock()->set_boot_id("wire-boot");
      for (const auto& e : *b) *req.add_events() = e;
      grpc::ClientContext ctx;
      ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
      // As the device does (transport.cpp): a fail-fast call leaves a reconnect to gRPC's
      // 5 s backup poller, and a TLS handshake then never finishes after a kill.
      ctx.set_wait_for_ready(true);
      ctx.AddMetadata("authorization", "Bearer " + token_);
      v1::PushResponse resp;
      if (!stub->Push(&ctx, req, &resp).ok()) {
        all_ok = false;
        continue;
      }
      for (const auto& ack : resp.acks()) {
        if (ack.status() == v1::EventAck::STATUS_REJECTED) {
          ++rejected_;
          problems_.push_back(ack.event_id() + " rejected: " + ack.reason());
        }
        if (ack.status() != v1::EventAck::STATUS_UNSPECIFIED) settled.insert(ack.event_id());
      }
    }
    std::erase_if(pending_,
                  [&](const v1::DeviceEvent& e) { return settled.contains(e.event_id()); });
    return all_ok;
  }
  bool drained() const { return pending_.empty(); }
  const std::string& device_id() const { return device_id_; }
  const std::vector<std::string>& recorded() const { return recorded_; }
  const std::vector<std::string>& problems() const { return problems_; }
  std::int64_t rejected() const { return rejected_; }

 private:
  static std::int64_t Monotonic() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
  }
  int technician_;
  std::mt19937_64 rng_;
  std::shared_ptr<grpc::Channel> channel_;
  std::string device_id_, token_, last_hash_;
  std::int64_t next_sequence_ = 1;
  std::int64_t rejected_ = 0;
  std::vector<v1::DeviceEvent> pending_;
  std::vector<std::string> recorded_;
  std::vector<std::string> problems_;
};

// Every event of the wire clients on the server exactly once, under their device.
void CountWireClients(const std::string& server_db, const std::vector<WireClient>& clients,
                      ScenarioResult& r) {
  sql::Db db(server_db);
  sql::Stmt s(db, "SELECT COUNT(*) FROM events WHERE id = ? AND device_id = ?");
  sql::Stmt all(db, "SELECT COUNT(*) FROM events WHERE device_id = ?");
  for (const auto& c : clients) {
    if (!c.drained()) r.problems.push_back(c.device_id() + " still has events pending");
    for (const auto& id : c.recorded()) {
      s.Bind(id, c.device_id());
      const std::int64_t n = s.Step() ? s.Int(0) : 0;
      if (n == 0) ++r.lost;
      if (n > 1) r.duplicated += n - 1;
    }
    all.Bind(c.device_id());
    const std::int64_t rows = all.Step() ? all.Int(0) : 0;
    if (rows > static_cast<std::int64_t>(c.recorded().size())) {
      r.duplicated += rows - static_cast<std::int64_t>(c.recorded().size());
    }
    for (const auto& p : c.problems()) r.problems.push_back(p);
    r.rejected += c.rejected();
  }
}

// No event without its effect: every applied check-in's job has an arrival, and the file
// is sound.
void CheckDatabase(const std::string& server_db, ScenarioResult& r) {
  sql::Db db(server_db);
  {
    sql::Stmt s(db, "PRAGMA integrity_check");
    const std::string verdict = s.Step() ? s.Text(0) : "no answer";
    if (verdict != "ok") r.problems.push_back("integrity_check: " + verdict);
  }
  sql::Stmt s(db,
              "SELECT COUNT(*) FROM events e JOIN jobs j ON j.id = e.job_id "
              "WHERE e.kind = 'check_in' AND e.status = 'applied' AND j.arrived_ms IS NULL");
  if (s.Step() && s.Int(0) > 0) {
    r.problems.push_back(std::to_string(s.Int(0)) + " applied check-ins without an arrival");
  }
}

}  // namespace

ScenarioResult RunServerKills(const Binaries& bin, const ServerKillOptions& o) {
  ScenarioResult r;
  r.scenario = "server-kill-9";
  const auto start = std::chrono::steady_clock::now();
  WorkDir dir("server-kill");
  const std::string server_db = dir.File("server.db");
  const int technicians = o.device_cores + o.wire_clients;
  SeedServer(server_db, technicians, kJobs);
  std::vector<std::string> device_dbs;
  std::vector<WireClient> wires;
  {
    RestartableServer server(bin, server_db);
    device::SystemDeviceClock clock;
    std::vector<std::unique_ptr<device::TechnicianDevice>> devices;
    for (int i = 0; i < o.device_cores; ++i) {
      device_dbs.push_back(dir.File("device" + std::to_string(i) + ".db"));
      devices.push_back(MakeDevice(device_dbs.back(), server.address(), clock));
      auto login = devices.back()->Login("tech" + std::to_string(i), kPassword);
      if (!login.ok) throw std::runtime_error("login failed: " + login.error);
    }
    for (int i = 0; i < o.wire_clients; ++i) {
      wires.emplace_back(o.device_cores + i, server.address(), o.seed * 77 + i);
      if (!wires.back().Login()) throw std::runtime_error("wire client login failed");
    }
    std::atomic<bool> stop{false};
    std::atomic<std::int64_t> recorded{0}, exchanges{0}, failed{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < o.device_cores; ++i) {
      threads.emplace_back([&, i] {
        std::mt19937_64 rng(o.seed * 1000 + static_cast<std::uint64_t>(i));
        auto& d = *devices[i];
        device::SyncScheduler scheduler(TortureSchedule(), UniformRandom(rng()), NowMs());
        while (!stop) {
          const int n = std::uniform_int_distribution<int>(1, 30)(rng);
          for (int k = 0; k < n; ++k) RecordRandomAction(d, i, kJobs, rng);
          recorded += n;
          scheduler.OnLocalWrite(NowMs());
          ++exchanges;
          if (!PassWhenDue(d, scheduler)) ++failed;
        }
      });
    }
    for (std::size_t i = 0; i < wires.size(); ++i) {
      threads.emplace_back([&, i] {
        auto& w = wires[i];
        std::mt19937_64 rng(o.seed * 31 + i);
        while (!stop) {
          const int n = std::uniform_int_distribution<int>(1, 60)(rng);
          w.Record(n);
          recorded += n;
          ++exchanges;
          if (!w.Push()) {
            ++failed;
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
          }
        }
      });
    }
    std::mt19937_64 rng(o.seed);
    for (int k = 0; k < o.kills; ++k) {
      std::this_thread::sleep_for(
          std::chrono::milliseconds(std::uniform_int_distribution<int>(50, 400)(rng)));
      server.Kill9();
      ++r.kills;
      server.Start();
    }
    stop = true;
    for (auto& t : threads) t.join();
    DrainClean(devices);
    for (auto& w : wires) {
      for (int k = 0; k < 100 && !w.drained(); ++k) w.Push();
    }
    r.events = recorded;
    r.exchanges = exchanges;
    r.failed_exchanges = failed;
    r.faults = r.kills;
  }
  CountLostAndDuplicated(server_db, device_dbs, r);
  CountWireClients(server_db, wires, r);
  CheckDatabase(server_db, r);
  if (r.failed_exchanges == 0) r.problems.push_back("no sync pass met a dead server");
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace fieldledger::fault
