#pragma once
// Civil (calendar) dates for warranty and return windows. Service rules count whole
// calendar days as the customer sees them on the receipt, so they use dates, not instants:
// no time zone or time-of-day can move a purchase from day 7 to day 8.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fieldledger::service_policy {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..days in month

  // True for a real proleptic Gregorian date in years 1..9999.
  bool IsValid() const;
  // Days since 1970-01-01 (negative before). Only meaningful for valid dates.
  std::int64_t DaysSinceEpoch() const;
  // "YYYY-MM-DD".
  std::string ToString() const;

  // Strict "YYYY-MM-DD"; nullopt for any other shape or an impossible date.
  static std::optional<Date> Parse(std::string_view iso);
  static Date FromDaysSinceEpoch(std::int64_t days);

  auto operator<=>(const Date&) const = default;
};

// The day index of `to` counted from `from`: the same date is day 0, the next day is
// day 1. "Within N days of purchase" means 0 <= DayIndex(purchase, visit) <= N.
std::int64_t DayIndex(const Date& from, const Date& to);

}  // namespace fieldledger::service_policy
