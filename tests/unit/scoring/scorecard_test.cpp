#include <gtest/gtest.h>

#include "fieldledger/scoring/scorecard.h"
#include "fixtures.h"

namespace fieldledger::scoring {
namespace {

using testing::Utc;
using testing::WindowJob;

Dataset TwoTeams() {
  Dataset d;
  auto add = [&](std::string id, std::string tech, std::string team, int arrival_hour) {
    Job j = WindowJob(std::move(id), std::move(tech), 2026, 11, 3);
    j.team = std::move(team);
    j.arrival = Utc(2026, 11, 3, arrival_hour);
    d.jobs.push_back(j);
  };
  add("j1", "alice", "north", 11);
  add("j2", "alice", "north", 13);
  add("j3", "bob", "north", 11);
  add("j4", "carol", "south", 13);
  return d;
}

TEST(Scorecard, NamesPolicyVersionPeriodAndComputedAt) {
  ScoringPolicy policy;
  policy.version = "acme-7";
  const Period period = DayPeriod(2026, 11, 3, "Asia/Shanghai");
  const TimeMs now = Utc(2026, 11, 4);
  Scorecard c = ComputeScorecard(ScoringData(TwoTeams()), policy,
                                 Scope{Scope::Kind::kTechnician, "alice"}, period, now);
  EXPECT_EQ(c.policy_version, "acme-7");
  EXPECT_EQ(c.period.label, "2026-11-03");
  EXPECT_EQ(c.period.time_zone, "Asia/Shanghai");
  EXPECT_EQ(c.computed_at, now);
  EXPECT_EQ(c.scope.id, "alice");
}

TEST(Scorecard, TechnicianTeamAndCompanyScopes) {
  ScoringData data(TwoTeams());
  const Period day = DayPeriod(2026, 11, 3, "UTC");
  const TimeMs now = Utc(2026, 11, 4);
  auto rate = [&](Scope s) {
    const RateResult& r = ComputeScorecard(data, {}, s, day, now).on_time.rate;
    return std::make_pair(r.numerator, r.denominator);
  };
  EXPECT_EQ(rate({Scope::Kind::kTechnician, "alice"}), std::make_pair(1L, 2L));
  EXPECT_EQ(rate({Scope::Kind::kTeam, "north"}), std::make_pair(2L, 3L));
  EXPECT_EQ(rate({Scope::Kind::kTeam, "south"}), std::make_pair(0L, 1L));
  EXPECT_EQ(rate({Scope::Kind::kCompany, ""}), std::make_pair(2L, 4L));
  EXPECT_EQ(rate({Scope::Kind::kTechnician, "nobody"}), std::make_pair(0L, 0L));
}

TEST(Scorecard, AllTechniciansAtOnceMatchOneByOne) {
  ScoringData data(TwoTeams());
  const Period day = DayPeriod(2026, 11, 3, "UTC");
  const TimeMs now = Utc(2026, 11, 4);
  auto cards = ComputeScorecards(data, {}, Scope::Kind::kTechnician, day, now, true);
  ASSERT_EQ(cards.size(), 3u);
  for (const Scorecard& c : cards) {
    Scorecard one = ComputeScorecard(data, {}, c.scope, day, now);
    EXPECT_EQ(c.on_time.rate.numerator, one.on_time.rate.numerator) << c.scope.id;
    EXPECT_EQ(c.on_time.rate.denominator, one.on_time.rate.denominator) << c.scope.id;
    EXPECT_EQ(c.on_time.rate.items, one.on_time.rate.items) << c.scope.id;
  }
  EXPECT_EQ(cards[0].scope.id, "alice");
  EXPECT_EQ(cards[2].scope.id, "carol");
}

TEST(Scorecard, BonusGateIsPartOfTheCard) {
  Scorecard c =
      ComputeScorecard(ScoringData(TwoTeams()), {}, Scope{Scope::Kind::kTechnician, "bob"},
                       DayPeriod(2026, 11, 3, "UTC"), Utc(2026, 11, 4));
  // Bob was on time (met) but has no retention, satisfaction or attendance data.
  EXPECT_FALSE(c.bonus_gate.passed);
  ASSERT_EQ(c.bonus_gate.checks.size(), 4u);
  EXPECT_EQ(c.bonus_gate.checks[0].status, GateStatus::kMet);
  EXPECT_EQ(c.bonus_gate.checks[1].status, GateStatus::kNoData);
}

}  // namespace
}  // namespace fieldledger::scoring
