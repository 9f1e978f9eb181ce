#include "fieldledger/scoring/policy.h"

namespace fieldledger::scoring {

const char* MetricName(Metric m) {
  switch (m) {
    case Metric::kOnTime:
      return "on_time";
    case Metric::kRetention:
      return "retention";
    case Metric::kSatisfaction:
      return "satisfaction";
    case Metric::kAttendance:
      return "attendance";
    case Metric::kFirstTimeFix:
      return "first_time_fix";
  }
  return "unknown";
}

std::optional<Metric> MetricFromName(std::string_view name) {
  for (Metric m : kAllMetrics) {
    if (name == MetricName(m)) return m;
  }
  return std::nullopt;
}

}  // namespace fieldledger::scoring
