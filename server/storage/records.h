#pragma once
// Rows the server stores. Plain structs: no proto, no SQL, so the same records serve
// the SQLite store today and a PostgreSQL store later.
#include <cstdint>
#include <optional>
#include <string>

#include "fieldledger/core/job_kinds.h"
#include "fieldledger/core/time.h"

namespace fieldledger::server {

struct CompanyRecord {
  std::string id;
  std::string name;
  std::string time_zone = "UTC";  // IANA name; periods are taken in this zone
  TimeMs created_ms = 0;
};

struct TeamRecord {
  std::string id;
  std::string company_id;
  std::string name;
};

struct UserRecord {
  std::string id;
  std::string company_id;
  std::string username;
  std::string display_name;
  Role role = Role::kTechnician;
  std::string team_id;        // empty when not in a team
  std::string password_hash;  // argon2id encoded string, never the password
  bool disabled = false;
  TimeMs created_ms = 0;
};

struct SessionRecord {
  std::string token_sha256;  // the bearer token itself is never stored
  std::string user_id;
  TimeMs created_ms = 0;
  TimeMs expires_ms = 0;
  std::string device_name;
  std::string family_id;  // the sign-in this access token belongs to (migration 14)
};

// One sign-in on one device (migration 14): its current refresh token rotates on every
// use, and all its access tokens end when it ends.
struct SessionFamilyRecord {
  std::string id;
  std::string user_id;
  std::string company_id;
  std::string device_name;
  std::string address;
  TimeMs created_ms = 0;
  TimeMs last_used_ms = 0;
  std::string refresh_sha256;  // the current refresh token's hash; the token is not stored
  TimeMs refresh_expires_ms = 0;
  std::optional<TimeMs> ended_ms;
  // "logout", "refresh_reused", "password_changed", "user_disabled", "ended_by_admin".
  std::string end_reason;
};

// An idempotency key of job creation (table job_requests).
struct JobRequestRecord {
  std::string company_id;
  std::string request_id;
  std::string job_id;
  std::string body_sha256;  // SHA-256 of the request's job; empty before migration 17
};

struct JobRecord {
  std::string id;
  std::string company_id;
  std::string reference;
  JobType type = JobType::kRepair;
  JobStatus status = JobStatus::kScheduled;
  std::string customer_name;
  std::string customer_phone;
  std::string address;
  double latitude = 0;
  double longitude = 0;
  TimeWindow window;
  std::string technician_id;
  std::string product;
  std::string serial_number;
  std::string description;
  TimeMs created_ms = 0;
  TimeMs updated_ms = 0;
  std::optional<TimeMs> arrived_ms;  // trusted arrival time of the first check-in
  bool arrival_verified = false;
  std::string arrival_technician_id;
  std::string arrival_event_id;
  std::optional<TimeMs> completed_ms;
  bool flagged = false;  // e.g. a check-in that arrived after the job was cancelled
  std::string flag_reason;
  // Fee and warranty facts (YYYY-MM-DD, empty when unknown).
  std::string product_category;
  std::string purchase_date;
  std::string activation_date;
  // Whether the first visit's work record said the problem was resolved; nullopt until
  // a work record arrives. Drives the first-time-fix rate.
  std::optional<bool> first_visit_resolved;
  // The fee of the first work record: recomputed by the server with the service policy
  // the device named, next to the device's own figure (docs/service-policy.md).
  std::optional<std::int64_t> fee_fen;
  std::optional<std::int64_t> fee_device_fen;
  std::string fee_policy;  // "<policy id>@<version>"
  std::string fee_check;   // "match", or what differs
  // When the current technician was assigned; nullopt for jobs stored before migration
  // 5 and jobs never reassigned, where it is the creation instant.
  std::optional<TimeMs> assigned_ms;
  // The arrival's place verdict ("inside", "outside", "no_position", "mock_location"),
  // its distance to the site when the fix had a position, and every reason it is
  // unverified ("" when verified), e.g. "clock corrected by 3 h 00 min (tolerance 2 min)".
  std::string arrival_place;
  std::optional<double> arrival_distance_m;
  std::string arrival_check;
  // The signature blob of the completion, so the same strokes cannot sign two visits.
  std::string signature_sha256;

  TimeMs AssignedMs() const { return assigned_ms.value_or(created_ms); }
};

struct CallBackRecord {
  std::string id;
  std::string company_id;
  std::string job_id;
  std::string agent_id;
  TimeMs at_ms = 0;
  bool reached = false;
  std::optional<int> score;  // 1..5
  std::optional<bool> problem_returned;
  std::optional<int> nps;  // 0..10
  std::string comment;
  // The call-back desk (migration 7).
  bool wrong_number = false;       // not reached because the number is wrong
  std::string complaint_category;  // empty: no complaint; else "attitude", "price", ...
  std::string complaint_comment;
  std::optional<TimeMs> opened_ms;  // when the agent opened (claimed) the visit
  std::string request_id;           // the caller's idempotency key, if any
  std::string repair_job_id;        // the repair job this call opened, if any
  // SHA-256 of the request body the key came with (app/request_fingerprint.h); empty for
  // call-backs stored before migration 17.
  std::string request_sha256;
};

struct ShiftRecord {
  std::string id;
  std::string company_id;
  std::string technician_id;
  TimeMs start_ms = 0;
  std::optional<TimeMs> check_in_ms;
  bool approved_leave = false;
  std::optional<TimeMs> end_ms;  // the shift schedule's end; absent on older rows
  std::string leave_reason;
  // The server instant of the write that stores this row: InsertShift and UpdateShift stamp
  // the shift's version with it (shift_versions, migration 21), so attendance can be read
  // as of an instant. Not a column of shifts: 0 in rows read back.
  TimeMs recorded_ms = 0;
};

// A shift check-in or check-out from a technician's phone (migration 18), as applied:
// the shift it was applied to ("" when none) and what it did there.
struct ShiftMarkRecord {
  std::string event_id;
  std::string company_id;
  std::string technician_id;
  std::string kind;  // "check_in", "check_out"
  TimeMs at_ms = 0;  // trusted time
  bool verified = false;
  std::string trust_check;  // why not verified ("; "-joined), "" when verified
  std::string shift_id;     // "" when it matched no shift
  // check_in: "on_time", "late", "no_shift", "on_leave", "already_checked_in";
  // check_out: "checked_out", "no_shift"
  std::string outcome;
};

// Every change to the shift schedule (who, when, what, reason): attendance is a score.
struct ShiftAuditRecord {
  std::int64_t seq = 0;  // set by the store
  std::string company_id;
  std::string shift_id;
  std::string actor_id;
  TimeMs at_ms = 0;
  std::string action;  // "created", "moved", "deleted", "leave_approved", "leave_withdrawn"
  std::string reason;
  std::string detail;
};

// Every excusal and revocation, in order: the audit trail behind ExcusalRecord.
struct ExcusalLogEntry {
  std::string job_id;
  std::string action;  // "excused" or "revoked"
  std::string reason;
  std::string by;
  TimeMs at_ms = 0;
};

struct DeviceRecord {
  std::string id;
  std::string user_id;
  std::int64_t last_sequence = 0;
  TimeMs last_seen_ms = 0;
  // SHA-256 of the serialized event at last_sequence, as received: the next event must
  // name it (DeviceEvent.previous_event_sha256).
  std::string last_event_sha256;
};

enum class EventStatus { kApplied, kRejected };

struct EventRecord {
  std::string id;
  std::string device_id;
  std::int64_t sequence = 0;
  std::string user_id;
  std::string job_id;
  std::string kind;  // "check_in", "on_my_way", "work_recorded", "completed"
  TimeMs device_wall_ms = 0;
  std::int64_t device_monotonic_ms = 0;
  std::string boot_id;
  TimeMs trusted_ms = 0;
  bool verified = false;
  std::optional<double> latitude;
  std::optional<double> longitude;
  double accuracy_m = 0;
  bool mock_location = false;
  TimeMs received_ms = 0;
  EventStatus status = EventStatus::kApplied;
  std::string reject_reason;
  std::string payload;  // the serialized event, kept verbatim for audit and replay
  // SHA-256 of `payload` (the device history's link to this event) and the hash the event
  // names as its predecessor's (DeviceEvent.previous_event_sha256); "" when it names none.
  std::string sha256;
  std::string previous_sha256;
};

// A received event that could not be stored as an event because its id is already taken
// by another one (another device's, another sequence's, or the same id with other
// content): kept with its reason, so no rejection is silent (docs/sync.md).
struct EventRejectionRecord {
  std::string event_id;
  std::string device_id;
  std::int64_t sequence = 0;
  std::string user_id;
  TimeMs received_ms = 0;
  std::string reason;
  std::string payload_sha256;
  std::string payload;
};

struct ExcusalRecord {
  std::string job_id;
  std::string reason;
  std::string excused_by;
  TimeMs excused_ms = 0;
  std::string revoked_by;
  std::optional<TimeMs> revoked_ms;
};

struct JobChange {
  std::int64_t seq = 0;
  std::string job_id;
  std::string technician_id;  // whose device must hear of the change
};

// One row of the dispatcher board's change log (board_changes, migration 20): a job that
// a committed write changed in a way the board shows.
struct BoardChangeRecord {
  std::int64_t seq = 0;
  std::string company_id;
  std::string job_id;
};

// The assessment cycle (docs/assessment.md): a month published by a manager is frozen. Its
// figures and pay are stored as they were at the instant of publication, with the policy
// versions they were computed with, and never rewritten.
struct PublicationRecord {
  std::string id;
  std::string company_id;
  std::string period_label;  // "2026-11"
  TimeMs start_ms = 0;
  TimeMs end_ms = 0;
  TimeMs as_of_ms = 0;  // the instant every time-dependent rule was evaluated at
  std::string scoring_policy_version;
  std::string pay_policy_version;
  std::string published_by;  // user id
  std::string note;
};

struct PublishedFigureRecord {
  std::string publication_id;
  std::string technician_id;
  std::string metric;  // scoring::MetricName
  std::int64_t numerator = 0;
  std::int64_t denominator = 0;
};

struct PublishedPayRecord {
  std::string publication_id;
  std::string technician_id;
  std::int64_t revenue_fen = 0;
  std::int64_t total_fen = 0;
  bool bonus_earned = false;
  std::string explanation;  // the payslip's lines, one per line
};

struct AssessorCommentRecord {
  std::string company_id;
  std::string period_label;
  std::string technician_id;
  std::string comment;
  std::string by;  // user id of the assessor
  TimeMs at_ms = 0;
};

struct SelfAssessmentRecord {
  std::string company_id;
  std::string period_label;
  std::string technician_id;
  std::string text;
  TimeMs written_ms = 0;   // when the technician saved it (trusted time where known)
  TimeMs received_ms = 0;  // when the server stored it
};

}  // namespace fieldledger::server
