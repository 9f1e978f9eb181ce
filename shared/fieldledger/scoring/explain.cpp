#include "fieldledger/scoring/explain.h"

#include "fieldledger/scoring/period.h"

namespace fieldledger::scoring {
namespace {

std::string Minutes(std::int64_t m) { return std::to_string(m) + " min"; }

}  // namespace

const char* SideName(Side s) {
  switch (s) {
    case Side::kNumeratorAndDenominator:
      return "numerator+denominator";
    case Side::kDenominator:
      return "denominator";
    case Side::kNeither:
      return "neither";
  }
  return "unknown";
}

ExplainItem ExplainArrival(const Job& job, const ArrivalOutcome& o, const ScoringPolicy& policy,
                           std::string_view tz) {
  ExplainItem item{job.id, Side::kNeither, {}, ArrivalClassName(o.verdict.cls)};
  const TimeWindow& w = *job.window;
  switch (o.verdict.cls) {
    case ArrivalClass::kEarly:
      item.side = Side::kNumeratorAndDenominator;
      item.reason = "early by " + Minutes(WholeMinutes(*job.arrival, w.start));
      break;
    case ArrivalClass::kOnTime:
      item.side = Side::kNumeratorAndDenominator;
      item.reason = "on time";
      break;
    case ArrivalClass::kLate:
      item.side = Side::kDenominator;
      item.reason = o.unverified ? "unverified arrival counted as late"
                                 : "late by " + Minutes(o.verdict.minutes_late);
      break;
    case ArrivalClass::kNoShow:
      item.side = Side::kDenominator;
      item.reason =
          "no-show: no check-in by " + FormatLocalDateTime(w.end + policy.on_time_grace, tz);
      break;
    case ArrivalClass::kPending:
      item.reason =
          "pending: window open until " + FormatLocalDateTime(w.end + policy.on_time_grace, tz);
      break;
    case ArrivalClass::kExcluded:
      if (job.status == JobStatus::kCancelled || job.status == JobStatus::kRescheduled) {
        item.reason = std::string("excluded: ") + JobStatusName(job.status);
      } else {
        item.reason = "excluded: unverified arrival (policy)";
      }
      break;
    case ArrivalClass::kExcused:
      item.reason = "excused by " + job.excusal->by + ": " + job.excusal->reason;
      break;
  }
  return item;
}

std::optional<ExplainItem> ExplainRetention(const Job& job, const RetentionOutcome& o,
                                            std::string_view tz) {
  const std::string days = std::to_string(o.days) + " days";
  switch (o.cls) {
    case RetentionClass::kNotApplicable:
      return std::nullopt;
    case RetentionClass::kHeld:
      return ExplainItem{job.id, Side::kNumeratorAndDenominator,
                         "held: no repeat repair within " + days};
    case RetentionClass::kPending:
      return ExplainItem{
          job.id, Side::kNeither,
          "pending: retention window open until " + FormatLocalDateTime(o.window_end, tz)};
    case RetentionClass::kFailed:
      if (o.repeat) {
        return ExplainItem{job.id, Side::kDenominator,
                           "repeat repair on " + FormatLocalDate(o.repeat->created, tz) +
                               " within " + days + " (job " + o.repeat->id + ")"};
      }
      return ExplainItem{job.id, Side::kDenominator,
                         "call-back on " + FormatLocalDate(o.returned_cb->at, tz) +
                             " reported the problem came back"};
  }
  return std::nullopt;
}

std::optional<ExplainItem> ExplainSatisfaction(const Job& job, const SatisfactionOutcome& o,
                                               const ScoringPolicy& policy, std::string_view tz) {
  if (!o.reached) return std::nullopt;
  const std::string when =
      o.counted ? " (call-back " + FormatLocalDate(o.counted->at, tz) + ")" : std::string();
  if (!o.score) return ExplainItem{job.id, Side::kDenominator, "reached, no score given" + when};
  const std::string score = "score " + std::to_string(*o.score);
  if (o.satisfied) {
    return ExplainItem{job.id, Side::kNumeratorAndDenominator,
                       score + " >= " + std::to_string(policy.satisfaction_threshold) + when};
  }
  return ExplainItem{job.id, Side::kDenominator,
                     score + " < " + std::to_string(policy.satisfaction_threshold) + when};
}

std::optional<ExplainItem> ExplainReach(const Job& job, const SatisfactionOutcome& o) {
  if (!o.attempted) return std::nullopt;
  if (o.reached) return ExplainItem{job.id, Side::kNumeratorAndDenominator, "customer reached"};
  return ExplainItem{job.id, Side::kDenominator, "call-back could not reach the customer"};
}

ExplainItem ExplainFirstTimeFix(const Job& job, const CompletionOutcome& o) {
  if (o.first_time_fix) {
    return {job.id, Side::kNumeratorAndDenominator, "resolved on the first visit"};
  }
  return {job.id, Side::kDenominator, "needed more than one visit"};
}

ExplainItem ExplainComplaints(const Job& job, const ComplaintOutcome& o, std::string_view tz) {
  if (o.count == 0) return {job.id, Side::kDenominator, "no complaint"};
  std::string reason = std::to_string(o.count) + (o.count == 1 ? " complaint: " : " complaints: ");
  for (std::size_t i = 0; i < o.calls.size(); ++i) {
    if (i > 0) reason += ", ";
    reason += std::string(ComplaintCategoryName(*o.calls[i]->complaint)) + " (call-back " +
              FormatLocalDate(o.calls[i]->at, tz) + ")";
  }
  return {job.id, Side::kNumeratorAndDenominator, reason};
}

ExplainItem ExplainAttendance(const Shift& shift, AttendanceClass c, const ScoringPolicy& policy,
                              std::string_view tz) {
  const std::string grace = " (grace " + Minutes(policy.attendance_grace / kMinuteMs) + ")";
  switch (c) {
    case AttendanceClass::kAttended:
      return {shift.id, Side::kNumeratorAndDenominator,
              "checked in " + FormatLocalDateTime(*shift.check_in, tz)};
    case AttendanceClass::kMissed:
      if (shift.check_in) {
        return {shift.id, Side::kDenominator,
                "checked in " + Minutes(WholeMinutes(shift.start, *shift.check_in)) +
                    " after shift start" + grace};
      }
      return {shift.id, Side::kDenominator, "no check-in"};
    case AttendanceClass::kLeave:
      return {shift.id, Side::kNeither, "approved leave"};
    case AttendanceClass::kPending:
      return {shift.id, Side::kNeither,
              "pending: check-in open until " +
                  FormatLocalDateTime(shift.start + policy.attendance_grace, tz)};
  }
  return {shift.id, Side::kNeither, ""};
}

std::string ItemOutcome(const ExplainItem& item) {
  if (!item.outcome.empty()) return item.outcome;
  switch (item.side) {
    case Side::kNumeratorAndDenominator:
      return "success";
    case Side::kDenominator:
      return "failure";
    case Side::kNeither:
      break;
  }
  return "not_counted";
}

}  // namespace fieldledger::scoring
