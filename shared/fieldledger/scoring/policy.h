#pragma once
// The scoring policy: every tunable number of docs/kpis.md. A scorecard names the policy
// version it was computed with so a published score can be reproduced later.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// The call-back desk's schedule (docs/callbacks.md): when a completed visit becomes due
// for a call-back, how unreachable customers come back, how long an agent's claim lasts
// and by when a due visit should have been called.
struct CallBackPolicy {
  // Due this long after completion, per job type (the server's repair, installation,
  // maintenance).
  DurationMs delay_repair = 3 * kDayMs;
  DurationMs delay_installation = 3 * kDayMs;
  DurationMs delay_maintenance = 3 * kDayMs;
  // Attempts before an unreachable customer leaves the queue as "unreachable".
  int max_attempts = 3;
  // After unreachable attempt k (1-based) the visit is due again retry_after[k-1] later;
  // exactly max_attempts - 1 entries.
  std::vector<DurationMs> retry_after = {4 * kHourMs, 1 * kDayMs};
  // Opening a visit claims it for this long; a save, a cancel or the expiry releases it.
  DurationMs claim_ttl = 5 * kMinuteMs;
  // A due visit is overdue when its first attempt is later than due + this.
  DurationMs call_within = 2 * kDayMs;

  bool operator==(const CallBackPolicy&) const = default;
};

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

  // Retention window N in days per job type (maintenance jobs are not retained).
  int retention_days_repair = 30;
  int retention_days_installation = 365;

  int satisfaction_threshold = 4;  // on the 1-5 scale

  DurationMs attendance_grace = 10 * kMinuteMs;

  int min_ranking_sample = 10;

  CallBackPolicy callback;

  // Minimum rate per metric for the bonus gate; nullopt = no target.
  std::array<std::optional<double>, kAllMetrics.size()> targets = {0.90, 0.95, 0.90, 0.95, 0.80};
  std::array<bool, kAllMetrics.size()> gated = {true, true, true, true, false};

  std::optional<double> Target(Metric m) const { return targets[static_cast<int>(m)]; }
  bool IsGated(Metric m) const { return gated[static_cast<int>(m)]; }

  bool operator==(const ScoringPolicy&) const = default;
};

}  // namespace fieldledger::scoring
