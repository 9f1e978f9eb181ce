#pragma once
// Explanations: every rate carries the items on each side and a reason a person can read,
// so "why is my on-time rate 87%?" has an answer job by job.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fieldledger/scoring/outcomes.h"

namespace fieldledger::scoring {

enum class Side {
  kNumeratorAndDenominator,  // counted and a success
  kDenominator,              // counted, not a success
  kNeither,                  // listed for context (pending, excused, excluded)
};
const char* SideName(Side s);

struct ExplainItem {
  std::string id;  // job id, or shift id for attendance
  Side side = Side::kNeither;
  std::string reason;
  // A machine-readable class where the rate has more than success/failure (on-time:
  // "early", "on_time", "late", "no_show", "pending", "excluded", "excused").
  std::string outcome;
  bool operator==(const ExplainItem&) const = default;
};

// The item's outcome as shown with a figure: its class when the rate has one, else
// "success" (counted on both sides), "failure" (denominator only) or "not_counted".
std::string ItemOutcome(const ExplainItem& item);

struct RateResult {
  std::int64_t numerator = 0;
  std::int64_t denominator = 0;
  std::vector<ExplainItem> items;  // empty unless explanations were requested
  // nullopt for 0/0: no data is not 0% and not 100%.
  std::optional<double> Rate() const {
    if (denominator == 0) return std::nullopt;
    return static_cast<double>(numerator) / static_cast<double>(denominator);
  }
};

// Reasons are written in the company zone `tz` (dates like 2026-11-03).
ExplainItem ExplainArrival(const Job& job, const ArrivalOutcome& o, const ScoringPolicy& policy,
                           std::string_view tz);
std::optional<ExplainItem> ExplainRetention(const Job& job, const RetentionOutcome& o,
                                            std::string_view tz);
std::optional<ExplainItem> ExplainSatisfaction(const Job& job, const SatisfactionOutcome& o,
                                               const ScoringPolicy& policy, std::string_view tz);
std::optional<ExplainItem> ExplainReach(const Job& job, const SatisfactionOutcome& o);
ExplainItem ExplainFirstTimeFix(const Job& job, const CompletionOutcome& o);
// "2 complaints: attitude (call-back 2026-03-05), price (call-back 2026-03-06)".
ExplainItem ExplainComplaints(const Job& job, const ComplaintOutcome& o, std::string_view tz);
ExplainItem ExplainAttendance(const Shift& shift, AttendanceClass c, const ScoringPolicy& policy,
                              std::string_view tz);

}  // namespace fieldledger::scoring
