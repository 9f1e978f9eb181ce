#pragma once
// One technician's (or team's) month of pay under a PayPolicy, explained line by line
// ("metric bonus 0: first-time fix 82.0% missed its 85% target"). Pure arithmetic on
// figures the scoring engine and the fee check already produced; docs/pay.md states the
// rules.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/pay/pay_policy.h"

namespace fieldledger::pay {

struct MetricFigure {
  std::int64_t successes = 0;
  std::int64_t trials = 0;  // 0 = no data in the month
  std::optional<int> rank;  // 1-based PK place; nullopt when unranked
};

struct PayInputs {
  Fen revenue_fen = 0;  // server-checked fees of the month's completed jobs (>= 0)
  std::array<MetricFigure, kAllMetrics.size()> metrics{};
  MetricFigure& Of(Metric m) { return metrics[static_cast<int>(m)]; }
  const MetricFigure& Of(Metric m) const { return metrics[static_cast<int>(m)]; }
};

enum class GateVerdict { kMet, kMissed, kNoData };
const char* GateVerdictName(GateVerdict v);  // "met", "missed", "no_data"

struct GateLine {
  Metric metric = Metric::kOnTime;
  GateVerdict verdict = GateVerdict::kNoData;
  std::int64_t successes = 0;
  std::int64_t trials = 0;
  std::int64_t target_ppm = 0;
};

enum class PayLineKind { kBase, kRevenueShare, kMetricBonus, kRankReward };
const char* PayLineKindName(PayLineKind k);  // "base", "revenue_share", ...

struct PayLine {
  PayLineKind kind = PayLineKind::kBase;
  Fen amount_fen = 0;
  std::optional<Metric> metric;  // rank rewards
  std::optional<int> rank;       // rank rewards
  std::string explanation;       // English, for the CLI and exports; UIs build their own
};

struct Payslip {
  std::string policy_version;
  std::vector<PayLine> lines;  // base, revenue share, metric bonus, then rank rewards
  std::vector<GateLine> gate;  // one per gated metric, in kAllMetrics order
  bool bonus_earned = false;
  Fen total_fen = 0;
};

// Throws std::invalid_argument for impossible figures (negative revenue, successes
// outside 0..trials, a rank below 1), naming the field.
Payslip ComputePay(const PayPolicy& policy, const PayInputs& in);

// "on-time", "first-time fix", ...: the words the explanations use.
const char* MetricLabel(Metric m);
// successes/trials as a percentage with one decimal ("82.0%"), "no data" for 0/0.
std::string FormatRate(std::int64_t successes, std::int64_t trials);
// A ppm target as a percentage without trailing zeros ("85%", "90.5%").
std::string FormatTargetPpm(std::int64_t ppm);

}  // namespace fieldledger::pay
