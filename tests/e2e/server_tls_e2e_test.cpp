// fieldledger-server as an operator starts it: TLS unless --insecure, and --insecure only
// on loopback; the device CLI signs in only when it trusts the server's CA.
#include <gtest/gtest.h>
#include <signal.h>

#include <filesystem>
#include <regex>

#include "../unit/common/test_tls.h"
#include "e2e_db.h"
#include "process.h"

namespace fieldledger {
namespace {

class ServerTls : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("fl-tls-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    db_ = e2e::ServerDb(dir_ / "server.db");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
  std::string db_;
};

TEST_F(ServerTls, WithoutCertificateOrInsecureTheServerDoesNotStart) {
  auto r = proc::Run({FIELDLEDGER_SERVER_BIN, "--db", db_, "--listen", "127.0.0.1:0"});
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("no TLS certificate"), std::string::npos) << r.output;
  EXPECT_FALSE(std::filesystem::exists(db_)) << "refused before touching the database";
}

TEST_F(ServerTls, InsecureOffLoopbackIsRefused) {
  auto r = proc::Run({FIELDLEDGER_SERVER_BIN, "--db", db_, "--listen", "0.0.0.0:0", "--insecure"});
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("refusing plaintext on 0.0.0.0:0"), std::string::npos) << r.output;
}

TEST_F(ServerTls, DeviceSignsInOnlyWhenItTrustsTheServersCa) {
  auto admin = [&](std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), {FIELDLEDGER_ADMIN_BIN, "--db", db_});
    auto r = proc::Run(args, input);
    ASSERT_EQ(r.exit_code, 0) << r.output;
  };
  admin({"init-company", "--id", "acme", "--name", "Acme", "--tz", "UTC"});
  admin({"add-user", "--company", "acme", "--username", "tech", "--name", "Tess", "--role",
         "technician"},
        "correct horse\n");
  proc::Child server({FIELDLEDGER_SERVER_BIN, "--db", db_, "--listen", "127.0.0.1:0", "--tls-cert",
                      test_tls::CertFile(), "--tls-key", test_tls::KeyFile()});
  const std::string line = server.WaitForLine("listening on port", std::chrono::seconds(20));
  EXPECT_NE(line.find("(TLS)"), std::string::npos) << line;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(line, m, std::regex("port (\\d+)"))) << server.output();
  const std::string address = "127.0.0.1:" + m[1].str();
  auto login = [&](const std::string& db, std::vector<std::string> trust) {
    std::vector<std::string> args{FIELDLEDGER_DEVICE_BIN, "--db", (dir_ / db).string(), "--server",
                                  address};
    args.insert(args.end(), trust.begin(), trust.end());
    args.insert(args.end(), {"login", "--username", "tech"});
    return proc::Run(args, "correct horse\n");
  };
  auto wrong = login("wrong.db", {"--ca", test_tls::OtherCaFile()});
  EXPECT_EQ(wrong.exit_code, 1) << wrong.output;
  EXPECT_NE(wrong.output.find("login failed"), std::string::npos) << wrong.output;
  auto plain = login("plain.db", {"--insecure"});
  EXPECT_EQ(plain.exit_code, 1) << plain.output;
  auto good = login("good.db", {"--ca", test_tls::CaFile()});
  EXPECT_EQ(good.exit_code, 0) << good.output;
  EXPECT_NE(good.output.find("signed in as Tess"), std::string::npos) << good.output;
  server.Kill(SIGTERM);
}

}  // namespace
}  // namespace fieldledger
