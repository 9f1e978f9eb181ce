// ScorecardLogic over a hand-computed fixture: every on-time class once or more, with
// the exact rate, counts and minutes late worked out below.
#include <gtest/gtest.h>

#include <map>

#include "app/scorecard_logic.h"
#include "scorecard_wire.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::WireExcuse;
using testing::WireGet;
using testing::WireRank;
using testing::WireRevoke;

using testing::At;
using testing::kDay0;
using testing::StoreTest;
using testing::ThrowsAppError;

// Period: 2026-03-02 (UTC), now = 12:00 that day. Technician tech1 (team north):
//   early        09-10, arrived 08:50              -> early
//   on_time      09-10, arrived 09:30              -> on time
//   edge         10-11, arrived 11:00:00.900       -> on time (compared to the second)
//   by_tech1     09-10, assigned tech2, tech1 checked in 09:10 -> on time, counts for tech1
//   late         08-09, arrived 09:23:30           -> late, 23.5 min
//   late_small   06-07, arrived 07:05              -> late, 5 min
//   no_show      07-08, no arrival                 -> no-show
//   revoked      06-07, no arrival, excusal revoked -> no-show
//   excused      07-08, no arrival, excused        -> excused
//   pending      11-13, no arrival                 -> pending
//   cancelled    09-10, cancelled                  -> excluded
//   yesterday    previous day 09-10                -> other period
//   overnight    previous day 23:30 - 00:30        -> other period (window start)
// tech2: tech2_late 09-10, arrived 10:30 -> late 30 min (company scope only).
// tech1: early 1, on time 3, late 2, no-show 2 -> rate 4/8; pending 1, excluded 1, excused 1.
// Minutes late, whole minutes rounded down {5, 23}: nearest-rank median 5, p90 23.
class ScorecardTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    logic_ = std::make_unique<ScorecardLogic>(*store_);
    auto job = [&](const std::string& id, const std::string& tech, TimeMs start, TimeMs end,
                   std::optional<TimeMs> arrived, bool verified = true,
                   const std::string& arrived_by = "") {
      JobRecord j = MakeJob(id, tech, start, end);
      j.arrived_ms = arrived;
      if (arrived) {
        j.arrival_verified = verified;
        j.arrival_technician_id = arrived_by.empty() ? tech : arrived_by;
        j.status = JobStatus::kInProgress;
      }
      return j;
    };
    std::vector<JobRecord> jobs = {
        job("early", "tech1", At(9), At(10), At(8, 50)),
        job("on_time", "tech1", At(9), At(10), At(9, 30)),
        job("edge", "tech1", At(10), At(11), At(11) + 900),
        job("by_tech1", "tech2", At(9), At(10), At(9, 10), true, "tech1"),
        job("late", "tech1", At(8), At(9), At(9, 23, 30)),
        job("late_small", "tech1", At(6), At(7), At(7, 5)),
        job("no_show", "tech1", At(7), At(8), std::nullopt),
        job("revoked", "tech1", At(6), At(7), std::nullopt),
        job("excused", "tech1", At(7), At(8), std::nullopt),
        job("pending", "tech1", At(11), At(13), std::nullopt),
        job("cancelled", "tech1", At(9), At(10), std::nullopt),
        job("yesterday", "tech1", At(9) - kDayMs, At(10) - kDayMs, std::nullopt),
        job("overnight", "tech1", kDay0 - 30 * kMinuteMs, kDay0 + 30 * kMinuteMs, std::nullopt),
        job("tech2_late", "tech2", At(9), At(10), At(10, 30)),
    };
    jobs[10].status = JobStatus::kCancelled;
    store_->Write([&](StoreTx& tx) {
      for (const auto& j : jobs) tx.InsertJob(j);
      tx.UpsertExcusal({"excused", "road closed", "Name of disp", At(11), "", std::nullopt});
      tx.UpsertExcusal(
          {"revoked", "flat tyre", "Name of disp", At(11), "Name of boss", At(11, 30)});
    });
  }

  static v1::ScorecardRequest ForTechnician(const std::string& id, bool explain = false) {
    v1::ScorecardRequest r;
    r.set_technician_id(id);
    SetDay(r);
    r.set_explain(explain);
    return r;
  }
  static void SetDay(v1::ScorecardRequest& r) {
    r.mutable_period()->set_kind(v1::PERIOD_KIND_CUSTOM);
    r.mutable_period()->set_start_ms(kDay0);
    r.mutable_period()->set_end_ms(kDay0 + kDayMs);
  }
  v1::Scorecard Get(const Caller& who, const v1::ScorecardRequest& r) {
    return WireGet(*logic_, who, r, At(12));
  }

  std::unique_ptr<ScorecardLogic> logic_;
};

TEST_F(ScorecardTest, TechnicianFiguresMatchTheHandComputedFixture) {
  const auto card = Get(Manager(), ForTechnician("tech1"));
  const auto& f = card.on_time();
  EXPECT_EQ(card.scope_label(), "Technician Name of tech1");
  EXPECT_EQ(card.policy_version(), "default-1");
  EXPECT_EQ(card.computed_at_ms(), At(12));
  EXPECT_EQ(card.period().start_ms(), kDay0);
  EXPECT_EQ(f.early(), 1);
  EXPECT_EQ(f.on_time(), 3);
  EXPECT_EQ(f.late(), 2);
  EXPECT_EQ(f.no_show(), 2);
  EXPECT_EQ(f.pending(), 1);
  EXPECT_EQ(f.excluded(), 1);
  EXPECT_EQ(f.excused(), 1);
  EXPECT_EQ(f.unverified(), 0);
  EXPECT_EQ(f.rate().numerator(), 4);
  EXPECT_EQ(f.rate().denominator(), 8);
  EXPECT_TRUE(f.rate().has_value());
  EXPECT_DOUBLE_EQ(f.rate().value(), 0.5);
  EXPECT_TRUE(f.has_minutes_late());
  EXPECT_DOUBLE_EQ(f.median_minutes_late(), 5.0);
  EXPECT_DOUBLE_EQ(f.p90_minutes_late(), 23.0);
  EXPECT_EQ(f.rate().explanations_size(), 0);  // only on request
}

TEST_F(ScorecardTest, ExplanationsNameEveryCountedJob) {
  const auto card = Get(Manager(), ForTechnician("tech1", true));
  std::map<std::string, v1::JobExplanation> by_id;
  for (const auto& x : card.on_time().rate().explanations()) by_id[x.job_id()] = x;
  EXPECT_EQ(by_id.size(), 11u);  // 13 tech1-related jobs minus the two of yesterday
  EXPECT_FALSE(by_id.contains("yesterday"));
  EXPECT_FALSE(by_id.contains("overnight"));
  EXPECT_FALSE(by_id.contains("tech2_late"));
  EXPECT_EQ(by_id.at("late").outcome(), "late");
  EXPECT_EQ(by_id.at("late").reason(), "late by 23 min");
  EXPECT_FALSE(by_id.at("late").in_numerator());
  EXPECT_TRUE(by_id.at("late").in_denominator());
  EXPECT_EQ(by_id.at("by_tech1").technician_id(), "tech1");
  EXPECT_EQ(by_id.at("by_tech1").outcome(), "on_time");
  EXPECT_TRUE(by_id.at("by_tech1").in_numerator());
  EXPECT_EQ(by_id.at("excused").outcome(), "excused");
  EXPECT_EQ(by_id.at("excused").reason(), "excused by Name of disp: road closed");
  EXPECT_FALSE(by_id.at("excused").in_denominator());
  EXPECT_EQ(by_id.at("revoked").outcome(), "no_show");
  EXPECT_EQ(by_id.at("pending").outcome(), "pending");
  EXPECT_FALSE(by_id.at("pending").in_denominator());
  EXPECT_EQ(by_id.at("cancelled").outcome(), "excluded");
  EXPECT_EQ(by_id.at("edge").outcome(), "on_time");
}

TEST_F(ScorecardTest, AnUnverifiedArrivalCountsAsLateUnderTheDefaultPolicy) {
  JobRecord j = MakeJob("unverified", "tech1", At(11, 30), At(12, 30));
  j.arrived_ms = At(11, 40);  // inside the window, but outside the geofence
  j.arrival_verified = false;
  j.arrival_technician_id = "tech1";
  store_->Write([&](StoreTx& tx) { tx.InsertJob(j); });
  const auto card = Get(Manager(), ForTechnician("tech1", true));
  EXPECT_EQ(card.on_time().unverified(), 1);
  EXPECT_EQ(card.on_time().late(), 3);
  EXPECT_EQ(card.on_time().rate().denominator(), 9);
  for (const auto& x : card.on_time().rate().explanations()) {
    if (x.job_id() == "unverified") {
      EXPECT_EQ(x.reason(), "unverified arrival counted as late");
      EXPECT_FALSE(x.in_numerator());
    }
  }
}

TEST_F(ScorecardTest, APublishedCardIsReproducedWithItsComputedAtTime) {
  const auto published = WireGet(*logic_, Manager(), ForTechnician("tech1", true), At(12));
  // Later, the pending job's window has closed: today's card has one more no-show...
  const auto later = WireGet(*logic_, Manager(), ForTechnician("tech1", true), At(20));
  EXPECT_EQ(later.on_time().no_show(), published.on_time().no_show() + 1);
  // ...but asking as at the published instant gives the published numbers exactly.
  auto again = ForTechnician("tech1", true);
  again.set_as_of_ms(published.computed_at_ms());
  const auto reproduced = WireGet(*logic_, Manager(), again, At(20));
  EXPECT_EQ(reproduced.computed_at_ms(), published.computed_at_ms());
  EXPECT_EQ(reproduced.policy_version(), published.policy_version());
  EXPECT_EQ(reproduced.on_time().SerializeAsString(), published.on_time().SerializeAsString());
  auto future = ForTechnician("tech1");
  future.set_as_of_ms(At(21));
  EXPECT_THROW(WireGet(*logic_, Manager(), future, At(20)), AppError);
}

TEST_F(ScorecardTest, CompanyAndTeamScopes) {
  v1::ScorecardRequest company;
  company.set_company(true);
  SetDay(company);
  const auto all = Get(Dispatcher(), company);
  EXPECT_EQ(all.scope_label(), "Company");
  EXPECT_EQ(all.on_time().late(), 3);
  EXPECT_EQ(all.on_time().rate().numerator(), 4);
  EXPECT_EQ(all.on_time().rate().denominator(), 9);

  v1::ScorecardRequest team;
  team.set_team_id("north");
  SetDay(team);
  const auto north = Get(Manager(), team);
  EXPECT_EQ(north.scope_label(), "Team North");
  EXPECT_EQ(north.on_time().rate().denominator(), 8);
}

TEST_F(ScorecardTest, AnEmptyScopeHasNoRateRatherThanZero) {
  const auto card = Get(Manager(), ForTechnician("tech_off"));
  EXPECT_EQ(card.on_time().rate().denominator(), 0);
  EXPECT_FALSE(card.on_time().rate().has_value());
  EXPECT_FALSE(card.on_time().has_minutes_late());
}

TEST_F(ScorecardTest, ATechnicianMayReadOnlyTheirOwnScorecard) {
  EXPECT_EQ(Get(Tech1(), ForTechnician("tech1")).on_time().rate().denominator(), 8);
  EXPECT_TRUE(
      ThrowsAppError([&] { Get(Tech1(), ForTechnician("tech2")); }, ErrorKind::kPermissionDenied));
  v1::ScorecardRequest company;
  company.set_company(true);
  SetDay(company);
  EXPECT_TRUE(ThrowsAppError([&] { Get(Tech1(), company); }, ErrorKind::kPermissionDenied));
  v1::ScorecardRequest team;
  team.set_team_id("north");
  SetDay(team);
  EXPECT_TRUE(ThrowsAppError([&] { Get(Tech1(), team); }, ErrorKind::kPermissionDenied));
}

TEST_F(ScorecardTest, BadRequestsAreRefused) {
  EXPECT_TRUE(ThrowsAppError([&] { Get(Manager(), ForTechnician("disp")); }, ErrorKind::kNotFound));
  EXPECT_TRUE(
      ThrowsAppError([&] { Get(Manager(), ForTechnician("othertech")); }, ErrorKind::kNotFound));
  auto day = ForTechnician("tech1");
  day.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
  EXPECT_TRUE(ThrowsAppError([&] { Get(Manager(), day); }, ErrorKind::kInvalidArgument));
  auto backwards = ForTechnician("tech1");
  backwards.mutable_period()->set_end_ms(kDay0);
  EXPECT_TRUE(ThrowsAppError([&] { Get(Manager(), backwards); }, ErrorKind::kInvalidArgument));
  v1::ScorecardRequest no_scope;
  SetDay(no_scope);
  EXPECT_TRUE(ThrowsAppError([&] { Get(Manager(), no_scope); }, ErrorKind::kInvalidArgument));
}

TEST_F(ScorecardTest, ExcuseThenRevoke) {
  v1::ExcuseArrivalRequest excuse;
  excuse.set_job_id("no_show");
  excuse.set_reason("customer not home, confirmed by phone");
  const auto e = WireExcuse(*logic_, Dispatcher(), excuse, At(12));
  EXPECT_EQ(e.job_id(), "no_show");
  EXPECT_EQ(e.excused_by(), "Name of disp");
  EXPECT_EQ(e.excused_at_ms(), At(12));
  auto card = Get(Manager(), ForTechnician("tech1"));
  EXPECT_EQ(card.on_time().no_show(), 1);
  EXPECT_EQ(card.on_time().excused(), 2);
  EXPECT_EQ(card.on_time().rate().denominator(), 7);

  v1::RevokeExcusalRequest revoke;
  revoke.set_job_id("no_show");
  const auto r = WireRevoke(*logic_, Dispatcher(), revoke, At(13));
  EXPECT_EQ(r.revoked_by(), "Name of disp");
  EXPECT_EQ(r.revoked_at_ms(), At(13));
  EXPECT_EQ(r.reason(), excuse.reason());
  card = Get(Manager(), ForTechnician("tech1"));
  EXPECT_EQ(card.on_time().no_show(), 2);
  EXPECT_EQ(card.on_time().excused(), 1);

  EXPECT_TRUE(ThrowsAppError([&] { WireRevoke(*logic_, Dispatcher(), revoke, At(14)); },
                             ErrorKind::kNotFound, "no active excusal"));
  // A revoked excusal can be granted again.
  WireExcuse(*logic_, Dispatcher(), excuse, At(15));
  EXPECT_EQ(Get(Manager(), ForTechnician("tech1")).on_time().excused(), 2);
}

TEST_F(ScorecardTest, ExcuseAndRevokeReachTheDispatcherBoards) {
  std::vector<std::string> heard;
  logic_->on_board_changed = [&](const std::string& company, const std::vector<std::string>& jobs,
                                 TimeMs) {
    for (const auto& j : jobs) heard.push_back(company + "/" + j);
  };
  std::int64_t before = 0;
  store_->Read([&](StoreTx& tx) { before = tx.LastBoardChangeSeq(); });
  v1::ExcuseArrivalRequest excuse;
  excuse.set_job_id("no_show");
  excuse.set_reason("customer not home, confirmed by phone");
  WireExcuse(*logic_, Dispatcher(), excuse, At(12));
  v1::RevokeExcusalRequest revoke;
  revoke.set_job_id("no_show");
  WireRevoke(*logic_, Dispatcher(), revoke, At(13));
  // This instance's boards, at once; every other instance's, through the change log.
  const std::string company = Dispatcher().company_id;
  EXPECT_EQ(heard, (std::vector<std::string>{company + "/no_show", company + "/no_show"}));
  std::vector<BoardChangeRecord> log;
  store_->Read([&](StoreTx& tx) { log = tx.ListBoardChanges(before, 10); });
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].job_id, "no_show");
  EXPECT_EQ(log[1].job_id, "no_show");
  EXPECT_EQ(log[0].company_id, company);
}

TEST_F(ScorecardTest, ExcuseAndRevokeWriteTheJobsAuditTrailWithWhoWhenWhereAndWhy) {
  Caller disp = Dispatcher();
  disp.address = "ipv4:10.0.0.7";
  disp.device = "desk-3";
  v1::ExcuseArrivalRequest excuse;
  excuse.set_job_id("no_show");
  excuse.set_reason("customer not home, confirmed by phone");
  WireExcuse(*logic_, disp, excuse, At(12));
  v1::RevokeExcusalRequest revoke;
  revoke.set_job_id("no_show");
  revoke.set_reason("the customer says nobody called");
  WireRevoke(*logic_, disp, revoke, At(13));
  std::vector<AuditRecord> rows;
  store_->Read([&](StoreTx& tx) { rows = tx.ListAudit({"no_show"}); });
  ASSERT_EQ(rows.size(), 2u);
  const AuditRecord* excused = rows[0].action == "excused" ? &rows[0] : &rows[1];
  const AuditRecord* revoked = rows[0].action == "excused" ? &rows[1] : &rows[0];
  EXPECT_EQ(excused->action, "excused");
  EXPECT_EQ(excused->actor_id, "disp");
  EXPECT_EQ(excused->actor_name, "Name of disp");
  EXPECT_EQ(excused->at_ms, At(12));
  EXPECT_EQ(excused->reason, "customer not home, confirmed by phone");
  EXPECT_EQ(excused->address, "ipv4:10.0.0.7");
  EXPECT_EQ(excused->device, "desk-3");
  EXPECT_EQ(excused->company_id, "acme");
  EXPECT_EQ(revoked->action, "excusal_revoked");
  EXPECT_EQ(revoked->at_ms, At(13));
  EXPECT_EQ(revoked->reason, "the customer says nobody called");
  EXPECT_EQ(revoked->detail, "customer not home, confirmed by phone");
  EXPECT_EQ(revoked->device, "desk-3");
}

TEST_F(ScorecardTest, ExcusalReasonsWithControlCharactersAreRefusedAndChangeNothing) {
  v1::ExcuseArrivalRequest excuse;
  excuse.set_job_id("no_show");
  excuse.set_reason("late\x1b[2J");
  EXPECT_TRUE(ThrowsAppError([&] { WireExcuse(*logic_, Dispatcher(), excuse, At(12)); },
                             ErrorKind::kInvalidArgument, "reason"));
  excuse.set_reason("late");
  WireExcuse(*logic_, Dispatcher(), excuse, At(12));
  v1::RevokeExcusalRequest revoke;
  revoke.set_job_id("no_show");
  revoke.set_reason(std::string("bad\0byte", 8));
  EXPECT_TRUE(ThrowsAppError([&] { WireRevoke(*logic_, Dispatcher(), revoke, At(13)); },
                             ErrorKind::kInvalidArgument, "reason"));
  std::vector<AuditRecord> rows;
  store_->Read([&](StoreTx& tx) {
    rows = tx.ListAudit({"no_show"});
    EXPECT_FALSE(tx.FindExcusal("no_show")->revoked_ms);
  });
  EXPECT_EQ(rows.size(), 1u);
}

TEST_F(ScorecardTest, ExcusalsAreValidatedAndScopedToTheCompany) {
  v1::ExcuseArrivalRequest excuse;
  excuse.set_job_id("no_show");
  EXPECT_TRUE(ThrowsAppError([&] { WireExcuse(*logic_, Dispatcher(), excuse, At(12)); },
                             ErrorKind::kInvalidArgument, "reason"));
  excuse.set_reason(std::string(501, 'r'));
  EXPECT_TRUE(ThrowsAppError([&] { WireExcuse(*logic_, Dispatcher(), excuse, At(12)); },
                             ErrorKind::kInvalidArgument));
  excuse.set_reason("ok");
  excuse.set_job_id("missing");
  EXPECT_TRUE(ThrowsAppError([&] { WireExcuse(*logic_, Dispatcher(), excuse, At(12)); },
                             ErrorKind::kNotFound));
  excuse.set_job_id("no_show");
  const Caller outsider = CallerFor("x", Role::kDispatcher, "other");
  EXPECT_TRUE(
      ThrowsAppError([&] { WireExcuse(*logic_, outsider, excuse, At(12)); }, ErrorKind::kNotFound));
  v1::RevokeExcusalRequest revoke;
  revoke.set_job_id("excused");
  EXPECT_TRUE(
      ThrowsAppError([&] { WireRevoke(*logic_, outsider, revoke, At(12)); }, ErrorKind::kNotFound));
  store_->Read([](StoreTx& tx) { EXPECT_FALSE(tx.FindExcusal("no_show")); });
}

}  // namespace
}  // namespace fieldledger::server
