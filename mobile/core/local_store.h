#pragma once
// The device's own SQLite database: cached jobs, the outbox of events not yet
// acknowledged, and small settings. Every technician action is written in the same
// transaction as its outbox row (WAL, synchronous=FULL), so a kill or power loss at
// any instant leaves either both or neither.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/core/time.h"
#include "fieldledger/v1/sync.pb.h"
#include "fieldledger_sqlite/db.h"

namespace fieldledger::device {

enum class OutboxState { kPending, kSent, kRejected, kDiscarded };
const char* OutboxStateName(OutboxState s);

struct OutboxItem {
  std::int64_t sequence = 0;
  std::string event_id;
  std::string job_id;
  std::string kind;
  OutboxState state = OutboxState::kPending;
  std::string reason;  // for rejected items, the server's words
  v1::DeviceEvent event;
};

struct LocalJob {
  v1::Job job;
  fieldledger::TimeMs local_arrived_ms = 0;  // what the technician saw when tapping "Arrived"
  bool removed_upstream = false;             // reassigned/cancelled, kept until our work is synced
};

// A signature or photo waiting to be uploaded (content-addressed by SHA-256).
struct PendingBlob {
  std::string sha256;
  std::string kind;  // "signature", "photo", "report"
  std::int64_t size = 0;
  std::int64_t uploaded = 0;  // bytes the server has confirmed, for resuming
};

struct OutboxCounts {
  int pending = 0;
  int rejected = 0;
  int sent = 0;
};

class LocalStore {
 public:
  explicit LocalStore(const std::string& path);

  // This installation's id for the signed-in technician, created on first use. Each
  // technician who signs in on a shared phone gets a fresh id (StartOverForNewUser), so
  // per-device sequence numbers never mix two people's work.
  std::string DeviceId();
  // Forgets the previous technician's jobs and acknowledged events and takes a new
  // device id. Refused (false) while any of their events is still pending: a sign-in
  // must never lose work.
  bool StartOverForNewUser();

  std::optional<std::string> GetSetting(const std::string& key);
  void SetSetting(const std::string& key, const std::string& value);
  void ClearSetting(const std::string& key);

  // Appends an event with the next sequence number and applies its local effect, in
  // one transaction. `fill` receives the event with id, sequence and job id set.
  v1::DeviceEvent Record(const std::string& job_id,
                         const std::function<void(v1::DeviceEvent&)>& fill);

  // Blobs are stored before the event that references them, so an event never
  // points at bytes the device does not have. Returns the SHA-256 key.
  std::string PutBlob(const std::string& kind, const std::string& bytes);
  std::vector<PendingBlob> PendingBlobs();
  std::optional<std::string> BlobBytes(const std::string& sha256);
  void SetBlobProgress(const std::string& sha256, std::int64_t uploaded, bool done);

  std::vector<OutboxItem> Pending(int limit);
  std::vector<OutboxItem> Problems();  // rejected items, newest first
  OutboxCounts Counts();
  // Applies the server's acknowledgements in one transaction; returns how many
  // pending events it settled (sent or rejected). A server whose last sequence from this
  // device is at or above our next one (this file was restored from a backup) moves our
  // next sequence above it, in the same transaction.
  int ApplyAcks(const v1::PushResponse& resp);
  // The technician gives up on a rejected event: it is kept, marked discarded, and a
  // Discarded event (stamped by `stamp`) is queued in the same transaction so the server
  // records the decision. False when the event is not a rejected one.
  bool Discard(const std::string& event_id,
               const std::function<void(v1::DeviceEvent&)>& stamp = {});

  // Pull results, applied with the cursor in one transaction: a crash between
  // storing jobs and moving the cursor cannot skip changes. Committed without waiting
  // for the disk (synchronous=NORMAL): a power loss may undo the last pages, cursor
  // with them, and they are pulled again.
  void ApplyPull(const v1::PullResponse& page);
  std::int64_t Cursor();
  void ResetCursor();

  // The first check-in recorded for a job on this device, sent or not.
  std::optional<v1::DeviceEvent> CheckInOf(const std::string& job_id);
  // Every event recorded for a job on this device and not discarded, oldest first: the
  // visit's steps, whether sent yet or not (the app reopens a visit where it was left).
  std::vector<v1::DeviceEvent> EventsOf(const std::string& job_id);

  // Every event of this kind ("shift_check_in", "self_assessment", ...) not discarded,
  // oldest first, with its outbox state and the server's reason: events of no job.
  std::vector<OutboxItem> ItemsOfKind(const std::string& kind);

  std::vector<LocalJob> Jobs();
  std::optional<LocalJob> Job(const std::string& id);
  // The highest migration applied (local_migrations.h).
  int schema_version() const { return schema_version_; }

 private:
  void Migrate();
  // Appends an event inside an open transaction.
  v1::DeviceEvent Append(const std::string& job_id,
                         const std::function<void(v1::DeviceEvent&)>& fill);
  void RemoveUnlessWorkPending(const std::string& job_id);
  sql::Db db_;
  int schema_version_ = 0;
};

}  // namespace fieldledger::device
