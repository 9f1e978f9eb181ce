// The technician's side of attendance and of the assessment cycle through real processes:
// fieldledger-server on a SQLite file and the fieldledger-device core. A start-of-shift
// check-in and a self-assessment recorded while the server is down reach, after sync, the
// attendance rate and the manager's assessment; a self-assessment of a published month is
// refused with its code.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <regex>

#include "e2e_company.h"
#include "fieldledger/core/time.h"
#include "fieldledger/v1/assessment.grpc.pb.h"
#include "fieldledger/v1/attendance.grpc.pb.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/scoring.grpc.pb.h"

namespace fieldledger {
namespace {

using e2e::kPassword;

TimeMs Now() { return e2e::WallNowMs(); }

// YYYY-MM-DD of a UTC instant (the test company's zone is UTC).
std::string UtcDate(TimeMs t) {
  const std::time_t s = t / 1000;
  std::tm tm{};
  gmtime_r(&s, &tm);
  char out[16];
  std::strftime(out, sizeof out, "%Y-%m-%d", &tm);
  return out;
}

class ShiftAndAssessment : public e2e::E2eCompany {
 protected:
  ShiftAndAssessment()
      : E2eCompany("UTC",
                   {{"boss", "Mona Manager", "manager"}, {"tech", "Tess Tech", "technician"}}) {}

  v1::Assessment ReadAssessment(const std::string& token, const std::string& anchor) {
    auto stub = v1::AssessmentService::NewStub(channel_);
    grpc::ClientContext ctx;
    Authorize(ctx, token);
    v1::AssessmentRequest req;
    req.set_anchor_date(anchor);
    v1::Assessment out;
    auto s = stub->GetAssessment(&ctx, req, &out);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return out;
  }
};

TEST_F(ShiftAndAssessment, OfflineCheckInAndSelfAssessmentReachTheManager) {
  StartServer();
  const std::string manager = Login("boss").token();
  const std::string tech_id = Login("tech").user_id();
  auto login = Device({"login", "--username", "tech"}, std::string(kPassword) + "\n");
  ASSERT_EQ(login.exit_code, 0) << login.output;

  // A shift that started five minutes ago (or at midnight, so it stays today's).
  const TimeMs now = Now();
  const TimeMs midnight = now - now % kDayMs;
  const TimeMs start = std::max(midnight, now - 5 * kMinuteMs);
  {
    auto stub = v1::AttendanceService::NewStub(channel_);
    grpc::ClientContext ctx;
    Authorize(ctx, manager);
    v1::SaveShiftRequest req;
    req.set_technician_id(tech_id);
    req.set_start_ms(start);
    req.set_end_ms(start + 8 * kHourMs);
    v1::Shift shift;
    auto s = stub->SaveShift(&ctx, req, &shift);
    ASSERT_TRUE(s.ok()) << s.error_message();
  }
  ASSERT_EQ(Device({"sync"}).exit_code, 0);

  // Offline: the technician starts the shift and writes the month's self-assessment.
  StopServer();
  auto checked_in = Device({"start-shift", "--lat", "31.23", "--lon", "121.47", "--accuracy", "9"});
  ASSERT_EQ(checked_in.exit_code, 0) << checked_in.output;
  const std::string today = UtcDate(Now());
  const std::string text = "Every fridge fixed at the first visit.\nI want the inverter course.";
  auto wrote = Device({"self-assessment", "--date", today}, text);
  ASSERT_EQ(wrote.exit_code, 0) << wrote.output;
  EXPECT_NE(Device({"status"}).output.find("pending 2,"), std::string::npos);

  StartServer();
  auto synced = Device({"sync"});
  ASSERT_EQ(synced.exit_code, 0) << synced.output;
  EXPECT_NE(synced.output.find("applied 2, duplicates 0, rejected 0"), std::string::npos)
      << synced.output;
  auto marks = Device({"shift-marks"});
  EXPECT_NE(marks.output.find("shift_check_in sent: [on_time] checked in at " + today),
            std::string::npos)
      << marks.output;

  // The manager's attendance rate comes from that check-in.
  {
    auto scoring = v1::ScoringService::NewStub(channel_);
    grpc::ClientContext ctx;
    Authorize(ctx, manager);
    v1::ScorecardRequest req;
    req.set_technician_id(tech_id);
    req.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
    req.mutable_period()->set_anchor_date(UtcDate(start));
    v1::Scorecard card;
    auto s = scoring->GetScorecard(&ctx, req, &card);
    ASSERT_TRUE(s.ok()) << s.error_message();
    EXPECT_EQ(card.attendance().numerator(), 1);
    EXPECT_EQ(card.attendance().denominator(), 1);
  }
  {
    auto stub = v1::AttendanceService::NewStub(channel_);
    grpc::ClientContext ctx;
    Authorize(ctx, manager);
    v1::ListShiftsRequest req;
    req.set_from_ms(midnight);
    req.set_to_ms(midnight + kDayMs);
    v1::ShiftList list;
    ASSERT_TRUE(stub->ListShifts(&ctx, req, &list).ok());
    ASSERT_EQ(list.shifts_size(), 1);
    EXPECT_EQ(list.shifts(0).state(), v1::SHIFT_STATE_ATTENDED);
    EXPECT_TRUE(list.shifts(0).check_in_verified()) << list.shifts(0).check_in_check();
    EXPECT_GE(list.shifts(0).check_in_ms(), start);
    EXPECT_EQ(list.unmatched_check_ins_size(), 0);
  }
  // ...and the self-assessment is beside the technician's figures.
  const v1::Assessment month = ReadAssessment(manager, today);
  bool found = false;
  for (const auto& t : month.technicians()) {
    if (t.technician_id() != tech_id) continue;
    found = true;
    EXPECT_EQ(t.self_assessment().text(), text);
    EXPECT_GT(t.self_assessment().written_ms(), 0);
  }
  EXPECT_TRUE(found);
}

TEST_F(ShiftAndAssessment, ASelfAssessmentOfAPublishedMonthIsRefusedWithItsCode) {
  StartServer();
  const std::string manager = Login("boss").token();
  ASSERT_EQ(Device({"login", "--username", "tech"}, std::string(kPassword) + "\n").exit_code, 0);
  const TimeMs now = Now();
  const std::string last_month = UtcDate(now - now % kDayMs - 32 * kDayMs).substr(0, 8) + "15";
  {
    auto stub = v1::AssessmentService::NewStub(channel_);
    grpc::ClientContext ctx;
    Authorize(ctx, manager);
    v1::PublishPeriodRequest req;
    req.set_anchor_date(last_month);
    v1::Publication pub;
    auto s = stub->PublishPeriod(&ctx, req, &pub);
    ASSERT_TRUE(s.ok()) << s.error_message();
  }
  ASSERT_EQ(Device({"self-assessment", "--date", last_month}, "Written too late").exit_code, 0);
  auto synced = Device({"sync"});
  EXPECT_NE(synced.output.find("applied 0, duplicates 0, rejected 1"), std::string::npos)
      << synced.output;
  auto problems = Device({"problems"});
  EXPECT_NE(problems.output.find("self_assessment job : [period_published] period: " +
                                 last_month.substr(0, 7) + " is published"),
            std::string::npos)
      << problems.output;
}

}  // namespace
}  // namespace fieldledger
