#include "app/dispatch_day.h"

#include <date/date.h>

#include <cstdio>

#include "app/time_text.h"

namespace fieldledger::server {

std::optional<std::pair<std::string, TimeWindow>> ResolveDay(const std::string& day, TimeMs now,
                                                             const std::string& tz) {
  std::string text = day.empty() ? FormatLocalTime(now, tz).substr(0, 10) : day;
  int y = 0;
  unsigned m = 0, d = 0;
  char tail = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3) {
    return std::nullopt;
  }
  const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return std::nullopt;
  const date::year_month_day next{date::sys_days{ymd} + date::days{1}};
  const auto start = ParseTimeText(date::format("%F", ymd) + "T00:00", tz);
  const auto end = ParseTimeText(date::format("%F", next) + "T00:00", tz);
  if (!start || !end) return std::nullopt;
  return std::make_pair(text, TimeWindow{*start, *end});
}

std::string LocalClock(TimeMs t, const std::string& tz) {
  const std::string full = FormatLocalTime(t, tz);  // "YYYY-MM-DD HH:MM"
  return full.size() >= 16 ? full.substr(11, 5) : full;
}

}  // namespace fieldledger::server
