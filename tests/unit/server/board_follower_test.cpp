// The board change log and its follower (app/board_follower.h): every write that changes
// what a dispatcher's board shows logs its jobs in its own transaction, and a follower
// publishes the rows committed after its cursor into its instance's BoardFeed, surviving
// a failed read without skipping anything. On SQLite and (server_unit_tests_pg) on
// PostgreSQL.
#include "app/board_follower.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "app/dispatch_actions.h"
#include "app/sync_logic.h"
#include "storage/store_unavailable.h"
#include "sync_wire.h"
#include "test_store.h"

namespace fieldledger::server::testing {
namespace {

using namespace std::chrono_literals;

// The store, with reads that fail while `failing` is set (a database restarting).
class FlakyStore final : public Store {
 public:
  explicit FlakyStore(Store& inner) : inner_(inner) {}
  void Write(const std::function<void(StoreTx&)>& fn) override { inner_.Write(fn); }
  void Read(const std::function<void(StoreTx&)>& fn) override {
    if (failing) throw StoreUnavailable(StoreUnavailable::Cause::kRestarting, "restarting");
    inner_.Read(fn);
  }
  std::int64_t ExternalWrites() override { return inner_.ExternalWrites(); }
  std::atomic<bool> failing{false};

 private:
  Store& inner_;
};

class BoardFollowerTest : public StoreTest {
 protected:
  std::vector<BoardChangeRecord> Log() {
    std::vector<BoardChangeRecord> out;
    store_->Read([&](StoreTx& tx) { out = tx.ListBoardChanges(0, 1000); });
    return out;
  }
  // What another instance's write leaves behind: rows in the log, nothing in this feed.
  void OtherInstanceChanged(const std::string& company, const std::vector<std::string>& jobs) {
    store_->Write([&](StoreTx& tx) { tx.AppendBoardChanges(company, jobs); });
  }
  // The company's changes in the feed after `after`, waiting up to `timeout`.
  BoardFeed::Wait Heard(const std::string& company, std::int64_t after, DurationMs timeout = 0) {
    return feed_.After(company, feed_.epoch(), after, timeout, nullptr);
  }
  JobRecord Draft() const {
    JobRecord d;
    d.customer_name = "Liu Yang";
    d.customer_phone = "138 0000 0001";
    d.address = "88 Century Ave";
    d.latitude = kSiteLat;
    d.longitude = kSiteLon;
    d.window = {At(9), At(10)};
    d.technician_id = "tech1";
    d.product = "Phone X";
    d.product_category = "phone";
    d.purchase_date = "2025-01-02";
    d.activation_date = "2025-01-03";
    d.serial_number = "SN-1";
    return d;
  }

  BoardFeed feed_{1};
};

TEST_F(BoardFollowerTest, EveryChangeABoardShowsIsLoggedInItsOwnTransaction) {
  DispatchActions actions(*store_, DispatchPolicy{});
  const std::string id = actions.Create(Dispatcher(), Draft(), "", "", At(8));
  actions.Assign(Dispatcher(), id, "tech2", "", At(8) + 1);
  actions.Assign(Dispatcher(), id, "tech2", "", At(8) + 2);  // already theirs: no change
  actions.Reschedule(Dispatcher(), id, {At(11), At(12)}, "customer asked", At(8) + 3);
  actions.Cancel(Dispatcher(), id, "customer cancelled", At(8) + 4);
  // A check-in applied by a push, at another job.
  AddJob("j2", "tech1", At(9), At(10));
  SyncLogic sync(*store_);
  WirePush(sync, Tech1(),
           Batch("dev-1", At(9), At(9) - kDay0, {CheckInEvent("j2", 1, At(9), At(9) - kDay0)}),
           At(9));

  const auto log = Log();
  ASSERT_EQ(log.size(), 5u);  // created, assigned, rescheduled, cancelled; the check-in
  for (int i = 0; i < 4; ++i) EXPECT_EQ(log[i].job_id, id) << i;
  EXPECT_EQ(log[4].job_id, "j2");
  for (const auto& row : log) EXPECT_EQ(row.company_id, "acme");
  for (std::size_t i = 1; i < log.size(); ++i) EXPECT_GT(log[i].seq, log[i - 1].seq);
  std::int64_t last = 0;
  store_->Read([&](StoreTx& tx) { last = tx.LastBoardChangeSeq(); });
  EXPECT_EQ(last, log.back().seq);

  // A refused action (the job is cancelled) logs nothing: its transaction rolled back.
  EXPECT_ANY_THROW(actions.Reschedule(Dispatcher(), id, {At(13), At(14)}, "again", At(8) + 5));
  EXPECT_EQ(Log().size(), 5u);
}

TEST_F(BoardFollowerTest, PublishesWhatWasCommittedAfterItStartedByCompany) {
  OtherInstanceChanged("acme", {"before"});  // in any snapshot a board takes from now on
  BoardFollower follower(*store_, feed_);
  EXPECT_EQ(follower.PollOnce(), 0);  // takes the cursor: the log's end
  ASSERT_TRUE(follower.cursor());
  EXPECT_EQ(feed_.Head(), 0);

  OtherInstanceChanged("acme", {"j1", "j2"});
  OtherInstanceChanged("other", {"j3"});
  EXPECT_EQ(follower.PollOnce(), 3);
  const auto acme = Heard("acme", 0);
  ASSERT_EQ(acme.changes.size(), 1u);
  EXPECT_EQ(acme.changes[0].job_ids, (std::vector<std::string>{"j1", "j2"}));
  const auto other = Heard("other", 0);
  ASSERT_EQ(other.changes.size(), 1u);
  EXPECT_EQ(other.changes[0].job_ids, (std::vector<std::string>{"j3"}));
  EXPECT_EQ(follower.PollOnce(), 0);  // nothing new: nothing published again
  EXPECT_EQ(feed_.Head(), 2);
}

TEST_F(BoardFollowerTest, ReadsABacklogLongerThanOneBatch) {
  BoardFollower follower(*store_, feed_);
  follower.PollOnce();
  std::vector<std::string> many;
  for (int i = 0; i < BoardFollower::kBatch + 7; ++i) many.push_back("j" + std::to_string(i));
  OtherInstanceChanged("acme", many);
  EXPECT_EQ(follower.PollOnce(), BoardFollower::kBatch + 7);
  std::size_t heard = 0;
  for (const auto& c : Heard("acme", 0).changes) heard += c.job_ids.size();
  EXPECT_EQ(heard, many.size());
}

TEST_F(BoardFollowerTest, ItsThreadWakesAnOpenBoardAndStopsAtOnce) {
  BoardFollower follower(*store_, feed_, 50ms);
  follower.Start();
  OtherInstanceChanged("acme", {"j1"});
  // A board waiting on the feed, as WatchBoard does, with a deadline.
  const auto heard = Heard("acme", 0, 5000);
  ASSERT_EQ(heard.changes.size(), 1u);
  EXPECT_EQ(heard.changes[0].job_ids, std::vector<std::string>{"j1"});
  const auto before = std::chrono::steady_clock::now();
  follower.Stop();
  EXPECT_LT(std::chrono::steady_clock::now() - before, 1s);
}

TEST_F(BoardFollowerTest, AFailedReadKeepsTheCursorAndNothingIsSkipped) {
  FlakyStore flaky(*store_);
  BoardFollower follower(flaky, feed_, 50ms);
  follower.PollOnce();
  const auto cursor = follower.cursor();
  flaky.failing = true;
  OtherInstanceChanged("acme", {"during"});
  EXPECT_THROW(follower.PollOnce(), StoreUnavailable);
  EXPECT_EQ(follower.cursor(), cursor);

  // The thread keeps trying through the outage and catches up when reads work again.
  follower.Start();
  std::this_thread::sleep_for(200ms);  // several failed reads
  EXPECT_EQ(feed_.Head(), 0);
  OtherInstanceChanged("acme", {"after"});
  flaky.failing = false;
  std::vector<std::string> jobs;
  std::int64_t after = 0;
  const auto deadline = std::chrono::steady_clock::now() + 5s;
  while (jobs.size() < 2 && std::chrono::steady_clock::now() < deadline) {
    const auto w = Heard("acme", after, 1000);
    for (const auto& c : w.changes) jobs.insert(jobs.end(), c.job_ids.begin(), c.job_ids.end());
    after = w.head;
  }
  EXPECT_EQ(jobs, (std::vector<std::string>{"during", "after"}));
  follower.Stop();
}

TEST_F(BoardFollowerTest, StartingWhileTheDatabaseIsDownTakesTheCursorLater) {
  FlakyStore flaky(*store_);
  flaky.failing = true;
  BoardFollower follower(flaky, feed_, 50ms);
  follower.Start();  // logs, does not throw
  EXPECT_FALSE(follower.cursor());
  flaky.failing = false;
  const auto deadline = std::chrono::steady_clock::now() + 5s;
  while (!follower.cursor() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(20ms);
  }
  EXPECT_TRUE(follower.cursor());
  follower.Stop();
}

}  // namespace
}  // namespace fieldledger::server::testing
