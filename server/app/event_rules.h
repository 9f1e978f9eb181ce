#pragma once
// What one device event does to the stored state: validation (a rejection is stored
// with its reason, never applied), trusted time, arrival verification, job updates.
#include <unordered_map>

#include "app/sync_logic.h"
#include "fieldledger/core/arrival_trust.h"
#include "fieldledger/core/boot_clock.h"
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
  EventRecord Apply(const DeviceEvent& e, const std::string& device_id, const ClockReading& sent,
                    TimeMs now, const std::string& history_problem = "");
  // Reads what the whole batch needs at once, before the first Apply: its jobs in one
  // query (not one per event: ingest spends its time in reads), and its clock readings,
  // so an event of an earlier boot is compared with its boot's other events
  // (BootClockConsensus).
  void Prepare(const PushBatch& batch);
  // The device history's verdict on an event already stored changed when its predecessor
  // arrived: replaces the job's flag "device history: <before>" by "<after>" (removes it
  // when `after` is empty). Nothing happens when the job does not carry `before`.
  void ReviseHistoryFlag(const std::string& job_id, const std::string& before,
                         const std::string& after, TimeMs now);
  // The jobs this batch changed so far (a job changed twice is named twice).
  const std::vector<std::string>& changed_jobs() const { return changed_jobs_; }
  // The same jobs once each, as this transaction holds them now, with the highest
  // job-change sequence the batch appended: what the live scores are fed after the commit.
  // Moves the records out: call it once, after the last Apply.
  WrittenJobs TakeWritten();
  // The shifts this batch's check-ins changed so far (as they are now).
  const std::vector<ShiftRecord>& changed_shifts() const { return changed_shifts_; }
  // What the last applied event did, for its acknowledgement: a shift check-in's outcome
  // ("[late] ..."); "" for other events.
  const std::string& note() const { return note_; }

 private:
  std::string Validate(const DeviceEvent& e, const std::optional<JobRecord>& job,
                       const TrustedTime& t, TimeMs now);
  std::string ValidateOnJob(const DeviceEvent& e, const JobRecord& job) const;
  ArrivalTrust Trust(const DeviceEvent& e, const JobRecord& job, const TrustedTime& t,
                     TimeMs now) const;
  void ApplyEffect(const DeviceEvent& e, JobRecord& job, const EventRecord& stored,
                   const ArrivalTrust& trust);
  // Shift check-ins and check-outs, and self-assessments: events that belong to no job.
  std::string ValidateSelfAssessment(const SelfAssessmentDone& a);
  ArrivalTrust ShiftTrust(const DeviceEvent& e, const TrustedTime& t, TimeMs now) const;
  void ApplyShiftMark(const DeviceEvent& e, const EventRecord& stored, const ArrivalTrust& trust);
  void ApplySelfAssessment(const SelfAssessmentDone& a, const EventRecord& stored);
  void CheckFeeOf(const WorkDone& work, JobRecord& job, TimeMs at);
  const std::string& CompanyZone();

  StoreTx& tx_;
  const Caller& caller_;
  const SyncPolicy& policy_;
  const ServicePolicies& service_policies_;
  std::optional<std::string> zone_;
  std::optional<BootClockConsensus> boot_clocks_;
  // The batch's jobs as this transaction holds them (nullopt: no such job), kept current
  // with every job this object writes.
  std::unordered_map<std::string, std::optional<JobRecord>> jobs_;
  std::optional<JobRecord> LoadJob(const std::string& id);
  void StoreJob(const JobRecord& job);
  std::string history_problem_;  // of the event being applied
  // Appends the job's change (for pulls and boards) and notes it as changed.
  void NoteChanged(const JobRecord& job);
  std::vector<std::string> changed_jobs_;
  std::int64_t last_change_seq_ = 0;
  std::vector<ShiftRecord> changed_shifts_;
  std::string note_;
};

// Adds a reason to the job's flag; reasons accumulate ("; "), each once.
void AddFlag(JobRecord& job, const std::string& reason);

}  // namespace fieldledger::server
