#pragma once
// A device event as the sync logic reads it: what the technician did, when (the phone's
// clocks) and where (its fix), with the form it arrived in. The wire's DeviceEvent becomes
// one of these in server/rpc/sync_convert.cpp, the only place that reads that message.
//
// The stored form of an event is the device's own serialized event (the event payload
// column): it is what the device's hash chain covers, so it is kept exactly as received.
// Reading a stored event back is the wire layer's job too (DecodeStoredEvent).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "fieldledger/core/time.h"
#include "fieldledger/core/trusted_time.h"
#include "fieldledger/visit/summary.h"

namespace fieldledger::server {

struct EventPosition {
  bool present = false;  // false when the device had no fix at all
  double latitude = 0;
  double longitude = 0;
  double accuracy_m = 0;   // 0 when unknown
  bool mock = false;       // the platform flagged the fix as simulated
  TimeMs fix_time_ms = 0;  // the fix's own time; 0 when unknown
};

struct CheckInDone {};
struct OnMyWayDone {};
struct WorkDone {
  visit::WorkFacts facts;  // as the phone recorded them (facts.service_policy: "id@version")
  std::string policy_id;   // the service policy the phone priced it with
  std::string policy_version;
};
struct CompletionDone {
  std::string signature_sha256;  // blob key of the encoded signature strokes
  std::string signer_name;
  std::string visit_summary_sha256;
  std::string report_sha256;
  std::string signature_png_sha256;
  std::string work_event_id;  // the work record the customer was shown
};
struct DiscardDone {
  std::string discarded_event_id;
};
struct ShiftCheckInDone {};
struct ShiftCheckOutDone {};
struct SelfAssessmentDone {
  std::string anchor_date;  // YYYY-MM-DD in the company's zone: its month
  std::string text;
};

// std::monostate: no payload the server knows (none set, or a kind newer than it).
using EventPayload =
    std::variant<std::monostate, CheckInDone, OnMyWayDone, WorkDone, CompletionDone, DiscardDone,
                 ShiftCheckInDone, ShiftCheckOutDone, SelfAssessmentDone>;

struct DeviceEvent {
  std::string id;  // UUIDv7 from the device
  std::int64_t sequence = 0;
  std::string job_id;  // empty for the events that belong to no job
  ClockReading clock;
  EventPosition position;
  std::string previous_sha256;  // of the device's previous event's stored form
  EventPayload payload;
  // The serialized event as received: stored, and hashed for the device's chain.
  std::string stored_form;

  template <class T>
  const T* As() const {
    return std::get_if<T>(&payload);
  }
  template <class T>
  bool Is() const {
    return std::holds_alternative<T>(payload);
  }
};

// The kind's name ("check_in", "on_my_way", "work_recorded", "completed", "discarded",
// "shift_check_in", "shift_check_out", "self_assessment"; "none" without a payload): the
// wire's field names, which the phone's records use too.
std::string EventKindName(const EventPayload& payload);

// Shift check-in and check-out, self-assessment: the events that belong to no job.
bool IsJoblessEvent(const DeviceEvent& e);

// The stored form is the wire's serialization, so these two are implemented with the wire
// conversion (server/rpc/sync_convert.cpp).
// An event read back from its stored form; nullopt when it does not decode (never
// expected: the server stored it).
std::optional<DeviceEvent> DecodeStoredEvent(std::string_view stored_form);
// SHA-256 of the event's deterministic serialization ("" when it does not decode): two
// stored forms of one event give one hash even when their bytes came in another (equally
// valid) order, so a resent event is recognised.
std::string CanonicalEventSha256(std::string_view stored_form);

}  // namespace fieldledger::server
