#pragma once
// Times as people type and read them, in a company's IANA time zone.
#include <optional>
#include <string>
#include <string_view>

#include "fieldledger/core/time.h"

namespace fieldledger::server {

bool IsKnownTimeZone(const std::string& tz);

// "2026-11-27T09:30", "2026-11-27 09:30:15" (local to tz), or with "Z" / "+08:00".
std::optional<TimeMs> ParseTimeText(std::string_view text, const std::string& tz);
// "2026-11-27 09:30" in tz.
std::string FormatLocalTime(TimeMs t, const std::string& tz);
// Midnight that starts the local day `days_from_today` days after the day containing now.
TimeMs LocalMidnight(TimeMs now, int days_from_today, const std::string& tz);

}  // namespace fieldledger::server
