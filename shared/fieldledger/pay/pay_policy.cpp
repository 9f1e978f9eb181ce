#include "fieldledger/pay/pay_policy.h"

namespace fieldledger::pay {

PayPolicy DefaultPayPolicy() {
  PayPolicy p;
  p.version = "pay-default-1";
  p.base_fen = 4'500'00;
  p.revenue_share_ppm = 3'000;
  p.metric_bonus_fen = 800'00;
  auto gate = [&](Metric m, std::int64_t ppm) { p.gate_ppm[static_cast<int>(m)] = ppm; };
  gate(Metric::kOnTime, 900'000);
  gate(Metric::kRetention, 950'000);
  gate(Metric::kSatisfaction, 900'000);
  gate(Metric::kAttendance, 950'000);
  gate(Metric::kFirstTimeFix, 850'000);
  p.rank_reward_fen[static_cast<int>(Metric::kOnTime)] = {300'00, 200'00, 100'00};
  p.rank_reward_fen[static_cast<int>(Metric::kSatisfaction)] = {300'00, 200'00, 100'00};
  return p;
}

}  // namespace fieldledger::pay
