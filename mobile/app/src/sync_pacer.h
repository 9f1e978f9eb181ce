#pragma once
// When AppSession runs the next sync pass: the shared SyncScheduler (docs/sync.md,
// "Switching the app to SyncScheduler") driven by the wall clock, QRandomGenerator for
// the backoff jitter, one single-shot QTimer, and QNetworkInformation for coverage
// coming back where the platform has a backend for it.
#include <QObject>
#include <QTimer>

#include "sync_scheduler.h"

namespace fieldledger::app {

class SyncPacer : public QObject {
  Q_OBJECT
 public:
  // periodic: how often to pull the dispatcher's changes while nothing else happens.
  explicit SyncPacer(fieldledger::DurationMs periodic, QObject* parent = nullptr);

  void localWrite();
  void syncStarted();
  void syncFinished(bool ok);
  // The server answered again (SyncWorker::watchForServer): as a connectivity change.
  void connectivityBack();

  // Whether a pass should start now (none running, and its time has come).
  bool due() const;
  // Where connectivity is reported: false when QNetworkInformation has no usable backend.
  bool watchesConnectivity() const { return watching_; }
  int consecutiveFailures() const { return scheduler_.consecutive_failures(); }
  fieldledger::TimeMs nextAttemptAt() const { return scheduler_.NextAttemptAt(); }

 signals:
  // The time for a pass has come; the session starts one if it can (signed in).
  void passDue();

 private:
  void WatchConnectivity();
  void Arm();

  device::SyncScheduler scheduler_;
  QTimer timer_;
  bool watching_ = false;
  bool running_ = false;  // between syncStarted and syncFinished
};

}  // namespace fieldledger::app
