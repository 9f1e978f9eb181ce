// A whole visit through VisitController on a real device database, offline: every step
// is an outbox event at once, blobs are stored before the event that names them, and a
// new controller (the app reopened) reads the same step back.
#include <gtest/gtest.h>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include "app_session.h"
#include "fieldledger/signature/binding.h"
#include "fieldledger/visit/summary.h"
#include "offline_device.h"
#include "signature_pad.h"
#include "visit_controller.h"
#include "visit_facts.h"

namespace fieldledger::app {
namespace {

class VisitControllerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    QLocale::setDefault(QLocale(QLocale::English));
    testing::SeedSignedInDevice(dir_.path(), [](v1::Job& j) {
      j.set_reference("FL-7");
      j.set_customer_name("Li Wei");
      j.set_product_category("phone");
      const auto bought = QDate::currentDate().addDays(-30).toString(Qt::ISODate).toStdString();
      j.set_purchase_date(bought);
      j.set_activation_date(bought);
    });
    session_ = std::make_unique<AppSession>(dir_.path(), "127.0.0.1:9");
  }

  int Pending() { return session_->device().store().Counts().pending; }

  QTemporaryDir dir_;
  std::unique_ptr<AppSession> session_;
};

TEST_F(VisitControllerTest, ACompleteVisitOfflineSurvivesAReopen) {
  VisitController visit(session_.get());
  visit.setJobId("j1");
  visit.setFix(true, 31.2, 121.5, 8);
  EXPECT_EQ(visit.step(), VisitController::Step::NotStarted);
  EXPECT_EQ(visit.recordWork({{"faults", QStringList{"disassembly_repair"}}}),
            "Tap Arrived first.");
  ASSERT_TRUE(visit.onMyWay());
  EXPECT_FALSE(visit.onMyWay());  // once
  EXPECT_EQ(visit.step(), VisitController::Step::OnTheWay);
  ASSERT_TRUE(session_->checkIn("j1", true, 31.2, 121.5, 8));
  EXPECT_EQ(visit.step(), VisitController::Step::Arrived);

  visit.saveDraft({{"faults", QStringList{"disassembly_repair"}}, {"notes", "half typed"}});
  {
    VisitController reopened(session_.get());
    reopened.setJobId("j1");
    EXPECT_EQ(reopened.work()["notes"].toString(), "half typed");
  }
  EXPECT_EQ(visit.recordWork({{"faults", QStringList{}}}), "Choose at least one work item.");
  EXPECT_EQ(visit.recordWork({{"faults", QStringList{"disassembly_repair"}},
                              {"parts", "Screw\n\n Seal "},
                              {"resolved", true}}),
            "");
  EXPECT_EQ(visit.step(), VisitController::Step::WorkRecorded);
  EXPECT_EQ(visit.quote()["free"].toBool(), true);  // 30 days after purchase: in warranty
  EXPECT_EQ(Pending(), 3);

  SignaturePad pad;
  pad.setSize({400, 200});
  std::vector<signature::TimedPoint> points;
  for (int i = 0; i < 20; ++i) {
    points.push_back(
        {20.0f + i * 9, 100.0f + (i % 2 ? -30 : 0), static_cast<std::uint32_t>(i * 16)});
  }
  pad.addStroke(points);
  EXPECT_EQ(visit.complete(&pad, ""), "Please enter the signer's name.");
  const QString summary = visit.summary();
  ASSERT_EQ(visit.complete(&pad, " Li Wei "), "");
  EXPECT_EQ(visit.step(), VisitController::Step::Completed);
  EXPECT_EQ(Pending(), 4);

  VisitController reopened(session_.get());
  reopened.setJobId("j1");
  EXPECT_EQ(reopened.step(), VisitController::Step::Completed);
  EXPECT_EQ(reopened.signer(), "Li Wei");

  auto& store = session_->device().store();
  const auto events = store.EventsOf("j1");
  ASSERT_EQ(events.size(), 4u);
  const auto& work = events[2].work_recorded();
  EXPECT_EQ(work.parts_used_size(), 2);
  EXPECT_EQ(work.fee_total_fen(), 0);
  EXPECT_EQ(work.quote_sha256().size(), 64u);
  EXPECT_TRUE(events[2].position().present());
  const auto& done = events[3].completed();
  EXPECT_EQ(done.signer_name(), "Li Wei");
  // The hash binds the canonical summary of this job and work record, which the server
  // rebuilds; the displayed (translated) text is not what is hashed.
  EXPECT_EQ(done.work_event_id(), events[2].event_id());
  EXPECT_EQ(done.visit_summary_sha256(), visit::CanonicalSummarySha256(v1::VisitFactsOf(
                                             store.Job("j1")->job, work, events[2].event_id())));
  EXPECT_NE(done.visit_summary_sha256(), signature::VisitSummarySha256(summary.toStdString()));
  EXPECT_TRUE(store.BlobBytes(done.signature_sha256()).has_value());
  EXPECT_EQ(store.BlobBytes(done.signature_png_sha256())->substr(1, 3), "PNG");
  EXPECT_EQ(store.BlobBytes(done.report_sha256())->substr(0, 4), "%PDF");
  EXPECT_EQ(store.PendingBlobs().size(), 3u);  // strokes, PNG, report
  EXPECT_TRUE(QFile::exists(reopened.reportPath()));
}

}  // namespace
}  // namespace fieldledger::app
