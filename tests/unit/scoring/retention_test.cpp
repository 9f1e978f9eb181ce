#include <gtest/gtest.h>

#include "fieldledger/scoring/scorecard.h"
#include "fixtures.h"

namespace fieldledger::scoring {
namespace {

using testing::Repair;
using testing::Utc;

const TimeMs kDone = Utc(2026, 10, 1, 10);  // the original repair's completion
const Period kOctober = MonthPeriod(2026, 10, "UTC");

Scorecard Card(const Dataset& d, const std::string& tech, TimeMs now,
               const Period& period = kOctober, const ScoringPolicy& policy = {}) {
  return ComputeScorecard(ScoringData(d), policy, Scope{Scope::Kind::kTechnician, tech}, period,
                          now);
}

Dataset OriginalPlusRepeatAt(TimeMs repeat_created) {
  Dataset d;
  d.jobs.push_back(Repair("orig", "alice", "SN1", Utc(2026, 9, 30), kDone));
  Job repeat = Repair("repeat", "bob", "SN1", repeat_created, repeat_created + kHourMs);
  repeat.status = JobStatus::kScheduled;
  repeat.completed.reset();
  d.jobs.push_back(repeat);
  return d;
}

TEST(Retention, RepeatOnDayNFailsAndOnDayNPlusOneHolds) {
  const TimeMs now = Utc(2027, 1, 1);
  // Exactly completed + 30 days is still inside (t <= completed + N days).
  Scorecard fails = Card(OriginalPlusRepeatAt(kDone + 30 * kDayMs), "alice", now);
  EXPECT_EQ(fails.retention.rate.numerator, 0);
  EXPECT_EQ(fails.retention.rate.denominator, 1);
  ASSERT_EQ(fails.retention.rate.items.size(), 1u);
  EXPECT_EQ(fails.retention.rate.items[0].reason,
            "repeat repair on 2026-10-31 within 30 days (job repeat)");
  // One second later is day 31: the repair held.
  Scorecard holds = Card(OriginalPlusRepeatAt(kDone + 30 * kDayMs + kSecondMs), "alice", now);
  EXPECT_EQ(holds.retention.rate.numerator, 1);
  EXPECT_EQ(holds.retention.rate.denominator, 1);
  EXPECT_EQ(holds.retention.rate.items[0].reason, "held: no repeat repair within 30 days");
}

TEST(Retention, RepeatInTheSameSecondAsCompletionIsNotARepeat) {
  Scorecard c = Card(OriginalPlusRepeatAt(kDone + 500), "alice", Utc(2027, 1, 1));
  EXPECT_EQ(c.retention.rate.numerator, 1);
}

TEST(Retention, PendingWhileTheWindowIsOpen) {
  Dataset d;
  d.jobs.push_back(Repair("orig", "alice", "SN1", Utc(2026, 9, 30), kDone));
  Scorecard open = Card(d, "alice", kDone + 30 * kDayMs);  // now == window end: still open
  EXPECT_EQ(open.retention.rate.denominator, 0);
  EXPECT_EQ(open.retention.pending, 1);
  EXPECT_FALSE(open.retention.rate.Rate());
  EXPECT_EQ(open.retention.rate.items[0].reason,
            "pending: retention window open until 2026-10-31 10:00");
  EXPECT_EQ(open.retention.rate.items[0].side, Side::kNeither);
  Scorecard closed = Card(d, "alice", kDone + 30 * kDayMs + kSecondMs);
  EXPECT_EQ(closed.retention.rate.numerator, 1);
  EXPECT_EQ(closed.retention.pending, 0);
}

TEST(Retention, FailureCountsAgainstTheOriginalTechnician) {
  Dataset d = OriginalPlusRepeatAt(kDone + 3 * kDayMs);
  d.jobs[1].status = JobStatus::kCompleted;
  d.jobs[1].completed = kDone + 4 * kDayMs;
  const TimeMs now = Utc(2026, 10, 20);
  EXPECT_EQ(Card(d, "alice", now).retention.rate.denominator, 1);
  EXPECT_EQ(Card(d, "alice", now).retention.rate.numerator, 0);
  // Bob's repeat visit is his own repair, pending, not a failure of his.
  Scorecard bob = Card(d, "bob", now);
  EXPECT_EQ(bob.retention.rate.denominator, 0);
  EXPECT_EQ(bob.retention.pending, 1);
}

TEST(Retention, OnlyRepairJobsOnTheSameAssetAreRepeats) {
  Dataset d;
  d.jobs.push_back(Repair("orig", "alice", "SN1", Utc(2026, 9, 30), kDone));
  Job install = Repair("install", "bob", "SN1", kDone + kDayMs, kDone + kDayMs);
  install.type = JobType::kInstallation;
  d.jobs.push_back(install);
  d.jobs.push_back(Repair("other-asset", "bob", "SN2", kDone + kDayMs, kDone + kDayMs));
  Scorecard c = Card(d, "alice", Utc(2027, 1, 1));
  EXPECT_EQ(c.retention.rate.numerator, 1);
  EXPECT_EQ(c.retention.rate.denominator, 1);
}

TEST(Retention, CustomerAndProductIdentifyTheAssetWithoutASerial) {
  Dataset d;
  Job orig = Repair("orig", "alice", "", Utc(2026, 9, 30), kDone);
  orig.customer_id = "cust-7";
  orig.product = "AC-2000";
  Job again = orig;
  again.id = "again";
  again.technician = "bob";
  again.created = kDone + 10 * kDayMs;
  again.completed = kDone + 11 * kDayMs;
  Job other_product = again;
  other_product.id = "other-product";
  other_product.product = "AC-3000";
  d.jobs = {orig, other_product};
  EXPECT_EQ(Card(d, "alice", Utc(2027, 1, 1)).retention.rate.numerator, 1);
  d.jobs.push_back(again);
  EXPECT_EQ(Card(d, "alice", Utc(2027, 1, 1)).retention.rate.numerator, 0);
}

TEST(Retention, InstallationsUseTheirOwnWindow) {
  Dataset d;
  Job install = Repair("install", "alice", "SN1", Utc(2026, 9, 30), kDone);
  install.type = JobType::kInstallation;
  d.jobs = {install};
  d.jobs.push_back(Repair("fix", "bob", "SN1", kDone + 200 * kDayMs, kDone + 201 * kDayMs));
  Scorecard c = Card(d, "alice", Utc(2028, 1, 1));
  EXPECT_EQ(c.retention.rate.numerator, 0);
  EXPECT_EQ(c.retention.rate.items[0].reason,
            "repeat repair on 2027-04-19 within 365 days (job fix)");
}

TEST(Retention, ReachedCallBackSayingTheProblemReturnedFails) {
  Dataset d;
  d.jobs.push_back(Repair("orig", "alice", "SN1", Utc(2026, 9, 30), kDone));
  CallBack unreached = testing::Call("cb1", "orig", kDone + 2 * kDayMs, false);
  unreached.problem_returned = true;  // not reached: cannot say anything
  d.callbacks.push_back(unreached);
  EXPECT_EQ(Card(d, "alice", Utc(2027, 1, 1)).retention.rate.numerator, 1);

  CallBack reached = testing::Call("cb2", "orig", kDone + 3 * kDayMs, true, 2);
  reached.problem_returned = true;
  d.callbacks.push_back(reached);
  Scorecard c = Card(d, "alice", Utc(2027, 1, 1));
  EXPECT_EQ(c.retention.rate.numerator, 0);
  EXPECT_EQ(c.retention.rate.denominator, 1);
  EXPECT_EQ(c.retention.rate.items[0].reason,
            "call-back on 2026-10-04 reported the problem came back");
}

TEST(Retention, CountsInThePeriodOfCompletion) {
  Dataset d;
  d.jobs.push_back(Repair("orig", "alice", "SN1", Utc(2026, 9, 30), kDone));
  Scorecard sept = Card(d, "alice", Utc(2027, 1, 1), MonthPeriod(2026, 9, "UTC"));
  EXPECT_EQ(sept.retention.rate.denominator, 0);
  EXPECT_TRUE(sept.retention.rate.items.empty());
}

}  // namespace
}  // namespace fieldledger::scoring
