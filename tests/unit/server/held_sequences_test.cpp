// How new a cache's state of each job is: exact while remembered, bounded once forgotten.
#include "app/held_sequences.h"

#include <gtest/gtest.h>

namespace fieldledger::server {
namespace {

using Verdict = HeldSequences::Verdict;

TEST(HeldSequencesTest, AnythingAfterTheBuildIsNewerForAJobNeverHeldSince) {
  const HeldSequences held(10);
  EXPECT_EQ(held.Compare("j1", 11), Verdict::kNewer);
  // Written at or before the build: the build's state may be newer; only a read decides.
  EXPECT_EQ(held.Compare("j1", 10), Verdict::kUnknown);
  EXPECT_EQ(held.Compare("j1", 3), Verdict::kUnknown);
}

TEST(HeldSequencesTest, AJobHeldAtASequenceIsExactFromThen) {
  HeldSequences held(10);
  held.Hold("j1", 20);
  EXPECT_EQ(held.Compare("j1", 21), Verdict::kNewer);
  EXPECT_EQ(held.Compare("j1", 20), Verdict::kHeld);
  EXPECT_EQ(held.Compare("j1", 15), Verdict::kHeld);
  // Holding an older state never lowers what is known to be held.
  held.Hold("j1", 12);
  EXPECT_EQ(held.Compare("j1", 18), Verdict::kHeld);
  EXPECT_EQ(held.Compare("j2", 15), Verdict::kNewer) << "another job's hold says nothing of j2";
}

TEST(HeldSequencesTest, AForgottenJobRaisesTheFloorSoNothingOlderIsApplied) {
  HeldSequences held(10, 2);
  held.Hold("j1", 20);
  held.Hold("j2", 30);
  held.Hold("j3", 40);  // j1 is forgotten: the floor is now its 20
  EXPECT_EQ(held.floor(), 20);
  EXPECT_EQ(held.Compare("j1", 19), Verdict::kUnknown);
  EXPECT_EQ(held.Compare("j1", 21), Verdict::kNewer);
  EXPECT_EQ(held.Compare("j2", 25), Verdict::kHeld);
}

TEST(HeldSequencesTest, AJobHeldAgainIsForgottenOnlyByItsLatestEntry) {
  HeldSequences held(0, 2);
  held.Hold("j1", 5);
  held.Hold("j1", 7);  // j1's first entry is now stale
  held.Hold("j2", 8);  // drops the stale entry, not j1
  EXPECT_EQ(held.Compare("j1", 7), Verdict::kHeld);
  EXPECT_EQ(held.floor(), 0);
  held.Hold("j3", 9);  // now j1 (at 7) is forgotten
  EXPECT_EQ(held.floor(), 7);
  EXPECT_EQ(held.Compare("j1", 7), Verdict::kUnknown);
}

}  // namespace
}  // namespace fieldledger::server
