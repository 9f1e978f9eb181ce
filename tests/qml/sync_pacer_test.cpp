// SyncPacer on real timers: the scheduler's decisions (tested exactly in
// tests/unit with an injected clock) reach the app as passDue signals.
#include "sync_pacer.h"

#include <gtest/gtest.h>
#include <QSignalSpy>

namespace fieldledger::app {
namespace {

TEST(SyncPacer, AWriteStartsAPassAndAFailureRetriesWithinTheFirstBackoff) {
  SyncPacer pacer(2 * kMinuteMs);
  QSignalSpy due(&pacer, &SyncPacer::passDue);
  pacer.localWrite();
  ASSERT_TRUE(due.wait(1000));
  pacer.syncStarted();
  EXPECT_FALSE(pacer.due());  // never two passes at once
  pacer.syncFinished(false);
  EXPECT_EQ(pacer.consecutiveFailures(), 1);
  // The first backoff is 1 s, jittered down by at most half.
  ASSERT_TRUE(due.wait(2000));
  EXPECT_EQ(due.count(), 2);
}

TEST(SyncPacer, AfterASuccessTheNextPassWaitsForThePoll) {
  SyncPacer pacer(2 * kMinuteMs);
  QSignalSpy due(&pacer, &SyncPacer::passDue);
  pacer.syncStarted();
  pacer.syncFinished(true);
  EXPECT_FALSE(pacer.due());
  EXPECT_GE(pacer.nextAttemptAt() - QDateTime::currentMSecsSinceEpoch(), kMinuteMs);
  EXPECT_FALSE(due.wait(300));
  // A write still goes out soon (after the scheduler's short minimum gap).
  pacer.localWrite();
  EXPECT_TRUE(due.wait(3000));
}

}  // namespace
}  // namespace fieldledger::app
