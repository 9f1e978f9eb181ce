#pragma once
// A real FieldLedgerServer in this process on a free loopback port, over a real SQLite
// file (or, in the sync_tests_pg binary, a fresh PostgreSQL database; test_store.h), seeded with
// company "acme", technician "tech1" and a few jobs. The sync tests drive real device cores against
// it over real gRPC with TLS: the server serves the test CA's certificate and this process's device
// channels trust that CA (test_tls.h).
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
      : db_(BackendLocation(db_path)), store_(db_) {
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
  server::testing::TestBackendStore& store() { return store_; }
  // Where the store keeps its data: the SQLite file, or the PostgreSQL database's URI.
  const std::string& db() const { return db_; }
  const std::vector<std::string>& job_ids() const { return job_ids_; }

 private:
#ifdef FIELDLEDGER_TEST_STORE_PG
  // Made before db_ and store_ (declaration order), dropped after them.
  std::unique_ptr<server::testing::PgTestDatabase> pg_database_ =
      std::make_unique<server::testing::PgTestDatabase>();
  std::string BackendLocation(const std::string&) const { return pg_database_->uri(); }
#else
  static std::string BackendLocation(const std::string& db_path) { return db_path; }
#endif
  std::string db_;
  server::testing::TestBackendStore store_;
  server::ServerOptions options_;
  std::unique_ptr<server::FieldLedgerServer> server_;
  int port_ = 0;
  std::vector<std::string> job_ids_;
};

}  // namespace fieldledger::sync_testing
