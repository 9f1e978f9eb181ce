// The board stays live through a server restart: its WatchBoard stream breaks, it
// retries with backoff, the restarted server's feed has a new epoch, so the board is
// told to reload, and it shows what changed while it was cut off. Real server, real
// gRPC, real SQLite file; the board is the desk's own DispatcherBoard.
#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include "dispatcher_board.h"
#include "office_live_server.h"
#include "office_session.h"

namespace fieldledger::office {
namespace {

bool WaitFor(const std::function<bool()>& done, int timeout_ms) {
  QElapsedTimer t;
  t.start();
  while (!done()) {
    if (t.elapsed() > timeout_ms) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  }
  return true;
}

TEST(BoardLive, ReconnectsAfterAServerRestartAndCatchesUp) {
  QTemporaryDir dir;
  const std::string db = dir.filePath("server.db").toStdString();
  auto first = std::make_unique<office_testing::OfficeLiveServer>(db);
  first->AddJob("T-0100", "tech1", kHourMs, kHourMs);
  const std::string address = first->address();
  OfficeSession session(nullptr);
  OfficeSession::setInstance(&session);
  session.signIn(QString::fromStdString(address), QStringLiteral("dispatcher"),
                 QString::fromLatin1(office_testing::kPassword));
  ASSERT_TRUE(WaitFor([&] { return session.signedIn(); }, 10'000))
      << session.signInError().toStdString();
  DispatcherBoard board;
  board.load();
  ASSERT_TRUE(WaitFor([&] { return board.liveState() == QLatin1String("live"); }, 10'000));
  ASSERT_EQ(board.jobs()->rowCount(), 1);

  first.reset();  // the server goes away
  ASSERT_TRUE(WaitFor([&] { return board.liveState() == QLatin1String("reconnecting"); }, 10'000));

  // While the board is cut off, a job is added; then the server comes back on the same
  // address and database (the dispatcher's session is stored there, so it still holds).
  server::SqliteStore store(db);
  server::JobRecord j;
  j.id = "job-T-0101";
  j.company_id = "acme";
  j.reference = "T-0101";
  j.customer_name = "Late Addition";
  j.address = "2 Test Road";
  j.latitude = server::testing::kSiteLat;
  j.longitude = server::testing::kSiteLon;
  const TimeMs now = office_testing::NowMs();
  j.window = {now + 2 * kHourMs, now + 3 * kHourMs};
  j.technician_id = "tech2";
  j.created_ms = j.updated_ms = now;
  store.Write([&](server::StoreTx& tx) { tx.InsertJob(j); });
  server::ServerOptions options;
  options.listen_address = address;
  options.security = {test_tls::CertFile(), test_tls::KeyFile()};
  server::FieldLedgerServer second(store, options);
  second.Start();

  // Backoff retries reach it, the new epoch asks for a reload, the board catches up.
  ASSERT_TRUE(WaitFor([&] { return board.jobs()->rowCount() == 2; }, 20'000));
  EXPECT_TRUE(WaitFor([&] { return board.liveState() == QLatin1String("live"); }, 10'000));
  EXPECT_GE(board.jobs()->indexOf(QStringLiteral("job-T-0101")), 0);
  OfficeSession::setInstance(nullptr);
}

}  // namespace
}  // namespace fieldledger::office
