// fieldledger-admin copy-to-postgresql --company through the real binaries (e2e_tests_pg
// only): the demo company of a SQLite file moves into a PostgreSQL database that already
// serves another company, verifies, is refused the second time, and its people sign in to
// a real server on the target next to the other company's.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "e2e_company.h"

namespace fieldledger {
namespace {

class CompanyCopy : public e2e::E2eCompany {
 protected:
  CompanyCopy() : E2eCompany("UTC", {{"tess", "Tess Tech", "technician"}}) {}

  proc::RunResult AdminOn(const std::string& db, std::vector<std::string> args) {
    args.insert(args.begin(), {FIELDLEDGER_ADMIN_BIN, "--db", db});
    return proc::Run(args);
  }
  grpc::Status LoginAs(const std::string& username, const std::string& password) {
    auto stub = v1::AuthService::NewStub(channel_);
    grpc::ClientContext ctx;
    v1::LoginRequest req;
    req.set_username(username);
    req.set_password(password);
    v1::LoginResponse resp;
    return stub->Login(&ctx, req, &resp);
  }
};

TEST_F(CompanyCopy, TheDemoCompanyMovesBesideAnotherAndSignsIn) {
  const std::string source = (dir_ / "source.db").string();
  const auto seeded = AdminOn(source, {"seed-demo"});
  ASSERT_EQ(seeded.exit_code, 0) << seeded.output;

  // db_ (PostgreSQL) already serves company acme.
  const auto copied = AdminOn(source, {"copy-to-postgresql", "--to", db_, "--company", "demo"});
  ASSERT_EQ(copied.exit_code, 0) << copied.output;
  EXPECT_NE(copied.output.find("copy of company demo verified: "), std::string::npos)
      << copied.output;
  EXPECT_EQ(copied.output.find("DIFFERS"), std::string::npos) << copied.output;

  const auto verified =
      AdminOn(source, {"copy-to-postgresql", "--to", db_, "--company", "demo", "--verify-only"});
  EXPECT_EQ(verified.exit_code, 0) << verified.output;

  const auto again = AdminOn(source, {"copy-to-postgresql", "--to", db_, "--company", "demo"});
  EXPECT_EQ(again.exit_code, 1) << again.output;
  EXPECT_NE(again.output.find(
                "company demo already exists in the PostgreSQL database; nothing was copied"),
            std::string::npos)
      << again.output;

  // A real server on the target: both companies' people sign in.
  StartServer();
  EXPECT_TRUE(LoginAs("tech1", "fieldledger-demo").ok());
  EXPECT_TRUE(LoginAs("tess", e2e::kPassword).ok());
}

}  // namespace
}  // namespace fieldledger
