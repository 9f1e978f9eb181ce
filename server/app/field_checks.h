#pragma once
// Checks of request fields that text_input.h does not cover, shared by every path that
// stores a job (JobsService, DispatchService, the CSV import): calendar dates that exist
// and job windows bounded in length and in how far from now they lie. Each returns the
// reason a value is refused, naming `field`, or an empty string when it is fine; callers
// turn the reason into their own status.
#include <string>
#include <string_view>

#include "fieldledger/core/time.h"

namespace fieldledger::server {

// A promised window is at most this long, and lies within these bounds around now: a
// window further back is a typo (or a clock gone wrong), not a job to schedule.
constexpr DurationMs kMaxJobWindowMs = 7 * kDayMs;
constexpr DurationMs kMaxJobWindowPastMs = 366 * kDayMs;
constexpr DurationMs kMaxJobWindowFutureMs = 2 * 366 * kDayMs;

// Empty, or YYYY-MM-DD naming a day that exists (leap years counted), years 1900-2199.
std::string RefuseCivilDate(std::string_view field, std::string_view value);

// A window with both ends set, end after start, at most kMaxJobWindowMs long, starting no
// earlier than now - kMaxJobWindowPastMs and ending no later than now + kMaxJobWindowFutureMs.
std::string RefuseJobWindow(std::string_view field, TimeWindow window, TimeMs now);

}  // namespace fieldledger::server
