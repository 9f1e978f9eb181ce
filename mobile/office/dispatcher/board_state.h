#pragma once
// What the dispatcher's board says about one job, and which windows are at risk.
// Plain C++ on the board's facts, so every rule is tested without a window or a server.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/core/time.h"

namespace fieldledger::office {

enum class JobStateKind {
  kNotYetDue,
  kOnTheWay,
  kArrivedEarly,
  kOnTime,
  kLate,
  kNoShow,
  kUnverified,
  kCompleted,
  kCancelled,
  kExcused,
  kUnknownPhoneOffline,
};

struct Unverified {
  bool outside_fence = false;
  double distance_m = 0;
  bool clock_corrected = false;
  DurationMs clock_correction_ms = 0;
  bool mock_location = false;
  bool no_position = false;
};

// One job as the board knows it.
struct JobFacts {
  TimeWindow window;
  bool cancelled = false;
  bool completed = false;
  TimeMs on_my_way_ms = 0;  // 0: not set off
  std::optional<TimeMs> arrived_ms;
  bool arrival_verified = true;
  bool arrival_accepted = false;  // a dispatcher accepted the unverified arrival
  std::optional<Unverified> unverified;
  bool excused = false;
  TimeMs phone_last_synced_ms = 0;  // the technician's phone; 0: never
  // Site and the technician's last known position, for the travel estimate.
  double site_lat = 0, site_lon = 0;
  std::optional<std::pair<double, double>> last_position;
};

struct BoardRules {
  DurationMs grace = 0;  // on time: arrival <= end + grace
  DurationMs alert_lead = 30 * kMinuteMs;
  double travel_speed_kmh = 30;
  DurationMs quiet_after = 15 * kMinuteMs;
};

struct JobState {
  JobStateKind kind = JobStateKind::kNotYetDue;
  std::int64_t minutes_late = 0;  // kLate
  TimeMs offline_since_ms = 0;    // kUnknownPhoneOffline: the phone's last sync (0: never)
  std::optional<Unverified> why;  // kUnverified
  // The arrival's own class when the state is about something else (completed,
  // excused): early, on time, late; nullopt when there was no arrival.
  std::optional<JobStateKind> arrival;
};

JobState ComputeState(const JobFacts& job, TimeMs now, const BoardRules& rules);

enum class AlertReason { kNotSetOff, kTravelTooLong, kPhoneQuiet };

struct Alert {
  AlertReason reason = AlertReason::kNotSetOff;
  DurationMs left_ms = 0;     // until the window ends (+ grace); smaller is more urgent
  DurationMs travel_ms = 0;   // kTravelTooLong: the estimated drive
  TimeMs quiet_since_ms = 0;  // kPhoneQuiet: the phone's last sync
};

// The reasons this job's promise is at risk now, most serious first; empty when it
// is not (kept, missed already, cancelled, or far enough away).
std::vector<Alert> AlertsFor(const JobFacts& job, TimeMs now, const BoardRules& rules);

}  // namespace fieldledger::office
