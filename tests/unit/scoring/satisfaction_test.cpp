#include <gtest/gtest.h>

#include "fieldledger/scoring/scorecard.h"
#include "fixtures.h"

namespace fieldledger::scoring {
namespace {

using testing::Call;
using testing::Repair;
using testing::Utc;

const TimeMs kDone = Utc(2026, 11, 3, 15);

Job Done(std::string id) { return Repair(std::move(id), "alice", "", Utc(2026, 11, 3), kDone); }

Scorecard Card(const Dataset& d, const ScoringPolicy& policy = {}) {
  return ComputeScorecard(ScoringData(d), policy, Scope{Scope::Kind::kTechnician, "alice"},
                          MonthPeriod(2026, 11, "UTC"), Utc(2026, 12, 31));
}

TEST(Satisfaction, LatestReachedCallBackCountsAndUnreachableOnesOnlyAffectReach) {
  Dataset d;
  d.jobs = {Done("j1"), Done("j2"), Done("j3"), Done("j4"), Done("j5")};
  // j1: reached with 3, later reached with 5 (counts), last attempt unreached (ignored).
  d.callbacks.push_back(Call("a", "j1", kDone + 1 * kDayMs, true, 3));
  d.callbacks.push_back(Call("b", "j1", kDone + 2 * kDayMs, true, 5));
  d.callbacks.push_back(Call("c", "j1", kDone + 3 * kDayMs, false));
  // j2: reached with 4, the threshold itself: satisfied.
  d.callbacks.push_back(Call("d", "j2", kDone + kDayMs, true, 4));
  // j3: reached with 5 first, then 2: the latest (2) counts.
  d.callbacks.push_back(Call("e", "j3", kDone + kDayMs, true, 5));
  d.callbacks.push_back(Call("f", "j3", kDone + 2 * kDayMs, true, 2));
  // j4: never reached.
  d.callbacks.push_back(Call("g", "j4", kDone + kDayMs, false));
  d.callbacks.push_back(Call("h", "j4", kDone + 2 * kDayMs, false));
  // j5: no call-back at all.
  d.callbacks[1].nps = 10;
  d.callbacks[3].nps = 8;
  d.callbacks[5].nps = 3;

  Scorecard c = Card(d);
  const SatisfactionResult& s = c.satisfaction;
  EXPECT_EQ(s.rate.numerator, 2);    // j1, j2
  EXPECT_EQ(s.rate.denominator, 3);  // j1, j2, j3
  EXPECT_EQ(s.reach.numerator, 3);
  EXPECT_EQ(s.reach.denominator, 4);  // j5 had no attempt
  EXPECT_DOUBLE_EQ(*s.mean_score, (5 + 4 + 2) / 3.0);
  // NPS answers 10 (promoter), 8 (passive), 3 (detractor): (1 - 1) / 3 = 0.
  EXPECT_EQ(s.nps_responses, 3);
  EXPECT_DOUBLE_EQ(*s.nps, 0.0);

  ASSERT_EQ(s.reach.items.size(), 4u);
  EXPECT_EQ(s.reach.items[3].id, "j4");
  EXPECT_EQ(s.reach.items[3].reason, "call-back could not reach the customer");
  EXPECT_EQ(s.reach.items[3].side, Side::kDenominator);
  ASSERT_EQ(s.rate.items.size(), 3u);
  EXPECT_EQ(s.rate.items[2].reason, "score 2 < 4 (call-back 2026-11-05)");
}

TEST(Satisfaction, ThresholdIsAPolicySetting) {
  Dataset d;
  d.jobs = {Done("j1")};
  d.callbacks.push_back(Call("a", "j1", kDone + kDayMs, true, 4));
  ScoringPolicy strict;
  strict.satisfaction_threshold = 5;
  EXPECT_EQ(Card(d).satisfaction.rate.numerator, 1);
  EXPECT_EQ(Card(d, strict).satisfaction.rate.numerator, 0);
}

TEST(Satisfaction, OnlyUnreachableCallBacksMeansNoSatisfactionData) {
  Dataset d;
  d.jobs = {Done("j1")};
  d.callbacks.push_back(Call("a", "j1", kDone + kDayMs, false));
  Scorecard c = Card(d);
  EXPECT_FALSE(c.satisfaction.rate.Rate());
  EXPECT_FALSE(c.satisfaction.mean_score);
  EXPECT_EQ(c.satisfaction.reach.Rate(), 0.0);
}

TEST(Satisfaction, ReachedWithoutAScoreIsCountedButNotSatisfied) {
  Dataset d;
  d.jobs = {Done("j1")};
  d.callbacks.push_back(Call("a", "j1", kDone + kDayMs, true));
  Scorecard c = Card(d);
  EXPECT_EQ(c.satisfaction.rate.numerator, 0);
  EXPECT_EQ(c.satisfaction.rate.denominator, 1);
  EXPECT_FALSE(c.satisfaction.mean_score);
}

}  // namespace
}  // namespace fieldledger::scoring
