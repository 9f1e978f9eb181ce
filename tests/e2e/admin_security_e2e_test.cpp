// The administrator's security commands against a running server, as an operator uses
// them: sessions listed and ended, a disabled user and a changed password end sessions at
// once, the audit trail answers who changed a job, when, from where and why; and the
// server's own output never holds a password, a token or a customer's phone number.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <regex>

#include "../unit/common/test_tls.h"
#include "e2e_db.h"
#include "fieldledger/core/time.h"
#include "fieldledger/v1/audit.grpc.pb.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/jobs.grpc.pb.h"
#include "process.h"
#include "test_jobs.h"

namespace fieldledger {
namespace {

constexpr char kPassword[] = "correct horse";
constexpr char kPhone[] = "+86 138 0013 8000";

class AdminSecurity : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("fl-adminsec-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    db_ = e2e::ServerDb(dir_ / "server.db");
    Admin({"init-company", "--id", "acme", "--name", "Acme", "--tz", "UTC"});
    for (const auto& [user, role] : std::vector<std::pair<std::string, std::string>>{
             {"disp", "dispatcher"}, {"tech", "technician"}, {"boss", "manager"}}) {
      Admin({"add-user", "--company", "acme", "--username", user, "--name", "Name " + user,
             "--role", role},
            std::string(kPassword) + "\n");
    }
    server_ = std::make_unique<proc::Child>(std::vector<std::string>{
        FIELDLEDGER_SERVER_BIN, "--db", db_, "--listen", "127.0.0.1:0", "--tls-cert",
        test_tls::CertFile(), "--tls-key", test_tls::KeyFile()});
    const std::string line = server_->WaitForLine("listening on port", std::chrono::seconds(20));
    std::smatch m;
    ASSERT_TRUE(std::regex_search(line, m, std::regex("port (\\d+)"))) << server_->output();
    channel_ = grpc::CreateChannel("127.0.0.1:" + m[1].str(), test_tls::ClientCredentials());
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::string Admin(std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), {FIELDLEDGER_ADMIN_BIN, "--db", db_});
    auto r = proc::Run(args, input);
    EXPECT_EQ(r.exit_code, 0) << r.output;
    return r.output;
  }
  v1::LoginResponse Login(const std::string& user, const std::string& password = kPassword) {
    auto stub = v1::AuthService::NewStub(channel_);
    grpc::ClientContext ctx;
    v1::LoginRequest req;
    req.set_username(user);
    req.set_password(password);
    req.set_device_name("desk-7");
    v1::LoginResponse resp;
    last_ = stub->Login(&ctx, req, &resp);
    return resp;
  }
  grpc::Status ListJobs(const std::string& token) {
    auto stub = v1::JobsService::NewStub(channel_);
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + token);
    v1::ListJobsRequest req;
    v1::ListJobsResponse resp;
    return stub->ListJobs(&ctx, req, &resp);
  }

  std::filesystem::path dir_;
  std::string db_;
  std::unique_ptr<proc::Child> server_;
  std::shared_ptr<grpc::Channel> channel_;
  grpc::Status last_;
};

TEST_F(AdminSecurity, DisablingAUserEndsTheirSessionsAtOnce) {
  const auto tech = Login("tech");
  ASSERT_TRUE(last_.ok()) << last_.error_message();
  ASSERT_TRUE(ListJobs(tech.token()).ok());
  const std::string sessions = Admin({"list-sessions", "--company", "acme"});
  EXPECT_NE(sessions.find("tech"), std::string::npos) << sessions;
  EXPECT_NE(sessions.find("from 127.0.0.1, device 'desk-7'"), std::string::npos) << sessions;
  EXPECT_NE(sessions.find("1 live session(s)"), std::string::npos) << sessions;

  EXPECT_NE(Admin({"disable-user", "--username", "tech"}).find("1 session(s) ended"),
            std::string::npos);
  EXPECT_EQ(ListJobs(tech.token()).error_code(), grpc::StatusCode::UNAUTHENTICATED);
  Login("tech");
  EXPECT_EQ(last_.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  Admin({"enable-user", "--username", "tech"});
  const auto again = Login("tech");
  EXPECT_TRUE(last_.ok()) << last_.error_message();
  EXPECT_TRUE(ListJobs(again.token()).ok());
}

TEST_F(AdminSecurity, PasswordChangeAndEndSessionEndSessionsAtOnce) {
  const auto a = Login("disp");
  const auto b = Login("boss");
  ASSERT_TRUE(ListJobs(a.token()).ok());
  EXPECT_NE(Admin({"set-password", "--username", "disp"}, "a new long password\n")
                .find("1 session(s) ended"),
            std::string::npos);
  EXPECT_EQ(ListJobs(a.token()).error_code(), grpc::StatusCode::UNAUTHENTICATED);

  const std::string listed = Admin({"list-sessions", "--company", "acme", "--username", "boss"});
  std::smatch m;
  ASSERT_TRUE(std::regex_search(listed, m, std::regex("^([0-9a-f]{32}) "))) << listed;
  Admin({"end-session", "--session", m[1].str()});
  EXPECT_EQ(ListJobs(b.token()).error_code(), grpc::StatusCode::UNAUTHENTICATED);
  const std::string trail = Admin({"sign-ins", "--company", "acme"});
  EXPECT_NE(trail.find("password_changed"), std::string::npos) << trail;
  EXPECT_NE(trail.find("session_ended"), std::string::npos) << trail;
}

TEST_F(AdminSecurity, AuditTrailAnswersWhoChangedAJobWhenFromWhereAndWhy) {
  const std::string tech_id = Login("tech").user_id();
  const auto disp = Login("disp");
  auto jobs = v1::JobsService::NewStub(channel_);
  v1::Job created;
  {
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + disp.token());
    v1::CreateJobRequest req;
    const TimeMs start = (std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                                  .count() /
                              kHourMs +
                          2) *
                         kHourMs;
    e2e::FillTestJob(req.mutable_job(), "AUD-1", start, start + 2 * kHourMs, tech_id);
    req.mutable_job()->set_customer_phone(kPhone);
    ASSERT_TRUE(jobs->CreateJob(&ctx, req, &created).ok());
  }
  {
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + disp.token());
    v1::CancelJobRequest req;
    req.set_job_id(created.id());
    req.set_reason("customer moved away");
    v1::Job out;
    ASSERT_TRUE(jobs->CancelJob(&ctx, req, &out).ok());
  }
  const std::string audit = Admin({"audit", "--company", "acme", "--job", created.id()});
  EXPECT_NE(audit.find("cancelled"), std::string::npos) << audit;
  EXPECT_NE(audit.find("by Name disp (" + disp.user_id() + ") from 127.0.0.1 desk-7"),
            std::string::npos)
      << audit;
  EXPECT_NE(audit.find("reason: customer moved away"), std::string::npos) << audit;
  EXPECT_NE(audit.find("created"), std::string::npos) << audit;

  // Managers read the same trail over the API; dispatchers may not.
  auto audit_stub = v1::AuditService::NewStub(channel_);
  const auto boss = Login("boss");
  grpc::ClientContext ctx;
  ctx.AddMetadata("authorization", "Bearer " + boss.token());
  v1::ListJobAuditRequest req;
  req.set_job_id(created.id());
  v1::JobAuditList list;
  ASSERT_TRUE(audit_stub->ListJobAudit(&ctx, req, &list).ok());
  ASSERT_EQ(list.entries_size(), 2);
  EXPECT_EQ(list.entries(0).action(), "cancelled");
  EXPECT_EQ(list.entries(0).reason(), "customer moved away");
  EXPECT_EQ(list.entries(0).actor_id(), disp.user_id());
  EXPECT_EQ(list.entries(0).device(), "desk-7");
  EXPECT_EQ(list.entries(0).address(), "127.0.0.1");
  EXPECT_EQ(list.entries(1).action(), "created");
  grpc::ClientContext dctx;
  dctx.AddMetadata("authorization", "Bearer " + disp.token());
  EXPECT_EQ(audit_stub->ListJobAudit(&dctx, req, &list).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
}

TEST_F(AdminSecurity, ServerOutputHoldsNoPasswordTokenOrPhoneNumber) {
  Login("tech", "wrong-password-123");
  const auto tech = Login("tech");
  ASSERT_TRUE(last_.ok());
  const auto disp = Login("disp");
  auto jobs = v1::JobsService::NewStub(channel_);
  grpc::ClientContext ctx;
  ctx.AddMetadata("authorization", "Bearer " + disp.token());
  v1::CreateJobRequest req;
  e2e::FillTestJob(req.mutable_job(), "LOG-1", 0, -1, tech.user_id());  // refused: bad window
  req.mutable_job()->set_customer_phone(kPhone);
  v1::Job out;
  EXPECT_FALSE(jobs->CreateJob(&ctx, req, &out).ok());
  ListJobs(std::string(64, 'f'));  // a forged token
  server_->Kill(SIGTERM);
  const std::string& log = server_->output();
  EXPECT_NE(log.find("listening on port"), std::string::npos) << "the output was captured";
  for (const std::string secret :
       {std::string(kPassword), std::string("wrong-password-123"), tech.token(),
        tech.refresh_token(), disp.token(), std::string(kPhone), std::string(64, 'f')}) {
    EXPECT_EQ(log.find(secret), std::string::npos) << "server output holds a secret:\n" << log;
  }
}

}  // namespace
}  // namespace fieldledger
