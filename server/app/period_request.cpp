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

scoring::Period ResolvePeriod(const v1::Period& p, const std::string& tz) {
  try {
    switch (p.kind()) {
      case v1::PERIOD_KIND_DAY: {
        const auto d = ParseAnchor(p.anchor_date());
        return scoring::DayPeriod(static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                                  static_cast<unsigned>(d.day()), tz);
      }
      case v1::PERIOD_KIND_ISO_WEEK: {
        const iso_week::year_weeknum_weekday w{date::sys_days{ParseAnchor(p.anchor_date())}};
        return scoring::IsoWeekPeriod(static_cast<int>(w.year()),
                                      static_cast<unsigned>(w.weeknum()), tz);
      }
      case v1::PERIOD_KIND_MONTH: {
        const auto d = ParseAnchor(p.anchor_date());
        return scoring::MonthPeriod(static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                                    tz);
      }
      case v1::PERIOD_KIND_CUSTOM:
        if (p.end_ms() <= p.start_ms()) {
          Fail(ErrorKind::kInvalidArgument, "period must end after it starts");
        }
        if (p.end_ms() - p.start_ms() > kMaxCustom) {
          Fail(ErrorKind::kInvalidArgument, "period is longer than 400 days");
        }
        return scoring::CustomInstantRange(p.start_ms(), p.end_ms(), tz);
      default:
        Fail(ErrorKind::kInvalidArgument, "period.kind must be day, iso_week, month or custom");
    }
  } catch (const std::invalid_argument& e) {
    Fail(ErrorKind::kInvalidArgument, e.what());
  }
}

void ToProto(const scoring::Period& p, v1::Period* out) {
  switch (p.kind) {
    case scoring::PeriodKind::kDay:
      out->set_kind(v1::PERIOD_KIND_DAY);
      break;
    case scoring::PeriodKind::kIsoWeek:
      out->set_kind(v1::PERIOD_KIND_ISO_WEEK);
      break;
    case scoring::PeriodKind::kMonth:
      out->set_kind(v1::PERIOD_KIND_MONTH);
      break;
    case scoring::PeriodKind::kCustom:
      out->set_kind(v1::PERIOD_KIND_CUSTOM);
      break;
  }
  out->set_start_ms(p.start);
  out->set_end_ms(p.end);
  out->set_label(p.label);
}

}  // namespace fieldledger::server
