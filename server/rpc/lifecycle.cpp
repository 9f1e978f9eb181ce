#include "rpc/lifecycle.h"

#include <sqlite3.h>

namespace fieldledger::server {

bool ServerLifecycle::Enter() {
  std::lock_guard lock(mu_);
  if (draining_) return false;
  ++in_flight_;
  return true;
}

void ServerLifecycle::Leave() {
  std::lock_guard lock(mu_);
  if (--in_flight_ == 0) idle_.notify_all();
}

int ServerLifecycle::in_flight() const {
  std::lock_guard lock(mu_);
  return in_flight_;
}

void ServerLifecycle::BeginDrain() {
  {
    std::lock_guard lock(mu_);
    draining_ = true;
  }
  Publish();
}

bool ServerLifecycle::WaitIdle(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock lock(mu_);
  return idle_.wait_until(lock, deadline, [this] { return in_flight_ == 0; });
}

void ServerLifecycle::StorageFailed() {
  writable_ = false;
  Publish();
}

void ServerLifecycle::StorageRecovered() {
  writable_ = true;
  Publish();
}

void ServerLifecycle::Publish() {
  bool serving = false;
  {
    std::lock_guard lock(mu_);
    serving = writable_ && !draining_;
    if (serving == last_published_) return;
    last_published_ = serving;
  }
  if (on_serving_changed) on_serving_changed(serving);
}

bool IsStorageUnwritable(int sqlite_code) {
  switch (sqlite_code & 0xFF) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
      return true;
    default:
      return false;
  }
}

}  // namespace fieldledger::server
