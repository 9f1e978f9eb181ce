#include "fieldledger/service_policy/date.h"

#include <gtest/gtest.h>

namespace fieldledger::service_policy {
namespace {

TEST(Date, ParsesOnlyStrictIsoDates) {
  EXPECT_EQ(Date::Parse("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_FALSE(Date::Parse("2023-02-29"));  // not a leap year
  EXPECT_FALSE(Date::Parse("2024-2-29"));
  EXPECT_FALSE(Date::Parse("2024-13-01"));
  EXPECT_FALSE(Date::Parse("2024-01-32"));
  EXPECT_FALSE(Date::Parse("2024-01-0a"));
  EXPECT_FALSE(Date::Parse(""));
}

TEST(Date, CenturyLeapYearRules) {
  EXPECT_TRUE((Date{2000, 2, 29}.IsValid()));
  EXPECT_FALSE((Date{1900, 2, 29}.IsValid()));
  EXPECT_FALSE((Date{2024, 4, 31}.IsValid()));
}

TEST(Date, DaysSinceEpochKnownValues) {
  EXPECT_EQ((Date{1970, 1, 1}.DaysSinceEpoch()), 0);
  EXPECT_EQ((Date{1969, 12, 31}.DaysSinceEpoch()), -1);
  EXPECT_EQ((Date{2000, 3, 1}.DaysSinceEpoch()), 11017);
  EXPECT_EQ((Date{2024, 1, 1}.DaysSinceEpoch()), 19723);
}

TEST(Date, RoundTripsThroughDayCount) {
  for (std::int64_t d = -719000; d <= 2900000; d += 997) {
    const Date date = Date::FromDaysSinceEpoch(d);
    ASSERT_TRUE(date.IsValid()) << d;
    ASSERT_EQ(date.DaysSinceEpoch(), d) << date.ToString();
  }
}

TEST(Date, DayIndexCountsTheStartDateAsDayZero) {
  EXPECT_EQ(DayIndex({2024, 3, 1}, {2024, 3, 1}), 0);
  EXPECT_EQ(DayIndex({2024, 3, 1}, {2024, 3, 8}), 7);
  // A leap year has 366 days, so the same date a year later is day 366.
  EXPECT_EQ(DayIndex({2024, 1, 1}, {2025, 1, 1}), 366);
  EXPECT_EQ(DayIndex({2023, 1, 1}, {2024, 1, 1}), 365);
  EXPECT_EQ(DayIndex({2024, 3, 8}, {2024, 3, 1}), -7);
}

TEST(Date, ToStringPadsFields) { EXPECT_EQ((Date{987, 3, 4}.ToString()), "0987-03-04"); }

}  // namespace
}  // namespace fieldledger::service_policy
