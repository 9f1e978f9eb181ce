#include "app/attendance_logic.h"

#include <map>
#include <sstream>

#include "app/app_error.h"
#include "app/csv_jobs.h"
#include "app/text_input.h"
#include "app/time_text.h"
#include "fieldledger/core/uuid.h"

namespace fieldledger::server {
namespace {

constexpr std::size_t kMaxReason = 500;

void RequireReason(const std::string& reason, bool required) {
  if (required && reason.empty()) Fail(ErrorKind::kInvalidArgument, "reason is required");
  if (auto why = RefuseText("reason", reason, kMaxReason); !why.empty()) {
    Fail(ErrorKind::kInvalidArgument, why);
  }
}

// Why a start/end pair cannot be a shift, or empty.
std::string RefuseTimes(TimeMs start, TimeMs end, TimeMs now) {
  if (end <= start) return "end must be after start";
  if (end - start > kMaxShiftLength) return "a shift lasts at most 24 hours";
  if (start < now - kShiftHorizon || start > now + kShiftHorizon) {
    return "start is more than 400 days from today";
  }
  return {};
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

const char* ShiftStateName(ShiftState s) {
  switch (s) {
    case ShiftState::kUpcoming:
      return "upcoming";
    case ShiftState::kAttended:
      return "attended";
    case ShiftState::kLate:
      return "late";
    case ShiftState::kAbsent:
      return "absent";
    case ShiftState::kLeave:
      return "leave";
  }
  return "upcoming";
}

ShiftState AttendanceLogic::StateOf(const ShiftRecord& s, TimeMs now) const {
  // The scoring engine's rule (docs/kpis.md, attendance), compared to the second.
  const TimeMs deadline = s.start_ms + policy_.attendance_grace;
  if (s.approved_leave) return ShiftState::kLeave;
  if (s.check_in_ms) {
    return *s.check_in_ms / kSecondMs <= deadline / kSecondMs ? ShiftState::kAttended
                                                              : ShiftState::kLate;
  }
  return now / kSecondMs > deadline / kSecondMs ? ShiftState::kAbsent : ShiftState::kUpcoming;
}

ShiftRecord AttendanceLogic::MustFind(StoreTx& tx, const Caller& caller, const std::string& id) {
  if (id.empty()) Fail(ErrorKind::kInvalidArgument, "id is required");
  auto s = tx.FindShift(id);
  // Another company's shift is reported exactly like a missing one.
  if (!s || s->company_id != caller.company_id) {
    Fail(ErrorKind::kNotFound, "id: shift '" + id + "' does not exist");
  }
  return *s;
}

void AttendanceLogic::Changed(const Caller& caller, const std::vector<ShiftRecord>& shifts,
                              TimeMs now) {
  if (on_shifts_changed && !shifts.empty()) on_shifts_changed(caller.company_id, shifts, now);
}

std::vector<ShiftView> AttendanceLogic::List(const Caller& caller, TimeMs from, TimeMs to,
                                             const std::string& technician_id, TimeMs now) {
  if (to <= from) Fail(ErrorKind::kInvalidArgument, "to must be after from");
  const std::string only =
      caller.role == Role::kTechnician ? caller.user_id : technician_id;  // their own only
  std::vector<ShiftView> out;
  store_.Read([&](StoreTx& tx) {
    std::map<std::string, std::string> names;
    for (const auto& u : tx.ListUsers(caller.company_id)) names[u.id] = u.display_name;
    // A mark belongs to a shift of its own local day, so a day either side holds them all.
    std::map<std::string, std::vector<ShiftMarkRecord>> marks;
    for (auto& m : tx.ListShiftMarks(caller.company_id, from - kDayMs, to + kDayMs)) {
      if (!m.shift_id.empty()) marks[m.shift_id].push_back(std::move(m));
    }
    for (auto& s : tx.ListShifts(caller.company_id)) {
      if (s.start_ms < from || s.start_ms >= to) continue;
      if (!only.empty() && s.technician_id != only) continue;
      const ShiftState state = StateOf(s, now);
      std::string name = names[s.technician_id];
      ShiftView v{std::move(s), std::move(name), state};
      for (const auto& m : marks[v.shift.id]) {
        const bool took_it =
            m.kind == "check_in" && (m.outcome == "on_time" || m.outcome == "late");
        if (took_it) {
          v.check_in_verified = m.verified;
          v.check_in_check = m.trust_check;
        }
        if (m.kind == "check_out") v.check_out_ms = m.at_ms;  // the latest one wins
      }
      out.push_back(std::move(v));
    }
  });
  return out;
}

std::vector<UnmatchedCheckInView> AttendanceLogic::Unmatched(const Caller& caller, TimeMs from,
                                                             TimeMs to,
                                                             const std::string& technician_id) {
  if (to <= from) Fail(ErrorKind::kInvalidArgument, "to must be after from");
  const std::string only = caller.role == Role::kTechnician ? caller.user_id : technician_id;
  std::vector<UnmatchedCheckInView> out;
  store_.Read([&](StoreTx& tx) {
    std::map<std::string, std::string> names;
    for (const auto& u : tx.ListUsers(caller.company_id)) names[u.id] = u.display_name;
    for (auto& m : tx.ListShiftMarks(caller.company_id, from, to)) {
      if (m.kind != "check_in" || m.outcome == "on_time" || m.outcome == "late") continue;
      if (!only.empty() && m.technician_id != only) continue;
      std::string name = names[m.technician_id];
      out.push_back({std::move(m), std::move(name)});
    }
  });
  return out;
}

ShiftView AttendanceLogic::Save(const Caller& caller, const std::string& id,
                                const std::string& technician_id, TimeMs start, TimeMs end,
                                const std::string& reason, TimeMs now) {
  RequireReason(reason, /*required=*/!id.empty());
  if (technician_id.empty()) Fail(ErrorKind::kInvalidArgument, "technician_id is required");
  if (auto why = RefuseTimes(start, end, now); !why.empty()) {
    Fail(ErrorKind::kInvalidArgument, why);
  }
  ShiftView view;
  store_.Write([&](StoreTx& tx) {
    auto tech = tx.FindUser(technician_id);
    if (!tech || tech->company_id != caller.company_id || tech->role != Role::kTechnician) {
      Fail(ErrorKind::kNotFound,
           "technician_id: technician '" + technician_id + "' does not exist");
    }
    ShiftRecord s;
    std::string action = "created";
    std::ostringstream detail;
    if (id.empty()) {
      s.id = NewUuidV7(now);
      s.company_id = caller.company_id;
    } else {
      s = MustFind(tx, caller, id);
      if (s.check_in_ms) {
        Fail(ErrorKind::kFailedPrecondition,
             "id: the shift was already checked in; it cannot be moved");
      }
      action = "moved";
      detail << "from " << s.technician_id << " " << s.start_ms << ".." << s.end_ms.value_or(0)
             << " ";
    }
    s.technician_id = technician_id;
    s.start_ms = start;
    s.end_ms = end;
    detail << "to " << technician_id << " " << start << ".." << end;
    s.recorded_ms = now;
    if (id.empty()) {
      tx.InsertShift(s);
    } else {
      tx.UpdateShift(s);
    }
    tx.InsertShiftAudit(
        {0, caller.company_id, s.id, caller.user_id, now, action, reason, detail.str()});
    view = {s, tech->display_name, StateOf(s, now)};
  });
  Changed(caller, {view.shift}, now);
  return view;
}

ShiftView AttendanceLogic::Delete(const Caller& caller, const std::string& id,
                                  const std::string& reason, TimeMs now) {
  RequireReason(reason, /*required=*/true);
  ShiftView view;
  store_.Write([&](StoreTx& tx) {
    ShiftRecord s = MustFind(tx, caller, id);
    if (s.check_in_ms) {
      Fail(ErrorKind::kFailedPrecondition,
           "id: the shift was already checked in; it cannot be deleted");
    }
    tx.DeleteShift(s.id, now);
    tx.InsertShiftAudit({0, caller.company_id, s.id, caller.user_id, now, "deleted", reason,
                         s.technician_id + " " + std::to_string(s.start_ms)});
    view = {s, "", StateOf(s, now)};
  });
  ShiftRecord gone = view.shift;
  gone.approved_leave = true;  // see LiveScores::ShiftsChanged: counts nowhere, like deleted
  Changed(caller, {gone}, now);
  return view;
}

ShiftView AttendanceLogic::SetLeave(const Caller& caller, const std::string& id, bool approved,
                                    const std::string& reason, TimeMs now) {
  RequireReason(reason, /*required=*/true);
  ShiftView view;
  store_.Write([&](StoreTx& tx) {
    ShiftRecord s = MustFind(tx, caller, id);
    s.approved_leave = approved;
    s.leave_reason = approved ? reason : "";
    s.recorded_ms = now;
    tx.UpdateShift(s);
    tx.InsertShiftAudit({0, caller.company_id, s.id, caller.user_id, now,
                         approved ? "leave_approved" : "leave_withdrawn", reason, ""});
    auto tech = tx.FindUser(s.technician_id);
    view = {s, tech ? tech->display_name : "", StateOf(s, now)};
  });
  Changed(caller, {view.shift}, now);
  return view;
}

ShiftImportResult AttendanceLogic::ImportCsv(const Caller& caller, const std::string& csv,
                                             TimeMs now) {
  ShiftImportResult result;
  std::istringstream in(csv);
  std::string parse_error;
  const auto records = ParseCsv(in, &parse_error);
  if (!parse_error.empty()) {
    result.errors.push_back(parse_error);
    return result;
  }
  if (records.empty()) {
    result.errors.push_back("line 1: the file is empty (expected a header row)");
    return result;
  }
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < records[0].fields.size(); ++i) col[Lower(records[0].fields[i])] = i;
  for (const char* required : {"technician", "start", "end"}) {
    if (!col.contains(required)) {
      result.errors.push_back("line 1: missing column '" + std::string(required) + "'");
    }
  }
  if (!result.errors.empty()) return result;
  const auto field = [&](const CsvRecord& r, const std::string& name) -> std::string {
    auto it = col.find(name);
    if (it == col.end() || it->second >= r.fields.size()) return "";
    return r.fields[it->second];
  };

  std::vector<ShiftRecord> created;
  store_.Write([&](StoreTx& tx) {
    const std::string zone = tx.FindCompany(caller.company_id)->time_zone;
    std::map<std::string, UserRecord> by_username;
    for (auto& u : tx.ListUsers(caller.company_id)) {
      if (u.role == Role::kTechnician) by_username.emplace(u.username, std::move(u));
    }
    for (std::size_t i = 1; i < records.size(); ++i) {
      const CsvRecord& r = records[i];
      const std::string at = "line " + std::to_string(r.line) + ": ";
      auto tech = by_username.find(field(r, "technician"));
      if (tech == by_username.end()) {
        result.errors.push_back(at + "technician: no technician '" + field(r, "technician") +
                                "' in this company");
        continue;
      }
      auto start = ParseTimeText(field(r, "start"), zone);
      auto end = ParseTimeText(field(r, "end"), zone);
      if (!start) result.errors.push_back(at + "start: not a time ('" + field(r, "start") + "')");
      if (!end) result.errors.push_back(at + "end: not a time ('" + field(r, "end") + "')");
      if (!start || !end) continue;
      if (auto why = RefuseTimes(*start, *end, now); !why.empty()) {
        result.errors.push_back(at + why);
        continue;
      }
      const std::string leave = Lower(field(r, "leave"));
      if (!leave.empty() && leave != "yes" && leave != "no") {
        result.errors.push_back(at + "leave: write yes or no, not '" + field(r, "leave") + "'");
        continue;
      }
      const std::string leave_reason = field(r, "leave_reason");
      if (auto why = RefuseText("leave_reason", leave_reason, kMaxReason); !why.empty()) {
        result.errors.push_back(at + why);
        continue;
      }
      ShiftRecord s{NewUuidV7(now), caller.company_id, tech->second.id, *start};
      s.end_ms = *end;
      s.approved_leave = leave == "yes";
      s.leave_reason = s.approved_leave ? leave_reason : "";
      s.recorded_ms = now;
      created.push_back(std::move(s));
    }
    if (!result.errors.empty()) {
      created.clear();
      return;  // all or nothing: the transaction commits nothing
    }
    for (const ShiftRecord& s : created) {
      tx.InsertShift(s);
      tx.InsertShiftAudit({0, caller.company_id, s.id, caller.user_id, now, "created",
                           "imported from CSV",
                           s.technician_id + " " + std::to_string(s.start_ms)});
    }
  });
  result.created = static_cast<int>(created.size());
  Changed(caller, created, now);
  return result;
}

std::vector<ShiftAuditRecord> AttendanceLogic::History(const Caller& caller,
                                                       const std::string& id) {
  std::vector<ShiftAuditRecord> out;
  store_.Read([&](StoreTx& tx) {
    for (auto& a : tx.ListShiftAudit(id)) {
      if (a.company_id == caller.company_id) out.push_back(std::move(a));
    }
  });
  return out;
}

}  // namespace fieldledger::server
