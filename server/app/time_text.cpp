#include "app/time_text.h"

#include <date/tz.h>

#include <chrono>
#include <regex>

namespace fieldledger::server {

using std::chrono::milliseconds;

bool IsKnownTimeZone(const std::string& tz) {
  try {
    date::locate_zone(tz);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

std::optional<TimeMs> ParseTimeText(std::string_view text, const std::string& tz) {
  static const std::regex kPattern(
      R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$)");
  std::cmatch m;
  if (!std::regex_match(text.begin(), text.end(), m, kPattern)) return std::nullopt;
  const date::year_month_day ymd{date::year{std::stoi(m[1])},
                                 date::month{static_cast<unsigned>(std::stoi(m[2]))},
                                 date::day{static_cast<unsigned>(std::stoi(m[3]))}};
  const int hh = std::stoi(m[4]), mm = std::stoi(m[5]);
  const int ss = m[6].matched ? std::stoi(m[6]) : 0;
  if (!ymd.ok() || hh > 23 || mm > 59 || ss > 59) return std::nullopt;
  const auto local_seconds =
      std::chrono::hours(hh) + std::chrono::minutes(mm) + std::chrono::seconds(ss);
  if (m[7].matched) {
    std::chrono::minutes offset{0};
    const std::string z = m[7];
    if (z != "Z") {
      offset = std::chrono::hours(std::stoi(z.substr(1, 2))) +
               std::chrono::minutes(std::stoi(z.substr(4, 2)));
      if (z[0] == '-') offset = -offset;
    }
    const auto utc = date::sys_days{ymd} + local_seconds - offset;
    return std::chrono::duration_cast<milliseconds>(utc.time_since_epoch()).count();
  }
  try {
    const auto local = date::local_days{ymd} + local_seconds;
    // A time skipped or repeated by a DST change resolves to the earlier instant.
    const auto zt = date::make_zoned(tz, local, date::choose::earliest);
    return std::chrono::duration_cast<milliseconds>(zt.get_sys_time().time_since_epoch()).count();
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string FormatLocalTime(TimeMs t, const std::string& tz) {
  const date::sys_time<milliseconds> sys{milliseconds{t}};
  const auto zt = date::make_zoned(tz, date::floor<std::chrono::minutes>(sys));
  return date::format("%Y-%m-%d %H:%M", zt);
}

TimeMs LocalMidnight(TimeMs now, int days_from_today, const std::string& tz) {
  const date::sys_time<milliseconds> sys{milliseconds{now}};
  const auto local = date::make_zoned(tz, sys).get_local_time();
  const auto day = date::floor<date::days>(local) + date::days{days_from_today};
  const auto zt = date::make_zoned(tz, day, date::choose::earliest);
  return std::chrono::duration_cast<milliseconds>(zt.get_sys_time().time_since_epoch()).count();
}

}  // namespace fieldledger::server
