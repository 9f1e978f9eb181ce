// PostgreSQL going away under a running fieldledger-server (e2e_tests_pg only): the
// server keeps running and answers UNAVAILABLE, the phone's "try again later", naming
// the cause in words, not INTERNAL. The test has a throw-away cluster of its own, since
// it stops it.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <iostream>
#include <memory>
#include <string>

#include "../unit/common/pg_cluster.h"
#include "e2e_company.h"

namespace fieldledger {
namespace {

class PgOutage : public e2e::E2eCompany {
 protected:
  PgOutage() : E2eCompany("UTC", {{"disp", "Dee Spatcher", "dispatcher"}}) {}

  // E2eCompany::SetUp's steps, on this test's own cluster.
  void SetUp() override {
    cluster_ = std::make_unique<test_support::PgCluster>();
    dir_ = std::filesystem::temp_directory_path() /
           ("fieldledger-e2e-outage-" + std::to_string(getpid()) + "-" +
            std::to_string(e2e::WallNowMs()));
    std::filesystem::create_directories(dir_);
    db_ = cluster_->uri();
    device_db_ = (dir_ / "device.db").string();
    Admin({"init-company", "--id", "acme", "--name", "Acme Repairs", "--tz", tz_});
    Admin({"add-user", "--company", "acme", "--username", "disp", "--name", "Dee Spatcher",
           "--role", "dispatcher"},
          std::string(e2e::kPassword) + "\n");
  }

  grpc::Status TryLogin() {
    auto stub = v1::AuthService::NewStub(channel_);
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
    v1::LoginRequest req;
    req.set_username("disp");
    req.set_password(e2e::kPassword);
    v1::LoginResponse resp;
    return stub->Login(&ctx, req, &resp);
  }

  std::unique_ptr<test_support::PgCluster> cluster_;
};

TEST_F(PgOutage, AStoppedDatabaseIsAnsweredUnavailableNotInternal) {
  StartServer();
  ASSERT_TRUE(TryLogin().ok());

  cluster_.reset();  // pg_ctl stop, and the cluster's folder removed
  // The first call meets the dropped connection, later ones a refused reconnect: each is
  // "try again later" with the cause in words.
  for (int i = 0; i < 3; ++i) {
    const auto s = TryLogin();
    EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAVAILABLE) << i << ": " << s.error_message();
    EXPECT_EQ(s.error_message().rfind("[storage_unavailable] the ", 0), 0u) << s.error_message();
    EXPECT_EQ(s.error_message().find("SELECT"), std::string::npos) << s.error_message();
  }
  // (Those answers came from the server itself, so it is still running.)
  std::cout << "answered while the database is gone: " << TryLogin().error_message() << "\n";
}

}  // namespace
}  // namespace fieldledger
