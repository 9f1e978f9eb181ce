#include <gtest/gtest.h>

#include "fieldledger/scoring/scorecard.h"
#include "fixtures.h"

namespace fieldledger::scoring {
namespace {

using testing::Repair;
using testing::Utc;

const Scope kAlice{Scope::Kind::kTechnician, "alice"};

Shift MakeShift(std::string id, TimeMs start, std::optional<TimeMs> check_in) {
  return Shift{std::move(id), "alice", "team-a", start, check_in, false};
}

TEST(Attendance, GraceBoundaryLeaveAndPending) {
  const TimeMs nine = Utc(2026, 11, 3, 9);
  Dataset d;
  d.shifts.push_back(MakeShift("at-grace", nine, nine + 10 * kMinuteMs));
  d.shifts.push_back(MakeShift("one-second-over", nine, nine + 10 * kMinuteMs + kSecondMs));
  d.shifts.push_back(MakeShift("absent", nine, std::nullopt));
  Shift leave = MakeShift("leave", nine, std::nullopt);
  leave.approved_leave = true;
  d.shifts.push_back(leave);
  d.shifts.push_back(MakeShift("tonight", Utc(2026, 11, 3, 22), std::nullopt));

  Scorecard c = ComputeScorecard(ScoringData(d), {}, kAlice, DayPeriod(2026, 11, 3, "UTC"),
                                 Utc(2026, 11, 3, 12));
  EXPECT_EQ(c.attendance.numerator, 1);
  EXPECT_EQ(c.attendance.denominator, 3);
  ASSERT_EQ(c.attendance.items.size(), 5u);
  EXPECT_EQ(c.attendance.items[1].reason, "checked in 10 min after shift start (grace 10 min)");
  EXPECT_EQ(c.attendance.items[2].reason, "no check-in");
  EXPECT_EQ(c.attendance.items[3].reason, "approved leave");
  EXPECT_EQ(c.attendance.items[3].side, Side::kNeither);
  EXPECT_EQ(c.attendance.items[4].reason, "pending: check-in open until 2026-11-03 22:10");
}

TEST(Attendance, ShiftCountsInThePeriodOfItsStartInTheZone) {
  Dataset d;
  // 23:30 local in Shanghai on the 2nd is 15:30Z.
  d.shifts.push_back(MakeShift("late-evening", Utc(2026, 11, 2, 15, 30), Utc(2026, 11, 2, 15, 30)));
  ScoringData data(d);
  const TimeMs now = Utc(2026, 11, 4);
  EXPECT_EQ(ComputeScorecard(data, {}, kAlice, DayPeriod(2026, 11, 2, "Asia/Shanghai"), now)
                .attendance.denominator,
            1);
  EXPECT_EQ(ComputeScorecard(data, {}, kAlice, DayPeriod(2026, 11, 3, "Asia/Shanghai"), now)
                .attendance.denominator,
            0);
}

TEST(FirstTimeFixAndResolution, CompletedJobsOnly) {
  const TimeMs created = Utc(2026, 11, 3, 8);
  Dataset d;
  d.jobs.push_back(Repair("fixed", "alice", "S1", created, created + 90 * kMinuteMs));
  Job revisit = Repair("revisit", "alice", "S2", created, created + 26 * kHourMs);
  revisit.first_visit_resolved = false;
  d.jobs.push_back(revisit);
  Job other = Repair("other", "alice", "S3", created, created + 3 * kHourMs + 59 * kSecondMs);
  other.type = JobType::kMaintenance;
  d.jobs.push_back(other);
  Job open = Repair("open", "alice", "S4", created, created);
  open.status = JobStatus::kScheduled;
  open.completed.reset();
  d.jobs.push_back(open);

  Scorecard c =
      ComputeScorecard(ScoringData(d), {}, kAlice, MonthPeriod(2026, 11, "UTC"), Utc(2026, 11, 30));
  EXPECT_EQ(c.first_time_fix.numerator, 2);
  EXPECT_EQ(c.first_time_fix.denominator, 3);
  // Items follow completion order: fixed, other, revisit (the next day).
  ASSERT_EQ(c.first_time_fix.items.size(), 3u);
  EXPECT_EQ(c.first_time_fix.items[2].id, "revisit");
  EXPECT_EQ(c.first_time_fix.items[2].reason, "needed more than one visit");
  // Resolution minutes {90, 1560, 180}: median 180, p90 1560.
  EXPECT_EQ(c.resolution_time.count, 3);
  EXPECT_EQ(c.resolution_time.minutes.median, 180);
  EXPECT_EQ(c.resolution_time.minutes.p90, 1560);
  // Maintenance jobs are not retained; the two repairs are pending in November.
  EXPECT_EQ(c.retention.pending, 2);
}

}  // namespace
}  // namespace fieldledger::scoring
