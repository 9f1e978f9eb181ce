#include "app/scoring_inputs.h"

#include <unordered_map>

namespace fieldledger::server {
namespace {

scoring::JobType TypeOf(JobType t) {
  switch (t) {
    case JobType::kRepair:
      return scoring::JobType::kRepair;
    case JobType::kInstallation:
      return scoring::JobType::kInstallation;
    case JobType::kMaintenance:
      return scoring::JobType::kOther;
  }
  return scoring::JobType::kOther;
}

scoring::JobStatus StatusOf(JobStatus s) {
  switch (s) {
    case JobStatus::kScheduled:
    case JobStatus::kInProgress:
      return scoring::JobStatus::kOpen;
    case JobStatus::kCompleted:
      return scoring::JobStatus::kCompleted;
    case JobStatus::kCancelled:
      return scoring::JobStatus::kCancelled;
    case JobStatus::kRescheduled:
      return scoring::JobStatus::kRescheduled;
  }
  return scoring::JobStatus::kOpen;
}

}  // namespace

const std::string& CountedTechnician(const JobRecord& r) {
  return r.arrived_ms && !r.arrival_technician_id.empty() ? r.arrival_technician_id
                                                          : r.technician_id;
}

scoring::Job ToScoringJob(const JobRecord& r, const std::string& team,
                          const std::optional<ExcusalRecord>& excusal) {
  scoring::Job j;
  j.id = r.id;
  j.technician = CountedTechnician(r);
  j.team = team;
  j.type = TypeOf(r.type);
  j.created = r.created_ms;
  // A job opened by a call-back has no promised window until a dispatcher sets one.
  if (r.window.start != 0 || r.window.end != 0) j.window = r.window;
  j.arrival = r.arrived_ms;
  j.arrival_verified = r.arrival_verified;
  j.status = StatusOf(r.status);
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

scoring::Dataset LoadScoringDataset(StoreTx& tx, const std::string& company_id) {
  std::unordered_map<std::string, std::string> team_of;
  for (const auto& u : tx.ListUsers(company_id)) team_of[u.id] = u.team_id;
  std::unordered_map<std::string, ExcusalRecord> excusals;
  for (auto& e : tx.ListActiveExcusals(company_id)) excusals.emplace(e.job_id, std::move(e));

  scoring::Dataset data;
  StoreTx::JobQuery q;
  q.company_id = company_id;
  q.limit = 5000;
  for (;;) {
    auto page = tx.ListJobs(q);
    for (const auto& r : page) {
      auto it = excusals.find(r.id);
      scoring::Job j = ToScoringJob(
          r, team_of[CountedTechnician(r)],
          it == excusals.end() ? std::nullopt : std::optional<ExcusalRecord>(it->second));
      data.jobs.push_back(std::move(j));
    }
    if (static_cast<int>(page.size()) < q.limit) break;
    q.after = std::make_pair(page.back().window.start, page.back().id);
  }
  for (const auto& c : tx.ListCallBacks(company_id)) data.callbacks.push_back(ToScoringCallBack(c));
  for (const auto& s : tx.ListShifts(company_id)) {
    data.shifts.push_back({s.id, s.technician_id, team_of[s.technician_id], s.start_ms,
                           s.check_in_ms, s.approved_leave});
  }
  return data;
}

}  // namespace fieldledger::server
