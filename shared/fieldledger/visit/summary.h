#pragma once
// The visit summary the customer signs, in its canonical form: plain facts as the
// server stores them (ids, not translated names), one "key=value" line each, the same
// bytes in every language. The phone may DISPLAY a translated summary, but the
// signature binds to the SHA-256 of this text, which the server rebuilds from the job
// and the work record it holds, so it can tell whether a signature belongs to this
// visit.
#include <cstdint>
#include <string>
#include <vector>

namespace fieldledger::visit {

// What the technician recorded as the work (the WorkRecorded event's fields).
struct WorkFacts {
  std::vector<std::string> fault_types;  // fault type ids of the service policy
  std::vector<std::string> parts_used;
  std::string notes;
  bool resolved = false;
  bool quality_fault_certified = false;
  std::vector<std::string> photo_sha256;
  std::int64_t fee_total_fen = 0;  // the fee the customer was shown
  std::string service_policy;      // "<id>@<version>"
  std::string quote_sha256;
  // Ids of the job type's checks ticked as done (service policy [[job_types]]).
  std::vector<std::string> checks_done;
};

// Everything the summary states. Only job fields the dispatcher cannot change after
// the job reached the phone are included (no window, no assignment).
struct VisitFacts {
  std::string job_id;
  std::string reference;
  std::string customer_name;
  std::string address;
  std::string product;
  std::string serial_number;
  // The event id of the work record the customer was shown: a signature bound to one
  // work record does not fit a corrected one, nor any other visit.
  std::string work_event_id;
  WorkFacts work;
};

inline constexpr char kSummaryHeader[] = "FieldLedger visit summary v1";

// The canonical text: the header, then one line per fact in a fixed order; list items
// repeat their key. Values escape '\\' as "\\\\", LF as "\\n" and CR as "\\r", so every
// fact is exactly one line whatever the technician typed.
std::string CanonicalSummary(const VisitFacts& facts);

// Lower-case hex SHA-256 of CanonicalSummary(facts), as signature::VisitSummarySha256.
std::string CanonicalSummarySha256(const VisitFacts& facts);

}  // namespace fieldledger::visit
