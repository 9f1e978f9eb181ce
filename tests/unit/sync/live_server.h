#pragma once
// A real FieldLedgerServer in this process on a free loopback port, over a real SQLite
// file, seeded with company "acme", technician "tech1" and a few jobs. The sync tests
// drive real device cores against it over real gRPC with TLS: the server serves the test
// CA's certificate and this process's device channels trust that CA (test_tls.h).
#include <memory>
#include <string>
#include <vector>

#include "../common/test_tls.h"
#include "../server/test_store.h"
#include "rpc/server.h"

namespace fieldledger::sync_testing {

using server::testing::TempDir;

inline constexpr char kPassword[] = "correct horse";

class LiveServer {
 public:
  explicit LiveServer(const std::string& db_path, int jobs = 3, scoring::ScoringPolicy policy = {},
                      server::SessionLifetimes lifetimes = {})
      : store_(db_path) {
    using namespace server;
    const std::string hash = HashPassword(kPassword, testing::FastArgon2());
    store_.Write([&](StoreTx& tx) {
      tx.InsertCompany({"acme", "Acme Service", "UTC", testing::kDay0});
      tx.InsertUser({"tech1", "acme", "tech1", "Tess Tech", Role::kTechnician, "", hash, false,
                     testing::kDay0});
      for (int i = 0; i < jobs; ++i) {
        JobRecord j;
        j.id = "job-" + std::to_string(i);
        j.company_id = "acme";
        j.reference = "REF-" + std::to_string(i);
        j.latitude = testing::kSiteLat;
        j.longitude = testing::kSiteLon;
        j.window = {testing::At(9), testing::At(17)};
        j.technician_id = "tech1";
        j.created_ms = j.updated_ms = testing::kDay0;
        tx.InsertJob(j);
        tx.AppendJobChange(j.id, "tech1");
        job_ids_.push_back(j.id);
      }
    });
    options_.listen_address = "127.0.0.1:0";
    options_.scoring_policy = std::move(policy);
    options_.security = {test_tls::CertFile(), test_tls::KeyFile()};
    options_.session_lifetimes = lifetimes;
    test_tls::TrustTestCa();
    server_ = std::make_unique<FieldLedgerServer>(store_, options_);
    port_ = server_->Start();
  }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  // The server goes away (as in a restart or an outage) and comes back on the same port
  // over the same database.
  void Stop() { server_.reset(); }
  void Restart() {
    server::ServerOptions options = options_;  // the same policy, TLS pair and lifetimes
    options.listen_address = address();
    server_ = std::make_unique<server::FieldLedgerServer>(store_, options);
    server_->Start();
  }
  server::SqliteStore& store() { return store_; }
  const std::vector<std::string>& job_ids() const { return job_ids_; }

 private:
  server::SqliteStore store_;
  server::ServerOptions options_;
  std::unique_ptr<server::FieldLedgerServer> server_;
  int port_ = 0;
  std::vector<std::string> job_ids_;
};

}  // namespace fieldledger::sync_testing
