#pragma once
// The pay policy (seed section 9): monthly pay = base + a share of the month's service
// revenue + a metric bonus that is paid whole or not at all (the gate: every gated metric
// must meet its target), plus rank rewards from the PK ranking (seed section 5).
// Versioned like the scoring policy: a payslip names the version it was computed with.
// Format: docs/policies/pay-default.toml; rules: docs/pay.md.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/pay/money.h"
#include "fieldledger/scoring/policy.h"

namespace fieldledger::pay {

using scoring::kAllMetrics;
using scoring::Metric;

struct PayPolicy {
  std::string version = "pay-default-1";
  Fen base_fen = 0;
  std::int64_t revenue_share_ppm = 0;  // 0.3 % of orders = 3,000 ppm
  Fen metric_bonus_fen = 0;
  // Target per metric in ppm of a rate (90 % = 900,000); a metric with a target is gated.
  std::array<std::optional<std::int64_t>, kAllMetrics.size()> gate_ppm{};
  // Reward per place (index 0 = 1st) in each metric's ranking; empty = no reward.
  std::array<std::vector<Fen>, kAllMetrics.size()> rank_reward_fen{};

  std::optional<std::int64_t> Gate(Metric m) const { return gate_ppm[static_cast<int>(m)]; }
  const std::vector<Fen>& RankReward(Metric m) const {
    return rank_reward_fen[static_cast<int>(m)];
  }
  bool operator==(const PayPolicy&) const = default;
};

// The customer's example (seed section 9: 0.3 % of orders), identical to
// docs/policies/pay-default.toml (a test checks they agree).
PayPolicy DefaultPayPolicy();

struct PayPolicyError {
  int line = 0;  // 1-based; 0 when the error has no position (a missing key)
  int column = 0;
  std::string message;
};

struct PayPolicyLoadResult {
  std::optional<PayPolicy> policy;  // set only when errors is empty
  std::vector<PayPolicyError> errors;
};

// Every key is required except [gate] and [rank_reward] entries; anything unknown,
// mistyped or out of range is an error naming its line and column.
PayPolicyLoadResult ParsePayPolicyToml(std::string_view text);
PayPolicyLoadResult LoadPayPolicyFile(const std::string& path);
std::string FormatPayPolicyError(std::string_view source_name, const PayPolicyError& e);

}  // namespace fieldledger::pay
