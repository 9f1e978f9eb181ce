// app/field_checks.h: which dates and windows are refused, and that the reason names
// the field. The services' tables (jobs_and_pull_test, dispatch_actions_test) check that
// a refusal changes nothing.
#include "app/field_checks.h"

#include <gtest/gtest.h>

#include <limits>

namespace fieldledger::server {
namespace {

TEST(FieldChecksTest, CalendarDatesMustExist) {
  for (const char* ok : {"", "2024-02-29", "2000-02-29", "2026-12-31", "1900-01-01"}) {
    EXPECT_EQ(RefuseCivilDate("purchase_date", ok), "") << ok;
  }
  for (const char* bad : {"2025-02-29", "2100-02-29", "2026-04-31", "2026-00-10", "2026-01-00",
                          "2026-13-01", "2026-1-01", "2026/01/01", "20260101xx", "2026-01-0a",
                          "1899-12-31", "2200-01-01", "-001-01-01"}) {
    const std::string reason = RefuseCivilDate("purchase_date", bad);
    EXPECT_EQ(reason.rfind("purchase_date ", 0), 0u) << bad << ": " << reason;
  }
}

TEST(FieldChecksTest, WindowsAreBoundedInLengthAndDistanceFromNow) {
  const TimeMs now = 1'772'409'600'000;  // 2026-03-02 00:00 UTC
  EXPECT_EQ(RefuseJobWindow("window", {now + kHourMs, now + 2 * kHourMs}, now), "");
  EXPECT_EQ(RefuseJobWindow("window", {now - 366 * kDayMs, now - 365 * kDayMs}, now), "");
  EXPECT_EQ(RefuseJobWindow("window", {now + 731 * kDayMs, now + 732 * kDayMs}, now), "");
  const std::vector<TimeWindow> refused = {
      {0, now},
      {now, 0},
      {now, now},
      {now + kHourMs, now},
      {now, now + 7 * kDayMs + 1},
      {now - 366 * kDayMs - 1, now - 365 * kDayMs},
      {now + 732 * kDayMs, now + 732 * kDayMs + 1},
      {now, std::numeric_limits<TimeMs>::max()},
      {std::numeric_limits<TimeMs>::min(), now},
  };
  for (const auto& w : refused) {
    const std::string reason = RefuseJobWindow("window", w, now);
    EXPECT_EQ(reason.rfind("window", 0), 0u) << w.start << ".." << w.end << ": " << reason;
  }
}

}  // namespace
}  // namespace fieldledger::server
