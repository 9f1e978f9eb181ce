#include "app/callback_entry.h"

#include "app/app_error.h"

namespace fieldledger::server {

JobRecord RequireCallerJob(StoreTx& tx, const Caller& caller, const std::string& job_id) {
  if (job_id.empty()) Fail(ErrorKind::kInvalidArgument, "job_id is required");
  auto job = tx.FindJob(job_id);
  if (!job || job->company_id != caller.company_id) {
    Fail(ErrorKind::kNotFound, "job '" + job_id + "' does not exist");
  }
  return *job;
}

QueueEntry MakeQueueEntry(const JobRecord& job, std::span<const CallBackRecord> calls,
                          const UserRecord* technician, std::optional<CallBackClaimRecord> claim,
                          const scoring::CallBackPolicy& policy, TimeMs now) {
  QueueEntry e;
  e.job = job;
  if (technician) {
    e.technician_name = technician->display_name;
    e.team_id = technician->team_id;
  }
  e.state = EvaluateCallBackState(job, calls, policy, now);
  if (claim && claim->expires_ms > now) e.claim = std::move(claim);
  return e;
}

std::string ClaimConflictText(const JobRecord& job, const CallBackClaimRecord& claim, TimeMs now) {
  const std::string who = claim.agent_name.empty() ? claim.agent_id : claim.agent_name;
  const std::int64_t seconds = (claim.expires_ms - now + kSecondMs - 1) / kSecondMs;
  return "[visit_claimed] job '" + job.reference + "' is being called by " + who +
         "; their claim expires in " + std::to_string(seconds) + " s";
}

}  // namespace fieldledger::server
