// Live (incremental) technician scores follow every change and always equal a full
// recompute of the same data.
#include <gtest/gtest.h>

#include <thread>

#include "app/callback_logic.h"
#include "app/jobs_logic.h"
#include "app/live_scores.h"
#include "app/scorecard_logic.h"
#include "app/sync_logic.h"
#include "scorecard_wire.h"
#include "storage/sqlite_store.h"
#include "sync_wire.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::WireExcuse;
using testing::WireGet;
using testing::WireRank;
using testing::WireRevoke;

using testing::At;
using testing::Batch;
using testing::CheckInEvent;
using testing::StoreTest;

class LiveScoresTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    live_ = std::make_unique<LiveScores>(*store_, scoring::ScoringPolicy{});
    sync_ = std::make_unique<SyncLogic>(*store_);
    sync_->on_jobs_written = [this](const std::string& c, const WrittenJobs& w, TimeMs now) {
      live_->JobsWritten(c, w, now);
    };
  }

  static v1::ScorecardRequest Week(const std::string& technician, bool explain) {
    v1::ScorecardRequest r;
    r.set_technician_id(technician);
    r.mutable_period()->set_kind(v1::PERIOD_KIND_ISO_WEEK);
    r.mutable_period()->set_anchor_date("2026-03-02");  // kDay0, a Monday
    r.set_explain(explain);
    return r;
  }

  // The live figure (no explanations) against a full recompute (explanations on).
  void ExpectLiveEqualsFull(TimeMs now, const std::string& technician = "tech1") {
    SCOPED_TRACE(technician);
    ScorecardLogic live(*store_, {}, live_.get());
    ScorecardLogic full(*store_);
    const auto a = WireGet(live, Manager(), Week(technician, false), now);
    const auto b = WireGet(full, Manager(), Week(technician, true), now);
    EXPECT_EQ(a.on_time().rate().numerator(), b.on_time().rate().numerator());
    EXPECT_EQ(a.on_time().rate().denominator(), b.on_time().rate().denominator());
    EXPECT_EQ(a.on_time().late(), b.on_time().late());
    EXPECT_EQ(a.on_time().no_show(), b.on_time().no_show());
    EXPECT_EQ(a.on_time().pending(), b.on_time().pending());
    EXPECT_EQ(a.first_time_fix().numerator(), b.first_time_fix().numerator());
    EXPECT_EQ(a.first_time_fix().denominator(), b.first_time_fix().denominator());
    EXPECT_EQ(a.satisfaction().rate().denominator(), b.satisfaction().rate().denominator());
    EXPECT_EQ(a.retention().pending(), b.retention().pending());
    EXPECT_EQ(a.period().label(), b.period().label());
  }

  std::unique_ptr<LiveScores> live_;
  std::unique_ptr<SyncLogic> sync_;
};

TEST_F(LiveScoresTest, APushUpdatesTheLiveScoreWithoutRebuilding) {
  AddJob("j1", "tech1", At(9), At(10));
  AddJob("j2", "tech1", At(11), At(12));
  AddJob("j3", "tech1", At(13), At(14));
  ExpectLiveEqualsFull(At(8));  // builds the live scores once
  ASSERT_EQ(live_->full_builds(), 1);

  WirePush(*sync_, Tech1(),
           Batch("dev-1", At(9, 31), 61'000, {CheckInEvent("j1", 1, At(9, 30), 1000)}), At(9, 31));
  ExpectLiveEqualsFull(At(9, 40));
  // j2 is checked in late; j3 is never checked in and becomes a no-show as time passes.
  WirePush(*sync_, Tech1(),
           Batch("dev-1", At(12, 31), 9'000'000, {CheckInEvent("j2", 2, At(12, 30), 8'940'000)}),
           At(12, 31));
  ExpectLiveEqualsFull(At(15));
  EXPECT_EQ(live_->full_builds(), 1) << "a push rebuilt the scores instead of updating them";
  EXPECT_EQ(live_->jobs_read_back(), 0) << "a push's jobs were read back instead of handed over";

  ScorecardLogic live(*store_, {}, live_.get());
  const auto card = WireGet(live, Manager(), Week("tech1", false), At(15));
  EXPECT_EQ(card.on_time().on_time(), 1);
  EXPECT_EQ(card.on_time().late(), 1);
  EXPECT_EQ(card.on_time().no_show(), 1);
  EXPECT_EQ(card.scope_label(), "Technician Name of tech1");
}

// The job as its technician's phone completes it (no signature: the job is flagged).
v1::DeviceEvent CompletedEvent(const std::string& job_id, std::int64_t sequence, TimeMs wall,
                               std::int64_t monotonic) {
  v1::DeviceEvent e = CheckInEvent(job_id, sequence, wall, monotonic);
  e.clear_check_in();
  e.mutable_completed();
  return e;
}

TEST_F(LiveScoresTest, AHandoverOlderThanTheStateHeldIsNotApplied) {
  AddJob("j1", "tech1", At(9), At(10));
  ExpectLiveEqualsFull(At(8));
  // The push's hook is held back, as a slow thread would: the dispatcher's cancel after it
  // commits later but reaches the live scores first.
  std::vector<WrittenJobs> held_back;
  sync_->on_jobs_written = [&](const std::string&, const WrittenJobs& w, TimeMs) {
    held_back.push_back(w);
  };
  WirePush(*sync_, Tech1(),
           Batch("dev-1", At(9, 31), 61'000, {CheckInEvent("j1", 1, At(9, 30), 1000)}), At(9, 31));
  ASSERT_EQ(held_back.size(), 1u);
  JobsLogic jobs(*store_);
  jobs.on_jobs_changed = [this](const std::string& c, const std::vector<std::string>& j,
                                TimeMs now) { live_->JobsChanged(c, j, now); };
  jobs.Cancel(Dispatcher(), "j1", "customer moved away", At(9, 40));
  live_->JobsWritten("acme", held_back[0], At(9, 41));
  // The checked-in, not cancelled record would count an on-time arrival the store does not.
  ExpectLiveEqualsFull(At(9, 45));
  ScorecardLogic live(*store_, {}, live_.get());
  EXPECT_EQ(WireGet(live, Manager(), Week("tech1", false), At(9, 45)).on_time().on_time(), 0);
}

TEST_F(LiveScoresTest, AHandoverFromBeforeTheBuildIsReadAgain) {
  AddJob("j1", "tech1", At(9), At(10));
  std::vector<WrittenJobs> held_back;
  sync_->on_jobs_written = [&](const std::string&, const WrittenJobs& w, TimeMs) {
    held_back.push_back(w);
  };
  WirePush(*sync_, Tech1(),
           Batch("dev-1", At(9, 31), 61'000, {CheckInEvent("j1", 1, At(9, 30), 1000)}), At(9, 31));
  ASSERT_EQ(held_back.size(), 1u);
  // Built after the push committed, before its hook ran: the build may hold a later state
  // than the handover, and nothing says which, so the job is read again.
  ExpectLiveEqualsFull(At(9, 35));
  live_->JobsWritten("acme", held_back[0], At(9, 36));
  EXPECT_EQ(live_->jobs_read_back(), 1);
  ExpectLiveEqualsFull(At(9, 40));
}

TEST_F(LiveScoresTest, AHandedOverJobKeepsItsExcusal) {
  AddJob("j1", "tech1", At(9), At(10));
  ExpectLiveEqualsFull(At(8));
  WirePush(*sync_, Tech1(),
           Batch("dev-1", At(10, 31), 5'461'000, {CheckInEvent("j1", 1, At(10, 30), 5'401'000)}),
           At(10, 31));
  ScorecardLogic live(*store_, {}, live_.get());
  live.Excuse(Manager(), "j1", "the road was closed", At(10, 40));
  // The completion's record carries no excusal: the scorer's own is kept.
  WirePush(*sync_, Tech1(),
           Batch("dev-1", At(11, 31), 9'061'000, {CompletedEvent("j1", 2, At(11, 30), 9'001'000)}),
           At(11, 31));
  ExpectLiveEqualsFull(At(12));
  const auto card = WireGet(live, Manager(), Week("tech1", false), At(12));
  EXPECT_EQ(card.on_time().late(), 0) << "the excused late arrival counted as late";
  EXPECT_EQ(card.first_time_fix().denominator(), 1) << "the completion was not applied";
}

TEST_F(LiveScoresTest, AJobWhoseHistoryDecidesItsTechnicianIsReadBack) {
  // No arrival and a promised window: the no-show counts for whoever was assigned at the
  // deadline (tech1), not for tech2, assigned after it; only the history says so.
  AddJob("j1", "tech1", At(9), At(10));
  ExpectLiveEqualsFull(At(8));
  JobsLogic jobs(*store_);  // no hook: only the handover below tells the live scores
  const JobRecord moved = jobs.Assign(Dispatcher(), "j1", "tech2", At(11));
  WrittenJobs written;
  written.jobs = {moved};
  store_->Read([&](StoreTx& tx) { written.change_seq = tx.LastJobChangeSeq(); });
  live_->JobsWritten("acme", written, At(11, 1));
  EXPECT_EQ(live_->jobs_read_back(), 1);
  ExpectLiveEqualsFull(At(12));
  ScorecardLogic live(*store_, {}, live_.get());
  EXPECT_EQ(WireGet(live, Manager(), Week("tech1", false), At(12)).on_time().no_show(), 1);
}

TEST_F(LiveScoresTest, ConcurrentPushesAndCancelsEndAsTheFullRecompute) {
  // Two phones push check-ins one event at a time while a dispatcher cancels every third
  // job: the commits share transactions (group commit) and the hooks run on three threads
  // in whatever order they finish. Whatever that order, the live cards end as the store.
  constexpr int kJobsEach = 40;
  const std::vector<std::string> technicians = {"tech1", "tech2"};
  for (const auto& t : technicians) {
    for (int i = 0; i < kJobsEach; ++i) AddJob(t + "-j" + std::to_string(i), t, At(9), At(11));
  }
  ExpectLiveEqualsFull(At(8));
  JobsLogic jobs(*store_);
  jobs.on_jobs_changed = [this](const std::string& c, const std::vector<std::string>& j,
                                TimeMs now) { live_->JobsChanged(c, j, now); };
  std::vector<std::thread> threads;
  for (const auto& t : technicians) {
    threads.emplace_back([&, t] {
      const Caller caller = t == "tech1" ? Tech1() : Tech2();
      for (int i = 0; i < kJobsEach; ++i) {
        const TimeMs sent = At(10) + i * 1'000;
        const std::int64_t monotonic = 1'000'000 + i * 1'000;
        WirePush(
            *sync_, caller,
            Batch("dev-" + t, sent, monotonic,
                  {CheckInEvent(t + "-j" + std::to_string(i), i + 1, sent - 500, monotonic - 500)}),
            sent);
      }
    });
  }
  threads.emplace_back([&] {
    for (int i = 0; i < kJobsEach; i += 3) {
      for (const auto& t : technicians) {
        jobs.Cancel(Dispatcher(), t + "-j" + std::to_string(i), "customer called off",
                    At(10) + i * 1'000);
      }
    }
  });
  for (auto& th : threads) th.join();
  for (const auto& t : technicians) ExpectLiveEqualsFull(At(12), t);
  EXPECT_EQ(live_->full_builds(), 1);
}

TEST_F(LiveScoresTest, AWriteFromAnotherProcessTriggersARebuild) {
  AddJob("j1", "tech1", At(9), At(10));
  ExpectLiveEqualsFull(At(8));
  ASSERT_EQ(live_->full_builds(), 1);
  // A second store on the same database, as fieldledger-admin (or, on PostgreSQL, a
  // second server instance) would open.
  testing::TestBackendStore other(path_);
  other.Write([&](StoreTx& tx) { tx.InsertJob(MakeJob("j2", "tech1", At(10), At(11))); });
  ExpectLiveEqualsFull(At(12));
  EXPECT_EQ(live_->full_builds(), 2);
}

}  // namespace
}  // namespace fieldledger::server
