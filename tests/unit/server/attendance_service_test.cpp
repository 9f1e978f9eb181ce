// The shift schedule over a real gRPC channel to a real server on a real SQLite file: a CSV
// import that is all or nothing, shift states by the attendance rule, moves, leave and
// deletion with their audit trail, and the live attendance rate following each change.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include "fieldledger/v1/attendance.grpc.pb.h"
#include "fieldledger/v1/scoring.grpc.pb.h"
#include "live_channel.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::kDay0;
using testing::LiveChannelTest;

class AttendanceServiceTest : public LiveChannelTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    StartServer([] { return At(12); });  // 2026-03-02 12:00 UTC
    stub_ = v1::AttendanceService::NewStub(channel_);
  }
  grpc::Status Import(const std::string& csv, v1::ImportShiftsResponse* out) {
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");
    v1::ImportShiftsRequest req;
    req.set_csv(csv);
    return stub_->ImportShifts(&ctx, req, out);
  }
  v1::ShiftList List(const std::string& user) {
    grpc::ClientContext ctx;
    Authorize(ctx, user);
    v1::ListShiftsRequest req;
    req.set_from_ms(kDay0);
    req.set_to_ms(kDay0 + kDayMs);
    v1::ShiftList out;
    EXPECT_TRUE(stub_->ListShifts(&ctx, req, &out).ok());
    return out;
  }
  // tech1's attendance today as the live scorecard reports it.
  std::pair<std::int64_t, std::int64_t> Attendance() {
    auto scoring = v1::ScoringService::NewStub(channel_);
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");
    v1::ScorecardRequest req;
    req.set_technician_id("tech1");
    req.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
    req.mutable_period()->set_anchor_date("2026-03-02");
    v1::Scorecard card;
    EXPECT_TRUE(scoring->GetScorecard(&ctx, req, &card).ok());
    return {card.attendance().numerator(), card.attendance().denominator()};
  }

  std::unique_ptr<v1::AttendanceService::Stub> stub_;
};

TEST_F(AttendanceServiceTest, AFileWithABadRowImportsNothingAndNamesEveryBadLine) {
  v1::ImportShiftsResponse resp;
  const auto s = Import(
      "technician,start,end\n"
      "tech1,2026-03-02 08:00,2026-03-02 17:00\n"
      "nobody,2026-03-02 08:00,2026-03-02 17:00\n"
      "tech2,2026-03-02 18:00,2026-03-02 08:00\n"
      "tech2,soon,2026-03-02 17:00\n",
      &resp);
  ASSERT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(s.error_message().find("line 3: technician: no technician 'nobody'"), std::string::npos)
      << s.error_message();
  EXPECT_NE(s.error_message().find("line 4: end must be after start"), std::string::npos);
  EXPECT_NE(s.error_message().find("line 5: start: not a time ('soon')"), std::string::npos);
  EXPECT_EQ(List("boss").shifts_size(), 0);
  EXPECT_EQ(testing::CountRows(path_, "shift_audit"), 0);
}

TEST_F(AttendanceServiceTest, StatesFollowTheAttendanceRuleAndTheLiveRateFollowsEdits) {
  v1::ImportShiftsResponse resp;
  ASSERT_TRUE(Import("start,end,technician,leave\n"
                     "2026-03-02 08:00,2026-03-02 17:00,tech1,no\n"
                     "2026-03-02 13:00,2026-03-02 20:00,tech1,\n"
                     "2026-03-02 08:00,2026-03-02 17:00,tech2,yes\n",
                     &resp)
                  .ok());
  EXPECT_EQ(resp.created(), 3);
  v1::ShiftList all = List("boss");
  ASSERT_EQ(all.shifts_size(), 3);
  // At 12:00 with a 10 min grace: tech1's 08:00 shift without a check-in is absent, the
  // 13:00 one is upcoming, tech2's is leave.
  std::map<std::pair<std::string, std::int64_t>, v1::Shift> by;
  for (const auto& s : all.shifts()) by[{s.technician_id(), s.start_ms()}] = s;
  const v1::Shift morning = by[{"tech1", At(8)}];
  EXPECT_EQ(morning.state(), v1::SHIFT_STATE_ABSENT);
  EXPECT_EQ((by[{"tech1", At(13)}].state()), v1::SHIFT_STATE_UPCOMING);
  EXPECT_EQ((by[{"tech2", At(8)}].state()), v1::SHIFT_STATE_LEAVE);
  EXPECT_EQ(Attendance(), (std::pair<std::int64_t, std::int64_t>{0, 1}));

  // A technician sees only their own shifts.
  const v1::ShiftList own = List("tech2");
  for (const auto& s : own.shifts()) EXPECT_EQ(s.technician_id(), "tech2");
  EXPECT_EQ(own.shifts_size(), 1);

  // Leave for the missed morning: excluded from the rate at once.
  {
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");
    v1::SetLeaveRequest req;
    req.set_id(morning.id());
    req.set_approved_leave(true);
    req.set_reason("doctor's appointment, approved by phone");
    v1::Shift out;
    ASSERT_TRUE(stub_->SetLeave(&ctx, req, &out).ok());
    EXPECT_EQ(out.state(), v1::SHIFT_STATE_LEAVE);
  }
  EXPECT_EQ(Attendance(), (std::pair<std::int64_t, std::int64_t>{0, 0}));

  // Move the afternoon shift to tech2, then delete it; both need a reason and are audited.
  const std::string afternoon = by[{"tech1", At(13)}].id();
  {
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");
    v1::SaveShiftRequest req;
    req.set_id(afternoon);
    req.set_technician_id("tech2");
    req.set_start_ms(At(13));
    req.set_end_ms(At(20));
    v1::Shift out;
    EXPECT_EQ(stub_->SaveShift(&ctx, req, &out).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  }
  {
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");
    v1::SaveShiftRequest req;
    req.set_id(afternoon);
    req.set_technician_id("tech2");
    req.set_start_ms(At(13));
    req.set_end_ms(At(20));
    req.set_reason("tech1 covers the north today");
    v1::Shift out;
    ASSERT_TRUE(stub_->SaveShift(&ctx, req, &out).ok());
    EXPECT_EQ(out.technician_id(), "tech2");
  }
  {
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");
    v1::DeleteShiftRequest req;
    req.set_id(afternoon);
    req.set_reason("shop closed for the afternoon");
    v1::Shift out;
    ASSERT_TRUE(stub_->DeleteShift(&ctx, req, &out).ok());
  }
  grpc::ClientContext ctx;
  Authorize(ctx, "disp");
  v1::ShiftHistoryRequest req;
  req.set_id(afternoon);
  v1::ShiftHistory history;
  ASSERT_TRUE(stub_->GetShiftHistory(&ctx, req, &history).ok());
  ASSERT_EQ(history.entries_size(), 3);
  EXPECT_EQ(history.entries(0).action(), "created");
  EXPECT_EQ(history.entries(1).action(), "moved");
  EXPECT_EQ(history.entries(1).reason(), "tech1 covers the north today");
  EXPECT_EQ(history.entries(1).actor_id(), "boss");
  EXPECT_EQ(history.entries(2).action(), "deleted");
  EXPECT_EQ(List("boss").shifts_size(), 2);
}

TEST_F(AttendanceServiceTest, ADeletedShiftStopsCountingAtOnce) {
  v1::ImportShiftsResponse resp;
  ASSERT_TRUE(
      Import("technician,start,end\ntech1,2026-03-02 08:00,2026-03-02 17:00\n", &resp).ok());
  EXPECT_EQ(Attendance(), (std::pair<std::int64_t, std::int64_t>{0, 1}));  // absent at 12:00
  grpc::ClientContext ctx;
  Authorize(ctx, "boss");
  v1::DeleteShiftRequest req;
  req.set_id(List("boss").shifts(0).id());
  req.set_reason("entered by mistake");
  v1::Shift out;
  ASSERT_TRUE(stub_->DeleteShift(&ctx, req, &out).ok());
  EXPECT_EQ(Attendance(), (std::pair<std::int64_t, std::int64_t>{0, 0}));
}

TEST_F(AttendanceServiceTest, ImpossibleShiftsAreRefused) {
  const auto save = [&](std::int64_t start, std::int64_t end, const std::string& tech) {
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");
    v1::SaveShiftRequest req;
    req.set_technician_id(tech);
    req.set_start_ms(start);
    req.set_end_ms(end);
    v1::Shift out;
    return stub_->SaveShift(&ctx, req, &out);
  };
  EXPECT_EQ(save(At(8), At(8) + 25 * kHourMs, "tech1").error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(save(At(8) + 3650 * kDayMs, At(9) + 3650 * kDayMs, "tech1").error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(save(At(8), At(9), "othertech").error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(save(At(8), At(9), "disp").error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(List("boss").shifts_size(), 0);
}

}  // namespace
}  // namespace fieldledger::server
