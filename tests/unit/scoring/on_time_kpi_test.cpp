#include <gtest/gtest.h>

#include "fieldledger/scoring/scorecard.h"
#include "fixtures.h"

namespace fieldledger::scoring {
namespace {

using testing::Utc;
using testing::WindowJob;

const Scope kAlice{Scope::Kind::kTechnician, "alice"};

// Every job: window 10:00-12:00 UTC on 2026-11-03, created 08:00.
Dataset OnTimeFixture() {
  Dataset d;
  auto add = [&](std::string id, std::optional<TimeMs> arrival) -> Job& {
    Job j = WindowJob(std::move(id), "alice", 2026, 11, 3);
    j.arrival = arrival;
    d.jobs.push_back(j);
    return d.jobs.back();
  };
  add("early", Utc(2026, 11, 3, 9, 50));
  add("on-end", Utc(2026, 11, 3, 12, 0, 0));
  add("late-1s", Utc(2026, 11, 3, 12, 0, 1));
  add("late-23", Utc(2026, 11, 3, 12, 23));
  add("no-show", std::nullopt);
  add("excused", std::nullopt).excusal = Excusal{"dora", "road closed", Utc(2026, 11, 3, 13)};
  add("cancelled", std::nullopt).status = JobStatus::kCancelled;
  add("unverified", Utc(2026, 11, 3, 10, 30)).arrival_verified = false;
  Job& pending = add("pending", std::nullopt);
  pending.window = TimeWindow{Utc(2026, 11, 3, 20), Utc(2026, 11, 3, 22)};
  return d;
}

const ExplainItem* Find(const RateResult& r, const std::string& id) {
  for (const auto& i : r.items) {
    if (i.id == id) return &i;
  }
  return nullptr;
}

TEST(OnTimeKpi, HandComputedFixture) {
  ScoringData data(OnTimeFixture());
  const TimeMs now = Utc(2026, 11, 3, 18);
  Scorecard c = ComputeScorecard(data, ScoringPolicy{}, kAlice, DayPeriod(2026, 11, 3, "UTC"), now);
  const OnTimeTally& t = c.on_time.tally;
  EXPECT_EQ(t.early, 1);
  EXPECT_EQ(t.on_time, 1);
  EXPECT_EQ(t.late, 3);  // late-1s, late-23, unverified (counted late by default)
  EXPECT_EQ(t.no_show, 1);
  EXPECT_EQ(t.excused, 1);
  EXPECT_EQ(t.excluded, 1);
  EXPECT_EQ(t.pending, 1);
  EXPECT_EQ(c.on_time.rate.numerator, 2);
  EXPECT_EQ(c.on_time.rate.denominator, 6);
  EXPECT_EQ(c.on_time.unverified, 1);
  // Minutes late over verified late arrivals: {0, 23}; nearest rank median 0, p90 23.
  EXPECT_EQ(c.on_time.minutes_late.median, 0);
  EXPECT_EQ(c.on_time.minutes_late.p90, 23);
  // Response minutes over verified arrivals: {110, 240, 240, 263}.
  EXPECT_EQ(c.response_time.count, 4);
  EXPECT_EQ(c.response_time.minutes.median, 240);
  EXPECT_EQ(c.response_time.minutes.p90, 263);

  ASSERT_EQ(c.on_time.rate.items.size(), 9u);
  EXPECT_EQ(Find(c.on_time.rate, "late-23")->reason, "late by 23 min");
  EXPECT_EQ(Find(c.on_time.rate, "late-23")->side, Side::kDenominator);
  EXPECT_EQ(Find(c.on_time.rate, "early")->reason, "early by 10 min");
  EXPECT_EQ(Find(c.on_time.rate, "early")->side, Side::kNumeratorAndDenominator);
  EXPECT_EQ(Find(c.on_time.rate, "excused")->reason, "excused by dora: road closed");
  EXPECT_EQ(Find(c.on_time.rate, "excused")->side, Side::kNeither);
  EXPECT_EQ(Find(c.on_time.rate, "no-show")->reason, "no-show: no check-in by 2026-11-03 12:00");
  EXPECT_EQ(Find(c.on_time.rate, "unverified")->reason, "unverified arrival counted as late");
  EXPECT_EQ(Find(c.on_time.rate, "pending")->reason, "pending: window open until 2026-11-03 22:00");
  EXPECT_EQ(Find(c.on_time.rate, "cancelled")->reason, "excluded: cancelled");
}

TEST(OnTimeKpi, UnverifiedArrivalsCanBeExcludedByPolicy) {
  ScoringData data(OnTimeFixture());
  ScoringPolicy policy;
  policy.unverified = UnverifiedArrival::kExclude;
  Scorecard c =
      ComputeScorecard(data, policy, kAlice, DayPeriod(2026, 11, 3, "UTC"), Utc(2026, 11, 3, 18));
  EXPECT_EQ(c.on_time.tally.late, 2);
  EXPECT_EQ(c.on_time.tally.excluded, 2);
  EXPECT_EQ(c.on_time.rate.denominator, 5);
  EXPECT_EQ(Find(c.on_time.rate, "unverified")->reason, "excluded: unverified arrival (policy)");
}

TEST(OnTimeKpi, GraceBoundaryIsExactToTheSecond) {
  Dataset d;
  Job a = WindowJob("at-grace", "alice", 2026, 11, 3);
  a.arrival = Utc(2026, 11, 3, 12, 5, 0);
  Job b = WindowJob("one-second-over", "alice", 2026, 11, 3);
  b.arrival = Utc(2026, 11, 3, 12, 5, 1);
  d.jobs = {a, b};
  ScoringPolicy policy;
  policy.on_time_grace = 5 * kMinuteMs;
  Scorecard c = ComputeScorecard(ScoringData(d), policy, kAlice, DayPeriod(2026, 11, 3, "UTC"),
                                 Utc(2026, 11, 4));
  EXPECT_EQ(c.on_time.tally.on_time, 1);
  EXPECT_EQ(c.on_time.tally.late, 1);
  EXPECT_EQ(Find(c.on_time.rate, "one-second-over")->reason, "late by 5 min");
}

TEST(OnTimeKpi, JobCountsInThePeriodOfItsWindowStartInTheCompanyZone) {
  // Shanghai is UTC+8: a window starting 15:59:59Z is 23:59:59 on the 2nd locally, one
  // starting 16:00:00Z is 00:00:00 on the 3rd.
  Dataset d;
  Job before = WindowJob("before-midnight", "alice", 2026, 11, 2);
  before.window = TimeWindow{Utc(2026, 11, 2, 15, 59, 59), Utc(2026, 11, 2, 17)};
  before.arrival = before.window->start;
  Job after = before;
  after.id = "after-midnight";
  after.window = TimeWindow{Utc(2026, 11, 2, 16), Utc(2026, 11, 2, 17)};
  after.arrival = after.window->start;
  d.jobs = {before, after};
  ScoringData data(d);
  const TimeMs now = Utc(2026, 11, 5);
  Scorecard day2 = ComputeScorecard(data, {}, kAlice, DayPeriod(2026, 11, 2, "Asia/Shanghai"), now);
  Scorecard day3 = ComputeScorecard(data, {}, kAlice, DayPeriod(2026, 11, 3, "Asia/Shanghai"), now);
  ASSERT_EQ(day2.on_time.rate.items.size(), 1u);
  EXPECT_EQ(day2.on_time.rate.items[0].id, "before-midnight");
  ASSERT_EQ(day3.on_time.rate.items.size(), 1u);
  EXPECT_EQ(day3.on_time.rate.items[0].id, "after-midnight");
  // In UTC both fall on the 2nd.
  EXPECT_EQ(ComputeScorecard(data, {}, kAlice, DayPeriod(2026, 11, 2, "UTC"), now)
                .on_time.rate.denominator,
            2);
}

}  // namespace
}  // namespace fieldledger::scoring
