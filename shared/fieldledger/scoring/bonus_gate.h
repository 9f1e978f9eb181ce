#pragma once
// The bonus gate: the metric bonus is earned only if every gated metric meets its target.
//
// A gated metric with no data in the period (0/0) is reported as kNoData and does NOT pass
// the gate: a bonus is paid for demonstrated results, and passing on no data would reward
// e.g. a technician whose customers were never called back. The scorecard lists it
// separately from a missed target so a manager can see the difference.
#include <array>
#include <optional>
#include <vector>

#include "fieldledger/scoring/policy.h"

namespace fieldledger::scoring {

enum class GateStatus { kMet, kMissed, kNoData };
const char* GateStatusName(GateStatus s);

struct GateCheck {
  Metric metric = Metric::kOnTime;
  GateStatus status = GateStatus::kNoData;
  std::optional<double> rate;
  double target = 0;
};

struct GateResult {
  bool passed = false;
  std::vector<GateCheck> checks;        // one per gated metric, in kAllMetrics order
  std::vector<Metric> Failing() const;  // missed or without data
};

// `rates[m]` is the metric's rate in the period, nullopt when it has no data.
GateResult EvaluateBonusGate(const std::array<std::optional<double>, kAllMetrics.size()>& rates,
                             const ScoringPolicy& policy);

}  // namespace fieldledger::scoring
