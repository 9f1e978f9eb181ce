#pragma once
// Push (apply a device's batch of events exactly once) and Pull (job changes since a
// server-issued cursor). See docs/sync.md for the guarantees this code keeps.
#include "app/attendance_logic.h"
#include "app/change_hook.h"
#include "app/fee_check.h"
#include "app/sync_types.h"
#include "auth/caller.h"
#include "fieldledger/core/arrival_trust.h"
#include "fieldledger/scoring/policy.h"
#include "storage/store.h"

namespace fieldledger::server {

struct SyncPolicy {
  int min_protocol_version = 1;
  int max_batch_events = 500;
  int default_page_size = 200;
  int max_page_size = 1000;
  // Clock tolerance, geofence and accuracy limit: from the scoring policy
  // (TrustPolicyFrom in app/trust_policy.h); these defaults are the policy's defaults.
  TrustPolicy trust;
  // The policy the phone is sent with Pull (grace, unverified arrivals, trust settings).
  scoring::ScoringPolicy scoring;
  ClockLimits clock_limits;               // readings outside these are refused
  DurationMs max_future = 5 * kMinuteMs;  // trusted times later than now + this are impossible
};

class SyncLogic {
 public:
  SyncLogic(Store& store, SyncPolicy policy = {}, const ServicePolicies* service_policies = nullptr)
      : store_(store),
        policy_(policy),
        service_policies_(service_policies ? service_policies : &DefaultPolicies()) {}

  // Throws AppError for a malformed batch (nothing is changed); otherwise every event is
  // acknowledged as applied, duplicate or rejected-with-reason, after the commit.
  PushResult Push(const Caller& caller, const PushBatch& req, TimeMs now);
  PullPage Pull(const Caller& caller, const PullQuery& req, TimeMs now);

  const SyncPolicy& policy() const { return policy_; }
  // After each committed push that changed jobs: the jobs as it wrote them, so the live
  // scores follow without reading them back.
  JobsWrittenHook on_jobs_written;
  ShiftsChangedHook on_shifts_changed;  // after each committed push whose check-ins did
  // After every successful push or pull: the dispatcher's board shows when each phone
  // last reached the server.
  std::function<void(const Caller&, TimeMs)> on_phone_seen;

 private:
  void CheckProtocol(int version) const;
  static const ServicePolicies& DefaultPolicies();
  Store& store_;
  SyncPolicy policy_;
  const ServicePolicies* service_policies_;
};

}  // namespace fieldledger::server
