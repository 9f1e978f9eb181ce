// SyncScheduler: backoff with jitter, and the three triggers (timer, local write,
// connectivity) on an injected clock; no sleeps.
#include "sync_scheduler.h"

#include <gtest/gtest.h>

namespace fieldledger::device {
namespace {

constexpr TimeMs kT0 = 1'772'442'000'000;

class SchedulerTest : public ::testing::Test {
 protected:
  SchedulerTest()
      : s_(
            options_, [this] { return random_; }, kT0) {}
  void Fail(TimeMs at) {
    s_.OnSyncStarted(at);
    s_.OnSyncFinished(false, at);
  }
  SchedulerOptions options_;
  double random_ = 0.0;
  SyncScheduler s_;
};

TEST_F(SchedulerTest, FirstPassIsDueAtOnce) { EXPECT_TRUE(s_.Due(kT0)); }

TEST_F(SchedulerTest, FailuresBackOffExponentiallyUpToTheCap) {
  EXPECT_EQ(s_.BackoffFor(1), 1'000);
  EXPECT_EQ(s_.BackoffFor(2), 2'000);
  EXPECT_EQ(s_.BackoffFor(5), 16'000);
  EXPECT_EQ(s_.BackoffFor(40), 5 * kMinuteMs);
  TimeMs now = kT0;
  for (int i = 1; i <= 4; ++i) {
    Fail(now);
    EXPECT_EQ(s_.NextAttemptAt(), now + s_.BackoffFor(i));
    EXPECT_FALSE(s_.Due(now + s_.BackoffFor(i) - 1));
    now = s_.NextAttemptAt();
    // The timer alone makes the retry due: no local write is needed.
    EXPECT_TRUE(s_.Due(now));
  }
  EXPECT_EQ(s_.consecutive_failures(), 4);
}

TEST_F(SchedulerTest, JitterDrawsWithinTheWindow) {
  random_ = 0.999;
  Fail(kT0);
  EXPECT_GT(s_.NextAttemptAt(), kT0 + 500);
  EXPECT_LE(s_.NextAttemptAt(), kT0 + 1'000);
  random_ = 0.5;
  Fail(kT0);
  EXPECT_EQ(s_.NextAttemptAt(), kT0 + 2'000 - 500);
}

TEST_F(SchedulerTest, LocalWriteCutsABackoffShortButKeepsTheMinimumGap) {
  for (int i = 0; i < 6; ++i) Fail(kT0);  // next attempt 32 s away
  ASSERT_EQ(s_.NextAttemptAt(), kT0 + 32'000);
  s_.OnLocalWrite(kT0 + 500);
  EXPECT_EQ(s_.NextAttemptAt(), kT0 + options_.min_gap);
  s_.OnLocalWrite(kT0 + 10'000);
  EXPECT_TRUE(s_.Due(kT0 + 10'000));
}

TEST_F(SchedulerTest, ComingOnlineRetriesNowAndResetsTheBackoff) {
  for (int i = 0; i < 5; ++i) Fail(kT0);
  s_.OnConnectivityChange(false, kT0 + 3'000);
  EXPECT_FALSE(s_.online());
  EXPECT_EQ(s_.NextAttemptAt(), kT0 + 16'000);  // offline does not stop the timer
  s_.OnConnectivityChange(true, kT0 + 5'000);
  EXPECT_TRUE(s_.Due(kT0 + 5'000));
  EXPECT_EQ(s_.consecutive_failures(), 0);
}

TEST_F(SchedulerTest, WriteDuringAPassRunsAnotherRightAfterIt) {
  s_.OnSyncStarted(kT0);
  EXPECT_FALSE(s_.Due(kT0 + 1));  // never two passes at once
  s_.OnLocalWrite(kT0 + 100);
  s_.OnSyncFinished(true, kT0 + 3'000);
  EXPECT_TRUE(s_.Due(kT0 + 3'000));
}

TEST_F(SchedulerTest, SuccessSchedulesThePeriodicPull) {
  s_.OnSyncStarted(kT0);
  s_.OnSyncFinished(true, kT0 + 1'000);
  EXPECT_EQ(s_.NextAttemptAt(), kT0 + 1'000 + options_.periodic);
  EXPECT_FALSE(s_.Due(kT0 + 2'000));
}

}  // namespace
}  // namespace fieldledger::device
