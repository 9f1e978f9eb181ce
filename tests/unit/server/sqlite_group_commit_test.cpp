// sql::GroupCommit on a real database file: concurrent writes share one transaction
// and commit; a write that throws is rolled back alone and its caller alone sees it.
#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <thread>

#include "fieldledger_sqlite/group_commit.h"
#include "test_store.h"

namespace fieldledger::sql {
namespace {

using server::testing::TempDir;

constexpr auto kPatience = std::chrono::seconds(10);  // only a hang would take this long

class GroupCommitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<Db>(dir_.File("group.db"));
    db_->Exec("CREATE TABLE t (name TEXT PRIMARY KEY)");
    group_ = std::make_unique<GroupCommit>(*db_, 64, [this](Locked&) { ++commits_; });
  }
  static void Insert(Locked& conn, const std::string& name) {
    conn.Cached("INSERT INTO t VALUES (?)").Bind(name).Run();
  }
  std::vector<std::string> Names() {
    Locked conn(*db_);
    auto s = conn.Cached("SELECT name FROM t ORDER BY name");
    std::vector<std::string> out;
    while (s.Step()) out.push_back(s.Text(0));
    return out;
  }
  // Runs `first` and, while it is being written, queues `others` behind it, so that the
  // others form the next group together.
  void RunGrouped(const GroupCommit::Work& first, std::vector<GroupCommit::Work> others,
                  std::vector<std::exception_ptr>& errors) {
    errors.assign(others.size(), nullptr);
    std::vector<std::thread> threads;
    std::thread leader([&] {
      group_->Run([&](Locked& conn) {
        first(conn);
        for (std::size_t i = 0; i < others.size(); ++i) {
          threads.emplace_back([&, i] {
            try {
              group_->Run(others[i]);
            } catch (...) {
              errors[i] = std::current_exception();
            }
          });
        }
        const auto deadline = std::chrono::steady_clock::now() + kPatience;
        while (group_->waiting() < others.size() && std::chrono::steady_clock::now() < deadline) {
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
      });
    });
    leader.join();
    for (auto& t : threads) t.join();
  }

  TempDir dir_;
  std::unique_ptr<Db> db_;
  std::unique_ptr<GroupCommit> group_;
  int commits_ = 0;
};

TEST_F(GroupCommitTest, OneWriteAloneIsCommittedBeforeRunReturns) {
  group_->Run([](Locked& conn) { Insert(conn, "a"); });
  EXPECT_EQ(commits_, 1);
  Db other(dir_.File("group.db"));  // another connection sees it: committed
  Stmt s(other, "SELECT COUNT(*) FROM t");
  ASSERT_TRUE(s.Step());
  EXPECT_EQ(s.Int(0), 1);
}

TEST_F(GroupCommitTest, WritesQueuedTogetherShareOneCommit) {
  std::vector<std::exception_ptr> errors;
  RunGrouped([](Locked& conn) { Insert(conn, "first"); },
             {[](Locked& conn) { Insert(conn, "b"); }, [](Locked& conn) { Insert(conn, "c"); },
              [](Locked& conn) { Insert(conn, "d"); }},
             errors);
  for (const auto& e : errors) EXPECT_FALSE(e);
  EXPECT_EQ(Names(), (std::vector<std::string>{"b", "c", "d", "first"}));
  EXPECT_EQ(commits_, 2);  // the first alone, then the three queued behind it together
}

TEST_F(GroupCommitTest, AWriteThatThrowsIsRolledBackAloneAndOnlyItsCallerSeesIt) {
  std::vector<std::exception_ptr> errors;
  RunGrouped([](Locked& conn) { Insert(conn, "first"); },
             {[](Locked& conn) { Insert(conn, "b"); },
              [](Locked& conn) {
                Insert(conn, "c");
                throw std::runtime_error("c changed its mind");
              },
              [](Locked& conn) { Insert(conn, "first"); },  // a constraint violation
              [](Locked& conn) { Insert(conn, "e"); }},
             errors);
  EXPECT_FALSE(errors[0]);
  ASSERT_TRUE(errors[1]);
  EXPECT_THROW(std::rethrow_exception(errors[1]), std::runtime_error);
  ASSERT_TRUE(errors[2]);
  EXPECT_THROW(std::rethrow_exception(errors[2]), SqliteError);
  EXPECT_FALSE(errors[3]);
  EXPECT_EQ(Names(), (std::vector<std::string>{"b", "e", "first"}));
  EXPECT_EQ(commits_, 2);
}

TEST_F(GroupCommitTest, ManyThreadsWritingAtOnceLoseNothing) {
  constexpr int kThreads = 8, kEach = 25;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        group_->Run([&](Locked& conn) { Insert(conn, std::to_string(t * 1000 + i)); });
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(Names().size(), static_cast<std::size_t>(kThreads * kEach));
  EXPECT_LE(commits_, kThreads * kEach);
}

}  // namespace
}  // namespace fieldledger::sql
