// The board change log is pruned to about its last kBoardChangesKept rows
// (storage/board_changes.h), and a follower that fell behind the rows kept resets its
// instance's boards instead of silently skipping what was pruned, while one that keeps
// up never does. On SQLite and (server_unit_tests_pg) on PostgreSQL.
#include <gtest/gtest.h>

#include "app/board_follower.h"
#include "storage/board_changes.h"
#include "test_store.h"

namespace fieldledger::server::testing {
namespace {

class BoardChangesPruneTest : public StoreTest {
 protected:
  static constexpr int kPerWrite = 500;
  // `writes` writes of kPerWrite rows each, as other instances' writes leave them;
  // `after_each` runs after every write.
  void Append(int writes, const std::function<void()>& after_each = nullptr) {
    std::vector<std::string> jobs;
    for (int i = 0; i < kPerWrite; ++i) jobs.push_back("j" + std::to_string(i));
    for (int w = 0; w < writes; ++w) {
      store_->Write([&](StoreTx& tx) { tx.AppendBoardChanges("acme", jobs); });
      if (after_each) after_each();
    }
  }
  std::int64_t Last() {
    std::int64_t last = 0;
    store_->Read([&](StoreTx& tx) { last = tx.LastBoardChangeSeq(); });
    return last;
  }
  BoardFeed feed_{1};
};

TEST_F(BoardChangesPruneTest, TheLogKeepsItsLastRowsOnly) {
  Append(25);  // 12,500 rows
  const std::int64_t last = Last();
  const std::int64_t rows = CountRows(path_, "board_changes");
  EXPECT_LT(rows, 25 * kPerWrite);  // pruned
  EXPECT_GE(rows, kBoardChangesKept);
  EXPECT_LE(rows, kBoardChangesKept + kBoardChangesPruneEvery + kPerWrite);
  // The newest kBoardChangesKept rows are all there.
  std::vector<BoardChangeRecord> newest;
  store_->Read([&](StoreTx& tx) {
    newest = tx.ListBoardChanges(last - kBoardChangesKept, kBoardChangesKept + 10);
  });
  ASSERT_EQ(newest.size(), static_cast<std::size_t>(kBoardChangesKept));
  EXPECT_EQ(newest.back().seq, last);
}

TEST_F(BoardChangesPruneTest, AFollowerBehindThePrunedRowsResetsItsBoards) {
  BoardFollower follower(*store_, feed_);
  follower.PollOnce();                             // the cursor: the log's end
  const std::int64_t board_cursor = feed_.Head();  // an open board, up to date
  Append(25);  // while this instance could not read, others wrote more than is kept
  follower.PollOnce();
  EXPECT_EQ(follower.resets(), 1);
  EXPECT_TRUE(feed_.After("acme", feed_.epoch(), board_cursor, 0, nullptr).reset)
      << "the board must reload, not go on as if it had missed nothing";
  EXPECT_EQ(follower.cursor(), Last());
  // From the reloaded board on, changes arrive as before, without another reset.
  const std::int64_t reloaded = feed_.Head();
  store_->Write([](StoreTx& tx) { tx.AppendBoardChanges("acme", {"j-new"}); });
  EXPECT_EQ(follower.PollOnce(), 1);
  EXPECT_EQ(follower.resets(), 1);
  const auto heard = feed_.After("acme", feed_.epoch(), reloaded, 0, nullptr);
  EXPECT_FALSE(heard.reset);
  ASSERT_EQ(heard.changes.size(), 1u);
  EXPECT_EQ(heard.changes[0].job_ids, std::vector<std::string>{"j-new"});
}

TEST_F(BoardChangesPruneTest, AFollowerThatKeepsUpNeverResets) {
  BoardFollower follower(*store_, feed_);
  follower.PollOnce();
  int published = 0;
  Append(25, [&] { published += follower.PollOnce(); });
  EXPECT_EQ(follower.resets(), 0);
  EXPECT_EQ(published, 25 * kPerWrite);
  EXPECT_LT(CountRows(path_, "board_changes"), 25 * kPerWrite);  // pruned meanwhile
}

}  // namespace
}  // namespace fieldledger::server::testing
