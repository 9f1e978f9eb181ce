#pragma once
// Scoring periods (day, ISO week, calendar month, custom range) resolved in the company's
// IANA time zone to half-open [start, end) instants. Uses the system tz database.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "fieldledger/core/time.h"

namespace date {
class time_zone;
}

namespace fieldledger::scoring {

enum class PeriodKind { kDay, kIsoWeek, kMonth, kCustom };
const char* PeriodKindName(PeriodKind k);

struct Period {
  PeriodKind kind = PeriodKind::kCustom;
  std::string label;      // "2026-11-03", "2026-W45", "2026-11", "2026-11-01..2026-11-15"
  std::string time_zone;  // IANA name the period was resolved in
  TimeMs start = 0;       // inclusive
  TimeMs end = 0;         // exclusive
  bool Contains(TimeMs t) const { return t >= start && t < end; }
};

// All of these throw std::invalid_argument for an unknown zone or an impossible date.
// A local midnight that does not exist (a DST gap) resolves to the first instant after it.
Period DayPeriod(int year, unsigned month, unsigned day, std::string_view tz);
Period IsoWeekPeriod(int iso_year, unsigned week, std::string_view tz);
Period MonthPeriod(int year, unsigned month, std::string_view tz);
// Whole local days, both inclusive: from 00:00 of `first` to 24:00 of `last`.
Period CustomDateRange(int y1, unsigned m1, unsigned d1, int y2, unsigned m2, unsigned d2,
                       std::string_view tz);
// Any two instants; the label shows them in the zone.
Period CustomInstantRange(TimeMs start, TimeMs end, std::string_view tz);
// The day / ISO week / month containing `t` (kCustom is rejected).
Period PeriodContaining(TimeMs t, PeriodKind kind, std::string_view tz);

const date::time_zone* RequireZone(std::string_view tz);

// "2026-11-03" and "2026-11-03 14:05" in the zone (UTC when tz is empty).
std::string FormatLocalDate(TimeMs t, std::string_view tz);
std::string FormatLocalDateTime(TimeMs t, std::string_view tz);

// Maps instants to the start of their period quickly: caches the zone's current UTC offset
// range and the local-midnight conversions, which dominate when bucketing a million jobs.
class PeriodBucketer {
 public:
  PeriodBucketer(PeriodKind kind, std::string_view tz);
  TimeMs BucketStart(TimeMs t);
  PeriodKind kind() const { return kind_; }
  const std::string& time_zone() const { return tz_name_; }

 private:
  PeriodKind kind_;
  std::string tz_name_;
  const date::time_zone* zone_;
  std::int64_t info_begin_s_ = 1;  // empty cache: begin > end
  std::int64_t info_end_s_ = 0;
  std::int64_t offset_s_ = 0;
  std::unordered_map<std::int64_t, TimeMs> local_day_to_start_;
};

}  // namespace fieldledger::scoring
