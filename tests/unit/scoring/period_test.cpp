#include <gtest/gtest.h>

#include <stdexcept>

#include "fieldledger/scoring/period.h"
#include "fixtures.h"

namespace fieldledger::scoring {
namespace {

using testing::Utc;

TEST(Period, DayInShanghaiStartsAtSixteenHundredUtcTheDayBefore) {
  Period p = DayPeriod(2026, 11, 3, "Asia/Shanghai");
  EXPECT_EQ(p.label, "2026-11-03");
  EXPECT_EQ(p.start, Utc(2026, 11, 2, 16));
  EXPECT_EQ(p.end, Utc(2026, 11, 3, 16));
  // 23:59:59 local on the 2nd is outside, 00:00:00 local on the 3rd inside.
  EXPECT_FALSE(p.Contains(Utc(2026, 11, 2, 15, 59, 59)));
  EXPECT_TRUE(p.Contains(Utc(2026, 11, 2, 16)));
  EXPECT_FALSE(p.Contains(Utc(2026, 11, 3, 16)));
}

TEST(Period, IsoWeekRunsMondayToMondayInTheZone) {
  // 2026-01-01 is a Thursday, so week 1 starts on Monday 2025-12-29 and week 45 on 11-02.
  Period p = IsoWeekPeriod(2026, 45, "Asia/Shanghai");
  EXPECT_EQ(p.label, "2026-W45");
  EXPECT_EQ(p.start, Utc(2026, 11, 1, 16));
  EXPECT_EQ(p.end, Utc(2026, 11, 8, 16));
  EXPECT_THROW(IsoWeekPeriod(2026, 54, "UTC"), std::invalid_argument);
}

TEST(Period, MonthAndCustomRange) {
  Period m = MonthPeriod(2026, 11, "Asia/Shanghai");
  EXPECT_EQ(m.label, "2026-11");
  EXPECT_EQ(m.start, Utc(2026, 10, 31, 16));
  EXPECT_EQ(m.end, Utc(2026, 11, 30, 16));
  Period c = CustomDateRange(2026, 11, 1, 2026, 11, 15, "UTC");
  EXPECT_EQ(c.label, "2026-11-01..2026-11-15");
  EXPECT_EQ(c.start, Utc(2026, 11, 1));
  EXPECT_EQ(c.end, Utc(2026, 11, 16));
}

TEST(Period, DaylightSavingEndMakesA25HourDay) {
  // New York leaves DST at 02:00 on 2026-11-01: midnight is -4h, the next midnight -5h.
  Period p = DayPeriod(2026, 11, 1, "America/New_York");
  EXPECT_EQ(p.start, Utc(2026, 11, 1, 4));
  EXPECT_EQ(p.end, Utc(2026, 11, 2, 5));
}

TEST(Period, ContainingAndBucketerAgreeAcrossZonesAndKinds) {
  for (const char* tz : {"Asia/Shanghai", "America/New_York", "UTC"}) {
    for (PeriodKind kind : {PeriodKind::kDay, PeriodKind::kIsoWeek, PeriodKind::kMonth}) {
      PeriodBucketer bucketer(kind, tz);
      // Every 7 hours 13 minutes over ~5 months, crossing DST changes.
      for (TimeMs t = Utc(2026, 9, 1); t < Utc(2027, 2, 1); t += 7 * kHourMs + 13 * kMinuteMs) {
        Period p = PeriodContaining(t, kind, tz);
        ASSERT_TRUE(p.Contains(t)) << tz << " " << PeriodKindName(kind) << " " << t;
        ASSERT_EQ(bucketer.BucketStart(t), p.start) << tz << " " << PeriodKindName(kind);
      }
    }
  }
}

TEST(Period, UnknownZoneAndImpossibleDateAreRejected) {
  EXPECT_THROW(DayPeriod(2026, 11, 3, "Mars/Olympus"), std::invalid_argument);
  EXPECT_THROW(DayPeriod(2026, 2, 30, "UTC"), std::invalid_argument);
  EXPECT_THROW(MonthPeriod(2026, 13, "UTC"), std::invalid_argument);
}

TEST(Period, LocalFormatting) {
  EXPECT_EQ(FormatLocalDate(Utc(2026, 11, 2, 16), "Asia/Shanghai"), "2026-11-03");
  EXPECT_EQ(FormatLocalDateTime(Utc(2026, 11, 2, 16, 5), "Asia/Shanghai"), "2026-11-03 00:05");
}

}  // namespace
}  // namespace fieldledger::scoring
