#pragma once
// Helpers the call-back desk's operations share: finding a caller's completed job and
// describing one visit as a queue entry.
#include <optional>
#include <span>
#include <string>

#include "app/callback_types.h"
#include "auth/caller.h"
#include "storage/store.h"

namespace fieldledger::server {

// The caller's company's job, or NOT_FOUND (another company's job is reported missing);
// INVALID_ARGUMENT naming job_id when empty.
JobRecord RequireCallerJob(StoreTx& tx, const Caller& caller, const std::string& job_id);

// `claim` is dropped when it has expired at `now`.
QueueEntry MakeQueueEntry(const JobRecord& job, std::span<const CallBackRecord> calls,
                          const UserRecord* technician, std::optional<CallBackClaimRecord> claim,
                          const scoring::CallBackPolicy& policy, TimeMs now);

// Why another agent cannot take the visit now: who holds it and for how long.
std::string ClaimConflictText(const JobRecord& job, const CallBackClaimRecord& claim, TimeMs now);

}  // namespace fieldledger::server
