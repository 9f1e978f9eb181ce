#pragma once
// The shift schedule behind the attendance rate (docs/attendance.md): shifts are created,
// moved and deleted by the office (one at a time or imported from CSV, all or nothing),
// leave is approved with a reason, and every change is audited. Each shift's state comes
// from the same rule the scoring engine applies (scoring policy: attendance grace).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/caller.h"
#include "fieldledger/scoring/policy.h"
#include "storage/store.h"

namespace fieldledger::server {

enum class ShiftState { kUpcoming, kAttended, kLate, kAbsent, kLeave };
const char* ShiftStateName(ShiftState s);  // "upcoming", "attended", "late", "absent", "leave"

struct ShiftView {
  ShiftRecord shift;
  std::string technician_name;
  ShiftState state = ShiftState::kUpcoming;
  // From the phone's check-in and check-out (ShiftMarkRecord), when there are any.
  std::optional<TimeMs> check_out_ms;
  bool check_in_verified = true;  // false: the check-in's time or position is not trusted
  std::string check_in_check;     // why not
};

// A check-in from a phone that took no shift (none that day, leave, already checked in).
struct UnmatchedCheckInView {
  ShiftMarkRecord mark;
  std::string technician_name;
};

struct ShiftImportResult {
  int created = 0;
  std::vector<std::string> errors;  // "line 4: start: not a time ..."; nothing stored if any
};

using ShiftsChangedHook = std::function<void(const std::string& company_id,
                                             const std::vector<ShiftRecord>& shifts, TimeMs now)>;

class AttendanceLogic {
 public:
  AttendanceLogic(Store& store, const scoring::ScoringPolicy& policy)
      : store_(store), policy_(policy) {}

  // Shifts starting in [from, to); `technician_id` empty: everyone (office roles only).
  // A technician sees only their own shifts.
  std::vector<ShiftView> List(const Caller& caller, TimeMs from, TimeMs to,
                              const std::string& technician_id, TimeMs now);
  // Phone check-ins with at_ms in [from, to) that took no shift; same visibility as List.
  std::vector<UnmatchedCheckInView> Unmatched(const Caller& caller, TimeMs from, TimeMs to,
                                              const std::string& technician_id);
  // Creates (empty id) or moves a shift; a shift already checked in cannot be moved.
  ShiftView Save(const Caller& caller, const std::string& id, const std::string& technician_id,
                 TimeMs start, TimeMs end, const std::string& reason, TimeMs now);
  ShiftView Delete(const Caller& caller, const std::string& id, const std::string& reason,
                   TimeMs now);
  ShiftView SetLeave(const Caller& caller, const std::string& id, bool approved,
                     const std::string& reason, TimeMs now);
  // Header (any order): technician,start,end[,leave][,leave_reason]; times in the company's
  // zone unless they carry Z or an offset; leave is yes/no.
  ShiftImportResult ImportCsv(const Caller& caller, const std::string& csv, TimeMs now);
  std::vector<ShiftAuditRecord> History(const Caller& caller, const std::string& id);

  ShiftState StateOf(const ShiftRecord& s, TimeMs now) const;

  ShiftsChangedHook on_shifts_changed;

 private:
  ShiftRecord MustFind(StoreTx& tx, const Caller& caller, const std::string& id);
  void Changed(const Caller& caller, const std::vector<ShiftRecord>& shifts, TimeMs now);
  Store& store_;
  const scoring::ScoringPolicy& policy_;
};

inline constexpr DurationMs kMaxShiftLength = 24 * kHourMs;
inline constexpr DurationMs kShiftHorizon = 400 * kDayMs;  // how far from now a shift may be

}  // namespace fieldledger::server
