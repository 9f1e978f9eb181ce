// Passwords, sessions and the role table. The RPC coverage test walks the generated
// descriptors, so a method added to a .proto without a role entry fails here.
#include <google/protobuf/descriptor.h>
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>

#include "auth/password_hasher.h"
#include "auth/rpc_policy.h"
#include "auth/sessions.h"
#include "fieldledger/core/sha256.h"
#include "fieldledger/v1/assessment.grpc.pb.h"
#include "fieldledger/v1/attendance.grpc.pb.h"
#include "fieldledger/v1/audit.grpc.pb.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/blobs.grpc.pb.h"
#include "fieldledger/v1/callbacks.grpc.pb.h"
#include "fieldledger/v1/dispatch.grpc.pb.h"
#include "fieldledger/v1/jobs.grpc.pb.h"
#include "fieldledger/v1/manager.grpc.pb.h"
#include "fieldledger/v1/scoring.grpc.pb.h"
#include "fieldledger/v1/staff.grpc.pb.h"
#include "fieldledger/v1/sync.grpc.pb.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::FastArgon2;
using testing::StoreTest;

TEST(PasswordHasherTest, HashIsArgon2idEncodedAndVerifies) {
  const std::string hash = HashPassword("s3cret-passw0rd", FastArgon2());
  EXPECT_EQ(hash.rfind("$argon2id$v=19$", 0), 0u) << hash;
  EXPECT_EQ(hash.find("s3cret"), std::string::npos);
  EXPECT_TRUE(VerifyPassword("s3cret-passw0rd", hash));
  EXPECT_FALSE(VerifyPassword("s3cret-passw0rD", hash));
  EXPECT_FALSE(VerifyPassword("", hash));
}

TEST(PasswordHasherTest, DefaultParametersAreRecordedInTheEncoding) {
  const std::string hash = HashPassword("correct horse battery");
  EXPECT_EQ(hash.rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0), 0u) << hash;
  EXPECT_TRUE(VerifyPassword("correct horse battery", hash));
}

TEST(PasswordHasherTest, SaltMakesEveryHashDifferent) {
  const std::string a = HashPassword("same password", FastArgon2());
  const std::string b = HashPassword("same password", FastArgon2());
  EXPECT_NE(a, b);
  EXPECT_TRUE(VerifyPassword("same password", a));
  EXPECT_TRUE(VerifyPassword("same password", b));
}

TEST(PasswordHasherTest, RejectsNonArgon2idEncodings) {
  EXPECT_FALSE(VerifyPassword("x", ""));
  EXPECT_FALSE(VerifyPassword("x", "plain-text-password"));
  // An argon2i hash of the right password is still refused: only argon2id is accepted.
  std::string hash = HashPassword("pw-pw-pw-pw", FastArgon2());
  hash.replace(0, 10, "$argon2i$");
  EXPECT_FALSE(VerifyPassword("pw-pw-pw-pw", hash));
}

TEST(PasswordHasherTest, WeakPasswordReasons) {
  EXPECT_NE(WeakPasswordReason("short"), "");
  EXPECT_EQ(WeakPasswordReason("eight ch"), "");
  EXPECT_NE(WeakPasswordReason(std::string(257, 'a')), "");
  EXPECT_EQ(WeakPasswordReason(std::string(256, 'a')), "");
}

class SessionsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    sessions_ = std::make_unique<Sessions>(*store_, 12 * kHourMs);
  }
  std::unique_ptr<Sessions> sessions_;
};

TEST_F(SessionsTest, LoginResolvesTokenToTheCaller) {
  auto login = sessions_->Login("tech1", kPassword, "Pixel 7", At(8));
  ASSERT_TRUE(login);
  EXPECT_EQ(login->token.size(), 64u);
  EXPECT_EQ(login->expires_ms, At(20));
  EXPECT_EQ(login->user.id, "tech1");
  EXPECT_EQ(login->company.id, "acme");
  EXPECT_EQ(login->company.name, "Acme Service");

  auto caller = sessions_->Resolve(login->token, At(9));
  ASSERT_TRUE(caller);
  EXPECT_EQ(caller->user_id, "tech1");
  EXPECT_EQ(caller->company_id, "acme");
  EXPECT_EQ(caller->role, Role::kTechnician);
  EXPECT_EQ(caller->team_id, "north");
  EXPECT_EQ(caller->display_name, "Name of tech1");
}

TEST_F(SessionsTest, OnlyTheTokenHashIsStored) {
  auto login = sessions_->Login("disp", kPassword, "desk", At(8));
  ASSERT_TRUE(login);
  store_->Read([&](StoreTx& tx) {
    EXPECT_FALSE(tx.FindSession(login->token));
    auto s = tx.FindSession(Sha256Hex(login->token));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->user_id, "disp");
    EXPECT_EQ(s->device_name, "desk");
  });
}

TEST_F(SessionsTest, UnknownUserWrongPasswordAndDisabledUserFailAlike) {
  const auto before = Counts();
  auto unknown = sessions_->Login("nobody", kPassword, "d", At(8));
  auto wrong = sessions_->Login("tech1", "correct horsf", "d", At(8));
  auto disabled = sessions_->Login("tech_off", kPassword, "d", At(8));
  auto empty = sessions_->Login("tech1", "", "d", At(8));
  EXPECT_FALSE(unknown);
  EXPECT_FALSE(wrong);
  EXPECT_FALSE(disabled);
  EXPECT_FALSE(empty);
  EXPECT_EQ(Counts(), before);  // no session rows for failed logins
}

TEST_F(SessionsTest, TokenExpiresAtItsLifetime) {
  auto login = sessions_->Login("tech1", kPassword, "d", At(8));
  ASSERT_TRUE(login);
  EXPECT_TRUE(sessions_->Resolve(login->token, At(20) - 1));
  EXPECT_FALSE(sessions_->Resolve(login->token, At(20)));
  EXPECT_FALSE(sessions_->Resolve(login->token, At(23)));
}

TEST_F(SessionsTest, LogoutRevokesOnlyThatToken) {
  auto phone = sessions_->Login("tech1", kPassword, "phone", At(8));
  auto tablet = sessions_->Login("tech1", kPassword, "tablet", At(8));
  ASSERT_TRUE(phone && tablet);
  EXPECT_NE(phone->token, tablet->token);
  sessions_->Logout(phone->token);
  EXPECT_FALSE(sessions_->Resolve(phone->token, At(9)));
  EXPECT_TRUE(sessions_->Resolve(tablet->token, At(9)));
}

TEST_F(SessionsTest, MalformedOrUnknownTokensDoNotResolve) {
  EXPECT_FALSE(sessions_->Resolve("", At(9)));
  EXPECT_FALSE(sessions_->Resolve("abc", At(9)));
  EXPECT_FALSE(sessions_->Resolve(std::string(64, '0'), At(9)));
}

TEST_F(SessionsTest, DisablingAUserEndsTheirLiveSessions) {
  auto login = sessions_->Login("tech2", kPassword, "d", At(8));
  ASSERT_TRUE(login);
  // There is no UpdateUser: flip the flag the way an admin tool would, in SQL.
  testing::ExecSql(path_, "UPDATE users SET disabled = 1 WHERE id = 'tech2'");
  EXPECT_FALSE(sessions_->Resolve(login->token, At(9)));
}

// ---- The role table ----

// Methods that are deliberately callable without a session (Gate::RunAnonymous).
const std::set<std::string> kAnonymousMethods = {"AuthService/Login", "AuthService/Refresh"};

// The generated pool only knows files whose generated code is linked in; with static
// libraries that takes a reference to something in each file.
const google::protobuf::DescriptorPool* LinkedPool() {
  for (const auto* d :
       {v1::LoginRequest::descriptor(), v1::PushRequest::descriptor(),
        v1::CreateJobRequest::descriptor(), v1::ScorecardRequest::descriptor(),
        v1::GeoFix::descriptor(), v1::MonthPayRequest::descriptor(),
        v1::AssessmentRequest::descriptor(), v1::GetBoardRequest::descriptor(),
        v1::ListShiftsRequest::descriptor(), v1::ListQueueRequest::descriptor(),
        v1::ListJobAuditRequest::descriptor(), v1::ListStaffRequest::descriptor()}) {
    EXPECT_NE(d, nullptr);
  }
  return google::protobuf::DescriptorPool::generated_pool();
}

std::vector<std::string> ProtoMethods() {
  const auto* pool = LinkedPool();
  std::vector<std::string> out;
  for (const std::string full :
       {v1::AuthService::service_full_name(), v1::SyncService::service_full_name(),
        v1::JobsService::service_full_name(), v1::ScoringService::service_full_name(),
        v1::BlobService::service_full_name(), v1::ManagerService::service_full_name(),
        v1::AssessmentService::service_full_name(), v1::DispatchService::service_full_name(),
        v1::AttendanceService::service_full_name(), v1::CallBackService::service_full_name(),
        v1::AuditService::service_full_name(), v1::StaffService::service_full_name()}) {
    const auto* service = pool->FindServiceByName(full);
    EXPECT_NE(service, nullptr) << full;
    if (!service) continue;
    for (int i = 0; i < service->method_count(); ++i) {
      out.push_back(service->name() + "/" + service->method(i)->name());
    }
  }
  return out;
}

// Every service of every .proto file in proto/fieldledger/v1 is listed above, so a new
// service (or a new file) cannot slip past the coverage test.
TEST(RpcPolicyTest, EveryProtoServiceIsKnownToTheCoverageTest) {
  const auto* pool = LinkedPool();
  const std::filesystem::path dir =
      std::filesystem::path(FIELDLEDGER_SOURCE_DIR) / "proto/fieldledger/v1";
  std::set<std::string> services;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".proto") continue;
    ++files;
    const std::string name = "fieldledger/v1/" + entry.path().filename().string();
    const auto* fd = pool->FindFileByName(name);
    ASSERT_NE(fd, nullptr) << name << " is not linked into the test; add it to LinkedPool()";
    for (int i = 0; i < fd->service_count(); ++i) services.insert(fd->service(i)->full_name());
  }
  EXPECT_GE(files, 5);
  EXPECT_EQ(services, (std::set<std::string>{
                          "fieldledger.v1.AssessmentService", "fieldledger.v1.AttendanceService",
                          "fieldledger.v1.AuditService", "fieldledger.v1.AuthService",
                          "fieldledger.v1.BlobService", "fieldledger.v1.CallBackService",
                          "fieldledger.v1.DispatchService", "fieldledger.v1.JobsService",
                          "fieldledger.v1.ManagerService", "fieldledger.v1.ScoringService",
                          "fieldledger.v1.StaffService", "fieldledger.v1.SyncService"}));
}

TEST(RpcPolicyTest, EveryProtoMethodHasARuleOrIsExplicitlyAnonymous) {
  const auto methods = ProtoMethods();
  EXPECT_GE(methods.size(), 11u);
  for (const auto& m : methods) {
    if (kAnonymousMethods.contains(m)) {
      EXPECT_EQ(FindRpcRule(m), nullptr) << m << " is anonymous and must not need a role";
      continue;
    }
    const RpcRule* rule = FindRpcRule(m);
    ASSERT_NE(rule, nullptr) << "RPC " << m << " has no entry in RpcRules(): it is unguarded";
    EXPECT_FALSE(rule->roles.empty()) << m;
  }
}

TEST(RpcPolicyTest, EveryRuleNamesARealMethodOnce) {
  const auto methods = ProtoMethods();
  const std::set<std::string> known(methods.begin(), methods.end());
  std::set<std::string> seen;
  for (const auto& rule : RpcRules()) {
    const std::string name(rule.method);
    EXPECT_TRUE(known.contains(name)) << "rule for a method that does not exist: " << name;
    EXPECT_TRUE(seen.insert(name).second) << "duplicate rule: " << name;
  }
  for (const auto& m : kAnonymousMethods) EXPECT_TRUE(known.contains(m)) << m;
}

// The service implementations look themselves up by a string; a typo there would
// refuse everyone, and a stray RunAnonymous would skip authentication. Read the source.
TEST(RpcPolicyTest, ServiceImplementationsUseTheGuardedNames) {
  // Every service implementation in server/rpc/ goes through the gate.
  std::string text;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(FIELDLEDGER_SOURCE_DIR) / "server/rpc")) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream in(entry.path());
    ASSERT_TRUE(in) << "cannot read " << entry.path();
    text.append((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
  const std::regex call(R"re(gate_\.(Run|RunAnonymous)\((?:ctx,\s*)?"([A-Za-z]+/[A-Za-z]+)")re");
  std::set<std::string> guarded, anonymous;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), call); it != std::sregex_iterator();
       ++it) {
    ((*it)[1] == "Run" ? guarded : anonymous).insert((*it)[2]);
  }
  EXPECT_EQ(anonymous, kAnonymousMethods);
  for (const auto& m : guarded) EXPECT_NE(FindRpcRule(m), nullptr) << m;
  const auto methods = ProtoMethods();
  for (const auto& m : methods) {
    EXPECT_TRUE(guarded.contains(m) || anonymous.contains(m)) << m << " is not implemented";
  }
}

TEST(RpcPolicyTest, UnknownMethodsHaveNoRule) {
  EXPECT_EQ(FindRpcRule("SyncService/Reset"), nullptr);
  EXPECT_EQ(FindRpcRule("Push"), nullptr);
  EXPECT_EQ(FindRpcRule(""), nullptr);
  EXPECT_EQ(FindRpcRule("syncservice/push"), nullptr);
}

bool Allowed(const std::string& method, Role role) {
  const RpcRule* rule = FindRpcRule(method);
  if (!rule) return false;
  for (Role r : rule->roles) {
    if (r == role) return true;
  }
  return false;
}

TEST(RpcPolicyTest, RoleByMethodMatrix) {
  constexpr Role kT = Role::kTechnician, kD = Role::kDispatcher, kC = Role::kCallbackAgent,
                 kM = Role::kManager, kA = Role::kAdmin;
  // Columns: technician, dispatcher, callback agent, manager, admin.
  const std::vector<std::pair<std::string, std::array<bool, 5>>> expected = {
      {"AuthService/Logout", {true, true, true, true, true}},
      {"SyncService/Push", {true, false, false, false, false}},
      {"SyncService/Pull", {true, false, false, false, false}},
      {"JobsService/CreateJob", {false, true, false, false, true}},
      {"JobsService/ListJobs", {true, true, false, true, true}},
      {"JobsService/AssignJob", {false, true, false, false, true}},
      {"JobsService/CancelJob", {false, true, false, false, true}},
      {"ScoringService/GetScorecard", {true, true, false, true, true}},
      {"ScoringService/ExcuseArrival", {false, true, false, false, true}},
      {"ScoringService/RevokeExcusal", {false, true, false, false, true}},
      {"ScoringService/GetRanking", {false, true, false, true, true}},
      {"ScoringService/ListExcusalHistory", {false, true, false, true, true}},
      {"ScoringService/RecordCallBack", {false, false, true, false, true}},
      {"BlobService/GetUploadOffset", {true, false, false, false, false}},
      {"BlobService/UploadChunk", {true, false, false, false, false}},
      {"ManagerService/GetMonthPay", {false, false, false, true, true}},
      {"ManagerService/GetRevenue", {false, false, false, true, true}},
      {"ManagerService/GetTrend", {false, false, false, true, true}},
      {"AssessmentService/GetAssessment", {false, false, false, true, true}},
      {"AssessmentService/SetAssessorComment", {false, false, false, true, true}},
      {"AssessmentService/PublishPeriod", {false, false, false, true, true}},
      {"AssessmentService/SubmitSelfAssessment", {true, false, false, false, false}},
      {"AttendanceService/ListShifts", {true, true, false, true, true}},
      {"AttendanceService/SaveShift", {false, false, false, true, true}},
      {"AttendanceService/DeleteShift", {false, false, false, true, true}},
      {"AttendanceService/SetLeave", {false, false, false, true, true}},
      {"AttendanceService/ImportShifts", {false, false, false, true, true}},
      {"AttendanceService/GetShiftHistory", {false, true, false, true, true}},
      // Everyone signed in; a technician gets only themselves (staff_service_test.cpp).
      {"StaffService/ListStaff", {true, true, true, true, true}},
      // Moving a technician between teams moves team cards (team_move_test.cpp).
      {"StaffService/MoveUserToTeam", {false, false, false, true, true}},
      {"CallBackService/ListQueue", {false, false, true, true, true}},
      {"CallBackService/ClaimVisit", {false, false, true, false, true}},
      {"CallBackService/ReleaseVisit", {false, false, true, false, true}},
      {"CallBackService/RecordCallBack", {false, false, true, false, true}},
      {"CallBackService/GetAgentScorecard", {false, false, true, true, true}},
      {"CallBackService/GetVisitBlob", {false, false, true, true, true}},
      {"DispatchService/GetBoard", {false, true, false, true, true}},
      {"DispatchService/WatchBoard", {false, true, false, true, true}},
      {"DispatchService/GetJobHistory", {false, true, true, true, true}},
      {"DispatchService/CreateJob", {false, true, false, false, true}},
      {"DispatchService/AssignJob", {false, true, false, false, true}},
      {"DispatchService/RescheduleJob", {false, true, false, false, true}},
      {"DispatchService/CancelJob", {false, true, false, false, true}},
      {"DispatchService/ExcuseJob", {false, true, false, false, true}},
      {"DispatchService/RevokeExcusal", {false, true, false, false, true}},
      {"DispatchService/AcceptArrival", {false, true, false, false, true}},
      {"AuditService/ListJobAudit", {false, false, false, true, true}},
      {"AuditService/ListSignIns", {false, false, false, true, true}},
  };
  const std::array<Role, 5> roles = {kT, kD, kC, kM, kA};
  for (const auto& [method, row] : expected) {
    for (std::size_t i = 0; i < roles.size(); ++i) {
      EXPECT_EQ(Allowed(method, roles[i]), row[i]) << method << " for " << RoleName(roles[i]);
    }
  }
  // The matrix above covers every guarded method.
  EXPECT_EQ(expected.size(), RpcRules().size());
}

}  // namespace
}  // namespace fieldledger::server
