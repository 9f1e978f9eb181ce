#include "fieldledger/core/on_time.h"

#include <gtest/gtest.h>

namespace fieldledger {
namespace {

constexpr TimeMs kStart = 1'700'000'000'000;  // window start
constexpr TimeMs kEnd = kStart + 2 * kHourMs;

ArrivalFacts Arrived(TimeMs at) { return {TimeWindow{kStart, kEnd}, at}; }

TEST(OnTime, EarlyArrivalIsEarlyAndCountsAsOnTime) {
  auto v = ClassifyArrival(Arrived(kStart - 1 * kSecondMs), kEnd, {});
  EXPECT_EQ(v.cls, ArrivalClass::kEarly);
  OnTimeTally t;
  t.Add(v.cls);
  EXPECT_EQ(t.Numerator(), 1);
  EXPECT_EQ(t.Denominator(), 1);
}

TEST(OnTime, WindowBoundsAreInclusiveToTheSecond) {
  EXPECT_EQ(ClassifyArrival(Arrived(kStart), kEnd, {}).cls, ArrivalClass::kOnTime);
  EXPECT_EQ(ClassifyArrival(Arrived(kEnd), kEnd, {}).cls, ArrivalClass::kOnTime);
  // 999 ms past the end is still the same second.
  EXPECT_EQ(ClassifyArrival(Arrived(kEnd + 999), kEnd, {}).cls, ArrivalClass::kOnTime);
  auto late = ClassifyArrival(Arrived(kEnd + kSecondMs), kEnd, {});
  EXPECT_EQ(late.cls, ArrivalClass::kLate);
  EXPECT_EQ(late.seconds_late, 1);
  EXPECT_EQ(late.minutes_late, 0);
}

TEST(OnTime, GraceExtendsTheDeadlineButMinutesLateCountFromWindowEnd) {
  OnTimePolicy p{5 * kMinuteMs};
  EXPECT_EQ(ClassifyArrival(Arrived(kEnd + 5 * kMinuteMs), kEnd, p).cls, ArrivalClass::kOnTime);
  auto v = ClassifyArrival(Arrived(kEnd + 5 * kMinuteMs + kSecondMs), kEnd, p);
  EXPECT_EQ(v.cls, ArrivalClass::kLate);
  EXPECT_EQ(v.seconds_late, 5 * 60 + 1);
  EXPECT_EQ(v.minutes_late, 5);
}

TEST(OnTime, NoArrivalIsPendingUntilDeadlineThenNoShow) {
  ArrivalFacts f{TimeWindow{kStart, kEnd}, std::nullopt};
  OnTimePolicy p{10 * kMinuteMs};
  EXPECT_EQ(ClassifyArrival(f, kEnd + 10 * kMinuteMs, p).cls, ArrivalClass::kPending);
  EXPECT_EQ(ClassifyArrival(f, kEnd + 10 * kMinuteMs + kSecondMs, p).cls, ArrivalClass::kNoShow);
}

TEST(OnTime, CancelledJobsAreExcludedEvenIfLate) {
  ArrivalFacts f = Arrived(kEnd + kHourMs);
  f.cancelled_or_rescheduled = true;
  EXPECT_EQ(ClassifyArrival(f, kEnd + kDayMs, {}).cls, ArrivalClass::kExcluded);
}

TEST(OnTime, ExcusalRemovesLateAndNoShowButNotOnTime) {
  ArrivalFacts late = Arrived(kEnd + kHourMs);
  late.excused = true;
  EXPECT_EQ(ClassifyArrival(late, kEnd + kDayMs, {}).cls, ArrivalClass::kExcused);
  ArrivalFacts ontime = Arrived(kStart);
  ontime.excused = true;
  EXPECT_EQ(ClassifyArrival(ontime, kEnd + kDayMs, {}).cls, ArrivalClass::kOnTime);
  ArrivalFacts noshow{TimeWindow{kStart, kEnd}, std::nullopt, false, true};
  EXPECT_EQ(ClassifyArrival(noshow, kEnd + kDayMs, {}).cls, ArrivalClass::kExcused);
}

TEST(OnTime, TallyRateExcludesPendingExcludedAndExcused) {
  OnTimeTally t;
  for (auto c : {ArrivalClass::kEarly, ArrivalClass::kOnTime, ArrivalClass::kOnTime,
                 ArrivalClass::kLate, ArrivalClass::kNoShow, ArrivalClass::kPending,
                 ArrivalClass::kExcluded, ArrivalClass::kExcused}) {
    t.Add(c);
  }
  EXPECT_EQ(t.Numerator(), 3);
  EXPECT_EQ(t.Denominator(), 5);
  ASSERT_TRUE(t.Rate().has_value());
  EXPECT_DOUBLE_EQ(*t.Rate(), 0.6);
}

TEST(OnTime, EmptyTallyHasNoRate) { EXPECT_FALSE(OnTimeTally{}.Rate().has_value()); }

TEST(Percentiles, NearestRank) {
  auto p = NearestRankPercentiles({5, 1, 3, 2, 4, 6, 7, 8, 9, 10});
  EXPECT_DOUBLE_EQ(*p.median, 5);
  EXPECT_DOUBLE_EQ(*p.p90, 9);
  auto one = NearestRankPercentiles({23});
  EXPECT_DOUBLE_EQ(*one.median, 23);
  EXPECT_DOUBLE_EQ(*one.p90, 23);
  EXPECT_FALSE(NearestRankPercentiles({}).median.has_value());
}

}  // namespace
}  // namespace fieldledger
