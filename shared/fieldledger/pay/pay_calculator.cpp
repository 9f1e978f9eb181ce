#include "fieldledger/pay/pay_calculator.h"

#include <stdexcept>

namespace fieldledger::pay {
namespace {

std::string Ordinal(int n) {
  const int tens = n % 100;
  const char* suffix = "th";
  if (tens < 11 || tens > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

// Far more jobs or shifts than any month holds, and small enough that s * 1e6 fits 64 bits.
constexpr std::int64_t kMaxTrials = 1'000'000'000'000;

// s/t >= target exactly: s * 1e6 >= target_ppm * t in integers.
bool Meets(std::int64_t s, std::int64_t t, std::int64_t target_ppm) {
  return s * kPpm >= target_ppm * t;
}

void CheckInputs(const PayInputs& in) {
  if (in.revenue_fen < 0) throw std::invalid_argument("revenue_fen must not be negative");
  for (Metric m : kAllMetrics) {
    const MetricFigure& f = in.Of(m);
    const std::string name = scoring::MetricName(m);
    if (f.trials < 0 || f.trials > kMaxTrials) {
      throw std::invalid_argument(name + ": trials must be within 0..10^12");
    }
    if (f.successes < 0 || f.successes > f.trials) {
      throw std::invalid_argument(name + ": successes must be within 0..trials");
    }
    if (f.rank && *f.rank < 1) throw std::invalid_argument(name + ": rank must be 1 or more");
  }
}

}  // namespace

const char* GateVerdictName(GateVerdict v) {
  switch (v) {
    case GateVerdict::kMet:
      return "met";
    case GateVerdict::kMissed:
      return "missed";
    case GateVerdict::kNoData:
      return "no_data";
  }
  return "no_data";
}

const char* PayLineKindName(PayLineKind k) {
  switch (k) {
    case PayLineKind::kBase:
      return "base";
    case PayLineKind::kRevenueShare:
      return "revenue_share";
    case PayLineKind::kMetricBonus:
      return "metric_bonus";
    case PayLineKind::kRankReward:
      return "rank_reward";
  }
  return "base";
}

const char* MetricLabel(Metric m) {
  switch (m) {
    case Metric::kOnTime:
      return "on-time";
    case Metric::kRetention:
      return "retention";
    case Metric::kSatisfaction:
      return "satisfaction";
    case Metric::kAttendance:
      return "attendance";
    case Metric::kFirstTimeFix:
      return "first-time fix";
  }
  return "?";
}

std::string FormatRate(std::int64_t successes, std::int64_t trials) {
  if (trials <= 0) return "no data";
  if (trials > kMaxTrials || successes < 0 || successes > trials) return "?";
  // Tenths of a percent, rounded half up: 1000 * s / t.
  const std::int64_t tenths = (successes * 2000 + trials) / (trials * 2);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%";
}

std::string FormatTargetPpm(std::int64_t ppm) {
  // ppm / 10,000 = percent; print up to four decimals, dropping trailing zeros.
  std::string out = std::to_string(ppm / 10'000);
  std::int64_t frac = ppm % 10'000;
  if (frac != 0) {
    std::string digits = std::to_string(frac);
    digits.insert(0, 4 - digits.size(), '0');
    while (digits.back() == '0') digits.pop_back();
    out += "." + digits;
  }
  return out + "%";
}

Payslip ComputePay(const PayPolicy& policy, const PayInputs& in) {
  CheckInputs(in);
  Payslip slip;
  slip.policy_version = policy.version;

  slip.lines.push_back({PayLineKind::kBase, policy.base_fen, std::nullopt, std::nullopt,
                        "base pay " + FormatYuan(policy.base_fen)});

  const Fen share = ShareOf(in.revenue_fen, policy.revenue_share_ppm);
  slip.lines.push_back({PayLineKind::kRevenueShare, share, std::nullopt, std::nullopt,
                        "revenue share " + FormatTargetPpm(policy.revenue_share_ppm) + " of " +
                            FormatYuan(in.revenue_fen) + " = " + FormatYuan(share)});

  // The gate: all or nothing. A gated metric without data does not pass (a bonus is for
  // demonstrated results), and is named apart from a missed target.
  std::vector<std::string> failures;
  for (Metric m : kAllMetrics) {
    const auto target = policy.Gate(m);
    if (!target) continue;
    const MetricFigure& f = in.Of(m);
    GateLine g{m, GateVerdict::kNoData, f.successes, f.trials, *target};
    if (f.trials == 0) {
      failures.push_back(std::string(MetricLabel(m)) + " has no data (target " +
                         FormatTargetPpm(*target) + ")");
    } else if (Meets(f.successes, f.trials, *target)) {
      g.verdict = GateVerdict::kMet;
    } else {
      g.verdict = GateVerdict::kMissed;
      failures.push_back(std::string(MetricLabel(m)) + " " + FormatRate(f.successes, f.trials) +
                         " missed its " + FormatTargetPpm(*target) + " target");
    }
    slip.gate.push_back(g);
  }
  slip.bonus_earned = failures.empty();
  std::string why;
  if (slip.bonus_earned) {
    why = slip.gate.empty() ? "no gated metrics" : "every gated metric met its target";
  } else {
    for (std::size_t i = 0; i < failures.size(); ++i) why += (i ? "; " : "") + failures[i];
  }
  const Fen bonus = slip.bonus_earned ? policy.metric_bonus_fen : 0;
  slip.lines.push_back(
      {PayLineKind::kMetricBonus, bonus, std::nullopt, std::nullopt,
       "metric bonus " + (bonus ? FormatYuan(bonus) : std::string("0")) + ": " + why});

  // Rank rewards: a tie shares the place, so both technicians at 2nd get 2nd's reward.
  for (Metric m : kAllMetrics) {
    const auto& rewards = policy.RankReward(m);
    const auto& rank = in.Of(m).rank;
    if (!rank || rewards.empty() || *rank > static_cast<int>(rewards.size())) continue;
    // Everyone at 0 % ties for 1st; a place is rewarded only for results above nothing.
    if (in.Of(m).successes == 0) continue;
    const Fen reward = rewards[*rank - 1];
    slip.lines.push_back({PayLineKind::kRankReward, reward, m, *rank,
                          "rank reward " + std::string(MetricLabel(m)) + " " + Ordinal(*rank) +
                              " place " + FormatYuan(reward)});
  }

  for (const PayLine& l : slip.lines) slip.total_fen += l.amount_fen;
  return slip;
}

}  // namespace fieldledger::pay
