#pragma once
// When to run the next sync pass: pure logic over an injected clock and random source,
// so the app, the headless device and the tests share it and the tests need no sleeps.
//
//  - after a failure: exponential backoff with jitter (1 s, 2 s, 4 s ... capped), on a
//    timer, so a failed upload never waits for the next local write;
//  - a new local write or a connectivity change to online: sync now (a short minimum
//    gap keeps a burst of taps from becoming a burst of requests);
//  - after a success: a periodic pass to pull the dispatcher's changes.
#include <cstdint>
#include <functional>

#include "fieldledger/core/time.h"

namespace fieldledger::device {

struct SchedulerOptions {
  DurationMs initial_backoff = 1'000;
  DurationMs max_backoff = 5 * kMinuteMs;
  DurationMs periodic = 15 * kMinuteMs;
  DurationMs min_gap = 2'000;  // between two passes started by writes/connectivity
  double jitter = 0.5;         // a backoff is drawn from [d * (1 - jitter), d]
};

class SyncScheduler {
 public:
  // random01 returns uniform values in [0, 1); injectable so tests are exact.
  SyncScheduler(SchedulerOptions options, std::function<double()> random01, TimeMs now);

  void OnLocalWrite(TimeMs now);
  void OnConnectivityChange(bool online, TimeMs now);
  void OnSyncStarted(TimeMs now);
  void OnSyncFinished(bool ok, TimeMs now);

  // Whether a pass should start now; the caller arms a timer for NextAttemptAt().
  bool Due(TimeMs now) const { return !running_ && now >= next_; }
  TimeMs NextAttemptAt() const { return next_; }
  int consecutive_failures() const { return failures_; }
  bool online() const { return online_; }

  // The un-jittered backoff after n consecutive failures (n >= 1).
  DurationMs BackoffFor(int n) const;

 private:
  void SoonAfter(TimeMs now);

  SchedulerOptions options_;
  std::function<double()> random01_;
  TimeMs next_;
  TimeMs last_start_ = 0;
  bool started_once_ = false;
  bool running_ = false;
  bool online_ = true;
  bool dirty_ = false;  // a write arrived during a pass: run again right after it
  int failures_ = 0;
};

}  // namespace fieldledger::device
