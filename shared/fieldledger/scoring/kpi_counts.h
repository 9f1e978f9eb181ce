#pragma once
// Additive per-group KPI aggregates. Every field can be added and subtracted, so the
// incremental scorer can retract a job's old contribution and add its new one.
#include <array>
#include <cstdint>
#include <vector>

#include "fieldledger/scoring/outcomes.h"

namespace fieldledger::scoring {

struct KpiCounts {
  // On time, indexed by ArrivalClass.
  std::array<std::int64_t, 7> arrivals{};
  std::int64_t unverified_arrivals = 0;
  std::vector<std::int64_t> minutes_late;
  std::vector<std::int64_t> response_minutes;

  std::int64_t retention_held = 0;
  std::int64_t retention_failed = 0;
  std::int64_t retention_pending = 0;

  std::int64_t callback_attempted = 0;  // jobs with any call-back attempt
  std::int64_t callback_reached = 0;    // jobs with a reached call-back
  std::int64_t satisfied = 0;
  std::int64_t score_sum = 0;
  std::int64_t score_count = 0;
  std::int64_t nps_promoters = 0;
  std::int64_t nps_detractors = 0;
  std::int64_t nps_count = 0;

  std::int64_t complaints = 0;       // complaints recorded on reached call-backs
  std::int64_t complained_jobs = 0;  // completed jobs with at least one
  std::array<std::int64_t, kComplaintCategoryCount> complaints_by_category{};

  std::int64_t completed = 0;
  std::int64_t first_time_fixed = 0;
  std::vector<std::int64_t> resolution_minutes;

  std::int64_t shifts_attended = 0;
  std::int64_t shifts_missed = 0;
  std::int64_t shifts_leave = 0;
  std::int64_t shifts_pending = 0;

  std::int64_t Arrivals(ArrivalClass c) const { return arrivals[static_cast<int>(c)]; }

  // sign is +1 to add, -1 to retract a contribution added before.
  void AddArrival(const ArrivalOutcome& o, int sign);
  void AddCompletion(const CompletionOutcome& o, int sign);
  void AddAttendance(AttendanceClass c, int sign);

  bool IsEmpty() const;
  // Sorts the value lists so two aggregates built in different orders compare equal.
  void Normalize();
  bool operator==(const KpiCounts&) const = default;
};

}  // namespace fieldledger::scoring
