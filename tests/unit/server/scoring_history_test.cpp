// Scores that never move for the wrong reason (issue 11): the technician and team a job
// counts for are fixed when its outcome is decided, a card or ranking as of an instant
// counts only what the server held then, and an excusal that cannot apply is refused.
#include <gtest/gtest.h>

#include "app/dispatch_actions.h"
#include "app/scorecard_logic.h"
#include "app/scoring_inputs.h"
#include "app/sync_logic.h"
#include "app/trust_policy.h"
#include "scorecard_wire.h"
#include "sync_wire.h"
#include "test_store.h"

namespace fieldledger::server::testing {
namespace {

using testing::WireExcuse;
using testing::WireGet;
using testing::WireRank;
using testing::WireRevoke;

class ScoringHistoryTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    actions_ = std::make_unique<DispatchActions>(*store_, DispatchPolicy{});
    scores_ = std::make_unique<ScorecardLogic>(*store_);
  }

  static v1::ScorecardRequest DayCard(const std::string& technician, TimeMs as_of = 0) {
    v1::ScorecardRequest r;
    r.set_technician_id(technician);
    r.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
    r.mutable_period()->set_anchor_date("2026-03-02");
    r.set_explain(true);
    r.set_as_of_ms(as_of);
    return r;
  }
  static v1::ScorecardRequest TeamCard(const std::string& team, TimeMs as_of = 0) {
    v1::ScorecardRequest r = DayCard("", as_of);
    r.set_team_id(team);
    return r;
  }
  v1::Scorecard Card(const v1::ScorecardRequest& r, TimeMs now) {
    return WireGet(*scores_, Manager(), r, now);
  }
  // Pushes tech's check-in on `job` with an honest clock, received at `now`.
  void CheckIn(const Caller& tech, const std::string& job, TimeMs arrival, TimeMs now) {
    SyncLogic sync(*store_, SyncPolicyFrom(scoring::ScoringPolicy{}));
    const std::int64_t mono = 1'000'000;
    WirePush(sync, tech,
             Batch("dev-" + tech.user_id, now, mono + (now - arrival),
                   {CheckInEvent(job, ++sequence_[tech.user_id], arrival, mono)}),
             now);
  }

  std::unique_ptr<DispatchActions> actions_;
  std::unique_ptr<ScorecardLogic> scores_;
  std::map<std::string, std::int64_t> sequence_;
};

TEST_F(ScoringHistoryTest, ANoShowReassignedAfterItsWindowClosedStaysWithWhoWasAssignedThen) {
  AddJob("j1", "tech1", At(9), At(11));
  actions_->Assign(Dispatcher(), "j1", "tech2", "tech1 is ill", At(11, 30));

  const auto tech1 = Card(DayCard("tech1"), At(12));
  EXPECT_EQ(tech1.on_time().no_show(), 1);
  EXPECT_EQ(tech1.on_time().rate().denominator(), 1);
  const auto tech2 = Card(DayCard("tech2"), At(12));
  EXPECT_EQ(tech2.on_time().no_show(), 0);
  EXPECT_EQ(tech2.on_time().rate().denominator(), 0);
}

TEST_F(ScoringHistoryTest, AReassignmentBeforeTheWindowClosesMovesTheJob) {
  AddJob("j1", "tech1", At(9), At(11));
  actions_->Assign(Dispatcher(), "j1", "tech2", "closer", At(10, 59, 59));
  EXPECT_EQ(Card(DayCard("tech1"), At(12)).on_time().no_show(), 0);
  EXPECT_EQ(Card(DayCard("tech2"), At(12)).on_time().no_show(), 1);
}

TEST_F(ScoringHistoryTest, TheDeadlineIsWindowEndPlusTheGraceComparedToTheSecond) {
  scoring::ScoringPolicy grace;
  grace.on_time_grace = 10 * kMinuteMs;
  scores_ = std::make_unique<ScorecardLogic>(*store_, grace);
  AddJob("inside", "tech1", At(9), At(11));
  AddJob("after", "tech1", At(9), At(11));
  // 11:10:00.900 is in the deadline's second: the new technician was assigned at it.
  actions_->Assign(Dispatcher(), "inside", "tech2", "", At(11, 10) + 900);
  actions_->Assign(Dispatcher(), "after", "tech2", "", At(11, 10, 1));
  EXPECT_EQ(Card(DayCard("tech2"), At(12)).on_time().no_show(), 1);
  EXPECT_EQ(Card(DayCard("tech1"), At(12)).on_time().no_show(), 1);
}

TEST_F(ScoringHistoryTest, AnExcusedNoShowStaysWithItsTechnicianAfterAReassignment) {
  AddJob("j1", "tech1", At(9), At(11));
  actions_->Excuse(Dispatcher(), "j1", "road closed", At(11, 20));
  actions_->Assign(Dispatcher(), "j1", "tech2", "", At(11, 30));
  EXPECT_EQ(Card(DayCard("tech1"), At(12)).on_time().excused(), 1);
  EXPECT_EQ(Card(DayCard("tech2"), At(12)).on_time().excused(), 0);
}

TEST_F(ScoringHistoryTest, ACheckInCountsForWhoCheckedInWhateverHappensAfter) {
  AddJob("j1", "tech1", At(9), At(11));
  CheckIn(Tech1(), "j1", At(10), At(10, 1));
  ASSERT_TRUE(GetJob("j1")->arrived_ms);
  actions_->Assign(Dispatcher(), "j1", "tech2", "second visit", At(10, 30));
  EXPECT_EQ(Card(DayCard("tech1"), At(12)).on_time().on_time(), 1);
  EXPECT_EQ(Card(DayCard("tech2"), At(12)).on_time().rate().denominator(), 0);
}

TEST_F(ScoringHistoryTest, TeamCardsCountAJobForTheTeamWhenItsOutcomeWasDecided) {
  AddJob("decided_in_north", "tech1", At(9), At(11));
  AddJob("decided_after_leaving", "tech1", At(12), At(13));
  // tech1 leaves team north at 11:30: the first no-show was decided at 11:00, in north;
  // the second at 13:00, in no team.
  store_->Write([&](StoreTx& tx) { tx.SetUserTeam("tech1", "", At(11, 30)); });
  const auto north = Card(TeamCard("north"), At(14));
  EXPECT_EQ(north.on_time().no_show(), 1);
  ASSERT_EQ(north.on_time().rate().explanations_size(), 1);
  EXPECT_EQ(north.on_time().rate().explanations(0).job_id(), "decided_in_north");
  // The technician's own card has both.
  EXPECT_EQ(Card(DayCard("tech1"), At(14)).on_time().no_show(), 2);
}

TEST_F(ScoringHistoryTest, ATeamRankingListsTheMembersAsThePeriodEnded) {
  AddJob("j1", "tech1", At(9), At(11));
  AddJob("j2", "tech2", At(9), At(11));
  v1::RankingRequest r;
  r.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
  r.mutable_period()->set_anchor_date("2026-03-02");
  r.set_metric(v1::METRIC_ON_TIME);
  r.set_team_id("north");
  ASSERT_EQ(WireRank(*scores_, Manager(), r, At(12)).entries_size(), 1);
  // Moving tech1 out of north the next day does not rewrite that day's team ranking.
  store_->Write([&](StoreTx& tx) { tx.SetUserTeam("tech1", "", At(12) + kDayMs); });
  EXPECT_EQ(WireRank(*scores_, Manager(), r, At(13) + kDayMs).entries_size(), 1);
  store_->Write([&](StoreTx& tx) { tx.SetUserTeam("tech2", "north", At(14) + kDayMs); });
  EXPECT_EQ(WireRank(*scores_, Manager(), r, At(15) + kDayMs).entries_size(), 1);
}

// A card and a ranking read at an instant, and read again later "as of" that instant,
// are byte-identical, whatever happened in between: arrivals, reassignments, excusals,
// revocations, reschedules, cancellations and new jobs.
TEST_F(ScoringHistoryTest, ACardReadAsOfItsFirstReadingIsByteIdentical) {
  struct Reading {
    TimeMs at;
    std::string tech1, tech2, north, company, ranking;
  };
  std::vector<Reading> readings;
  auto read = [&](TimeMs now) {
    v1::ScorecardRequest company = DayCard("");
    company.set_company(true);
    v1::RankingRequest rank;
    rank.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
    rank.mutable_period()->set_anchor_date("2026-03-02");
    rank.set_metric(v1::METRIC_ON_TIME);
    readings.push_back({now, Card(DayCard("tech1"), now).SerializeAsString(),
                        Card(DayCard("tech2"), now).SerializeAsString(),
                        Card(TeamCard("north"), now).SerializeAsString(),
                        Card(company, now).SerializeAsString(),
                        WireRank(*scores_, Manager(), rank, now).SerializeAsString()});
  };
  AddJob("a", "tech1", At(8), At(9));
  AddJob("b", "tech1", At(9), At(10));
  AddJob("c", "tech2", At(10), At(11));
  AddJob("d", "tech2", At(13), At(14));
  read(At(7));
  CheckIn(Tech1(), "a", At(8, 30), At(8, 31));
  read(At(9, 30));
  actions_->Assign(Dispatcher(), "b", "tech2", "swap", At(10, 30));  // after b closed
  read(At(10, 45));
  actions_->Excuse(Dispatcher(), "c", "traffic", At(11, 10));
  read(At(11, 15));
  actions_->RevokeExcusal(Dispatcher(), "c", "no traffic after all", At(11, 40));
  actions_->Reschedule(Dispatcher(), "d", {At(15), At(16)}, "customer asked", At(11, 45));
  read(At(11, 50));
  actions_->Cancel(Dispatcher(), "d", "customer cancelled", At(12, 10));
  JobRecord e = MakeJob("", "tech2", At(13), At(14));
  actions_->Create(Dispatcher(), e, "", "", At(12, 20));  // a new job in the same day
  read(At(12, 30));

  for (const auto& r : readings) {
    SCOPED_TRACE("as of " + std::to_string(r.at));
    const TimeMs later = At(23);
    EXPECT_EQ(Card(DayCard("tech1", r.at), later).SerializeAsString(), r.tech1);
    EXPECT_EQ(Card(DayCard("tech2", r.at), later).SerializeAsString(), r.tech2);
    EXPECT_EQ(Card(TeamCard("north", r.at), later).SerializeAsString(), r.north);
    v1::ScorecardRequest company = DayCard("", r.at);
    company.set_company(true);
    EXPECT_EQ(Card(company, later).SerializeAsString(), r.company);
    v1::RankingRequest rank;
    rank.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
    rank.mutable_period()->set_anchor_date("2026-03-02");
    rank.set_metric(v1::METRIC_ON_TIME);
    rank.set_as_of_ms(r.at);
    EXPECT_EQ(WireRank(*scores_, Manager(), rank, later).SerializeAsString(), r.ranking);
  }
  // The readings differ from each other: the history is not trivially constant.
  EXPECT_NE(readings.front().tech1, readings.back().tech1);
  EXPECT_NE(readings[2].tech2, readings[1].tech2);
}

TEST_F(ScoringHistoryTest, AFutureAsOfIsRefused) {
  v1::RankingRequest rank;
  rank.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
  rank.mutable_period()->set_anchor_date("2026-03-02");
  rank.set_metric(v1::METRIC_ON_TIME);
  rank.set_as_of_ms(At(13));
  EXPECT_TRUE(ThrowsAppError([&] { WireRank(*scores_, Manager(), rank, At(12)); },
                             ErrorKind::kInvalidArgument, "as_of_ms"));
}

TEST_F(ScoringHistoryTest, ARescheduledPromiseIsNotScoredTheNewOneIs) {
  AddJob("j1", "tech1", At(9), At(10));
  actions_->Reschedule(Dispatcher(), "j1", {At(9) + kDayMs, At(10) + kDayMs}, "customer asked",
                       At(8));
  // The old promise (day 0) counts for nothing; as of before the reschedule it was pending.
  const auto day0 = Card(DayCard("tech1"), At(12));
  EXPECT_EQ(day0.on_time().rate().denominator(), 0);
  EXPECT_EQ(day0.on_time().pending(), 0);
  EXPECT_EQ(Card(DayCard("tech1", At(7)), At(12)).on_time().pending(), 1);
  // The new promise is scored on its own day: missed by 11:00 the next day.
  v1::ScorecardRequest next = DayCard("tech1");
  next.mutable_period()->set_anchor_date("2026-03-03");
  EXPECT_EQ(Card(next, At(11) + kDayMs).on_time().no_show(), 1);
}

TEST_F(ScoringHistoryTest, AnExcusalThatCannotApplyIsRefusedWithItsCode) {
  AddJob("on_time", "tech1", At(9), At(11));
  CheckIn(Tech1(), "on_time", At(10), At(10, 1));
  JobRecord no_window = MakeJob("no_window", "tech1", 0, 0);
  store_->Write([&](StoreTx& tx) { tx.InsertJob(no_window); });
  AddJob("cancelled", "tech1", At(9), At(11));
  actions_->Cancel(Dispatcher(), "cancelled", "customer cancelled", At(8));
  AddJob("pending", "tech1", At(13), At(14));
  AddJob("no_show", "tech1", At(6), At(7));

  auto excuse = [&](const std::string& job) {
    v1::ExcuseArrivalRequest r;
    r.set_job_id(job);
    r.set_reason("traffic");
    return WireExcuse(*scores_, Dispatcher(), r, At(12));
  };
  const auto before = Counts();
  EXPECT_TRUE(
      ThrowsAppError([&] { excuse("on_time"); }, ErrorKind::kFailedPrecondition, "[not_late]"));
  EXPECT_TRUE(
      ThrowsAppError([&] { excuse("no_window"); }, ErrorKind::kFailedPrecondition, "[no_window]"));
  EXPECT_TRUE(
      ThrowsAppError([&] { excuse("cancelled"); }, ErrorKind::kFailedPrecondition, "[job_closed]"));
  EXPECT_EQ(Counts(), before);  // refusals change nothing
  // A no-show, and a pending job in advance, can be excused.
  EXPECT_EQ(excuse("no_show").job_id(), "no_show");
  EXPECT_EQ(excuse("pending").job_id(), "pending");
  EXPECT_EQ(Card(DayCard("tech1"), At(12)).on_time().excused(), 1);
}

TEST_F(ScoringHistoryTest, UnderExcludeAnUnverifiedArrivalCannotBeExcused) {
  scoring::ScoringPolicy exclude;
  exclude.unverified = scoring::UnverifiedArrival::kExclude;
  scores_ = std::make_unique<ScorecardLogic>(*store_, exclude);
  JobRecord j = MakeJob("far", "tech1", At(9), At(11));
  j.arrived_ms = At(12);
  j.arrival_technician_id = "tech1";
  j.arrival_verified = false;
  store_->Write([&](StoreTx& tx) { tx.InsertJob(j); });
  v1::ExcuseArrivalRequest r;
  r.set_job_id("far");
  r.set_reason("gps");
  EXPECT_TRUE(ThrowsAppError([&] { WireExcuse(*scores_, Dispatcher(), r, At(13)); },
                             ErrorKind::kFailedPrecondition, "[arrival_excluded]"));
}

TEST(Attribution, ADeadlineBeforeTheFirstVersionCountsForTheFirstAssignment) {
  JobRecord held;
  held.id = "j";
  held.window = {testing::At(9), testing::At(10)};
  held.technician_id = "late_comer";
  JobRecord first = held;
  first.technician_id = "first";
  const std::vector<JobVersion> history = {{1, testing::At(11), first}, {2, testing::At(12), held}};
  const Attribution who = AttributionOf(held, history, 0);
  EXPECT_EQ(who.technician, "first");
  EXPECT_EQ(who.decided_ms, testing::At(10));
}

TEST(TeamHistoryTest, TheMembershipInForceAtTheInstant) {
  const TeamHistory teams(
      {{"u", "a", testing::At(8)}, {"u", "b", testing::At(10)}, {"v", "c", testing::At(9)}});
  EXPECT_EQ(teams.TeamAt("u", testing::At(7)), "a");  // before all: the first
  EXPECT_EQ(teams.TeamAt("u", testing::At(9)), "a");
  EXPECT_EQ(teams.TeamAt("u", testing::At(10)), "b");
  EXPECT_EQ(teams.TeamAt("u", std::nullopt), "b");
  EXPECT_EQ(teams.TeamAt("nobody", testing::At(10)), "");
}

}  // namespace
}  // namespace fieldledger::server::testing
