#pragma once
// Which scheduled shift a technician's check-in (or check-out) from the phone belongs to,
// and what it makes of it (docs/attendance.md, "Check-in from the phone"). Pure: the
// caller loads the technician's shifts and stores the result (app/event_rules.cpp).
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/scoring/policy.h"
#include "storage/records.h"

namespace fieldledger::server {

struct ShiftMatch {
  std::optional<ShiftRecord> shift;  // the shift it applies to (or found already checked in)
  // check-in: "on_time", "late" (the shift takes this check-in), "no_shift", "on_leave",
  // "already_checked_in" (stored, the shift unchanged); check-out: "checked_out", "no_shift".
  std::string outcome;
  bool applies() const {
    return outcome == "on_time" || outcome == "late" || outcome == "checked_out";
  }
};

// `shifts`: the technician's own. A check-in belongs to the shifts that start on the same
// calendar day in `zone`; of those, the earliest not checked in and not on leave takes it,
// attended or late by the scoring engine's own rule (scoring::EvaluateAttendance).
ShiftMatch MatchCheckIn(const std::vector<ShiftRecord>& shifts, TimeMs at, const std::string& zone,
                        const scoring::ScoringPolicy& policy);
// A check-out belongs to the latest shift of that day already checked in at or before it.
ShiftMatch MatchCheckOut(const std::vector<ShiftRecord>& shifts, TimeMs at,
                         const std::string& zone);

// The sentence the phone receives with the acknowledgement, starting with the outcome's
// code: "[late] checked in at 2026-12-01 08:45, 15 min after the shift's start (grace 10 min)".
std::string MatchText(const ShiftMatch& m, TimeMs at, const std::string& zone,
                      const scoring::ScoringPolicy& policy);

}  // namespace fieldledger::server
