#include "fieldledger/scoring/kpi_counts.h"

#include <algorithm>

namespace fieldledger::scoring {
namespace {

void AddValue(std::vector<std::int64_t>& values, std::int64_t v, int sign) {
  if (sign > 0) {
    values.push_back(v);
    return;
  }
  // Order is irrelevant (percentiles sort), so swap-and-pop keeps removal cheap.
  auto it = std::find(values.begin(), values.end(), v);
  if (it != values.end()) {
    *it = values.back();
    values.pop_back();
  }
}

}  // namespace

void KpiCounts::AddArrival(const ArrivalOutcome& o, int sign) {
  arrivals[static_cast<int>(o.verdict.cls)] += sign;
  if (o.unverified) unverified_arrivals += sign;
  if (o.counts_minutes_late) AddValue(minutes_late, o.verdict.minutes_late, sign);
  if (o.response_minutes) AddValue(response_minutes, *o.response_minutes, sign);
}

void KpiCounts::AddCompletion(const CompletionOutcome& o, int sign) {
  switch (o.retention.cls) {
    case RetentionClass::kHeld:
      retention_held += sign;
      break;
    case RetentionClass::kFailed:
      retention_failed += sign;
      break;
    case RetentionClass::kPending:
      retention_pending += sign;
      break;
    case RetentionClass::kNotApplicable:
      break;
  }
  const SatisfactionOutcome& s = o.satisfaction;
  if (s.attempted) callback_attempted += sign;
  if (s.reached) {
    callback_reached += sign;
    if (s.satisfied) satisfied += sign;
    if (s.score) {
      score_sum += sign * *s.score;
      score_count += sign;
    }
    if (s.nps) {
      nps_count += sign;
      if (*s.nps >= 9) nps_promoters += sign;
      if (*s.nps <= 6) nps_detractors += sign;
    }
  }
  complaints += sign * o.complaints.count;
  if (o.complaints.count > 0) complained_jobs += sign;
  for (int i = 0; i < kComplaintCategoryCount; ++i) {
    complaints_by_category[i] += sign * o.complaints.by_category[i];
  }
  completed += sign;
  if (o.first_time_fix) first_time_fixed += sign;
  AddValue(resolution_minutes, o.resolution_minutes, sign);
}

void KpiCounts::AddAttendance(AttendanceClass c, int sign) {
  switch (c) {
    case AttendanceClass::kAttended:
      shifts_attended += sign;
      break;
    case AttendanceClass::kMissed:
      shifts_missed += sign;
      break;
    case AttendanceClass::kLeave:
      shifts_leave += sign;
      break;
    case AttendanceClass::kPending:
      shifts_pending += sign;
      break;
  }
}

bool KpiCounts::IsEmpty() const {
  KpiCounts empty;
  return *this == empty;
}

void KpiCounts::Normalize() {
  std::sort(minutes_late.begin(), minutes_late.end());
  std::sort(response_minutes.begin(), response_minutes.end());
  std::sort(resolution_minutes.begin(), resolution_minutes.end());
}

}  // namespace fieldledger::scoring
