#include "app/period_request.h"

#include <date/date.h>
#include <date/iso_week.h>

#include <regex>

#include "app/app_error.h"

namespace fieldledger::server {
namespace {

date::year_month_day ParseAnchor(const std::string& text) {
  static const std::regex kDate(R"(^(\d{4})-(\d{2})-(\d{2})$)");
  std::smatch m;
  if (!std::regex_match(text, m, kDate)) {
    Fail(ErrorKind::kInvalidArgument, "anchor_date must look like 2026-11-27; got '" + text + "'");
  }
  const date::year_month_day ymd{date::year{std::stoi(m[1])},
                                 date::month{static_cast<unsigned>(std::stoi(m[2]))},
                                 date::day{static_cast<unsigned>(std::stoi(m[3]))}};
  if (!ymd.ok()) Fail(ErrorKind::kInvalidArgument, "anchor_date " + text + " does not exist");
  return ymd;
}

constexpr DurationMs kMaxCustom = 400 * kDayMs;

}  // namespace

scoring::Period ResolvePeriod(const PeriodRequest& p, const std::string& tz) {
  if (!p.kind)
    Fail(ErrorKind::kInvalidArgument, "period.kind must be day, iso_week, month or custom");
  try {
    switch (*p.kind) {
      case scoring::PeriodKind::kDay: {
        const auto d = ParseAnchor(p.anchor_date);
        return scoring::DayPeriod(static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                                  static_cast<unsigned>(d.day()), tz);
      }
      case scoring::PeriodKind::kIsoWeek: {
        const iso_week::year_weeknum_weekday w{date::sys_days{ParseAnchor(p.anchor_date)}};
        return scoring::IsoWeekPeriod(static_cast<int>(w.year()),
                                      static_cast<unsigned>(w.weeknum()), tz);
      }
      case scoring::PeriodKind::kMonth: {
        const auto d = ParseAnchor(p.anchor_date);
        return scoring::MonthPeriod(static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                                    tz);
      }
      case scoring::PeriodKind::kCustom:
        if (p.end <= p.start) Fail(ErrorKind::kInvalidArgument, "period must end after it starts");
        if (p.end - p.start > kMaxCustom) {
          Fail(ErrorKind::kInvalidArgument, "period is longer than 400 days");
        }
        return scoring::CustomInstantRange(p.start, p.end, tz);
    }
  } catch (const std::invalid_argument& e) {
    Fail(ErrorKind::kInvalidArgument, e.what());
  }
  Fail(ErrorKind::kInvalidArgument,
       "period.kind must be day, iso_week, month or custom");  // unreachable
}

}  // namespace fieldledger::server
