#pragma once
// What one device event does to the stored state: validation (a rejection is stored
// with its reason, never applied), trusted time, arrival verification, job updates.
#include "app/sync_logic.h"
#include "fieldledger/core/arrival_trust.h"
#include "fieldledger/core/trusted_time.h"

namespace fieldledger::server {

class EventRules {
 public:
  EventRules(StoreTx& tx, const Caller& caller, const SyncPolicy& policy,
             const ServicePolicies& service_policies)
      : tx_(tx), caller_(caller), policy_(policy), service_policies_(service_policies) {}

  // Stores the event (applied or rejected) and applies its effect; returns what it stored.
  // `history_problem`: why the event breaks the device's chain (device_chain.h), "" if
  // it does not; an applied event with one flags its job.
  EventRecord Apply(const v1::DeviceEvent& e, const std::string& device_id,
                    const ClockReading& sent, TimeMs now, const std::string& history_problem = "");
  // The device history's verdict on an event already stored changed when its predecessor
  // arrived: replaces the job's flag "device history: <before>" by "<after>" (removes it
  // when `after` is empty). Nothing happens when the job does not carry `before`.
  void ReviseHistoryFlag(const std::string& job_id, const std::string& before,
                         const std::string& after, TimeMs now);
  // The jobs this batch changed so far.
  const std::vector<std::string>& changed_jobs() const { return changed_jobs_; }

 private:
  std::string Validate(const v1::DeviceEvent& e, const std::optional<JobRecord>& job,
                       const TrustedTime& t, TimeMs now) const;
  std::string ValidateOnJob(const v1::DeviceEvent& e, const JobRecord& job) const;
  ArrivalTrust Trust(const v1::DeviceEvent& e, const JobRecord& job, const TrustedTime& t,
                     TimeMs now) const;
  void ApplyEffect(const v1::DeviceEvent& e, JobRecord& job, const EventRecord& stored,
                   const ArrivalTrust& trust);
  void CheckFeeOf(const v1::WorkRecorded& work, JobRecord& job, TimeMs at);
  const std::string& CompanyZone();

  StoreTx& tx_;
  const Caller& caller_;
  const SyncPolicy& policy_;
  const ServicePolicies& service_policies_;
  std::optional<std::string> zone_;
  std::string history_problem_;  // of the event being applied
  std::vector<std::string> changed_jobs_;
};

// Adds a reason to the job's flag; reasons accumulate ("; "), each once.
void AddFlag(JobRecord& job, const std::string& reason);

}  // namespace fieldledger::server
