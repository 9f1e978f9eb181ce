#include "fieldledger/core/on_time.h"

#include <algorithm>
#include <cmath>

namespace fieldledger {

const char* ArrivalClassName(ArrivalClass c) {
  switch (c) {
    case ArrivalClass::kEarly:
      return "early";
    case ArrivalClass::kOnTime:
      return "on_time";
    case ArrivalClass::kLate:
      return "late";
    case ArrivalClass::kNoShow:
      return "no_show";
    case ArrivalClass::kPending:
      return "pending";
    case ArrivalClass::kExcluded:
      return "excluded";
    case ArrivalClass::kExcused:
      return "excused";
  }
  return "unknown";
}

ArrivalVerdict ClassifyArrival(const ArrivalFacts& facts, TimeMs now, const OnTimePolicy& policy) {
  ArrivalVerdict v;
  if (facts.cancelled_or_rescheduled) {
    v.cls = ArrivalClass::kExcluded;
    return v;
  }
  // Everything is compared to the second: 10:00:00.900 is still 10:00:00.
  const std::int64_t start = ToSeconds(facts.window.start);
  const std::int64_t end = ToSeconds(facts.window.end);
  const std::int64_t deadline = ToSeconds(facts.window.end + policy.grace);

  if (facts.arrival) {
    const std::int64_t arrival = ToSeconds(*facts.arrival);
    if (arrival < start) {
      v.cls = ArrivalClass::kEarly;
    } else if (arrival <= deadline) {
      v.cls = ArrivalClass::kOnTime;
    } else {
      v.cls = ArrivalClass::kLate;
      v.seconds_late = arrival - end;
      v.minutes_late = v.seconds_late / 60;
    }
  } else {
    v.cls = ToSeconds(now) > deadline ? ArrivalClass::kNoShow : ArrivalClass::kPending;
  }
  // An excusal removes a late arrival or a no-show from both sides of the rate.
  if (facts.excused && (v.cls == ArrivalClass::kLate || v.cls == ArrivalClass::kNoShow)) {
    v.cls = ArrivalClass::kExcused;
  }
  return v;
}

void OnTimeTally::Add(ArrivalClass c) {
  switch (c) {
    case ArrivalClass::kEarly:
      ++early;
      break;
    case ArrivalClass::kOnTime:
      ++on_time;
      break;
    case ArrivalClass::kLate:
      ++late;
      break;
    case ArrivalClass::kNoShow:
      ++no_show;
      break;
    case ArrivalClass::kPending:
      ++pending;
      break;
    case ArrivalClass::kExcluded:
      ++excluded;
      break;
    case ArrivalClass::kExcused:
      ++excused;
      break;
  }
}

std::optional<double> OnTimeTally::Rate() const {
  const int d = Denominator();
  if (d == 0) return std::nullopt;
  return static_cast<double>(Numerator()) / d;
}

Percentiles NearestRankPercentiles(std::vector<double> values) {
  Percentiles p;
  if (values.empty()) return p;
  std::sort(values.begin(), values.end());
  auto rank = [&](double q) {
    // Nearest rank: the smallest value with at least q of the data at or below it.
    auto idx = static_cast<std::size_t>(std::ceil(q * static_cast<double>(values.size())));
    return values[std::max<std::size_t>(idx, 1) - 1];
  };
  p.median = rank(0.5);
  p.p90 = rank(0.9);
  return p;
}

}  // namespace fieldledger
