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
    emit signInFinished(r.ok, QString::fromStdString(r.error));
  } catch (const std::exception& e) {
    emit signInFinished(false, QString::fromUtf8(e.what()));
  }
}

void SyncWorker::sync() {
  emit syncStarted();
  try {
    auto report = Device().Sync([this](const device::SyncProgress& p) {
      emit syncProgress(p.done, p.total, p.phase == device::SyncProgress::Phase::kPulling);
    });
    emit syncFinished(report.ok, static_cast<int>(report.code),
                      QString::fromStdString(report.error), report.applied, report.rejected,
                      report.pulled_jobs);
  } catch (const std::exception& e) {
    emit syncFinished(false, -1, QString::fromUtf8(e.what()), 0, 0, 0);
  }
}

}  // namespace fieldledger::app
