#pragma once
// A device database as a signed-in technician leaves it: a token, the company zone, and
// one job "j1" whose window is open now. `customise` fills in the rest of the job.
#include <QDateTime>
#include <QDir>
#include <functional>

#include "local_store.h"

namespace fieldledger::app::testing {

inline void SeedSignedInDevice(const QString& dir,
                               const std::function<void(v1::Job&)>& customise = {}) {
  device::LocalStore store(QDir(dir).filePath("device.db").toStdString());
  store.SetSetting("token", "t");
  store.SetSetting("time_zone", "UTC");
  v1::PullResponse page;
  auto* j = page.add_jobs();
  j->set_id("j1");
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  j->mutable_window()->set_start_ms(now - 60'000);
  j->mutable_window()->set_end_ms(now + 3'600'000);
  if (customise) customise(*j);
  page.set_next_cursor(1);
  store.ApplyPull(page);
}

}  // namespace fieldledger::app::testing
