// StaffService.MoveUserToTeam over a real gRPC channel: managers and administrators move a
// technician at the server's instant; every other role is refused; bad input is
// INVALID_ARGUMENT naming the field; the audit keeps the caller's address.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include "fieldledger/v1/staff.grpc.pb.h"
#include "live_channel.h"

namespace fieldledger::server {
namespace {

using testing::kDay0;
using testing::LiveChannelTest;

constexpr TimeMs kServerNow = kDay0 + kDayMs + 9 * kHourMs;

class StaffMoveRpcTest : public LiveChannelTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    store_->Write([](StoreTx& tx) { tx.InsertTeam({"south", "acme", "South"}); });
    StartServer([] { return kServerNow; });
    stub_ = v1::StaffService::NewStub(channel_);
  }
  grpc::Status Move(const std::string& caller, const std::string& user, const std::string& team,
                    const std::string& reason, v1::MoveUserToTeamResponse* resp) {
    grpc::ClientContext ctx;
    Authorize(ctx, caller);
    v1::MoveUserToTeamRequest req;
    req.set_user_id(user);
    req.set_team_id(team);
    req.set_reason(reason);
    return stub_->MoveUserToTeam(&ctx, req, resp);
  }
  std::unique_ptr<v1::StaffService::Stub> stub_;
};

TEST_F(StaffMoveRpcTest, AManagerMovesATechnicianAtTheServersInstant) {
  v1::MoveUserToTeamResponse resp;
  const grpc::Status s = Move("boss", "tech1", "south", "covers the south", &resp);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_TRUE(resp.moved());
  EXPECT_EQ(resp.member().id(), "tech1");
  EXPECT_EQ(resp.member().team_id(), "south");
  EXPECT_EQ(resp.from_team_id(), "north");
  EXPECT_EQ(resp.effective_ms(), kServerNow);
  std::vector<TeamMove> moves;
  store_->Read([&](StoreTx& tx) { moves = tx.ListTeamMoves("acme"); });
  ASSERT_EQ(moves.size(), 1u);
  EXPECT_EQ(moves[0].actor_id, "boss");
  EXPECT_EQ(moves[0].at_ms, kServerNow);
  EXPECT_EQ(moves[0].address, "127.0.0.1");
  // Again: nothing more changes.
  v1::MoveUserToTeamResponse again;
  ASSERT_TRUE(Move("root", "tech1", "south", "covers the south", &again).ok());
  EXPECT_FALSE(again.moved());
  EXPECT_EQ(again.effective_ms(), 0);
  store_->Read([&](StoreTx& tx) { moves = tx.ListTeamMoves("acme"); });
  EXPECT_EQ(moves.size(), 1u);
}

TEST_F(StaffMoveRpcTest, OnlyManagersAndAdministratorsMayMove) {
  for (const char* user : {"tech1", "disp", "cb"}) {
    v1::MoveUserToTeamResponse resp;
    EXPECT_EQ(Move(user, "tech2", "south", "why", &resp).error_code(),
              grpc::StatusCode::PERMISSION_DENIED)
        << user;
  }
  v1::MoveUserToTeamResponse resp;
  EXPECT_TRUE(Move("root", "tech2", "south", "why", &resp).ok());
}

TEST_F(StaffMoveRpcTest, BadInputNamesTheFieldAndAnotherCompanyIsNotFound) {
  const auto before = Counts();
  v1::MoveUserToTeamResponse resp;
  grpc::Status s = Move("boss", "tech1", "", "why", &resp);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(s.error_message(), "[field_required] team_id");
  s = Move("boss", "tech1", "south", "", &resp);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(s.error_message(), "[reason_required] reason is required");
  s = Move("boss", "othertech", "south", "why", &resp);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(s.error_message(), "[user_not_found] user_id: user 'othertech' does not exist");
  // Sign-ins add rows to the security trail; nothing else changed.
  auto after = Counts();
  after.erase("security_events");
  after.erase("sessions");
  after.erase("session_families");
  auto expected = before;
  expected.erase("security_events");
  expected.erase("sessions");
  expected.erase("session_families");
  EXPECT_EQ(after, expected);
}

}  // namespace
}  // namespace fieldledger::server
