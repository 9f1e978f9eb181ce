#include "app/shift_check_in.h"

#include <algorithm>

#include "app/time_text.h"
#include "fieldledger/core/trusted_time.h"
#include "fieldledger/scoring/outcomes.h"
#include "fieldledger/scoring/period.h"

namespace fieldledger::server {
namespace {

// The technician's shifts starting on the local day of `at`, by start.
std::vector<const ShiftRecord*> SameDay(const std::vector<ShiftRecord>& shifts, TimeMs at,
                                        const std::string& zone) {
  const std::string day = scoring::FormatLocalDate(at, zone);
  std::vector<const ShiftRecord*> out;
  for (const auto& s : shifts) {
    if (scoring::FormatLocalDate(s.start_ms, zone) == day) out.push_back(&s);
  }
  std::sort(out.begin(), out.end(), [](const ShiftRecord* a, const ShiftRecord* b) {
    return a->start_ms != b->start_ms ? a->start_ms < b->start_ms : a->id < b->id;
  });
  return out;
}

}  // namespace

ShiftMatch MatchCheckIn(const std::vector<ShiftRecord>& shifts, TimeMs at, const std::string& zone,
                        const scoring::ScoringPolicy& policy) {
  const auto day = SameDay(shifts, at, zone);
  const ShiftRecord* checked_in = nullptr;
  const ShiftRecord* on_leave = nullptr;
  for (const ShiftRecord* s : day) {
    if (s->approved_leave) {
      if (!on_leave) on_leave = s;
      continue;
    }
    if (s->check_in_ms) {
      if (!checked_in) checked_in = s;
      continue;
    }
    ShiftRecord taken = *s;
    taken.check_in_ms = at;
    const scoring::Shift scored{s->id, s->technician_id, "", s->start_ms, at, false};
    const bool attended =
        scoring::EvaluateAttendance(scored, policy, at) == scoring::AttendanceClass::kAttended;
    return {taken, attended ? "on_time" : "late"};
  }
  if (checked_in) return {*checked_in, "already_checked_in"};
  if (on_leave) return {*on_leave, "on_leave"};
  return {std::nullopt, "no_shift"};
}

ShiftMatch MatchCheckOut(const std::vector<ShiftRecord>& shifts, TimeMs at,
                         const std::string& zone) {
  const ShiftRecord* last = nullptr;
  for (const ShiftRecord* s : SameDay(shifts, at, zone)) {
    if (s->check_in_ms && *s->check_in_ms <= at) last = s;
  }
  if (!last) return {std::nullopt, "no_shift"};
  return {*last, "checked_out"};
}

std::string MatchText(const ShiftMatch& m, TimeMs at, const std::string& zone,
                      const scoring::ScoringPolicy& policy) {
  const std::string when = FormatLocalTime(at, zone);
  const std::string grace = DurationText(policy.attendance_grace);
  if (m.outcome == "on_time" || m.outcome == "late") {
    const TimeMs start = m.shift->start_ms;
    const std::string start_text = FormatLocalTime(start, zone);
    if (m.outcome == "late") {
      return "[late] checked in at " + when + ", " + DurationText(at - start) +
             " after the shift's start " + start_text + " (grace " + grace + ")";
    }
    return "[on_time] checked in at " + when + " for the shift starting " + start_text +
           " (grace " + grace + ")";
  }
  if (m.outcome == "already_checked_in") {
    return "[already_checked_in] the shift starting " + FormatLocalTime(m.shift->start_ms, zone) +
           " was already checked in at " + FormatLocalTime(*m.shift->check_in_ms, zone) +
           "; this check-in at " + when + " is stored and changes nothing";
  }
  if (m.outcome == "on_leave") {
    return "[on_leave] the shift starting " + FormatLocalTime(m.shift->start_ms, zone) +
           " is approved leave; the check-in at " + when + " is stored and changes nothing";
  }
  if (m.outcome == "checked_out") {
    return "[checked_out] checked out at " + when + " from the shift starting " +
           FormatLocalTime(m.shift->start_ms, zone);
  }
  return "[no_shift] no shift is scheduled for you on " + scoring::FormatLocalDate(at, zone) +
         "; the record at " + when + " is stored for the office and counts for no shift";
}

}  // namespace fieldledger::server
