#pragma once
// Per (technician, period bucket) aggregates over a whole dataset: the full recompute the
// incremental scorer must always agree with.
#include <compare>
#include <map>
#include <string>

#include "fieldledger/scoring/kpi_counts.h"
#include "fieldledger/scoring/period.h"
#include "fieldledger/scoring/scoring_data.h"

namespace fieldledger::scoring {

struct BucketKey {
  std::string technician;
  TimeMs bucket_start = 0;  // start of the day / ISO week / month in the company zone
  auto operator<=>(const BucketKey&) const = default;
};

// Only non-empty buckets, with normalized (sorted) value lists.
using BucketedCounts = std::map<BucketKey, KpiCounts>;

BucketedCounts ComputeBucketedCounts(const ScoringData& data, const ScoringPolicy& policy,
                                     PeriodKind kind, const std::string& tz, TimeMs now);

}  // namespace fieldledger::scoring
