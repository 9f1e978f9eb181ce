// Two PgStores on one database, as two server instances: writes from both are
// serialised (a read-then-write never loses an update, the change feed has no gap and
// is numbered in commit order), and each sees the other's commits as external writes.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>
#include <vector>

#include "../server/test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::StoreTest;

class PgInstancesTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    second_ = std::make_unique<PgStore>(path_);
  }
  std::unique_ptr<PgStore> second_;
};

TEST_F(PgInstancesTest, ReadThenWriteFromTwoInstancesLosesNoUpdate) {
  store_->Write([](StoreTx& tx) { tx.UpsertDevice({"phone", "tech1", 0, At(8), ""}); });
  constexpr int kThreadsPerStore = 3;
  constexpr int kWritesPerThread = 40;
  std::vector<std::thread> threads;
  for (Store* store : {static_cast<Store*>(store_.get()), static_cast<Store*>(second_.get())}) {
    for (int t = 0; t < kThreadsPerStore; ++t) {
      threads.emplace_back([store] {
        for (int i = 0; i < kWritesPerThread; ++i) {
          store->Write([](StoreTx& tx) {
            auto d = tx.FindDevice("phone");
            d->last_sequence += 1;  // what a push does: read the last, store the next
            tx.UpsertDevice(*d);
          });
        }
      });
    }
  }
  for (auto& t : threads) t.join();
  std::optional<DeviceRecord> d;
  second_->Read([&](StoreTx& tx) { d = tx.FindDevice("phone"); });
  ASSERT_TRUE(d);
  EXPECT_EQ(d->last_sequence, 2 * kThreadsPerStore * kWritesPerThread);
}

TEST_F(PgInstancesTest, ChangeFeedHasNoGapWhileTwoInstancesAppend) {
  AddJob("j1", "tech1", At(9), At(10));
  constexpr int kPerStore = 150;
  std::atomic<bool> done{false};
  // A puller reading with a cursor while both append: every row it has passed must
  // never be joined later by a smaller seq (which a cursor would skip for ever).
  std::int64_t cursor = 0;
  std::set<std::int64_t> seen;
  bool skipped = false;
  std::thread puller([&] {
    while (!done.load()) {
      second_->Read([&](StoreTx& tx) {
        for (const auto& c : tx.ListJobChanges("tech1", cursor, 1000)) {
          seen.insert(c.seq);
          cursor = c.seq;
        }
        for (const auto& c : tx.ListJobChanges("tech1", 0, 100000)) {
          if (c.seq <= cursor && !seen.contains(c.seq)) skipped = true;
        }
      });
    }
  });
  std::vector<std::thread> writers;
  for (Store* store : {static_cast<Store*>(store_.get()), static_cast<Store*>(second_.get())}) {
    writers.emplace_back([store] {
      for (int i = 0; i < kPerStore; ++i) {
        store->Write([](StoreTx& tx) { tx.AppendJobChange("j1", "tech1"); });
      }
    });
  }
  for (auto& t : writers) t.join();
  done = true;
  puller.join();
  EXPECT_FALSE(skipped) << "a pull cursor passed a row committed after it";
  std::vector<JobChange> all;
  store_->Read([&](StoreTx& tx) { all = tx.ListJobChanges("tech1", 0, 100000); });
  ASSERT_EQ(all.size(), static_cast<std::size_t>(2 * kPerStore));
  for (std::size_t i = 1; i < all.size(); ++i) EXPECT_EQ(all[i].seq, all[i - 1].seq + 1);
}

TEST_F(PgInstancesTest, EachInstanceSeesTheOthersWritesAsExternal) {
  const std::int64_t first_before = store_->ExternalWrites();
  const std::int64_t second_before = second_->ExternalWrites();
  store_->Write([](StoreTx& tx) { tx.InsertTeam({"south", "acme", "South"}); });
  EXPECT_EQ(store_->ExternalWrites(), first_before);  // its own write
  EXPECT_EQ(second_->ExternalWrites(), second_before + 1);
  second_->Write([](StoreTx& tx) { tx.InsertTeam({"east", "acme", "East"}); });
  EXPECT_EQ(store_->ExternalWrites(), first_before + 1);
}

TEST_F(PgInstancesTest, AFailedWriteOnOneInstanceLeavesNothingForTheOther) {
  EXPECT_THROW(store_->Write([](StoreTx& tx) {
    tx.InsertTeam({"west", "acme", "West"});
    tx.InsertTeam({"west", "acme", "West again"});  // duplicate key
  }),
               pg::PgError);
  std::optional<TeamRecord> t;
  second_->Read([&](StoreTx& tx) { t = tx.FindTeam("west"); });
  EXPECT_FALSE(t);
}

TEST_F(PgInstancesTest, ProbeWritableAnswersWhetherAWriteCommits) {
  EXPECT_TRUE(store_->ProbeWritable());
  EXPECT_EQ(testing::CountRows(path_, "health_probe"), 0);  // the probe leaves nothing
  // A database that refuses the write (here a trigger; in life a full disk) answers false.
  testing::ExecSql(path_,
                   "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$BEGIN RAISE EXCEPTION 'disk full'; END$$; "
                   "CREATE TRIGGER refuse BEFORE INSERT ON health_probe "
                   "FOR EACH ROW EXECUTE FUNCTION refuse()");
  EXPECT_FALSE(store_->ProbeWritable());
  EXPECT_FALSE(second_->ProbeWritable());
}

}  // namespace
}  // namespace fieldledger::server
