#pragma once
// Resolves a requested period (day, ISO week or month around an anchor date, or a
// custom range) in the company's time zone, with errors a caller can act on.
#include <optional>
#include <string>

#include "fieldledger/scoring/period.h"

namespace fieldledger::server {

struct PeriodRequest {
  std::optional<scoring::PeriodKind> kind;  // empty: none given (refused)
  std::string anchor_date;                  // YYYY-MM-DD: day, week and month
  TimeMs start = 0;                         // custom: [start, end)
  TimeMs end = 0;
};

scoring::Period ResolvePeriod(const PeriodRequest& requested, const std::string& time_zone);

}  // namespace fieldledger::server
