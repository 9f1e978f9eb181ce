#pragma once
// A board day: "YYYY-MM-DD" in a company's time zone, as the instants it spans.
#include <optional>
#include <string>
#include <utility>

#include "fieldledger/core/time.h"

namespace fieldledger::server {

// The day (empty: the one containing now) and [its midnight, the next midnight);
// nullopt when `day` is not a valid YYYY-MM-DD.
std::optional<std::pair<std::string, TimeWindow>> ResolveDay(const std::string& day, TimeMs now,
                                                             const std::string& tz);

// "HH:MM" of an instant in tz, for audit details people read.
std::string LocalClock(TimeMs t, const std::string& tz);

}  // namespace fieldledger::server
