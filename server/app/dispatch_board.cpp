#include "app/dispatch_board.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>
#include <unordered_set>

#include "app/dispatch_day.h"
#include "app/dispatch_errors.h"
#include "fieldledger/core/geo.h"

namespace fieldledger::server {

UnverifiedWhy ExplainUnverified(const JobRecord& job, const EventRecord& arrival,
                                const DispatchPolicy& policy) {
  UnverifiedWhy why;
  why.mock_location = arrival.mock_location;
  if (arrival.latitude && arrival.longitude) {
    why.distance_m =
        DistanceMetres({job.latitude, job.longitude}, {*arrival.latitude, *arrival.longitude});
    why.outside_fence = why.distance_m > policy.geofence_radius_m + arrival.accuracy_m;
  } else {
    why.no_position = true;
  }
  why.clock_correction_ms = arrival.device_wall_ms - arrival.trusted_ms;
  why.clock_corrected = std::llabs(why.clock_correction_ms) > policy.clock_tolerance;
  // The sync logic's only other reason is its clock estimate (a reboot or a jump the
  // monotonic clock could not bridge): name the clock when nothing else explains it.
  if (!why.mock_location && !why.no_position && !why.outside_fence) why.clock_corrected = true;
  return why;
}

BoardSnapshot DispatchBoard::Snapshot(const Caller& caller, const std::string& day, TimeMs now) {
  BoardSnapshot out;
  out.policy = policy_;
  out.now = now;
  out.feed_epoch = feed_.epoch();
  // The cursor is read before the snapshot: a change committed meanwhile is sent again
  // by WatchBoard, which is harmless (rows are whole), rather than lost.
  out.cursor = feed_.Head();
  store_.Read([&](StoreTx& tx) {
    auto company = tx.FindCompany(caller.company_id);
    out.time_zone = company ? company->time_zone : "UTC";
    const auto d = ResolveDay(day, now, out.time_zone);
    if (!d) DispatchFail(ErrorKind::kInvalidArgument, "bad_day", "day must be YYYY-MM-DD");
    out.day = d->first;
    out.day_window = d->second;
    StoreTx::JobQuery q;
    q.company_id = caller.company_id;
    q.overlapping = out.day_window;
    q.limit = 1000;
    std::vector<JobRecord> jobs;
    for (;;) {
      auto page = tx.ListJobs(q);
      const bool more = static_cast<int>(page.size()) == q.limit;
      if (more) q.after = std::make_pair(page.back().window.start, page.back().id);
      jobs.insert(jobs.end(), page.begin(), page.end());
      if (!more) break;
    }
    out.jobs = Rows(tx, std::move(jobs));
    out.technicians = TechnicianRows(tx, caller.company_id, {});
  });
  return out;
}

std::vector<BoardJobRow> DispatchBoard::Jobs(const std::string& company_id,
                                             const std::vector<std::string>& job_ids) {
  std::vector<BoardJobRow> out;
  store_.Read([&](StoreTx& tx) {
    std::vector<JobRecord> jobs;
    for (const auto& id : job_ids) {
      if (auto j = tx.FindJob(id); j && j->company_id == company_id) jobs.push_back(*j);
    }
    out = Rows(tx, std::move(jobs));
  });
  return out;
}

std::vector<BoardTechnicianRow> DispatchBoard::Technicians(const std::string& company_id,
                                                           const std::vector<std::string>& ids) {
  std::vector<BoardTechnicianRow> out;
  store_.Read([&](StoreTx& tx) { out = TechnicianRows(tx, company_id, ids); });
  return out;
}

std::vector<BoardJobRow> DispatchBoard::Rows(StoreTx& tx, std::vector<JobRecord> jobs) {
  std::vector<std::string> ids;
  for (const auto& j : jobs) ids.push_back(j.id);
  const auto events = tx.ListEventsOfJobs(ids);
  const auto audit = tx.ListAudit(ids);
  std::unordered_map<std::string, UserRecord> users;
  const auto user = [&](const std::string& id) -> const UserRecord* {
    auto it = users.find(id);
    if (it == users.end()) {
      auto u = tx.FindUser(id);
      if (!u) return nullptr;
      it = users.emplace(id, *u).first;
    }
    return &it->second;
  };
  std::vector<BoardJobRow> out;
  out.reserve(jobs.size());
  for (auto& j : jobs) {
    BoardJobRow row;
    if (const auto* u = user(j.technician_id)) {
      row.technician_name = u->display_name;
      row.team_id = u->team_id;
    }
    for (const auto& e : events) {
      if (e.job_id != j.id || e.status != EventStatus::kApplied) continue;
      if (e.kind == "on_my_way" && row.on_my_way_ms == 0) row.on_my_way_ms = e.trusted_ms;
      if (e.id == j.arrival_event_id && j.arrived_ms && !j.arrival_verified) {
        row.unverified = ExplainUnverified(j, e, policy_);
      }
    }
    for (const auto& a : audit) {
      if (a.job_id != j.id) continue;
      if (a.action == "cancelled") row.cancel_reason = a.reason;
      if (a.action == "arrival_accepted") {
        row.arrival_accepted = true;
        row.accept_reason = a.reason;
      }
    }
    // An accepted arrival was unverified when it came; the row still says why.
    if (row.arrival_accepted && !row.unverified) {
      for (const auto& e : events) {
        if (e.id == j.arrival_event_id) row.unverified = ExplainUnverified(j, e, policy_);
      }
    }
    if (auto ex = tx.FindExcusal(j.id); ex && !ex->revoked_ms) {
      row.excused = true;
      row.excusal_reason = ex->reason;
    }
    row.job = std::move(j);
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<BoardTechnicianRow> DispatchBoard::TechnicianRows(
    StoreTx& tx, const std::string& company_id, const std::vector<std::string>& only) {
  const std::unordered_set<std::string> wanted(only.begin(), only.end());
  std::unordered_map<std::string, TimeMs> stored_seen;
  for (const auto& d : tx.ListDevicesOfCompany(company_id)) {
    auto& t = stored_seen[d.user_id];
    t = std::max(t, d.last_seen_ms);
  }
  std::unordered_map<std::string, std::string> team_names;
  std::vector<BoardTechnicianRow> out;
  std::vector<std::string> ids;
  for (const auto& u : tx.ListUsers(company_id)) {
    if (u.role != Role::kTechnician || u.disabled) continue;
    if (!wanted.empty() && !wanted.contains(u.id)) continue;
    BoardTechnicianRow row;
    row.id = u.id;
    row.display_name = u.display_name;
    row.team_id = u.team_id;
    if (!u.team_id.empty()) {
      auto it = team_names.find(u.team_id);
      if (it == team_names.end()) {
        auto team = tx.FindTeam(u.team_id);
        it = team_names.emplace(u.team_id, team ? team->name : u.team_id).first;
      }
      row.team_name = it->second;
    }
    auto seen = stored_seen.find(u.id);
    row.last_synced_ms = LastContact(u.id, seen == stored_seen.end() ? 0 : seen->second);
    out.push_back(std::move(row));
  }
  // The last position any of the technician's jobs' events carried (today's work).
  StoreTx::JobQuery q;
  q.company_id = company_id;
  for (auto& row : out) {
    q.technician_id = row.id;
    q.limit = 20;
    const TimeMs since = row.last_synced_ms - kDayMs;
    q.overlapping = TimeWindow{since, row.last_synced_ms + kDayMs};
    std::vector<std::string> job_ids;
    for (const auto& j : tx.ListJobs(q)) job_ids.push_back(j.id);
    for (const auto& e : tx.ListEventsOfJobs(job_ids)) {
      if (e.user_id != row.id || !e.latitude || !e.longitude) continue;
      if (e.trusted_ms >= row.last_position_ms) {
        row.last_position = Position{*e.latitude, *e.longitude, e.accuracy_m};
        row.last_position_ms = e.trusted_ms;
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.team_name, a.display_name, a.id) <
           std::tie(b.team_name, b.display_name, b.id);
  });
  return out;
}

TimeMs DispatchBoard::LastContact(const std::string& user_id, TimeMs stored) const {
  std::lock_guard lock(contacts_mu_);
  auto it = contacts_.find(user_id);
  return it == contacts_.end() ? stored : std::max(stored, it->second);
}

void DispatchBoard::PhoneSeen(const std::string& company_id, const std::string& user_id,
                              TimeMs now) {
  {
    std::lock_guard lock(contacts_mu_);
    auto& t = contacts_[user_id];
    t = std::max(t, now);
  }
  feed_.Publish(company_id, {}, {user_id});
}

void DispatchBoard::JobsChanged(const std::string& company_id,
                                const std::vector<std::string>& job_ids) {
  feed_.Publish(company_id, job_ids, {});
}

}  // namespace fieldledger::server
