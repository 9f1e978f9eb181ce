// Issue 5's promise end to end: a visit completed in the app with the network off
// reaches the server when the network returns — every step, the signature strokes,
// the rendered signature and the PDF report — over real gRPC to a real server.
#include <gtest/gtest.h>
#include <QLocale>
#include <QTemporaryDir>

#include "../unit/sync/live_server.h"
#include "app_session.h"
#include "signature_pad.h"
#include "technician_device.h"
#include "visit_controller.h"

namespace fieldledger::app {
namespace {

TEST(OfflineVisitReachesServer, EveryStepAndBlobArrivesAfterTheNetworkReturns) {
  QLocale::setDefault(QLocale(QLocale::English));
  QTemporaryDir dir;
  sync_testing::LiveServer server(dir.filePath("server.db").toStdString());
  const std::string device_db = dir.filePath("app/device.db").toStdString();
  QDir().mkpath(dir.filePath("app"));
  device::SystemDeviceClock clock;
  {
    // Signed in and jobs pulled while online.
    device::TechnicianDevice online(device_db, server.address(), clock);
    ASSERT_TRUE(online.Login("tech1", sync_testing::kPassword).ok);
    ASSERT_TRUE(online.Sync().ok);
  }
  const std::string job = server.job_ids().front();
  {
    // The app, with no route to the server (nothing listens on port 9).
    AppSession session(dir.filePath("app"), "127.0.0.1:9");
    VisitController visit(&session);
    visit.setJobId(QString::fromStdString(job));
    visit.setFix(true, 31.2304, 121.4737, 8);
    ASSERT_TRUE(visit.onMyWay());
    ASSERT_TRUE(session.checkIn(QString::fromStdString(job), true, 31.2304, 121.4737, 8));
    ASSERT_EQ(visit.recordWork({{"faults", QStringList{"disassembly_repair"}}, {"resolved", true}}),
              "");
    SignaturePad pad;
    pad.setSize({400, 200});
    std::vector<signature::TimedPoint> points;
    for (int i = 0; i < 24; ++i) {
      points.push_back(
          {20.0f + i * 12, 100.0f + (i % 2 ? -35 : 0), static_cast<std::uint32_t>(i * 16)});
    }
    pad.addStroke(points);
    ASSERT_EQ(visit.complete(&pad, "Liu Yang"), "");
    EXPECT_EQ(session.device().store().Counts().pending, 4);
  }
  // The network returns.
  device::TechnicianDevice back(device_db, server.address(), clock);
  const auto report = back.Sync();
  ASSERT_TRUE(report.ok) << report.error;
  EXPECT_EQ(report.applied, 4);
  EXPECT_EQ(report.rejected, 0);
  EXPECT_EQ(back.store().Counts().pending, 0);
  EXPECT_TRUE(back.store().PendingBlobs().empty());

  int events = 0;
  std::optional<server::JobRecord> stored;
  server.store().Read([&](server::StoreTx& tx) {
    events = static_cast<int>(tx.CountEvents(back.store().DeviceId()));
    stored = tx.FindJob(job);
  });
  EXPECT_EQ(events, 4);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->status, JobStatus::kCompleted);
  EXPECT_TRUE(stored->arrived_ms.has_value());
  // The Completed event names its blobs; each is on the server, whole and verified.
  const auto events_of = back.store().EventsOf(job);
  const auto& done = events_of.back().completed();
  for (const std::string& sha :
       {done.signature_sha256(), done.signature_png_sha256(), done.report_sha256()}) {
    ASSERT_FALSE(sha.empty());
    std::optional<server::BlobRecord> blob;
    server.store().Read([&](server::StoreTx& tx) { blob = tx.FindBlob("acme", sha); });
    ASSERT_TRUE(blob) << sha;
    EXPECT_TRUE(blob->complete) << sha;
  }
}

}  // namespace
}  // namespace fieldledger::app
