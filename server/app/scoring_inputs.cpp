#include "app/scoring_inputs.h"

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_set>

namespace fieldledger::server {
namespace {

bool HasWindow(const JobRecord& r) { return r.window.start != 0 || r.window.end != 0; }

// The active excusal of each job after replaying the log in order: "excused" starts one
// (with its reason, author and instant), "revoked" ends it.
std::unordered_map<std::string, ExcusalRecord> ActiveExcusals(
    const std::vector<ExcusalLogEntry>& log, TimeMs up_to) {
  std::unordered_map<std::string, ExcusalRecord> active;
  for (const auto& e : log) {
    if (e.at_ms > up_to) continue;
    if (e.action == "excused") {
      active[e.job_id] = {e.job_id, e.reason, e.by, e.at_ms, "", std::nullopt};
    } else if (e.action == "revoked") {
      active.erase(e.job_id);
    }
  }
  return active;
}

// Versions grouped by job, each group in (recorded_ms, seq) order.
std::map<std::string, std::vector<JobVersion>> ByJob(std::vector<JobVersion> versions) {
  std::map<std::string, std::vector<JobVersion>> out;
  for (auto& v : versions) out[v.job.id].push_back(std::move(v));
  for (auto& [id, list] : out) {
    std::stable_sort(list.begin(), list.end(), [](const JobVersion& a, const JobVersion& b) {
      return a.recorded_ms != b.recorded_ms ? a.recorded_ms < b.recorded_ms : a.seq < b.seq;
    });
  }
  return out;
}

scoring::Job ScoredJob(std::span<const JobVersion> history, const TeamHistory& teams,
                       const std::unordered_map<std::string, ExcusalRecord>& excusals,
                       const scoring::ScoringPolicy& policy) {
  const JobRecord& held = history.back().job;
  const Attribution who = AttributionOf(held, history, policy.on_time_grace);
  auto e = excusals.find(held.id);
  return ToScoringJob(held, who.technician, teams.TeamAt(who.technician, who.decided_ms),
                      e == excusals.end() ? std::nullopt : std::optional(e->second));
}

// The company's shifts as the server held them at `at`: each shift's latest version recorded
// at or before it, without the deleted ones, in ListShifts' order (start, id) so a card read
// as of its computed_at lists them as the card read then.
std::vector<ShiftRecord> ShiftsHeldAt(StoreTx& tx, const std::string& company_id, TimeMs at) {
  std::map<std::string, ShiftVersion> latest;
  for (auto& v : tx.ListShiftVersions(company_id, at)) latest[v.shift.id] = std::move(v);
  std::vector<ShiftRecord> out;
  for (auto& [id, v] : latest) {
    if (!v.deleted) out.push_back(std::move(v.shift));
  }
  std::sort(out.begin(), out.end(), [](const ShiftRecord& a, const ShiftRecord& b) {
    return a.start_ms != b.start_ms ? a.start_ms < b.start_ms : a.id < b.id;
  });
  return out;
}

}  // namespace

const std::string& CountedTechnician(const JobRecord& r) {
  return r.arrived_ms && !r.arrival_technician_id.empty() ? r.arrival_technician_id
                                                          : r.technician_id;
}

std::optional<std::string> TechnicianFromRecord(const JobRecord& r) {
  if (r.arrived_ms && !r.arrival_technician_id.empty()) return r.arrival_technician_id;
  if (HasWindow(r)) return std::nullopt;
  return r.technician_id;
}

Attribution AttributionOf(const JobRecord& held, std::span<const JobVersion> history,
                          DurationMs on_time_grace) {
  if (held.arrived_ms && !held.arrival_technician_id.empty()) {
    // Decided by the check-in: the first version that holds the arrival recorded it.
    std::optional<TimeMs> at;
    for (const auto& v : history) {
      if (v.job.arrived_ms) {
        at = v.recorded_ms;
        break;
      }
    }
    return {held.arrival_technician_id, at ? at : std::optional(held.updated_ms)};
  }
  if (HasWindow(held) && !history.empty()) {
    // Compared to the second, like every rule: an assignment recorded in the deadline's
    // second is in force at it.
    const TimeMs deadline = held.window.end + on_time_grace;
    const JobVersion* in_force = &history.front();
    for (const auto& v : history) {
      if (ToSeconds(v.recorded_ms) > ToSeconds(deadline)) break;
      in_force = &v;
    }
    return {in_force->job.technician_id, deadline};
  }
  return {held.technician_id, std::nullopt};
}

TeamHistory::TeamHistory(std::vector<TeamMembership> memberships) {
  for (auto& m : memberships) by_user_[m.user_id].push_back(std::move(m));
  for (auto& [user, list] : by_user_) {
    std::stable_sort(
        list.begin(), list.end(),
        [](const TeamMembership& a, const TeamMembership& b) { return a.from_ms < b.from_ms; });
  }
}

std::string TeamHistory::TeamAt(const std::string& user_id, std::optional<TimeMs> at) const {
  auto it = by_user_.find(user_id);
  if (it == by_user_.end() || it->second.empty()) return {};
  if (!at) return it->second.back().team_id;
  const TeamMembership* in_force = &it->second.front();
  for (const auto& m : it->second) {
    if (m.from_ms > *at) break;
    in_force = &m;
  }
  return in_force->team_id;
}

scoring::Job ToScoringJob(const JobRecord& r, const std::string& technician,
                          const std::string& team, const std::optional<ExcusalRecord>& excusal) {
  scoring::Job j;
  j.id = r.id;
  j.technician = technician;
  j.team = team;
  j.type = r.type;
  j.created = r.created_ms;
  // A job opened by a call-back has no promised window until a dispatcher sets one.
  if (HasWindow(r)) j.window = r.window;
  j.arrival = r.arrived_ms;
  j.arrival_verified = r.arrival_verified;
  j.status = r.status;
  j.completed = r.completed_ms;
  j.first_visit_resolved = r.first_visit_resolved.value_or(false);
  j.serial_number = r.serial_number;
  // The customer's phone identifies them better than a name typed by a dispatcher.
  j.customer_id = r.customer_phone.empty() ? r.customer_name : r.customer_phone;
  j.product = r.product;
  if (excusal && !excusal->revoked_ms) {
    j.excusal = scoring::Excusal{excusal->excused_by, excusal->reason, excusal->excused_ms};
  }
  return j;
}

scoring::CallBack ToScoringCallBack(const CallBackRecord& c) {
  scoring::CallBack out{c.id, c.job_id, c.at_ms, c.reached, c.score, c.problem_returned, c.nps};
  if (c.reached) out.complaint = scoring::ComplaintCategoryFromName(c.complaint_category);
  return out;
}

scoring::Dataset LoadScoringDataset(StoreTx& tx, const std::string& company_id,
                                    const scoring::ScoringPolicy& policy,
                                    std::optional<TimeMs> as_of) {
  const TimeMs up_to = as_of.value_or(std::numeric_limits<TimeMs>::max());
  std::vector<TeamMembership> memberships = tx.ListTeamMemberships(company_id);
  std::erase_if(memberships, [&](const TeamMembership& m) { return m.from_ms > up_to; });
  const TeamHistory teams(std::move(memberships));
  const auto log = tx.ListCompanyExcusalLog(company_id);
  auto excusals = ActiveExcusals(log, up_to);
  // An excusal stored without log entries (none is written so today) counts from its
  // instant while it stays active.
  std::unordered_set<std::string> logged;
  for (const auto& e : log) logged.insert(e.job_id);
  for (auto& e : tx.ListActiveExcusals(company_id)) {
    if (!logged.contains(e.job_id) && e.excused_ms <= up_to) excusals.emplace(e.job_id, e);
  }

  scoring::Dataset data;
  for (const auto& [id, history] : ByJob(tx.ListJobVersions(company_id, up_to))) {
    data.jobs.push_back(ScoredJob(history, teams, excusals, policy));
  }
  // A call-back's at_ms is the server instant it was recorded (CallBackLogic); never updated.
  for (const auto& c : tx.ListCallBacks(company_id)) {
    if (c.at_ms <= up_to) data.callbacks.push_back(ToScoringCallBack(c));
  }
  for (const auto& s : as_of ? ShiftsHeldAt(tx, company_id, *as_of) : tx.ListShifts(company_id)) {
    data.shifts.push_back({s.id, s.technician_id, teams.TeamAt(s.technician_id, s.start_ms),
                           s.start_ms, s.check_in_ms, s.approved_leave});
  }
  return data;
}

std::vector<scoring::Job> LoadScoringJobs(StoreTx& tx, const std::string& company_id,
                                          const std::vector<std::string>& job_ids,
                                          const scoring::ScoringPolicy& policy) {
  const TeamHistory teams(tx.ListTeamMemberships(company_id));
  std::unordered_map<std::string, ExcusalRecord> excusals;
  for (auto& e : tx.FindExcusals(job_ids)) {
    if (!e.revoked_ms) excusals.emplace(e.job_id, std::move(e));
  }
  std::vector<scoring::Job> out;
  for (const auto& [id, history] : ByJob(tx.ListJobVersionsOf(job_ids))) {
    if (history.back().job.company_id != company_id) continue;
    out.push_back(ScoredJob(history, teams, excusals, policy));
  }
  return out;
}

}  // namespace fieldledger::server
