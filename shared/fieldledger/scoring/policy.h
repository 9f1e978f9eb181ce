#pragma once
// The scoring policy: every tunable number of docs/kpis.md. A scorecard names the policy
// version it was computed with so a published score can be reproduced later.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "fieldledger/core/time.h"

namespace fieldledger::scoring {

// The rate metrics that can be ranked, targeted and gated.
enum class Metric { kOnTime, kRetention, kSatisfaction, kAttendance, kFirstTimeFix };
inline constexpr std::array<Metric, 5> kAllMetrics = {Metric::kOnTime, Metric::kRetention,
                                                      Metric::kSatisfaction, Metric::kAttendance,
                                                      Metric::kFirstTimeFix};

const char* MetricName(Metric m);  // "on_time", "retention", ... (the TOML key)
std::optional<Metric> MetricFromName(std::string_view name);

// What an arrival the server could not verify (docs/sync.md, "Time": clock correction
// over tolerance, implausible time, outside the geofence, no usable position, mock
// location) does to the on-time rate.
enum class UnverifiedArrival { kCountLate, kExclude };

struct ScoringPolicy {
  std::string version = "default-1";

  // On time: arrival <= window end + grace.
  DurationMs on_time_grace = 0;
  UnverifiedArrival unverified = UnverifiedArrival::kCountLate;

  // Used when the server derives trusted arrival times; carried here so one versioned
  // document holds every scoring setting.
  DurationMs clock_correction_tolerance = 2 * kMinuteMs;
  double geofence_radius_m = 200.0;
  // A fix less accurate than this counts as no usable position (never widens the fence).
  double max_fix_accuracy_m = 500.0;

  // Retention window N in days per job type (jobs of type "other" are not retained).
  int retention_days_repair = 30;
  int retention_days_installation = 365;

  int satisfaction_threshold = 4;  // on the 1-5 scale

  DurationMs attendance_grace = 10 * kMinuteMs;

  int min_ranking_sample = 10;

  // Minimum rate per metric for the bonus gate; nullopt = no target.
  std::array<std::optional<double>, kAllMetrics.size()> targets = {0.90, 0.95, 0.90, 0.95, 0.80};
  std::array<bool, kAllMetrics.size()> gated = {true, true, true, true, false};

  std::optional<double> Target(Metric m) const { return targets[static_cast<int>(m)]; }
  bool IsGated(Metric m) const { return gated[static_cast<int>(m)]; }

  bool operator==(const ScoringPolicy&) const = default;
};

}  // namespace fieldledger::scoring
