#include "app/field_checks.h"

namespace fieldledger::server {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

// The digits at [pos, pos + n) as a number, or -1 when any is not a digit.
int Digits(std::string_view s, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

std::string RefuseCivilDate(std::string_view field, std::string_view value) {
  if (value.empty()) return "";
  const std::string shown(value.substr(0, 32));
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') {
    return std::string(field) + " must be a date like 2026-03-01; got '" + shown + "'";
  }
  const int y = Digits(value, 0, 4), m = Digits(value, 5, 2), d = Digits(value, 8, 2);
  if (y < 0 || m < 0 || d < 0) {
    return std::string(field) + " must be a date like 2026-03-01; got '" + shown + "'";
  }
  if (y < 1900 || y > 2199) {
    return std::string(field) + " must be a year from 1900 to 2199; got '" + shown + "'";
  }
  if (m < 1 || m > 12 || d < 1 || d > DaysIn(y, m)) {
    return std::string(field) + " is not a day of the calendar: '" + shown + "'";
  }
  return "";
}

std::string RefuseJobWindow(std::string_view field, TimeWindow w, TimeMs now) {
  const std::string f(field);
  if (w.start <= 0 || w.end <= 0) return f + ".start_ms and " + f + ".end_ms are required";
  if (w.end <= w.start) return f + " ends before it starts";
  // Differences below are of values already known positive and bounded by `now`'s
  // neighbourhood or by each other, so they cannot overflow.
  if (w.end - w.start > kMaxJobWindowMs) return f + " is longer than 7 days";
  if (w.start < now - kMaxJobWindowPastMs) return f + " starts more than 366 days ago";
  if (w.end > now + kMaxJobWindowFutureMs) return f + " ends more than 732 days from now";
  return "";
}

}  // namespace fieldledger::server
