// End to end: a visit completed on a technician's phone (the device core, over gRPC) is
// not in the call-back queue until the policy delay has passed on the server's clock;
// then the desk's controller claims it and records "problem came back" with a low score,
// which opens a linked repair job and moves the technician's satisfaction and retention
// on the scorecard the manager reads. Everything goes through the public API.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include "callback_desk_controller.h"
#include "callback_live_server.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/scoring.grpc.pb.h"
#include "office_session.h"
#include "technician_device.h"

namespace fieldledger::callback_testing {
namespace {

bool WaitFor(const std::function<bool()>& done, int ms = 10000) {
  QElapsedTimer t;
  t.start();
  while (!done() && t.elapsed() < ms) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  return done();
}

v1::Scorecard TechnicianWeek(const std::string& address, const std::string& tech) {
  auto channel = grpc::CreateChannel(address, fieldledger::test_tls::ClientCredentials());
  v1::LoginRequest login;
  login.set_username("manager");
  login.set_password(kPassword);
  v1::LoginResponse who;
  grpc::ClientContext lctx;
  EXPECT_TRUE(v1::AuthService::NewStub(channel)->Login(&lctx, login, &who).ok());
  grpc::ClientContext ctx;
  ctx.AddMetadata("authorization", "Bearer " + who.token());
  v1::ScorecardRequest req;
  req.set_technician_id(tech);
  req.mutable_period()->set_kind(v1::PERIOD_KIND_CUSTOM);
  req.mutable_period()->set_start_ms(server::SystemNowMs() - 30 * kDayMs);
  req.mutable_period()->set_end_ms(server::SystemNowMs() + 30 * kDayMs);
  req.set_explain(true);
  v1::Scorecard card;
  auto s = v1::ScoringService::NewStub(channel)->GetScorecard(&ctx, req, &card);
  EXPECT_TRUE(s.ok()) << s.error_message();
  return card;
}

TEST(CallBackEndToEnd, APhoneVisitReachesTheQueueAfterTheDelayAndTheCallMovesTheCard) {
  QTemporaryDir dir;
  const TimeMs start = server::SystemNowMs();
  CallBackLiveServer server(dir.filePath("server.db").toStdString(), start);
  const std::string job = server.AddScheduled("E-0001", "tech1", kHourMs, "Eda End");

  // The phone: pull the job, arrive in the window, record the work, complete, sync.
  device::ManualClock clock(start, 5'000'000, "boot-e2e");
  device::TechnicianDevice phone(dir.filePath("phone.db").toStdString(), server.address(), clock);
  ASSERT_TRUE(phone.Login("tech1", kPassword).ok);
  ASSERT_TRUE(phone.Sync().ok);
  const device::Fix at_site{true, server::testing::kSiteLat, server::testing::kSiteLon, 10, false};
  server.Advance(90 * kMinuteMs);
  clock.Advance(90 * kMinuteMs);
  phone.CheckIn(job, at_site);
  v1::WorkRecorded work;
  work.add_fault_types("screen");
  work.set_resolved(true);
  phone.RecordWork(job, work, at_site);
  phone.Complete(job, v1::Completed{}, at_site);
  const auto report = phone.Sync();
  ASSERT_TRUE(report.ok) << report.error;
  ASSERT_EQ(report.applied, 3) << "rejected: " << report.rejected;
  std::optional<server::JobRecord> done;
  server.store().Read([&](server::StoreTx& tx) { done = tx.FindJob(job); });
  ASSERT_TRUE(done && done->status == JobStatus::kCompleted);

  // The desk, signed in as the call-back agent.
  office::OfficeSession session(nullptr);
  office::OfficeSession::setInstance(&session);
  session.signIn(QString::fromStdString(server.address()), QStringLiteral("callback"),
                 QString::fromLatin1(kPassword));
  ASSERT_TRUE(WaitFor([&] { return session.signedIn(); }));
  office::CallBackDeskController desk;
  desk.setSession(&session);
  desk.refresh();
  ASSERT_TRUE(WaitFor([&] { return !desk.loading(); }));
  EXPECT_EQ(desk.queue()->indexOf(QString::fromStdString(job)), -1);  // not due yet

  server.Advance(3 * kDayMs);  // the default delay after completion
  // Sessions last 12 hours: three days later the agent signs in again, as every morning.
  session.signIn(QString::fromStdString(server.address()), QStringLiteral("callback"),
                 QString::fromLatin1(kPassword));
  ASSERT_TRUE(WaitFor([&] { return !session.signingIn(); }));
  desk.refresh();
  ASSERT_TRUE(WaitFor([&] { return !desk.loading() && desk.total() > 0; }));
  ASSERT_EQ(desk.queue()->indexOf(QString::fromStdString(job)), 0);

  const auto before = TechnicianWeek(server.address(), "tech1");
  EXPECT_EQ(before.retention().pending(), 1);
  EXPECT_EQ(before.satisfaction().rate().denominator(), 0);

  desk.open(QString::fromStdString(job));
  ASSERT_TRUE(WaitFor([&] { return desk.hasVisit(); })) << desk.errorText().toStdString();
  EXPECT_EQ(desk.visit().faultTypes, QStringList{QStringLiteral("screen")});
  EXPECT_EQ(desk.visit().punctuality, QStringLiteral("on_time"));
  bool saved = false;
  QObject::connect(&desk, &office::CallBackDeskController::saved, [&] { saved = true; });
  desk.save(QStringLiteral("reached"), 2, 3, true, true, QStringLiteral("quality"),
            QStringLiteral("same fault a day later"), QStringLiteral("wants a visit"), false);
  ASSERT_TRUE(WaitFor([&] { return saved; })) << desk.errorText().toStdString();
  EXPECT_TRUE(desk.notice().contains(QStringLiteral("Repair job")));

  const auto after = TechnicianWeek(server.address(), "tech1");
  EXPECT_EQ(after.satisfaction().rate().numerator(), 0);
  EXPECT_EQ(after.satisfaction().rate().denominator(), 1);
  EXPECT_EQ(after.retention().rate().numerator(), 0);
  EXPECT_EQ(after.retention().rate().denominator(), 1);
  EXPECT_EQ(after.complaints().quality(), 1);
  ASSERT_EQ(after.retention().rate().explanations_size(), 1);
  EXPECT_NE(after.retention().rate().explanations(0).reason().find("repeat repair"),
            std::string::npos);
  // The linked repair job exists, on the same asset, waiting for a dispatcher.
  std::vector<server::CallBackRecord> calls;
  server.store().Read([&](server::StoreTx& tx) { calls = tx.ListCallBacksOfJobs({job}); });
  ASSERT_EQ(calls.size(), 1u);
  std::optional<server::JobRecord> repair;
  server.store().Read([&](server::StoreTx& tx) { repair = tx.FindJob(calls[0].repair_job_id); });
  ASSERT_TRUE(repair);
  EXPECT_EQ(repair->serial_number, "SN-E-0001");
  EXPECT_EQ(repair->window.start, 0);
  office::OfficeSession::setInstance(nullptr);
}

}  // namespace
}  // namespace fieldledger::callback_testing

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
