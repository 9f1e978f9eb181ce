#pragma once
// On-time arrival classification and rate, exactly as docs/kpis.md defines them.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/core/time.h"

namespace fieldledger {

struct OnTimePolicy {
  DurationMs grace = 0;  // arrivals up to window end + grace are on time
};

enum class ArrivalClass { kEarly, kOnTime, kLate, kNoShow, kPending, kExcluded, kExcused };

const char* ArrivalClassName(ArrivalClass c);

// What the classifier needs to know about one job.
struct ArrivalFacts {
  TimeWindow window;
  std::optional<TimeMs> arrival;  // trusted arrival time, if checked in
  bool cancelled_or_rescheduled = false;
  bool excused = false;
};

struct ArrivalVerdict {
  ArrivalClass cls = ArrivalClass::kPending;
  // Whole minutes late, rounded down, for kLate; 0 otherwise.
  std::int64_t minutes_late = 0;
  // Seconds late (arrival - window end), for kLate; 0 otherwise.
  std::int64_t seconds_late = 0;
};

// `now` decides between pending and no-show for jobs without an arrival.
ArrivalVerdict ClassifyArrival(const ArrivalFacts& facts, TimeMs now, const OnTimePolicy& policy);

// Counts of each class over a set of jobs plus the rate (early + on time) / counted.
struct OnTimeTally {
  int early = 0;
  int on_time = 0;
  int late = 0;
  int no_show = 0;
  int pending = 0;
  int excluded = 0;
  int excused = 0;

  void Add(ArrivalClass c);
  int Numerator() const { return early + on_time; }
  int Denominator() const { return early + on_time + late + no_show; }
  // nullopt when no job counts (a rate of 0/0 is "no data", not 0% or 100%).
  std::optional<double> Rate() const;
};

// Median and 90th percentile by the nearest-rank method over whole minutes.
struct Percentiles {
  std::optional<double> median;
  std::optional<double> p90;
};
Percentiles NearestRankPercentiles(std::vector<double> values);

}  // namespace fieldledger
