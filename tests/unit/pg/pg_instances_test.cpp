// Two PgStores on one database, as two server instances: writes from both are
// serialised (a read-then-write never loses an update, the change feed has no gap and
// is numbered in commit order), and each sees the other's commits as external writes.
#include <gtest/gtest.h>

#include <atomic>
#include <latch>
#include <map>
#include <set>
#include <thread>
#include <vector>

#include "../server/sync_wire.h"
#include "../server/test_store.h"
#include "app/sync_logic.h"

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

TEST_F(PgInstancesTest, TheSameBatchReachingBothInstancesAtOnceIsAppliedOnce) {
  // A phone that retries on another instance while the first is still working on the
  // batch: both SyncLogics push the same events at the same moment.
  constexpr int kRounds = 10;
  constexpr int kPerBatch = 3;
  constexpr std::int64_t kMono = 5'000'000;
  for (int i = 1; i <= kRounds * kPerBatch; ++i) {
    AddJob("j" + std::to_string(i), "tech1", At(9), At(17));
  }
  SyncLogic first(*store_);
  SyncLogic second(*second_);
  std::map<std::string, int> applied, duplicate;
  std::int64_t seq = 0;
  for (int round = 0; round < kRounds; ++round) {
    std::vector<v1::DeviceEvent> events;
    for (int k = 0; k < kPerBatch; ++k) {
      ++seq;
      events.push_back(testing::CheckInEvent("j" + std::to_string(seq), seq,
                                             At(9, 20) + seq * kSecondMs, kMono + seq * 1000));
    }
    const auto req = testing::Batch("dev-1", At(9, 30), kMono + 10 * kMinuteMs, events);
    v1::PushResponse a, b;
    std::string error_a, error_b;
    std::latch go(2);  // both pushes start together
    auto push = [&](SyncLogic& logic, v1::PushResponse& out, std::string& error) {
      go.arrive_and_wait();
      try {
        out = WirePush(logic, Tech1(), req, At(9, 30));
      } catch (const std::exception& e) {
        error = e.what();
      }
    };
    std::thread ta([&] { push(first, a, error_a); });
    std::thread tb([&] { push(second, b, error_b); });
    ta.join();
    tb.join();
    ASSERT_EQ(error_a, "") << "round " << round;
    ASSERT_EQ(error_b, "") << "round " << round;
    for (const auto* resp : {&a, &b}) {
      ASSERT_EQ(resp->acks_size(), kPerBatch);
      for (const auto& ack : resp->acks()) {
        if (ack.status() == v1::EventAck::STATUS_APPLIED) ++applied[ack.event_id()];
        if (ack.status() == v1::EventAck::STATUS_DUPLICATE) ++duplicate[ack.event_id()];
      }
    }
  }
  // Every event applied by exactly one instance and acknowledged as a duplicate by the
  // other; stored once; the device's last sequence is the last event's.
  ASSERT_EQ(applied.size(), static_cast<std::size_t>(kRounds * kPerBatch));
  for (const auto& [id, n] : applied) {
    EXPECT_EQ(n, 1) << id;
    EXPECT_EQ(duplicate[id], 1) << id;
  }
  store_->Read([&](StoreTx& tx) {
    EXPECT_EQ(tx.CountEvents("dev-1"), kRounds * kPerBatch);
    EXPECT_EQ(tx.FindDevice("dev-1")->last_sequence, seq);
    for (int i = 1; i <= kRounds * kPerBatch; ++i) {
      EXPECT_TRUE(tx.FindJob("j" + std::to_string(i))->arrived_ms) << i;
    }
  });
}

TEST_F(PgInstancesTest, AReadInsideAWriteDoesNotWaitForQueuedWriters) {
  // More writers than connections: those queued on the write lock hold connections while
  // the one holding the lock reads through the store.
  constexpr int kWriters = 8;
  std::vector<std::thread> writers;
  std::atomic<int> read_ok{0};
  for (int i = 0; i < kWriters; ++i) {
    writers.emplace_back([&, i] {
      store_->Write([&](StoreTx& tx) {
        tx.InsertTeam({"t" + std::to_string(i), "acme", "Team"});
        store_->Read([&](StoreTx& r) {
          if (r.FindCompany("acme")) ++read_ok;
        });
      });
    });
  }
  for (auto& t : writers) t.join();
  EXPECT_EQ(read_ok.load(), kWriters);
  EXPECT_EQ(testing::CountRows(path_, "teams"), kWriters + 1);  // and "north"
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
