// SqliteStore's read connections on a real database file in WAL mode: a Read runs
// while a write transaction is open, sees the last committed state, and keeps one view
// for its whole call.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <thread>

#include "fieldledger_sqlite/reader_pool.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::kDay0;
using testing::TempDir;

constexpr auto kPatience = std::chrono::seconds(10);  // only a hang would take this long

class ReaderPoolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.File("readers.db");
    store_ = std::make_unique<SqliteStore>(path_);
    store_->Write([](StoreTx& tx) { tx.InsertCompany({"acme", "Acme", "UTC", kDay0}); });
  }
  bool HasCompany(const std::string& id) {
    bool found = false;
    store_->Read([&](StoreTx& tx) { found = tx.FindCompany(id).has_value(); });
    return found;
  }
  TempDir dir_;
  std::string path_;
  std::unique_ptr<SqliteStore> store_;
};

TEST_F(ReaderPoolTest, AReadProceedsWhileAWriteIsOpenAndSeesTheLastCommit) {
  ASSERT_GT(store_->readers(), 0u);
  std::promise<void> written, read_done;
  auto read_done_future = read_done.get_future();
  std::thread writer([&] {
    store_->Write([&](StoreTx& tx) {
      tx.InsertCompany({"pending", "Not yet committed", "UTC", kDay0});
      written.set_value();
      // Hold the write transaction (and the writer's lock) until the read is done.
      read_done_future.wait_for(kPatience);
    });
  });
  written.get_future().wait();
  auto reading = std::async(std::launch::async, [&] {
    return std::pair{HasCompany("acme"), HasCompany("pending")};
  });
  const bool finished = reading.wait_for(kPatience) == std::future_status::ready;
  read_done.set_value();
  writer.join();
  ASSERT_TRUE(finished) << "the read waited for the writer";
  const auto [committed, uncommitted] = reading.get();
  EXPECT_TRUE(committed);
  EXPECT_FALSE(uncommitted);
  EXPECT_TRUE(HasCompany("pending"));  // committed now
}

TEST_F(ReaderPoolTest, OneReadKeepsOneViewWhileAWriteCommitsBesideIt) {
  std::vector<bool> seen;
  store_->Read([&](StoreTx& tx) {
    seen.push_back(tx.FindCompany("acme").has_value());
    std::thread([&] {
      store_->Write([](StoreTx& w) { w.InsertCompany({"later", "Later", "UTC", kDay0}); });
    }).join();
    seen.push_back(tx.FindCompany("later").has_value());
    seen.push_back(tx.ListCompanies().size() == 2);
  });
  EXPECT_EQ(seen, (std::vector<bool>{true, false, false}));
  EXPECT_TRUE(HasCompany("later"));
}

TEST_F(ReaderPoolTest, AReadConnectionCannotWrite) {
  EXPECT_THROW(store_->Read([](StoreTx& tx) {
    tx.InsertCompany({"x", "X", "UTC", kDay0});
  }),
               sql::SqliteError);
  EXPECT_FALSE(HasCompany("x"));
}

TEST_F(ReaderPoolTest, OwnWritesDoNotCountAsExternalButAnotherConnectionsDo) {
  const std::int64_t before = store_->ExternalWrites();
  store_->Write([](StoreTx& tx) { tx.InsertCompany({"own", "Own", "UTC", kDay0}); });
  EXPECT_TRUE(HasCompany("own"));
  EXPECT_EQ(store_->ExternalWrites(), before);
  {
    sql::Db other(path_);
    other.Exec("INSERT INTO companies VALUES ('ext', 'External', 'UTC', 0)");
  }
  EXPECT_NE(store_->ExternalWrites(), before);
}

TEST(ReaderPoolMemoryTest, AnInMemoryStoreReadsOnItsOneConnection) {
  SqliteStore store(":memory:");
  EXPECT_EQ(store.readers(), 0u);
  store.Write([](StoreTx& tx) { tx.InsertCompany({"acme", "Acme", "UTC", kDay0}); });
  bool found = false;
  store.Read([&](StoreTx& tx) { found = tx.FindCompany("acme").has_value(); });
  EXPECT_TRUE(found);
}

TEST(ReaderPoolLeaseTest, AnAcquireWaitsUntilALeaseIsReturned) {
  TempDir dir;
  const std::string path = dir.File("pool.db");
  SqliteStore store(path);  // creates the file in WAL mode
  sql::ReaderPool pool(path, 1);
  std::promise<void> acquired, release;
  std::thread holder([&] {
    auto lease = pool.Acquire();
    acquired.set_value();
    release.get_future().wait_for(kPatience);
  });
  acquired.get_future().wait();
  auto second = std::async(std::launch::async, [&] {
    auto lease = pool.Acquire();
    auto s = lease.conn().Cached("SELECT COUNT(*) FROM companies");
    return s.Step() ? s.Int(0) : -1;
  });
  EXPECT_EQ(second.wait_for(std::chrono::milliseconds(100)), std::future_status::timeout);
  release.set_value();
  holder.join();
  ASSERT_EQ(second.wait_for(kPatience), std::future_status::ready);
  EXPECT_EQ(second.get(), 0);
}

}  // namespace
}  // namespace fieldledger::server
