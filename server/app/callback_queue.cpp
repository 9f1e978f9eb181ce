// The queue and its claims: CallBackLogic::ListQueue, Claim, Release and VisitBlob.
#include <algorithm>
#include <unordered_map>

#include "app/app_error.h"
#include "app/callback_entry.h"
#include "app/callback_logic.h"
#include "app/callback_visit.h"
#include "app/scoring_inputs.h"

namespace fieldledger::server {
namespace {

void CheckFilter(StoreTx& tx, const Caller& caller, const QueueFilter& f) {
  if (f.limit < 1 || f.limit > 1000) {
    Fail(ErrorKind::kInvalidArgument, "page_size must be between 0 and 1000");
  }
  if (!f.team_id.empty()) {
    auto team = tx.FindTeam(f.team_id);
    if (!team || team->company_id != caller.company_id) {
      Fail(ErrorKind::kNotFound, "team_id '" + f.team_id + "' does not exist");
    }
  }
  if (!f.technician_id.empty()) {
    auto u = tx.FindUser(f.technician_id);
    if (!u || u->company_id != caller.company_id || u->role != Role::kTechnician) {
      Fail(ErrorKind::kNotFound, "technician_id '" + f.technician_id + "' does not exist");
    }
  }
}

bool Matches(const QueueEntry& e, const QueueFilter& f) {
  if (!f.team_id.empty() && e.team_id != f.team_id) return false;
  if (!f.technician_id.empty() && CountedTechnician(e.job) != f.technician_id) return false;
  if (f.job_type && e.job.type != *f.job_type) return false;
  if (f.view == QueueView::kClosedUnreached) {
    return e.state.status == CallBackStatus::kUnreachable ||
           e.state.status == CallBackStatus::kWrongNumber;
  }
  return e.state.InQueue() && (!f.overdue_only || e.state.overdue);
}

}  // namespace

QueuePage CallBackLogic::ListQueue(const Caller& caller, const QueueFilter& filter, TimeMs now) {
  QueuePage page;
  store_.Read([&](StoreTx& tx) {
    CheckFilter(tx, caller, filter);
    std::unordered_map<std::string, UserRecord> users;
    for (auto& u : tx.ListUsers(caller.company_id)) users.emplace(u.id, std::move(u));
    std::unordered_map<std::string, std::vector<CallBackRecord>> calls;
    for (auto& c : tx.ListCallBacks(caller.company_id)) calls[c.job_id].push_back(std::move(c));
    std::unordered_map<std::string, CallBackClaimRecord> claims;
    for (auto& c : tx.ListLiveCallBackClaims(caller.company_id, now)) {
      claims.emplace(c.job_id, std::move(c));
    }
    for (const auto& job : tx.ListCompletedJobs(caller.company_id)) {
      auto u = users.find(CountedTechnician(job));
      auto cl = claims.find(job.id);
      auto cs = calls.find(job.id);
      QueueEntry e = MakeQueueEntry(
          job, cs == calls.end() ? std::span<const CallBackRecord>() : cs->second,
          u == users.end() ? nullptr : &u->second,
          cl == claims.end() ? std::nullopt : std::optional(cl->second), policy_.callback, now);
      if (Matches(e, filter)) page.entries.push_back(std::move(e));
    }
  });
  // Oldest due first; closed visits by completion, the order they were listed in.
  if (filter.view == QueueView::kDue) {
    std::stable_sort(page.entries.begin(), page.entries.end(),
                     [](const QueueEntry& a, const QueueEntry& b) {
                       if (a.state.next_due != b.state.next_due) {
                         return a.state.next_due < b.state.next_due;
                       }
                       return a.job.id < b.job.id;
                     });
  }
  page.total = static_cast<int>(page.entries.size());
  if (static_cast<int>(page.entries.size()) > filter.limit) page.entries.resize(filter.limit);
  return page;
}

VisitDetail CallBackLogic::Claim(const Caller& caller, const std::string& job_id, TimeMs now) {
  VisitDetail out;
  store_.Write([&](StoreTx& tx) {
    const JobRecord job = RequireCallerJob(tx, caller, job_id);
    if (job.status != JobStatus::kCompleted) {
      Fail(ErrorKind::kFailedPrecondition,
           "job '" + job.reference + "' is not completed; call back after the visit");
    }
    const auto calls = tx.ListCallBacksOfJobs({job.id});
    const CallBackState state = EvaluateCallBackState(job, calls, policy_.callback, now);
    if (!state.InQueue()) {
      Fail(ErrorKind::kFailedPrecondition, "[not_due] job '" + job.reference +
                                               "' is not due for a call-back (" +
                                               CallBackStatusName(state.status) + ")");
    }
    auto held = tx.FindCallBackClaim(job.id);
    const bool live = held && held->expires_ms > now;
    if (live && held->agent_id != caller.user_id) {
      Fail(ErrorKind::kFailedPrecondition, ClaimConflictText(job, *held, now));
    }
    // A renewal keeps the instant the agent first opened the visit: the call's duration
    // runs from there.
    CallBackClaimRecord claim{job.id,
                              caller.company_id,
                              caller.user_id,
                              caller.display_name,
                              live ? held->claimed_ms : now,
                              now + policy_.callback.claim_ttl};
    tx.UpsertCallBackClaim(claim);
    auto tech = tx.FindUser(CountedTechnician(job));
    QueueEntry entry =
        MakeQueueEntry(job, calls, tech ? &*tech : nullptr, claim, policy_.callback, now);
    out = BuildVisitDetail(tx, std::move(entry), calls, policy_, now);
  });
  return out;
}

bool CallBackLogic::Release(const Caller& caller, const std::string& job_id) {
  bool released = false;
  store_.Write([&](StoreTx& tx) {
    const JobRecord job = RequireCallerJob(tx, caller, job_id);
    auto held = tx.FindCallBackClaim(job.id);
    if (held && held->agent_id == caller.user_id) {
      tx.DeleteCallBackClaim(job.id);
      released = true;
    }
  });
  return released;
}

std::pair<std::string, std::string> CallBackLogic::VisitBlob(const Caller& caller,
                                                             const std::string& job_id,
                                                             const std::string& sha256) {
  if (sha256.empty()) Fail(ErrorKind::kInvalidArgument, "sha256 is required");
  std::pair<std::string, std::string> out;
  store_.Read([&](StoreTx& tx) {
    const JobRecord job = RequireCallerJob(tx, caller, job_id);
    const VisitWork work = ReadVisitWork(tx, job);
    auto it = std::find_if(work.blobs.begin(), work.blobs.end(),
                           [&](const VisitWork::Blob& b) { return b.sha256 == sha256; });
    if (it == work.blobs.end()) {
      Fail(ErrorKind::kNotFound,
           "sha256 '" + sha256 + "' is not a signature or photo of job '" + job.reference + "'");
    }
    if (!it->available) {
      Fail(ErrorKind::kFailedPrecondition,
           "the phone has not finished uploading " + it->kind + " '" + sha256 + "'");
    }
    out = {it->kind, tx.ReadBlobBytes(job.company_id, sha256)};
  });
  return out;
}

}  // namespace fieldledger::server
