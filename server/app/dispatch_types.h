#pragma once
// What the dispatcher's desk reads and changes, as the server's own types: built from
// storage records by server/app/dispatch_*.cpp and turned into v1:: messages only by
// server/rpc/dispatch_service.cpp.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/scoring/policy.h"
#include "storage/audit_records.h"
#include "storage/records.h"

namespace fieldledger::server {

// Settings the board's states and alerts use. The grace is the scoring policy's; the
// rest are the desk's own defaults (not yet read from a policy file).
struct DispatchPolicy {
  DurationMs on_time_grace = 0;
  DurationMs alert_lead = 30 * kMinuteMs;
  double travel_speed_kmh = 30.0;
  DurationMs quiet_after = 15 * kMinuteMs;
  // How the sync logic decides "unverified" (SyncPolicy), to say why an arrival is.
  DurationMs clock_tolerance = 2 * kMinuteMs;
  double geofence_radius_m = 200.0;
  // The scoring policy's treatment of unverified arrivals: what an excusal can apply to.
  scoring::UnverifiedArrival unverified = scoring::UnverifiedArrival::kCountLate;
};

struct Position {
  double latitude = 0;
  double longitude = 0;
  double accuracy_m = 0;
};

struct BoardTechnicianRow {
  std::string id;
  std::string display_name;
  std::string team_id;
  std::string team_name;
  TimeMs last_synced_ms = 0;  // 0: never
  std::optional<Position> last_position;
  TimeMs last_position_ms = 0;
};

struct UnverifiedWhy {
  bool outside_fence = false;
  double distance_m = 0;
  bool clock_corrected = false;
  DurationMs clock_correction_ms = 0;
  bool mock_location = false;
  bool no_position = false;
};

struct BoardJobRow {
  JobRecord job;
  std::string technician_name;
  std::string team_id;
  TimeMs on_my_way_ms = 0;
  std::optional<UnverifiedWhy> unverified;  // set when the arrival is unverified
  bool excused = false;
  std::string excusal_reason;
  std::string cancel_reason;
  bool arrival_accepted = false;
  std::string accept_reason;
};

struct BoardSnapshot {
  std::string day;  // YYYY-MM-DD
  std::string time_zone;
  TimeWindow day_window;
  std::vector<BoardTechnicianRow> technicians;
  std::vector<BoardJobRow> jobs;
  DispatchPolicy policy;
  TimeMs now = 0;
  std::int64_t feed_epoch = 0;
  std::int64_t cursor = 0;
};

// One entry of a job's history, in time order.
struct HistoryItem {
  enum class Kind {
    kCreated,
    kAudit,
    kOnMyWay,
    kArrived,
    kWorkRecorded,
    kCompleted,
    kCallBack,
    kExcusal,
    kEventRejected
  };
  Kind kind = Kind::kCreated;
  TimeMs at_ms = 0;
  std::string by;
  std::string action;
  std::string reason;
  std::string detail;
  const EventRecord* event = nullptr;  // phone events: position, verification, payload
  std::optional<UnverifiedWhy> unverified;
  std::optional<CallBackRecord> call_back;
  std::string signature_png;  // completed: the rendered signature, when it arrived
};

struct JobHistoryData {
  BoardJobRow job;
  std::vector<EventRecord> events;  // what HistoryItem::event points into
  std::vector<HistoryItem> items;
};

}  // namespace fieldledger::server
