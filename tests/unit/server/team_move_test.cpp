// Moving a technician between teams (TeamMoveLogic, StaffService.MoveUserToTeam): the move
// begins at the server's instant, is audited, refuses bad input precisely without changing
// anything, never crosses a company, and never rewrites a team card of a past period.
#include <gtest/gtest.h>

#include "app/scorecard_logic.h"
#include "app/team_move_logic.h"
#include "scorecard_wire.h"
#include "test_store.h"

namespace fieldledger::server::testing {
namespace {

using testing::WireExcuse;
using testing::WireGet;
using testing::WireRank;
using testing::WireRevoke;

class TeamMoveTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    store_->Write([](StoreTx& tx) {
      tx.InsertTeam({"south", "acme", "South"});
      tx.InsertTeam({"elsewhere", "other", "Other's team"});
    });
    moves_ = std::make_unique<TeamMoveLogic>(*store_);
    scores_ = std::make_unique<ScorecardLogic>(*store_);
  }
  static Caller ManagerAt(const std::string& address) {
    Caller c = Manager();
    c.address = address;
    c.device = "desk-7";
    return c;
  }
  std::string TeamOf(const std::string& user) {
    std::string team;
    store_->Read([&](StoreTx& tx) { team = tx.FindUser(user)->team_id; });
    return team;
  }
  std::vector<TeamMove> Moves() {
    std::vector<TeamMove> out;
    store_->Read([&](StoreTx& tx) { out = tx.ListTeamMoves("acme"); });
    return out;
  }
  std::vector<TeamMembership> MembershipsOf(const std::string& user) {
    std::vector<TeamMembership> out;
    store_->Read([&](StoreTx& tx) {
      for (auto& m : tx.ListTeamMemberships("acme")) {
        if (m.user_id == user) out.push_back(m);
      }
    });
    return out;
  }
  // The team card of one day ("2026-03-02" is day 0), with explanations.
  v1::Scorecard TeamDay(const std::string& team, const std::string& day, TimeMs now) {
    v1::ScorecardRequest r;
    r.set_team_id(team);
    r.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
    r.mutable_period()->set_anchor_date(day);
    r.set_explain(true);
    return WireGet(*scores_, Manager(), r, now);
  }
  static std::vector<std::string> OnTimeJobs(const v1::Scorecard& card) {
    std::vector<std::string> ids;
    for (const auto& e : card.on_time().rate().explanations()) ids.push_back(e.job_id());
    return ids;
  }

  std::unique_ptr<TeamMoveLogic> moves_;
  std::unique_ptr<ScorecardLogic> scores_;
};

TEST_F(TeamMoveTest, AMoveBeginsAtTheServersInstantAndIsAudited) {
  const TeamMoveResult r = moves_->Move(ManagerAt("10.1.2.3"), "tech1", "south",
                                        "covers the south district", At(10, 15));
  EXPECT_TRUE(r.moved);
  EXPECT_EQ(r.user.id, "tech1");
  EXPECT_EQ(r.user.team_id, "south");
  EXPECT_TRUE(r.user.password_hash.empty());
  EXPECT_EQ(TeamOf("tech1"), "south");

  const auto memberships = MembershipsOf("tech1");
  ASSERT_EQ(memberships.size(), 2u);
  EXPECT_EQ(memberships[0].team_id, "north");
  EXPECT_EQ(memberships[1].team_id, "south");
  EXPECT_EQ(memberships[1].from_ms, At(10, 15));

  const auto moves = Moves();
  ASSERT_EQ(moves.size(), 1u);
  const TeamMove& m = moves[0];
  EXPECT_EQ(m.company_id, "acme");
  EXPECT_EQ(m.user_id, "tech1");
  EXPECT_EQ(m.from_team_id, "north");
  EXPECT_EQ(m.to_team_id, "south");
  EXPECT_EQ(m.at_ms, At(10, 15));
  EXPECT_EQ(m.actor_id, "boss");
  EXPECT_EQ(m.actor_name, "Name of boss");
  EXPECT_EQ(m.reason, "covers the south district");
  EXPECT_EQ(m.address, "10.1.2.3");
  EXPECT_EQ(m.device, "desk-7");
  EXPECT_EQ(r.move.at_ms, m.at_ms);
}

TEST_F(TeamMoveTest, AUserWithNoTeamJoinsOne) {
  const TeamMoveResult r = moves_->Move(Manager(), "tech2", "north", "new hire", At(9));
  EXPECT_TRUE(r.moved);
  EXPECT_EQ(r.move.from_team_id, "");
  EXPECT_EQ(TeamOf("tech2"), "north");
}

TEST_F(TeamMoveTest, AServerClockBehindTheMembershipInForceNeverSlipsTheMoveBeforeIt) {
  store_->Write([](StoreTx& tx) { tx.SetUserTeam("tech2", "north", At(12)); });
  const TeamMoveResult r = moves_->Move(Manager(), "tech2", "south", "clock stepped back", At(10));
  EXPECT_EQ(r.move.at_ms, At(12));
  const auto memberships = MembershipsOf("tech2");
  ASSERT_EQ(memberships.size(), 3u);
  EXPECT_EQ(memberships.back().team_id, "south");
  EXPECT_EQ(memberships.back().from_ms, At(12));
}

TEST_F(TeamMoveTest, AMoveToTheTeamAlreadyHeldChangesNothing) {
  const auto before = Counts();
  const TeamMoveResult r = moves_->Move(Manager(), "tech1", "north", "retry", At(9));
  EXPECT_FALSE(r.moved);
  EXPECT_EQ(r.user.team_id, "north");
  EXPECT_EQ(Counts(), before);
  // A retried move after a real one is harmless too.
  moves_->Move(Manager(), "tech1", "south", "reorganisation", At(10));
  const auto after_move = Counts();
  EXPECT_FALSE(moves_->Move(Manager(), "tech1", "south", "reorganisation", At(10, 1)).moved);
  EXPECT_EQ(Counts(), after_move);
  EXPECT_EQ(Moves().size(), 1u);
}

TEST_F(TeamMoveTest, BadInputIsRefusedNamingTheFieldAndChangesNothing) {
  const auto before = Counts();
  const auto refused = [&](const std::string& user, const std::string& team,
                           const std::string& reason, ErrorKind kind, const std::string& text) {
    return ThrowsAppError([&] { moves_->Move(Manager(), user, team, reason, At(9)); }, kind, text);
  };
  EXPECT_TRUE(refused("", "south", "why", ErrorKind::kInvalidArgument, "[field_required] user_id"));
  EXPECT_TRUE(refused("tech1", "", "why", ErrorKind::kInvalidArgument, "[field_required] team_id"));
  EXPECT_TRUE(refused("tech1", "south", "", ErrorKind::kInvalidArgument,
                      "[reason_required] reason is required"));
  EXPECT_TRUE(refused("tech1", "south", std::string(501, 'x'), ErrorKind::kInvalidArgument,
                      "[field_too_long] reason"));
  EXPECT_TRUE(refused("tech1", "south", "bad\x01text", ErrorKind::kInvalidArgument,
                      "[bad_text] reason contains a control character"));
  EXPECT_TRUE(refused("tech1", "south", "bad \xff", ErrorKind::kInvalidArgument,
                      "[bad_text] reason is not valid UTF-8"));
  EXPECT_TRUE(refused("disp", "south", "why", ErrorKind::kInvalidArgument,
                      "[not_a_technician] user_id: user 'disp' is not a technician"));
  EXPECT_TRUE(refused("nobody", "south", "why", ErrorKind::kNotFound,
                      "[user_not_found] user_id: user 'nobody' does not exist"));
  EXPECT_TRUE(refused("tech1", "nowhere", "why", ErrorKind::kNotFound,
                      "[team_not_found] team_id: team 'nowhere' does not exist"));
  EXPECT_EQ(Counts(), before);
  EXPECT_EQ(TeamOf("tech1"), "north");
}

TEST_F(TeamMoveTest, AnotherCompanysUserOrTeamIsNotFound) {
  const auto before = Counts();
  EXPECT_TRUE(ThrowsAppError([&] { moves_->Move(Manager(), "othertech", "south", "x", At(9)); },
                             ErrorKind::kNotFound, "[user_not_found]"));
  EXPECT_TRUE(ThrowsAppError([&] { moves_->Move(Manager(), "tech1", "elsewhere", "x", At(9)); },
                             ErrorKind::kNotFound, "[team_not_found]"));
  // The other company's manager cannot move ours into our own team either.
  EXPECT_TRUE(ThrowsAppError(
      [&] {
        moves_->Move(CallerFor("boss2", Role::kManager, "other"), "tech2", "north", "x", At(9));
      },
      ErrorKind::kNotFound, "[user_not_found]"));
  EXPECT_EQ(Counts(), before);
}

// The rule of docs/kpis.md, "Which team": a job counts for the team its technician was in
// when its outcome was decided, a shift for the team at its start. A move today leaves
// yesterday's team cards as they were, and today's count the technician in the new team.
TEST_F(TeamMoveTest, APastPeriodsTeamCardDoesNotMoveAndTheNewPeriodCountsTheNewTeam) {
  const TimeMs day = kDayMs;
  AddJob("yesterday", "tech1", At(9), At(11));
  AddJob("today", "tech1", At(9) + day, At(11) + day);
  store_->Write([&](StoreTx& tx) {
    ShiftRecord s1{"shift-yesterday", "acme", "tech1", At(8, 30)};
    s1.end_ms = At(17, 30);
    tx.InsertShift(s1);
    ShiftRecord s2{"shift-today", "acme", "tech1", At(8, 30) + day};
    s2.end_ms = At(17, 30) + day;
    tx.InsertShift(s2);
  });
  const auto north_before = TeamDay("north", "2026-03-02", At(20));
  ASSERT_EQ(OnTimeJobs(north_before), std::vector<std::string>{"yesterday"});
  ASSERT_EQ(north_before.attendance().denominator(), 1);

  // Moved the next morning, before today's shift and window.
  moves_->Move(Manager(), "tech1", "south", "reorganisation", At(7) + day);
  const TimeMs later = At(20) + day;

  const auto north_yesterday = TeamDay("north", "2026-03-02", later);
  EXPECT_EQ(OnTimeJobs(north_yesterday), OnTimeJobs(north_before));
  EXPECT_EQ(north_yesterday.on_time().no_show(), 1);
  EXPECT_EQ(north_yesterday.attendance().denominator(), 1);
  const auto south_yesterday = TeamDay("south", "2026-03-02", later);
  EXPECT_EQ(south_yesterday.on_time().rate().denominator(), 0);
  EXPECT_EQ(south_yesterday.attendance().denominator(), 0);

  const auto north_today = TeamDay("north", "2026-03-03", later);
  EXPECT_EQ(north_today.on_time().rate().denominator(), 0);
  EXPECT_EQ(north_today.attendance().denominator(), 0);
  const auto south_today = TeamDay("south", "2026-03-03", later);
  EXPECT_EQ(OnTimeJobs(south_today), std::vector<std::string>{"today"});
  EXPECT_EQ(south_today.on_time().no_show(), 1);
  EXPECT_EQ(south_today.attendance().denominator(), 1);
}

}  // namespace
}  // namespace fieldledger::server::testing
