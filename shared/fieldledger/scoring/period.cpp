#include "fieldledger/scoring/period.h"

#include <date/date.h>
#include <date/iso_week.h>
#include <date/tz.h>
#include <stdexcept>

namespace fieldledger::scoring {
namespace {

using std::chrono::duration_cast;
using std::chrono::milliseconds;
using std::chrono::seconds;

TimeMs LocalDayStart(const date::time_zone* zone, date::local_days day) {
  date::zoned_time<seconds> zt(zone, date::local_seconds(day), date::choose::earliest);
  return duration_cast<milliseconds>(zt.get_sys_time().time_since_epoch()).count();
}

date::year_month_day CheckedDate(int y, unsigned m, unsigned d) {
  date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) {
    throw std::invalid_argument("invalid date " + std::to_string(y) + "-" + std::to_string(m) +
                                "-" + std::to_string(d));
  }
  return ymd;
}

date::local_days LocalDayOf(TimeMs t, const date::time_zone* zone) {
  date::sys_time<milliseconds> sys{milliseconds{t}};
  return date::floor<date::days>(zone->to_local(sys));
}

date::local_days IsoWeekMonday(date::local_days day) {
  const date::weekday wd{day};
  return day - (wd - date::Monday);
}

Period Make(PeriodKind kind, std::string label, std::string_view tz, TimeMs start, TimeMs end) {
  return Period{kind, std::move(label), std::string(tz), start, end};
}

}  // namespace

const char* PeriodKindName(PeriodKind k) {
  switch (k) {
    case PeriodKind::kDay:
      return "day";
    case PeriodKind::kIsoWeek:
      return "iso_week";
    case PeriodKind::kMonth:
      return "month";
    case PeriodKind::kCustom:
      return "custom";
  }
  return "unknown";
}

const date::time_zone* RequireZone(std::string_view tz) {
  if (tz.empty()) return date::locate_zone("UTC");
  try {
    return date::locate_zone(tz);
  } catch (const std::exception&) {
    throw std::invalid_argument("unknown time zone '" + std::string(tz) + "'");
  }
}

Period DayPeriod(int year, unsigned month, unsigned day, std::string_view tz) {
  const auto* zone = RequireZone(tz);
  const date::local_days d{CheckedDate(year, month, day)};
  return Make(PeriodKind::kDay, date::format("%F", d), tz, LocalDayStart(zone, d),
              LocalDayStart(zone, d + date::days{1}));
}

Period IsoWeekPeriod(int iso_year, unsigned week, std::string_view tz) {
  const auto* zone = RequireZone(tz);
  iso_week::year_weeknum_weekday ywd{iso_week::year{iso_year}, iso_week::weeknum{week},
                                     iso_week::mon};
  if (!ywd.ok()) {
    throw std::invalid_argument("invalid ISO week " + std::to_string(iso_year) + "-W" +
                                std::to_string(week));
  }
  const date::local_days monday{date::sys_days(ywd).time_since_epoch()};
  char label[32];
  std::snprintf(label, sizeof label, "%04d-W%02u", iso_year, week);
  return Make(PeriodKind::kIsoWeek, label, tz, LocalDayStart(zone, monday),
              LocalDayStart(zone, monday + date::weeks{1}));
}

Period MonthPeriod(int year, unsigned month, std::string_view tz) {
  const auto* zone = RequireZone(tz);
  const auto first = CheckedDate(year, month, 1);
  const auto next = first + date::months{1};
  return Make(PeriodKind::kMonth, date::format("%Y-%m", first), tz,
              LocalDayStart(zone, date::local_days{first}),
              LocalDayStart(zone, date::local_days{next}));
}

Period CustomDateRange(int y1, unsigned m1, unsigned d1, int y2, unsigned m2, unsigned d2,
                       std::string_view tz) {
  const auto* zone = RequireZone(tz);
  const date::local_days first{CheckedDate(y1, m1, d1)};
  const date::local_days last{CheckedDate(y2, m2, d2)};
  if (last < first) throw std::invalid_argument("custom range ends before it starts");
  return Make(PeriodKind::kCustom, date::format("%F", first) + ".." + date::format("%F", last), tz,
              LocalDayStart(zone, first), LocalDayStart(zone, last + date::days{1}));
}

Period CustomInstantRange(TimeMs start, TimeMs end, std::string_view tz) {
  RequireZone(tz);
  if (end < start) throw std::invalid_argument("custom range ends before it starts");
  return Make(PeriodKind::kCustom,
              FormatLocalDateTime(start, tz) + ".." + FormatLocalDateTime(end, tz), tz, start, end);
}

Period PeriodContaining(TimeMs t, PeriodKind kind, std::string_view tz) {
  const auto* zone = RequireZone(tz);
  const date::local_days day = LocalDayOf(t, zone);
  const date::year_month_day ymd{day};
  switch (kind) {
    case PeriodKind::kDay:
      return DayPeriod(int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()), tz);
    case PeriodKind::kIsoWeek: {
      const iso_week::year_weeknum_weekday ywd{day};
      return IsoWeekPeriod(int(ywd.year()), unsigned(ywd.weeknum()), tz);
    }
    case PeriodKind::kMonth:
      return MonthPeriod(int(ymd.year()), unsigned(ymd.month()), tz);
    case PeriodKind::kCustom:
      break;
  }
  throw std::invalid_argument("a custom period cannot be derived from an instant");
}

std::string FormatLocalDate(TimeMs t, std::string_view tz) {
  return date::format("%F", LocalDayOf(t, RequireZone(tz)));
}

std::string FormatLocalDateTime(TimeMs t, std::string_view tz) {
  date::sys_time<milliseconds> sys{milliseconds{t}};
  const auto local = date::floor<std::chrono::minutes>(RequireZone(tz)->to_local(sys));
  return date::format("%F %H:%M", local);
}

PeriodBucketer::PeriodBucketer(PeriodKind kind, std::string_view tz)
    : kind_(kind), tz_name_(tz), zone_(RequireZone(tz)) {
  if (kind == PeriodKind::kCustom) {
    throw std::invalid_argument("a custom period cannot be used for bucketing");
  }
}

TimeMs PeriodBucketer::BucketStart(TimeMs t) {
  const std::int64_t s = ToSeconds(t);
  if (s < info_begin_s_ || s >= info_end_s_) {
    const auto info = zone_->get_info(date::sys_seconds{seconds{s}});
    info_begin_s_ = info.begin.time_since_epoch().count();
    info_end_s_ = info.end.time_since_epoch().count();
    offset_s_ = info.offset.count();
  }
  const std::int64_t local_s = s + offset_s_;
  // Floor division so instants before 1970 land in the right day.
  std::int64_t day = local_s >= 0 ? local_s / 86400 : -((-local_s + 86399) / 86400);
  date::local_days ld{date::days{day}};
  if (kind_ == PeriodKind::kIsoWeek) {
    ld = IsoWeekMonday(ld);
  } else if (kind_ == PeriodKind::kMonth) {
    const date::year_month_day ymd{ld};
    ld = date::local_days{ymd.year() / ymd.month() / 1};
  }
  const std::int64_t key = ld.time_since_epoch().count();
  auto it = local_day_to_start_.find(key);
  if (it != local_day_to_start_.end()) return it->second;
  const TimeMs start = LocalDayStart(zone_, ld);
  local_day_to_start_.emplace(key, start);
  return start;
}

}  // namespace fieldledger::scoring
