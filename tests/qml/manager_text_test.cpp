// The manager desk's wording of the server's fields: rates never round to a record they
// are not, money in yuan, every reason the scoring engine writes matched to its text,
// and payslip lines built from their fields.
#include <gtest/gtest.h>

#include "manager_text.h"

namespace fieldledger::office {
namespace {

TEST(ManagerText, PercentNeverRoundsToAPerfectOrEmptyRecord) {
  EXPECT_EQ(PercentOf(9, 12), "75%");
  EXPECT_EQ(PercentOf(999, 1000), "99%");
  EXPECT_EQ(PercentOf(1, 1000), "1%");
  EXPECT_EQ(PercentOf(10, 10), "100%");
  EXPECT_EQ(PercentOf(0, 0), "No data");
  EXPECT_EQ(PercentValue(0.9), "90%");
  EXPECT_EQ(PercentValue(0.925), "92.5%");
  EXPECT_EQ(TargetPpmText(850000), "85%");
}

TEST(ManagerText, MoneyIsYuanWithTwoDecimals) {
  EXPECT_EQ(YuanText(590240), "¥5,902.40");
  EXPECT_EQ(YuanText(5), "¥0.05");
  EXPECT_EQ(YuanText(-2000), "-¥20.00");
}

TEST(ManagerText, EveryEngineReasonIsMatched) {
  // The engine's words (shared/fieldledger/scoring/explain.cpp) -> the desk's wording;
  // a reason the desk reworded proves its pattern matched and its parts were kept.
  EXPECT_EQ(ReasonText("late by 30 min"), "late by 30 min");
  EXPECT_EQ(ReasonText("score 5 >= 4 (call-back 2026-03-03)"),
            "score 5 ≥ 4, satisfied (call-back 2026-03-03)");
  EXPECT_EQ(ReasonText("score 2 < 4"), "score 2 < 4, not satisfied");
  EXPECT_EQ(ReasonText("repeat repair on 2026-03-09 within 30 days (job J2)"),
            "repeat repair on 2026-03-09 within 30 days (job J2)");
  EXPECT_EQ(ReasonText("excused by dora: road closed"), "excused by dora: road closed");
  EXPECT_EQ(ReasonText("something the desk has never seen"), "something the desk has never seen");
  EXPECT_EQ(RankNoteText("sample 2 < minimum 10"), "unranked: 2 in the sample, the minimum is 10");
}

TEST(ManagerText, MetricBonusLineNamesEveryFailure) {
  v1::TechnicianPay pay;
  pay.set_bonus_earned(false);
  auto* ftf = pay.add_gate();
  ftf->set_metric(v1::METRIC_FIRST_TIME_FIX);
  ftf->set_verdict("missed");
  ftf->set_successes(8);
  ftf->set_trials(10);
  ftf->set_target_ppm(850000);
  auto* sat = pay.add_gate();
  sat->set_metric(v1::METRIC_SATISFACTION);
  sat->set_verdict("no_data");
  sat->set_target_ppm(900000);
  v1::PayLine line;
  line.set_kind("metric_bonus");
  EXPECT_EQ(PayLineText(line, pay),
            "Metric bonus 0: First-time fix 80% missed its 85% target; Customer satisfaction "
            "has no data (target 90%)");
  v1::PayLine share;
  share.set_kind("revenue_share");
  share.set_explanation("revenue share 0.3% of 800.00 = 2.40");
  pay.set_revenue_fen(80000);
  EXPECT_EQ(PayLineText(share, pay), "Revenue share 0.3% of ¥800.00");
}

}  // namespace
}  // namespace fieldledger::office
