// The manager desk's models against a real in-process server (manager_live_server.h):
// each model shows the numbers the server computed, passes QAbstractItemModelTester, and
// its exports write what it shows.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <functional>

#include "../unit/common/temp_dir.h"
#include "manager_live_server.h"
#include "office_session.h"
#include "pay_model.h"
#include "ranking_model.h"
#include "revenue_model.h"
#include "scorecard_controller.h"
#include "staff_model.h"
#include "trend_model.h"

namespace fieldledger::office {
namespace {

bool WaitFor(const std::function<bool()>& done, int timeout_ms = 15000) {
  QElapsedTimer t;
  t.start();
  while (!done()) {
    if (t.elapsed() > timeout_ms) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  }
  return true;
}

QVariant At(const QAbstractItemModel& m, int row, int role) {
  return m.data(m.index(row, 0), role);
}

const QVariantMap kWeek10{{"periodKind", "week"}, {"anchor", "2026-03-04"}};
const QVariantMap kMarch{{"periodKind", "month"}, {"anchor", "2026-03-15"}};

class ManagerModelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test_support::TempDir;
    server_ = new manager_testing::ManagerLiveServer(dir_->File("server.db"));
    session_ = new OfficeSession(nullptr);
    OfficeSession::setInstance(session_);
    session_->signIn(QString::fromStdString(server_->address()), "manager",
                     manager_testing::kPassword);
    ASSERT_TRUE(WaitFor([] { return !session_->signingIn(); }));
    ASSERT_TRUE(session_->signedIn()) << session_->signInError().toStdString();
  }
  static void TearDownTestSuite() {
    delete session_;
    delete server_;
    delete dir_;
  }
  static inline test_support::TempDir* dir_ = nullptr;
  static inline manager_testing::ManagerLiveServer* server_ = nullptr;
  static inline OfficeSession* session_ = nullptr;
};

TEST_F(ManagerModelTest, StaffListsTheCompanyTeamsAndTechnicians) {
  ManagerStaffModel staff;
  QAbstractItemModelTester tester(&staff, QAbstractItemModelTester::FailureReportingMode::Fatal);
  staff.load();
  ASSERT_TRUE(WaitFor([&] { return !staff.loading(); }));
  ASSERT_EQ(staff.rowCount(), 1 + 2 + 4) << staff.error().toStdString();
  EXPECT_EQ(At(staff, 0, ManagerStaffModel::LabelRole), "Whole company");
  EXPECT_EQ(At(staff, 1, ManagerStaffModel::LabelRole), "Team North");
  EXPECT_EQ(staff.indexOf("technician", "tech3"), 5);  // by name: Ted, Tess, Tina, Tom
  EXPECT_EQ(staff.nameOf("tech3"), "Tina Tech");
  EXPECT_EQ(At(staff, 5, ManagerStaffModel::LabelRole), "Tina Tech (South)");
}

TEST_F(ManagerModelTest, ScorecardShowsTheServersFiguresAndExplainsThem) {
  ManagerScorecard card;
  QAbstractItemModelTester kpis(card.kpis(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  QAbstractItemModelTester jobs(card.explanations(),
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
  QVariantMap q = kWeek10;
  q["scopeKind"] = "technician";
  q["scopeId"] = "tech3";
  card.load(q);
  ASSERT_TRUE(WaitFor([&] { return !card.loading(); }));
  ASSERT_TRUE(card.hasCard()) << card.error().toStdString();
  EXPECT_EQ(card.scopeLabel(), "Tina Tech");
  EXPECT_EQ(card.policyVersion(), "default-1");
  EXPECT_EQ(card.computedAtText(), "2026-04-15 10:00:00");
  EXPECT_EQ(card.revenueText(), "¥500.00");  // 10 checked fees; the differing one left out
  EXPECT_FALSE(card.gatePassed());           // no call-backs: satisfaction has no data
  const auto& k = card.kpis()->kpis();
  ASSERT_EQ(k.size(), 8);
  EXPECT_EQ(k[0].key, "on_time");
  EXPECT_EQ(k[0].percent, "75%");
  EXPECT_EQ(k[0].fraction, "9/12");
  EXPECT_TRUE(k[0].detail.contains("late 2 · no-show 1")) << k[0].detail.toStdString();
  EXPECT_EQ(k[0].gate, "missed");
  EXPECT_EQ(k[2].key, "satisfaction");
  EXPECT_EQ(k[2].percent, "No data");
  EXPECT_EQ(k[2].gate, "no_data");

  card.explain("on_time");
  ASSERT_TRUE(
      WaitFor([&] { return !card.explainLoading() && card.explanations()->rowCount() > 0; }));
  EXPECT_EQ(card.explanations()->rowCount(), 12);
  QStringList reasons;
  int in_numerator = 0;
  for (int i = 0; i < card.explanations()->rowCount(); ++i) {
    reasons << At(*card.explanations(), i, ExplanationListModel::ReasonRole).toString();
    in_numerator += At(*card.explanations(), i, ExplanationListModel::InNumeratorRole).toBool();
  }
  EXPECT_EQ(in_numerator, 9);
  EXPECT_TRUE(reasons.contains("late by 30 min")) << reasons.join("|").toStdString();
  EXPECT_TRUE(reasons.contains("late by 15 min"));
  EXPECT_TRUE(reasons.contains("no-show: no check-in by 2026-03-04 12:00"))
      << reasons.join("|").toStdString();
  EXPECT_EQ(card.explainedSummary(), "75% = 9 / 12 (numerator / denominator)");

  QTemporaryDir out;
  card.exportExplanationsCsv(out.filePath("why.csv"));
  ASSERT_TRUE(QFile::exists(out.filePath("why.csv")));
  QFile f(out.filePath("why.csv"));
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QString csv = QString::fromUtf8(f.readAll());
  EXPECT_EQ(csv.count("late by 30 min"), 1);
  card.exportPdf(out.filePath("card.pdf"));
  QFile pdf(out.filePath("card.pdf"));
  ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
  EXPECT_TRUE(pdf.read(5) == "%PDF-");
}

TEST_F(ManagerModelTest, RankingTiesShareAPlaceAndSmallSamplesAreUnranked) {
  ManagerRankingModel ranking;
  QAbstractItemModelTester tester(&ranking, QAbstractItemModelTester::FailureReportingMode::Fatal);
  ranking.load("on_time", kWeek10);
  ASSERT_TRUE(WaitFor([&] { return !ranking.loading(); }));
  ASSERT_EQ(ranking.rowCount(), 4) << ranking.error().toStdString();
  const auto r = [&](int row, int role) { return At(ranking, row, role); };
  EXPECT_EQ(r(0, ManagerRankingModel::RankRole), 1);
  EXPECT_EQ(r(1, ManagerRankingModel::RankRole), 1);
  EXPECT_TRUE(r(0, ManagerRankingModel::TiedRole).toBool());
  EXPECT_EQ(r(0, ManagerRankingModel::NameRole), "Tess Tech");
  EXPECT_EQ(r(1, ManagerRankingModel::NameRole), "Tom Tech");
  EXPECT_EQ(r(2, ManagerRankingModel::NameRole), "Tina Tech");
  EXPECT_EQ(r(2, ManagerRankingModel::RankRole), 3);  // 1, 1, 3: the tie skips 2nd
  EXPECT_EQ(r(2, ManagerRankingModel::FractionRole), "9/12");
  EXPECT_EQ(r(3, ManagerRankingModel::NameRole), "Ted Tech");
  EXPECT_FALSE(r(3, ManagerRankingModel::RankedRole).toBool());
  EXPECT_EQ(r(3, ManagerRankingModel::NoteRole), "unranked: 2 in the sample, the minimum is 10");
}

TEST_F(ManagerModelTest, PayExplainsTheMissedGateAndExportsTheMonth) {
  ManagerPayModel pay;
  QAbstractItemModelTester tester(&pay, QAbstractItemModelTester::FailureReportingMode::Fatal);
  pay.load(kMarch);
  ASSERT_TRUE(WaitFor([&] { return !pay.loading(); }));
  ASSERT_EQ(pay.rowCount(), 4) << pay.error().toStdString();
  EXPECT_EQ(pay.payPolicyVersion(), "pay-default-1");
  const int tess = pay.rowOf("tech1"), tom = pay.rowOf("tech2"), tina = pay.rowOf("tech3");
  // 4,500 + 0.3 % of 800.00 + the 800 bonus + 300 each for tied 1st in on-time and
  // satisfaction.
  EXPECT_EQ(At(pay, tess, ManagerPayModel::TotalRole), "¥5,902.40");
  EXPECT_TRUE(At(pay, tess, ManagerPayModel::BonusEarnedRole).toBool());
  EXPECT_FALSE(At(pay, tom, ManagerPayModel::BonusEarnedRole).toBool());
  EXPECT_EQ(At(pay, tom, ManagerPayModel::TotalRole), "¥5,101.20");
  EXPECT_EQ(At(pay, tom, ManagerPayModel::GateSummaryRole),
            "Metric bonus 0: First-time fix 80% missed its 85% target");
  EXPECT_EQ(At(pay, tina, ManagerPayModel::FeeDifferencesRole), 1);
  const QVariantMap detail = pay.detail(tom);
  const QVariantList gate = detail["gate"].toList();
  ASSERT_EQ(gate.size(), 5);
  QStringList verdicts;
  for (const auto& g : gate)
    verdicts << g.toMap()["metric"].toString() + "=" + g.toMap()["verdict"].toString();
  EXPECT_TRUE(verdicts.contains("first_time_fix=missed")) << verdicts.join(",").toStdString();
  EXPECT_TRUE(verdicts.contains("on_time=met"));

  QTemporaryDir out;
  pay.exportXlsx(out.filePath("pay.xlsx"));
  EXPECT_TRUE(QFile(out.filePath("pay.xlsx")).size() > 0) << pay.exportMessage().toStdString();
  pay.exportCsv(out.filePath("pay.csv"));
  QFile csv(out.filePath("pay.csv"));
  ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
  const QString text = QString::fromUtf8(csv.readAll());
  EXPECT_TRUE(text.contains("Tess Tech,north,800.00,10,4500.00,2.40,800.00,600.00,5902.40"))
      << text.toStdString();
  pay.exportPayslipPdf(-1, out.filePath("payslips.pdf"));
  EXPECT_TRUE(QFile(out.filePath("payslips.pdf")).size() > 0);
}

TEST_F(ManagerModelTest, RevenueListsFeeDifferencesApart) {
  ManagerRevenueModel revenue;
  QAbstractItemModelTester tester(&revenue, QAbstractItemModelTester::FailureReportingMode::Fatal);
  QAbstractItemModelTester diffs(revenue.feeDifferences(),
                                 QAbstractItemModelTester::FailureReportingMode::Fatal);
  QVariantMap q = kWeek10;
  q["scopeKind"] = "team";
  q["scopeId"] = "south";
  revenue.load(q);
  ASSERT_TRUE(WaitFor([&] { return !revenue.loading(); }));
  ASSERT_EQ(revenue.rowCount(), 2) << revenue.error().toStdString();
  EXPECT_EQ(revenue.totalText(), "¥560.00");  // Tina 500.00 + Ted 60.00
  ASSERT_EQ(revenue.feeDifferences()->rowCount(), 1);
  EXPECT_EQ(At(*revenue.feeDifferences(), 0, FeeDifferenceModel::TechnicianRole), "Tina Tech");
  EXPECT_EQ(At(*revenue.feeDifferences(), 0, FeeDifferenceModel::DeviceFeeRole), "¥70.00");
}

TEST_F(ManagerModelTest, TrendHasAPointPerWeekAndTheTarget) {
  ManagerTrendModel trend;
  QAbstractItemModelTester tester(&trend, QAbstractItemModelTester::FailureReportingMode::Fatal);
  trend.load("on_time", "week", 6, QVariantMap{{"anchor", "2026-03-04"}});
  ASSERT_TRUE(WaitFor([&] { return !trend.loading(); }));
  ASSERT_EQ(trend.rowCount(), 6) << trend.error().toStdString();
  EXPECT_EQ(At(trend, 5, ManagerTrendModel::LabelRole), "2026-W10");
  EXPECT_EQ(At(trend, 5, ManagerTrendModel::FractionRole), "31/34");
  EXPECT_FALSE(At(trend, 4, ManagerTrendModel::HasRateRole).toBool());
  EXPECT_TRUE(trend.hasTarget());
  EXPECT_DOUBLE_EQ(trend.target(), 0.90);
  EXPECT_EQ(trend.points().size(), 6);
}

}  // namespace
}  // namespace fieldledger::office
