#include "sync_worker.h"

namespace fieldledger::app {

SyncWorker::SyncWorker(QString db_path, QString server_address)
    : db_path_(std::move(db_path)), server_(std::move(server_address)) {}

SyncWorker::~SyncWorker() = default;

device::TechnicianDevice& SyncWorker::Device() {
  // Created lazily on the worker thread: the gRPC channel and SQLite connection then
  // belong to the thread that uses them.
  if (!device_) {
    clock_ = std::make_unique<device::SystemDeviceClock>();
    device_ = std::make_unique<device::TechnicianDevice>(db_path_.toStdString(),
                                                         server_.toStdString(), *clock_);
  }
  return *device_;
}

void SyncWorker::signIn(const QString& server, const QString& username, const QString& password) {
  if (server != server_) {
    server_ = server;
    device_.reset();
  }
  try {
    auto r = Device().Login(username.toStdString(), password.toStdString());
    if (r.ok) Device().store().SetSetting("server", server_.toStdString());
    if (!r.office_login.empty()) {
      emit officeLogin(server_, QByteArray::fromStdString(r.office_login));
    }
    QStringList args;
    for (const auto& a : r.args) args << QString::fromStdString(a);
    emit signInFinished(r.ok, QString::fromStdString(r.code), args,
                        QString::fromStdString(r.error));
  } catch (const std::exception& e) {
    emit signInFinished(false, QStringLiteral("refused"), {}, QString::fromUtf8(e.what()));
  }
}

void SyncWorker::watchForServer() {
  if (watching_) return;
  watching_ = true;
  WatchStep();
}

void SyncWorker::WatchStep() {
  if (!watching_) return;
  if (Device().ServerConnects(std::chrono::seconds(1))) {
    watching_ = false;
    emit serverBack();
    return;
  }
  // Queued, so a sign-in or sync request waiting for this thread runs in between.
  QMetaObject::invokeMethod(this, &SyncWorker::WatchStep, Qt::QueuedConnection);
}

void SyncWorker::sync(const QString& anchor_date) {
  watching_ = false;
  emit syncStarted();
  bool ok = false;
  try {
    auto report = Device().Sync([this](const device::SyncProgress& p) {
      emit syncProgress(p.done, p.total, p.phase == device::SyncProgress::Phase::kPulling);
    });
    ok = report.ok;
    emit syncFinished(report.ok, static_cast<int>(report.code),
                      QString::fromStdString(report.error), report.applied, report.rejected,
                      report.pulled_jobs);
  } catch (const std::exception& e) {
    emit syncFinished(false, -1, QString::fromUtf8(e.what()), 0, 0, 0);
  }
  // After the sync is reported, so the strip shows "up to date" without waiting for
  // the scoring service; only when the server was just reachable.
  if (ok) FetchScorecards(anchor_date);
}

void SyncWorker::FetchScorecards(const QString& anchor_date) {
  std::string error;
  bool ok = true;
  try {
    for (auto kind : {v1::PERIOD_KIND_ISO_WEEK, v1::PERIOD_KIND_MONTH}) {
      // One failure is enough: the second call would only wait out the same deadline.
      if (!Device().FetchMyScorecard(kind, anchor_date.toStdString(), &error)) {
        ok = false;
        break;
      }
    }
  } catch (const std::exception& e) {
    ok = false;
    error = e.what();
  }
  // Yesterday to tomorrow's shifts, for the shift card; with the scorecards, so the card
  // reloads when they do (ShiftController follows MyScorecard::changed).
  if (ok) {
    const fieldledger::TimeMs now = Device().clock().WallMs();
    std::string shift_error;
    if (!Device().FetchMyShifts(now - 2 * fieldledger::kDayMs, now + 2 * fieldledger::kDayMs,
                                &shift_error)) {
      qInfo("shifts not fetched: %s", shift_error.c_str());
    }
  }
  emit scorecardFetched(ok, QString::fromStdString(error));
}

}  // namespace fieldledger::app
