#pragma once
// The set-up every end-to-end test shares: a fresh folder with the server's and the
// device's SQLite files, one company made with the real admin CLI, its people (all with the
// same password), and a real fieldledger-server over TLS with the test CA. Tests derive from
// E2eCompany, add people in their constructor list, then StartServer() when they want it.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "../unit/common/test_tls.h"
#include "e2e_db.h"
#include "fieldledger/core/time.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "process.h"

namespace fieldledger::e2e {

inline constexpr char kPassword[] = "correct horse battery";

inline TimeMs WallNowMs() { return SystemNowMs(); }

struct Person {
  std::string username, name, role;
};

class E2eCompany : public ::testing::Test {
 protected:
  // `tz` is the company's IANA zone; `people` are added with kPassword.
  E2eCompany(std::string tz, std::vector<Person> people)
      : tz_(std::move(tz)), people_(std::move(people)) {}

  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("fieldledger-e2e-" + std::to_string(getpid()) + "-" + std::to_string(WallNowMs()));
    std::filesystem::create_directories(dir_);
    db_ = e2e::ServerDb(dir_ / "server.db");
    device_db_ = (dir_ / "device.db").string();
    Admin({"init-company", "--id", "acme", "--name", "Acme Repairs", "--tz", tz_});
    for (const Person& p : people_) {
      Admin({"add-user", "--company", "acme", "--username", p.username, "--name", p.name, "--role",
             p.role},
            std::string(kPassword) + "\n");
    }
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }

  void Admin(std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), {FIELDLEDGER_ADMIN_BIN, "--db", db_});
    auto r = proc::Run(args, input);
    ASSERT_EQ(r.exit_code, 0) << r.output;
  }

  // The server on a free loopback port (or `listen`, to come back on the same one), with
  // the test CA's certificate; the test's own channel trusts only that CA.
  void StartServer(const std::string& listen = "127.0.0.1:0") {
    server_ = std::make_unique<proc::Child>(std::vector<std::string>{
        FIELDLEDGER_SERVER_BIN, "--db", db_, "--listen", listen, "--tls-cert", test_tls::CertFile(),
        "--tls-key", test_tls::KeyFile()});
    const std::string line = server_->WaitForLine("listening on port", std::chrono::seconds(20));
    std::smatch m;
    ASSERT_TRUE(std::regex_search(line, m, std::regex("port (\\d+)"))) << server_->output();
    address_ = "127.0.0.1:" + m[1].str();
    channel_ = grpc::CreateChannel(address_, test_tls::ClientCredentials());
    ASSERT_TRUE(
        channel_->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(10)));
  }
  // A second server (instance B) on the same database, for the tests of several
  // instances on PostgreSQL; returns a channel to it.
  std::shared_ptr<grpc::Channel> StartInstanceB() {
    b_ = std::make_unique<proc::Child>(std::vector<std::string>{
        FIELDLEDGER_SERVER_BIN, "--db", db_, "--listen", "127.0.0.1:0", "--tls-cert",
        test_tls::CertFile(), "--tls-key", test_tls::KeyFile()});
    const std::string line = b_->WaitForLine("listening on port", std::chrono::seconds(20));
    std::smatch m;
    EXPECT_TRUE(std::regex_search(line, m, std::regex("port (\\d+)"))) << b_->output();
    auto channel = grpc::CreateChannel("127.0.0.1:" + m[1].str(), test_tls::ClientCredentials());
    EXPECT_TRUE(
        channel->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(10)));
    return channel;
  }
  void StopServer() {
    ASSERT_TRUE(server_);
    server_->Kill(SIGTERM);  // a clean stop, as an operator would do
    server_.reset();
  }

  // The device CLI on the test's phone database, trusting the test CA. `server` overrides
  // the address (a dead port, to be offline).
  proc::RunResult Device(std::vector<std::string> args, const std::string& input = "",
                         const std::string& server = "") {
    args.insert(args.begin(), {FIELDLEDGER_DEVICE_BIN, "--db", device_db_, "--server",
                               server.empty() ? address_ : server, "--ca", test_tls::CaFile()});
    return proc::Run(args, input);
  }
  proc::RunResult DeviceLogin(const std::string& username) {
    return Device({"login", "--username", username}, std::string(kPassword) + "\n");
  }

  v1::LoginResponse Login(const std::string& username) {
    auto stub = v1::AuthService::NewStub(channel_);
    grpc::ClientContext ctx;
    v1::LoginRequest req;
    req.set_username(username);
    req.set_password(kPassword);
    v1::LoginResponse resp;
    auto s = stub->Login(&ctx, req, &resp);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return resp;
  }
  static void Authorize(grpc::ClientContext& ctx, const std::string& token) {
    ctx.AddMetadata("authorization", "Bearer " + token);
  }

  std::string tz_;
  std::vector<Person> people_;
  std::filesystem::path dir_;
  std::string db_, device_db_, address_;
  std::unique_ptr<proc::Child> server_;
  std::unique_ptr<proc::Child> b_;  // StartInstanceB
  std::shared_ptr<grpc::Channel> channel_;
};

}  // namespace fieldledger::e2e
