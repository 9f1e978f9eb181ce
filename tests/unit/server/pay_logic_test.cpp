// A month's pay from stored jobs: revenue from the server's fee of matched jobs only, rates
// and PK places from the scoring engine, worked out by hand below.
#include <gtest/gtest.h>

#include "app/pay_logic.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::kDay0;
using testing::StoreTest;

// March 2026 (UTC). tech1: m1 on time, fee 80.00; m2 late, 40.00; m3 on time, 120.00 but the
// device said 100.00 (not counted) -> on time 2/3, revenue 120.00.
// tech2: m4 late, fee 0 (in warranty) -> on time 0/1. A job completed in April is not March's.
// Policy: base 1,000, 10 % share, bonus 100 gated on on-time >= 50 %, rank rewards 50 / 20,
// minimum ranking sample 1.
//   tech1: 1,000 + 12.00 + 100 + 50 (1st) = 1,162.00
//   tech2: 1,000 + 0 + 0 (0.0% missed its 50% target) + nothing for 2nd at 0 % = 1,000.00
class PayLogicTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    auto done = [&](const std::string& id, const std::string& tech, TimeMs start, TimeMs arrived,
                    std::int64_t fee, const std::string& check = "match") {
      JobRecord j = MakeJob(id, tech, start, start + kHourMs);
      j.arrived_ms = arrived;
      j.arrival_verified = true;
      j.arrival_technician_id = tech;
      j.status = JobStatus::kCompleted;
      j.completed_ms = arrived + kHourMs;
      j.first_visit_resolved = true;
      j.fee_fen = fee;
      j.fee_device_fen = check == "match" ? fee : 100'00;
      j.fee_check = check;
      return j;
    };
    store_->Write([&](StoreTx& tx) {
      tx.InsertJob(done("m1", "tech1", At(9), At(9, 30), 80'00));
      tx.InsertJob(done("m2", "tech1", At(11), At(12, 30), 40'00));
      tx.InsertJob(done("m3", "tech1", At(14), At(14, 10), 120'00, "device fee 100.00 differs"));
      tx.InsertJob(done("m4", "tech2", At(9), At(10, 30), 0));
      tx.InsertJob(done("april", "tech1", At(9) + 40 * kDayMs, At(9) + 40 * kDayMs, 500'00));
    });
    pay_.version = "pay-t";
    pay_.base_fen = 1'000'00;
    pay_.revenue_share_ppm = 100'000;
    pay_.metric_bonus_fen = 100'00;
    pay_.gate_ppm[static_cast<int>(scoring::Metric::kOnTime)] = 500'000;
    pay_.rank_reward_fen[static_cast<int>(scoring::Metric::kOnTime)] = {50'00, 20'00};
    scoring_.min_ranking_sample = 1;
  }

  MonthPay March() {
    MonthPay out;
    store_->Read([&](StoreTx& tx) {
      out = ComputeMonthPay(tx, "acme", scoring::MonthPeriod(2026, 3, "UTC"), scoring_, pay_,
                            kDay0 + 60 * kDayMs);
    });
    return out;
  }

  pay::PayPolicy pay_;
  scoring::ScoringPolicy scoring_;
};

const TechnicianPay& Find(const MonthPay& p, const std::string& id) {
  for (const auto& t : p.technicians) {
    if (t.technician_id == id) return t;
  }
  throw std::runtime_error("no pay for " + id);
}

TEST_F(PayLogicTest, PaysEachTechnicianFromTheirMonth) {
  const MonthPay march = March();
  EXPECT_EQ(march.pay_policy_version, "pay-t");
  EXPECT_EQ(march.period.label, "2026-03");

  const TechnicianPay& t1 = Find(march, "tech1");
  EXPECT_EQ(t1.revenue_fen, 120'00);
  EXPECT_EQ(t1.revenue_jobs, 2);
  ASSERT_EQ(t1.fee_differences.size(), 1u);
  EXPECT_EQ(t1.fee_differences[0].job_id, "m3");
  EXPECT_TRUE(t1.payslip.bonus_earned);
  EXPECT_EQ(t1.payslip.total_fen, 1'162'00);
  EXPECT_EQ(t1.payslip.lines.back().explanation, "rank reward on-time 1st place 50.00");

  const TechnicianPay& t2 = Find(march, "tech2");
  EXPECT_EQ(t2.revenue_fen, 0);
  EXPECT_FALSE(t2.payslip.bonus_earned);
  EXPECT_EQ(t2.payslip.lines[2].explanation, "metric bonus 0: on-time 0.0% missed its 50% target");
  EXPECT_EQ(t2.payslip.total_fen, 1'000'00);
  EXPECT_EQ(t2.payslip.lines.size(), 3u);  // base, share, bonus: no rank reward at 0 %
}

TEST_F(PayLogicTest, ADisabledTechnicianWhoDidNotWorkIsNotPaid) {
  const MonthPay march = March();
  for (const auto& t : march.technicians) EXPECT_NE(t.technician_id, "tech_off");
  for (const auto& t : march.technicians) EXPECT_NE(t.technician_id, "othertech");
}

}  // namespace
}  // namespace fieldledger::server
