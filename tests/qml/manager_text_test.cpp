// The manager desk's wording of the server's fields: rates never round to a record they
// are not, money in yuan, every reason the scoring engine writes matched to its text,
// and payslip lines built from their fields.
#include <gtest/gtest.h>

#include "manager_text.h"
#include "shift_import_text.h"

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
  // With MonthPay.revenue_share_ppm the percent comes from the field, not the English.
  share.set_explanation("something else entirely");
  EXPECT_EQ(PayLineText(share, pay, 12'345), "Revenue share 1.2345% of ¥800.00");
}

TEST(ManagerText, SharePercentShowsOnlyTheDecimalsUsed) {
  EXPECT_EQ(SharePercentText(3'000), "0.3%");
  EXPECT_EQ(SharePercentText(10'000), "1%");
  EXPECT_EQ(SharePercentText(1), "0.0001%");
  EXPECT_EQ(SharePercentText(0), "0%");
}

TEST(ManagerText, FeeCheckCodesAreWordedAndUnknownOnesShownAsSent) {
  EXPECT_EQ(FeeCheckText("fee_differs", "device charged 7000 fen, the policy gives 5000 fen"),
            "The phone charged a different fee");
  EXPECT_EQ(FeeCheckText("cannot_quote", "x"), "The server's fee policy cannot price this job");
  EXPECT_EQ(FeeCheckText("other", "a verdict from elsewhere"), "a verdict from elsewhere");
}

TEST(ShiftImportText, EveryServerWordingIsTranslatedWithItsLineAndColumn) {
  EXPECT_EQ(ShiftImportLineText("line 4: start: not a time ('soon')"),
            "Line 4: column start: 'soon' is not a time (write YYYY-MM-DD HH:MM)");
  EXPECT_EQ(ShiftImportLineText("line 2: technician: no technician 'zed' in this company"),
            "Line 2: column technician: no technician with username 'zed' in this company");
  EXPECT_EQ(ShiftImportLineText("line 1: missing column 'end'"),
            "Line 1: the header has no column 'end'");
  EXPECT_EQ(ShiftImportLineText("line 3: end must be after start"),
            "Line 3: end must be after start");
  EXPECT_EQ(ShiftImportLineText("line 5: leave: write yes or no, not 'maybe'"),
            "Line 5: column leave: write yes or no, not 'maybe'");
  EXPECT_EQ(ShiftImportLineText("line 6: leave_reason is longer than 500 bytes"),
            "Line 6: column leave_reason: longer than 500 bytes");
  EXPECT_EQ(ShiftImportLineText("line 7: something new"), "Line 7: something new");
  EXPECT_EQ(ShiftImportLineText("(3 more)"), "(3 more lines)");
}

TEST(ShiftImportText, OnlyTheImportsListIsSplitIntoLines) {
  const grpc::Status refused(grpc::StatusCode::INVALID_ARGUMENT,
                             "csv: nothing was imported; fix these lines:\n"
                             "line 2: end must be after start\nline 3: start: not a time ('x')");
  EXPECT_EQ(ShiftImportErrors(refused),
            (QStringList{"Line 2: end must be after start",
                         "Line 3: column start: 'x' is not a time (write YYYY-MM-DD HH:MM)"}));
  EXPECT_TRUE(ShiftImportErrors({grpc::StatusCode::INVALID_ARGUMENT, "csv is larger than 1 MiB"})
                  .isEmpty());
  EXPECT_TRUE(ShiftImportErrors(grpc::Status::OK).isEmpty());
}

}  // namespace
}  // namespace fieldledger::office
