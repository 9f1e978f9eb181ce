#pragma once
// Runs the blocking network work (sign-in, sync) on its own thread with its own
// connection to the device database, so the UI thread never waits on the network and
// a check-in is committed the instant it is tapped, even mid-sync. The technician's
// scorecard is fetched here too, after each successful sync: it is a network call.
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

#include "technician_device.h"

namespace fieldledger::app {

class SyncWorker : public QObject {
  Q_OBJECT
 public:
  SyncWorker(QString db_path, QString server_address);
  ~SyncWorker() override;

 public slots:
  void signIn(const QString& server, const QString& username, const QString& password);
  // anchor_date (YYYY-MM-DD, the company's today) picks the week and month whose
  // scorecard is fetched once the sync succeeded.
  void sync(const QString& anchor_date);
  // Until the next sync: asks the channel to connect, a second at a time, and emits
  // serverBack once it does, so the session syncs as soon as the server is reachable
  // again, whether or not the platform reports connectivity changes.
  void watchForServer();

 signals:
  // `code` and `args` say why it failed (device::LoginOutcome), `detail` is the
  // server's message; the session translates them.
  void signInFinished(bool ok, const QString& code, const QStringList& args, const QString& detail);
  // Emitted before signInFinished(false, ...) when the account is an office role:
  // `login` is the serialized v1::LoginResponse (see LoginOutcome::office_login).
  void officeLogin(const QString& server, const QByteArray& login);
  void syncStarted();
  void syncProgress(int done, int total, bool pulling);
  void syncFinished(bool ok, int code, const QString& error, int applied, int rejected, int pulled);
  // The week's and month's scorecards are in the phone's cache (ok), or could not be
  // fetched (error); either way the session reads the cache from its own connection.
  void scorecardFetched(bool ok, const QString& error);
  void serverBack();

 private:
  device::TechnicianDevice& Device();
  void FetchScorecards(const QString& anchor_date);
  void WatchStep();
  bool watching_ = false;
  QString db_path_;
  QString server_;
  std::unique_ptr<device::SystemDeviceClock> clock_;
  std::unique_ptr<device::TechnicianDevice> device_;
};

}  // namespace fieldledger::app
