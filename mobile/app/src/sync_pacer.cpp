#include "sync_pacer.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <algorithm>

namespace fieldledger::app {
namespace {

Q_LOGGING_CATEGORY(lcSync, "fieldledger.sync")

fieldledger::TimeMs Now() { return QDateTime::currentMSecsSinceEpoch(); }

device::SchedulerOptions Options(fieldledger::DurationMs periodic) {
  device::SchedulerOptions options;
  options.periodic = periodic;
  return options;
}

}  // namespace

SyncPacer::SyncPacer(fieldledger::DurationMs periodic, QObject* parent)
    : QObject(parent),
      scheduler_(
          Options(periodic), [] { return QRandomGenerator::global()->generateDouble(); }, Now()) {
  timer_.setSingleShot(true);
  // A coarse timer may fire up to 5% early, before the scheduler says the pass is due.
  timer_.setTimerType(Qt::PreciseTimer);
  connect(&timer_, &QTimer::timeout, this, [this] {
    if (due()) {
      // Not re-armed: if the session cannot start a pass (signed out), the next write,
      // sign-in or connectivity change arms the timer again.
      emit passDue();
    } else if (!running_) {
      Arm();  // early by a millisecond or two: wait for the rest
    }
  });
  WatchConnectivity();
}

void SyncPacer::WatchConnectivity() {
  if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
    // Without a backend (no NetworkManager or GLib plugin, or no D-Bus) the backoff and
    // the periodic pass still find the network again, only later.
    qCInfo(lcSync) << "no network information backend; relying on backoff and polling";
    return;
  }
  auto* info = QNetworkInformation::instance();
  watching_ = true;
  qCInfo(lcSync) << "connectivity from" << info->backendName() << "now" << info->reachability();
  connect(info, &QNetworkInformation::reachabilityChanged, this,
          [this](QNetworkInformation::Reachability r) {
            const bool online = r == QNetworkInformation::Reachability::Online ||
                                r == QNetworkInformation::Reachability::Site;
            scheduler_.OnConnectivityChange(online, Now());
            Arm();
          });
}

bool SyncPacer::due() const { return scheduler_.Due(Now()); }

void SyncPacer::localWrite() {
  scheduler_.OnLocalWrite(Now());
  Arm();
}

void SyncPacer::syncStarted() {
  running_ = true;
  scheduler_.OnSyncStarted(Now());
  Arm();
}

void SyncPacer::syncFinished(bool ok) {
  running_ = false;
  scheduler_.OnSyncFinished(ok, Now());
  Arm();
}

void SyncPacer::connectivityBack() {
  scheduler_.OnConnectivityChange(true, Now());
  Arm();
}

void SyncPacer::Arm() {
  const fieldledger::TimeMs wait = std::max<fieldledger::TimeMs>(0, nextAttemptAt() - Now());
  timer_.start(static_cast<int>(std::min<fieldledger::TimeMs>(wait, 24 * 3600 * 1000)));
}

}  // namespace fieldledger::app
