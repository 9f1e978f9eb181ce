#pragma once
// What Push and Pull take and give, in the server's own terms (docs/sync.md has the
// guarantees). server/rpc/sync_convert.cpp maps them to and from the wire.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/device_event.h"
#include "fieldledger/scoring/policy.h"
#include "storage/records.h"

namespace fieldledger::server {

struct PushBatch {
  int protocol_version = 0;
  std::string device_id;
  ClockReading sent;  // the device's clocks when it sent the batch
  std::vector<DeviceEvent> events;
};

enum class AckStatus { kApplied, kDuplicate, kRejected };

struct EventAck {
  std::string event_id;
  std::int64_t sequence = 0;
  AckStatus status = AckStatus::kApplied;
  std::string reason;
};

struct SequenceGap {
  std::int64_t first_missing = 0;
  std::int64_t last_missing = 0;
};

struct PushResult {
  std::vector<EventAck> acks;  // one per event, in the batch's order
  std::int64_t last_sequence = 0;
  TimeMs server_time_ms = 0;
  std::vector<SequenceGap> gaps;
};

struct PullQuery {
  int protocol_version = 0;
  std::int64_t cursor = 0;
  int page_size = 0;           // 0: the server's default
  std::string service_policy;  // "<id>@<version>" the device holds
};

struct PolicyDocument {
  std::string id;
  std::string version;
  std::string toml;
};

struct PullPage {
  std::vector<JobRecord> jobs;  // to add or update on the device
  std::vector<std::string> removed_job_ids;
  std::int64_t next_cursor = 0;
  bool has_more = false;
  std::int64_t remaining_estimate = 0;
  std::optional<PolicyDocument> service_policy;  // when the device's is not the active one
  scoring::ScoringPolicy scoring;                // its on-time and trust settings travel along
  TimeMs server_time_ms = 0;
};

}  // namespace fieldledger::server
