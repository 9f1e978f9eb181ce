// StaffService over a real gRPC channel: the office roles list their own company's users
// and teams, a technician only themselves, and no other company's people ever appear.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include "fieldledger/v1/staff.grpc.pb.h"
#include "live_channel.h"

namespace fieldledger::server {
namespace {

using testing::kDay0;
using testing::LiveChannelTest;

class StaffServiceTest : public LiveChannelTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    StartServer([] { return kDay0 + kDayMs; });
    stub_ = v1::StaffService::NewStub(channel_);
  }
  v1::Staff List(const std::string& user, bool include_disabled = false,
                 grpc::StatusCode expect = grpc::StatusCode::OK) {
    grpc::ClientContext ctx;
    Authorize(ctx, user);
    v1::ListStaffRequest req;
    req.set_include_disabled(include_disabled);
    v1::Staff staff;
    const grpc::Status status = stub_->ListStaff(&ctx, req, &staff);
    EXPECT_EQ(status.error_code(), expect) << status.error_message();
    return staff;
  }
  static std::vector<std::string> Ids(const v1::Staff& s) {
    std::vector<std::string> ids;
    for (const auto& m : s.members()) ids.push_back(m.id());
    return ids;
  }
  std::unique_ptr<v1::StaffService::Stub> stub_;
};

TEST_F(StaffServiceTest, AManagerListsTheCompanyByNameWithRolesAndTeams) {
  const v1::Staff staff = List("boss");
  // "Name of boss" < "Name of cb" < ... sorted by display name; tech_off is disabled and
  // othertech works for another company.
  EXPECT_EQ(Ids(staff), (std::vector<std::string>{"boss", "cb", "disp", "root", "tech1", "tech2"}));
  const auto& tech1 = staff.members(4);
  EXPECT_EQ(tech1.display_name(), "Name of tech1");
  EXPECT_EQ(tech1.username(), "tech1");
  EXPECT_EQ(tech1.role(), "technician");
  EXPECT_EQ(tech1.team_id(), "north");
  EXPECT_FALSE(tech1.disabled());
  EXPECT_EQ(staff.members(1).role(), "callback_agent");
  ASSERT_EQ(staff.teams_size(), 1);
  EXPECT_EQ(staff.teams(0).id(), "north");
  EXPECT_EQ(staff.teams(0).name(), "North");
}

TEST_F(StaffServiceTest, DisabledAccountsOnlyWhenAsked) {
  const v1::Staff staff = List("disp", true);
  ASSERT_EQ(staff.members_size(), 7);
  EXPECT_EQ(staff.members(6).id(), "tech_off");
  EXPECT_TRUE(staff.members(6).disabled());
}

TEST_F(StaffServiceTest, EveryOfficeRoleMayList) {
  for (const char* user : {"disp", "cb", "boss", "root"}) {
    EXPECT_EQ(List(user).members_size(), 6) << user;
  }
}

TEST_F(StaffServiceTest, ATechnicianSeesOnlyThemselvesAndTheirTeam) {
  const v1::Staff staff = List("tech1", true);
  EXPECT_EQ(Ids(staff), std::vector<std::string>{"tech1"});
  ASSERT_EQ(staff.teams_size(), 1);
  EXPECT_EQ(staff.teams(0).id(), "north");
  EXPECT_EQ(Ids(List("tech2")), std::vector<std::string>{"tech2"});
  EXPECT_EQ(List("tech2").teams_size(), 0);
}

TEST_F(StaffServiceTest, AnotherCompanyIsNeverListed) {
  EXPECT_EQ(Ids(List("othertech")), std::vector<std::string>{"othertech"});
  const v1::Staff everyone = List("root", true);
  ASSERT_EQ(everyone.members_size(), 7);
  for (const auto& m : everyone.members()) EXPECT_NE(m.id(), "othertech");
}

TEST_F(StaffServiceTest, NoTokenNoList) {
  grpc::ClientContext ctx;
  v1::Staff staff;
  EXPECT_EQ(stub_->ListStaff(&ctx, {}, &staff).error_code(), grpc::StatusCode::UNAUTHENTICATED);
}

}  // namespace
}  // namespace fieldledger::server
