#pragma once
// The call-back desk's application logic (docs/callbacks.md): the queue of completed
// visits due for a call-back, claims that keep two agents off the same customer, the
// record of each call (folded into the technician's satisfaction, reach, NPS, retention
// and complaints) and the agent's own scorecard. Takes and returns records and domain
// types; server/rpc/callback_service.cpp converts the wire messages.
#include <string>

#include "app/callback_types.h"
#include "app/change_hook.h"
#include "auth/caller.h"
#include "fieldledger/scoring/policy.h"
#include "storage/store.h"

namespace fieldledger::server {

class CallBackLogic {
 public:
  CallBackLogic(Store& store, scoring::ScoringPolicy policy)
      : store_(store), policy_(std::move(policy)) {}

  // callback_queue.cpp
  QueuePage ListQueue(const Caller& caller, const QueueFilter& filter, TimeMs now);
  // Claims (or renews the caller's claim on) a completed visit and returns its detail.
  VisitDetail Claim(const Caller& caller, const std::string& job_id, TimeMs now);
  // True when the caller held a claim on the job (now given back).
  bool Release(const Caller& caller, const std::string& job_id);
  // The bytes of a blob one of the job's applied events references.
  std::pair<std::string, std::string> VisitBlob(const Caller& caller, const std::string& job_id,
                                                const std::string& sha256);  // {kind, bytes}

  // callback_logic.cpp
  RecordResult Record(const Caller& caller, const RecordInput& in, TimeMs now);

  // callback_agent_card.cpp. `agent_id` empty: the caller.
  AgentCard AgentScorecard(const Caller& caller, const std::string& agent_id,
                           const scoring::Period& period, TimeMs now);
  std::string CompanyTimeZone(const Caller& caller);

  const scoring::ScoringPolicy& policy() const { return policy_; }
  JobsChangedHook on_jobs_changed;  // after each committed call-back

 private:
  Store& store_;
  scoring::ScoringPolicy policy_;
};

}  // namespace fieldledger::server
