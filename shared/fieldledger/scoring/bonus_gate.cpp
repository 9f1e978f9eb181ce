#include "fieldledger/scoring/bonus_gate.h"

namespace fieldledger::scoring {

const char* GateStatusName(GateStatus s) {
  switch (s) {
    case GateStatus::kMet:
      return "met";
    case GateStatus::kMissed:
      return "missed";
    case GateStatus::kNoData:
      return "no_data";
  }
  return "unknown";
}

std::vector<Metric> GateResult::Failing() const {
  std::vector<Metric> out;
  for (const GateCheck& c : checks) {
    if (c.status != GateStatus::kMet) out.push_back(c.metric);
  }
  return out;
}

GateResult EvaluateBonusGate(const std::array<std::optional<double>, kAllMetrics.size()>& rates,
                             const ScoringPolicy& policy) {
  GateResult result;
  result.passed = true;
  for (Metric m : kAllMetrics) {
    if (!policy.IsGated(m)) continue;
    GateCheck check;
    check.metric = m;
    check.rate = rates[static_cast<int>(m)];
    // The policy loader rejects a gated metric without a target; a hand-built policy that
    // does so gets a target of 100%, the strictest reading.
    check.target = policy.Target(m).value_or(1.0);
    if (!check.rate) {
      check.status = GateStatus::kNoData;
    } else {
      check.status = *check.rate >= check.target ? GateStatus::kMet : GateStatus::kMissed;
    }
    if (check.status != GateStatus::kMet) result.passed = false;
    result.checks.push_back(check);
  }
  return result;
}

}  // namespace fieldledger::scoring
