#include "app/sync_logic.h"

#include <cmath>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "app/app_error.h"
#include "app/device_chain.h"
#include "app/event_rules.h"
#include "fieldledger/core/sha256.h"
#include "fieldledger/core/uuid.h"

namespace fieldledger::server {
namespace {

constexpr std::size_t kMaxDeviceIdLength = 128;

// Whether a resent event is the one stored: both compared by their deterministic
// serialization (the stored payload's byte order is not guaranteed to be canonical).
// The batch lookup reads no payloads, so a resent event's is read here, by primary key.
bool SameEvent(StoreTx& tx, const std::string& id, const DeviceEvent& e) {
  const auto found = tx.FindEvent(id);
  if (!found) return false;
  const std::string stored = CanonicalEventSha256(found->payload);
  return !stored.empty() && stored == CanonicalEventSha256(e.stored_form);
}

void ValidateBatchShape(const PushBatch& req, int max_events) {
  if (req.device_id.empty() || req.device_id.size() > kMaxDeviceIdLength) {
    Fail(ErrorKind::kInvalidArgument, "device_id must have 1 to 128 characters");
  }
  if (req.events.size() > static_cast<std::size_t>(max_events)) {
    Fail(ErrorKind::kInvalidArgument, "a batch holds at most " + std::to_string(max_events) +
                                          " events; got " + std::to_string(req.events.size()));
  }
  std::int64_t previous = 0;
  std::unordered_set<std::string> ids;
  for (std::size_t i = 0; i < req.events.size(); ++i) {
    const auto& e = req.events[i];
    const std::string where = "event " + std::to_string(i) + ": ";
    if (!IsCanonicalUuid(e.id)) {
      Fail(ErrorKind::kInvalidArgument, where + "event_id must be a lower-case UUID");
    }
    if (!ids.insert(e.id).second) {
      Fail(ErrorKind::kInvalidArgument, where + "event_id " + e.id + " appears twice");
    }
    if (e.sequence <= previous) {
      Fail(ErrorKind::kInvalidArgument,
           where + "sequence numbers must be positive and increasing within a batch");
    }
    previous = e.sequence;
    // Empty only for the events that belong to no job (shift check-in, self-assessment)
    // and for a discard (of one of those); a visit event without one is malformed, as it
    // was before job-less events existed, and the batch is refused whole.
    if (e.job_id.empty() && !IsJoblessEvent(e) && !e.Is<DiscardDone>()) {
      Fail(ErrorKind::kInvalidArgument,
           where + "job_id is required for " + EventKindName(e.payload));
    }
    if (e.job_id.size() > kMaxDeviceIdLength) {
      Fail(ErrorKind::kInvalidArgument, where + "job_id must have at most 128 characters");
    }
  }
}

}  // namespace

const ServicePolicies& SyncLogic::DefaultPolicies() {
  static const ServicePolicies kDefault;
  return kDefault;
}

void SyncLogic::CheckProtocol(int version) const {
  if (version < policy_.min_protocol_version) {
    Fail(ErrorKind::kFailedPrecondition,
         "this app speaks sync protocol " + std::to_string(version) +
             " but the server needs at least " + std::to_string(policy_.min_protocol_version) +
             ": please update the app");
  }
}

PushResult SyncLogic::Push(const Caller& caller, const PushBatch& req, TimeMs now) {
  CheckProtocol(req.protocol_version);
  ValidateBatchShape(req, policy_.max_batch_events);

  PushResult resp;
  WrittenJobs written;
  std::vector<ShiftRecord> changed_shifts;
  const ClockReading& sent = req.sent;
  // Every event's time is derived from these readings: a batch with impossible ones
  // changes nothing.
  if (auto why = CheckClockReading(sent, policy_.clock_limits, "sent_clock"); !why.empty()) {
    Fail(ErrorKind::kInvalidArgument, why);
  }
  store_.Write([&](StoreTx& tx) {
    auto device = tx.FindDevice(req.device_id);
    if (device && device->user_id != caller.user_id) {
      Fail(ErrorKind::kPermissionDenied,
           "device '" + req.device_id +
               "' belongs to another technician; signing in on the phone again gives it a new "
               "device id");
    }
    DeviceRecord d = device.value_or(DeviceRecord{req.device_id, caller.user_id, 0, now});
    if (!device) tx.UpsertDevice(d);  // events reference their device
    EventRules rules(tx, caller, policy_, *service_policies_);
    rules.Prepare(req);
    // Events are identified by their id alone: a new id is applied whatever its sequence
    // and whatever arrived before it (docs/sync.md, "Push"). One query for the batch's ids
    // already stored (retries, other devices' ids), not one per event; ids are unique
    // within a batch, so the answer holds for the whole loop.
    std::vector<std::string> ids;
    ids.reserve(req.events.size());
    for (const auto& e : req.events) ids.push_back(e.id);
    std::unordered_map<std::string, EventRecord> stored;
    for (auto& r : tx.FindEvents(ids)) stored.emplace(r.id, std::move(r));
    std::set<std::pair<std::int64_t, std::int64_t>> gaps;
    std::int64_t previous_held = -1;  // the batch's previous sequence, stored before or now
    resp.acks.reserve(req.events.size());
    for (const auto& e : req.events) {
      EventAck& ack = resp.acks.emplace_back();
      ack.event_id = e.id;
      ack.sequence = e.sequence;
      const std::string& payload = e.stored_form;
      if (auto found = stored.find(e.id); found != stored.end()) {
        const EventRecord& existing = found->second;
        std::string why;
        // Every stored event has its hash (migration 19, backfilled at open); compared by
        // body only should one still lack it.
        const bool same_body = existing.sha256.empty() ? SameEvent(tx, existing.id, e)
                                                       : existing.sha256 == Sha256Hex(payload);
        if (existing.device_id != d.id || existing.sequence != e.sequence) {
          why = "event id " + e.id + " is already used by another event";
        } else if (!same_body) {
          // A device never changes an event it sent (the hash chain binds it).
          why = "[idempotency_key_reused] event_id '" + e.id +
                "' was first sent with a different event; the stored one stands";
        }
        if (!why.empty()) {
          // Same id, different event: never applied, never overwrites what is stored, and
          // kept with its reason beside the events (its id is taken there).
          tx.InsertEventRejection(
              {e.id, d.id, e.sequence, caller.user_id, now, why, Sha256Hex(payload), payload});
          ack.status = AckStatus::kRejected;
          ack.reason = why;
          continue;
        }
        ack.status = AckStatus::kDuplicate;
        ack.reason = existing.status == EventStatus::kRejected ? existing.reject_reason : "";
        previous_held = e.sequence;
        continue;
      }
      // A sequence below the highest one received is not refused: an earlier batch that
      // lands after a later one, or a restored phone that reuses numbers, still counts.
      if (e.sequence > 1 && previous_held != e.sequence - 1) {
        const auto below = tx.NeighbourSequences(d.id, e.sequence).first;
        if (below < e.sequence - 1) gaps.emplace(below + 1, e.sequence - 1);
      }
      const bool later_ones_arrived = e.sequence < d.last_sequence;
      const std::string history = CheckDeviceChain(tx, d.id, e);
      EventRecord applied = rules.Apply(e, d.id, sent, now, history);
      // The events that arrived before this one and name it as their predecessor: their
      // provisional "has not received" flag is lifted, or made final if they name another.
      const auto successors = later_ones_arrived ? tx.FindDeviceEventsAt(d.id, e.sequence + 1)
                                                 : std::vector<EventRecord>{};
      for (const auto& next : successors) {
        if (next.previous_sha256.empty() || next.status != EventStatus::kApplied) continue;
        if (next.previous_sha256 == applied.sha256) {
          rules.ReviseHistoryFlag(next.job_id, PredecessorMissing(next.sequence), "", now);
        } else if (!tx.DeviceSentHash(d.id, next.previous_sha256)) {
          rules.ReviseHistoryFlag(next.job_id, PredecessorMissing(next.sequence),
                                  PredecessorDiffers(next.sequence), now);
        }
      }
      if (e.sequence >= d.last_sequence) {
        d.last_sequence = e.sequence;
        d.last_event_sha256 = applied.sha256;
      }
      const bool was_applied = applied.status == EventStatus::kApplied;
      ack.status = was_applied ? AckStatus::kApplied : AckStatus::kRejected;
      ack.reason = was_applied ? rules.note() : applied.reject_reason;
      previous_held = e.sequence;
    }
    // Sequences missing just above the batch (it filled the start of a gap, not its end).
    if (!req.events.empty()) {
      const auto last = req.events.back().sequence;
      if (last < d.last_sequence) {
        const auto above = tx.NeighbourSequences(d.id, last).second;
        if (above > last + 1) gaps.emplace(last + 1, above - 1);
      }
    }
    for (const auto& [first, last] : gaps) resp.gaps.push_back({first, last});
    d.last_seen_ms = now;
    tx.UpsertDevice(d);
    if (!rules.changed_jobs().empty()) {
      tx.AppendBoardChanges(caller.company_id, rules.changed_jobs());
    }
    written = rules.TakeWritten();
    changed_shifts = rules.changed_shifts();
    resp.last_sequence = d.last_sequence;
  });
  resp.server_time_ms = now;
  if (on_jobs_written && !written.jobs.empty()) on_jobs_written(caller.company_id, written, now);
  if (on_shifts_changed && !changed_shifts.empty()) {
    on_shifts_changed(caller.company_id, changed_shifts, now);
  }
  if (on_phone_seen) on_phone_seen(caller, now);
  return resp;
}

PullPage SyncLogic::Pull(const Caller& caller, const PullQuery& req, TimeMs now) {
  CheckProtocol(req.protocol_version);
  if (req.cursor < 0) Fail(ErrorKind::kInvalidArgument, "cursor must not be negative");
  if (req.page_size < 0 || req.page_size > policy_.max_page_size) {
    Fail(ErrorKind::kInvalidArgument,
         "page_size must be between 0 and " + std::to_string(policy_.max_page_size));
  }
  const int page = req.page_size == 0 ? policy_.default_page_size : req.page_size;
  PullPage resp;
  store_.Read([&](StoreTx& tx) {
    // A cursor this server never issued (the phone outlived a restore of the server's
    // database, or it is forged) would otherwise receive nothing, forever.
    if (const auto last = tx.LastJobChangeSeq(); req.cursor > last) {
      Fail(ErrorKind::kOutOfRange, "[cursor_unknown] cursor " + std::to_string(req.cursor) +
                                       " is beyond the server's last change " +
                                       std::to_string(last) + ": pull again from cursor 0");
    }
    auto changes = tx.ListJobChanges(caller.user_id, req.cursor, page);
    std::vector<std::string> ids;  // each job once, in the order of its first change
    std::unordered_set<std::string> seen;
    for (const auto& c : changes) {
      if (seen.insert(c.job_id).second) ids.push_back(c.job_id);
    }
    std::unordered_map<std::string, JobRecord> jobs;  // the page's jobs in one query
    for (auto& j : tx.FindJobs(ids)) jobs.emplace(j.id, std::move(j));
    for (const auto& id : ids) {
      auto found = jobs.find(id);
      JobRecord* job = found == jobs.end() ? nullptr : &found->second;
      if (job && job->technician_id == caller.user_id && job->status != JobStatus::kCancelled &&
          job->status != JobStatus::kRescheduled) {
        resp.jobs.push_back(std::move(*job));
      } else {
        resp.removed_job_ids.push_back(id);
      }
    }
    const std::int64_t next = changes.empty() ? req.cursor : changes.back().seq;
    const std::int64_t remaining = tx.CountJobChanges(caller.user_id, next);
    resp.next_cursor = next;
    resp.has_more = remaining > 0;
    resp.remaining_estimate = remaining;
  });
  // The fee rules travel with the jobs: a device whose copy is not the active one gets it.
  const auto& active = service_policies_->Active();
  if (req.service_policy != active.id + "@" + active.version) {
    resp.service_policy =
        PolicyDocument{active.id, active.version, service_policies_->ActiveText()};
  }
  // The on-time and trust settings travel with every page: the phone's punctuality.
  resp.scoring = policy_.scoring;
  resp.server_time_ms = now;
  if (on_phone_seen) on_phone_seen(caller, now);
  return resp;
}

}  // namespace fieldledger::server
