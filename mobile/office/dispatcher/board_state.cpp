#include "board_state.h"

#include "fieldledger/core/geo.h"
#include "fieldledger/core/on_time.h"

namespace fieldledger::office {
namespace {

std::optional<JobStateKind> ArrivalClass(const JobFacts& job, TimeMs now, DurationMs grace,
                                         std::int64_t* minutes_late) {
  if (!job.arrived_ms) return std::nullopt;
  const ArrivalVerdict v =
      ClassifyArrival({job.window, job.arrived_ms, false, false}, now, OnTimePolicy{grace});
  if (minutes_late) *minutes_late = v.minutes_late;
  switch (v.cls) {
    case ArrivalClass::kEarly:
      return JobStateKind::kArrivedEarly;
    case ArrivalClass::kOnTime:
      return JobStateKind::kOnTime;
    default:
      return JobStateKind::kLate;
  }
}

}  // namespace

JobState ComputeState(const JobFacts& job, TimeMs now, const BoardRules& rules) {
  JobState s;
  s.arrival = ArrivalClass(job, now, rules.grace, &s.minutes_late);
  if (job.cancelled) {
    s.kind = JobStateKind::kCancelled;
    return s;
  }
  const TimeMs closes = job.window.end + rules.grace;
  const bool missed = !job.arrived_ms && now > closes;
  const bool unverified = job.arrived_ms && !job.arrival_verified && !job.arrival_accepted;
  // An excusal speaks only for what would count against the technician (late, missed,
  // unverified): an early or on-time arrival on a job excused in advance shows as such.
  if (job.excused && (s.arrival == JobStateKind::kLate || missed || unverified)) {
    s.kind = JobStateKind::kExcused;
    return s;
  }
  if (job.completed) {
    s.kind = JobStateKind::kCompleted;
    return s;
  }
  if (unverified) {
    s.kind = JobStateKind::kUnverified;
    s.why = job.unverified.value_or(Unverified{});
    return s;
  }
  if (job.arrived_ms) {
    s.kind = *s.arrival;
    return s;
  }
  if (!missed) {
    s.kind = job.on_my_way_ms ? JobStateKind::kOnTheWay : JobStateKind::kNotYetDue;
    return s;
  }
  // The window closed with no arrival on the server. If the phone has not reached the
  // server since then, it may hold a check-in it could not send: unknown, not a
  // no-show, until the phone syncs.
  if (job.phone_last_synced_ms < closes) {
    s.kind = JobStateKind::kUnknownPhoneOffline;
    s.offline_since_ms = job.phone_last_synced_ms;
    return s;
  }
  s.kind = JobStateKind::kNoShow;
  return s;
}

std::vector<Alert> AlertsFor(const JobFacts& job, TimeMs now, const BoardRules& rules) {
  std::vector<Alert> out;
  if (job.cancelled || job.completed || job.arrived_ms) return out;
  const TimeMs closes = job.window.end + rules.grace;
  if (now > closes) return out;  // already missed: the state says so, not an alert
  const DurationMs left = closes - now;
  if (!job.on_my_way_ms && left <= rules.alert_lead) {
    out.push_back({AlertReason::kNotSetOff, left});
  }
  if (job.last_position && rules.travel_speed_kmh > 0) {
    const double metres = DistanceMetres({job.last_position->first, job.last_position->second},
                                         {job.site_lat, job.site_lon});
    const auto travel = static_cast<DurationMs>(metres / (rules.travel_speed_kmh / 3.6) * 1000.0);
    if (now + travel > closes) out.push_back({AlertReason::kTravelTooLong, left, travel});
  }
  // A silent phone matters once the window is near or open: we cannot see the visit.
  const bool quiet = now - job.phone_last_synced_ms > rules.quiet_after;
  if (quiet && job.window.start - now <= rules.alert_lead) {
    out.push_back({AlertReason::kPhoneQuiet, left, 0, job.phone_last_synced_ms});
  }
  return out;
}

}  // namespace fieldledger::office
