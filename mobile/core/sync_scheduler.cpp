#include "sync_scheduler.h"

#include <algorithm>

namespace fieldledger::device {

SyncScheduler::SyncScheduler(SchedulerOptions options, std::function<double()> random01, TimeMs now)
    : options_(options), random01_(std::move(random01)), next_(now) {}

DurationMs SyncScheduler::BackoffFor(int n) const {
  DurationMs d = options_.initial_backoff;
  for (int i = 1; i < n && d < options_.max_backoff; ++i) d *= 2;
  return std::min(d, options_.max_backoff);
}

void SyncScheduler::SoonAfter(TimeMs now) {
  const TimeMs earliest = started_once_ ? last_start_ + options_.min_gap : now;
  next_ = std::min(next_, std::max(now, earliest));
}

void SyncScheduler::OnLocalWrite(TimeMs now) {
  if (running_) {
    dirty_ = true;  // the running pass may already have read the outbox
    return;
  }
  // A new write is also a retry: the technician may be back in coverage.
  SoonAfter(now);
}

void SyncScheduler::OnConnectivityChange(bool online, TimeMs now) {
  online_ = online;
  if (!online) return;  // the backoff timer keeps running: radios misreport
  failures_ = 0;        // a new network deserves a fresh start
  SoonAfter(now);
}

void SyncScheduler::OnSyncStarted(TimeMs now) {
  running_ = true;
  started_once_ = true;
  last_start_ = now;
  dirty_ = false;
}

void SyncScheduler::OnSyncFinished(bool ok, TimeMs now) {
  running_ = false;
  if (ok) {
    failures_ = 0;
    next_ = now + options_.periodic;
    if (dirty_) SoonAfter(now);
  } else {
    ++failures_;
    const DurationMs d = BackoffFor(failures_);
    const double r = std::clamp(random01_ ? random01_() : 0.0, 0.0, 1.0);
    // Jitter spreads a fleet of phones that lost the same cell tower.
    next_ = now + d - static_cast<DurationMs>(static_cast<double>(d) * options_.jitter * r);
  }
  dirty_ = false;
}

}  // namespace fieldledger::device
