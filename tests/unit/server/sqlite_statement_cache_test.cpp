// The per-connection statement cache (sql::Locked::Cached) on a real database file:
// one prepared statement per SQL text, handed back reset and unbound, still right
// after the schema changes underneath it.
#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>
#include <thread>

#include "fieldledger_sqlite/db.h"
#include "test_store.h"

namespace fieldledger::sql {
namespace {

using server::testing::TempDir;

class StatementCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.File("cache.db");
    db_ = std::make_unique<Db>(path_);
    db_->Exec("CREATE TABLE t (n INTEGER)");
    db_->Exec("INSERT INTO t VALUES (1), (2), (3)");
  }
  TempDir dir_;
  std::string path_;
  std::unique_ptr<Db> db_;
};

TEST_F(StatementCacheTest, TheSameTextReusesOnePreparedStatement) {
  Locked conn(*db_);
  sqlite3_stmt* first = nullptr;
  {
    auto s = conn.Cached("SELECT COUNT(*) FROM t");
    ASSERT_TRUE(s.Step());
    EXPECT_EQ(s.Int(0), 3);
    first = s.handle();
  }
  auto again = conn.Cached("SELECT COUNT(*) FROM t");
  EXPECT_EQ(again.handle(), first);
  ASSERT_TRUE(again.Step());
  EXPECT_EQ(again.Int(0), 3);
  EXPECT_EQ(db_->cached_statements(), 1u);
}

TEST_F(StatementCacheTest, AReleasedStatementIsResetAndUnbound) {
  Locked conn(*db_);
  sqlite3_stmt* handle = nullptr;
  {
    auto s = conn.Cached("SELECT n, ?1 FROM t ORDER BY n");
    s.Bind("bound");
    ASSERT_TRUE(s.Step());  // left on the first of three rows
    EXPECT_EQ(s.Text(1), "bound");
    handle = s.handle();
    EXPECT_NE(sqlite3_stmt_busy(handle), 0);
  }
  // Released: no longer stepping (so it holds no read snapshot) and nothing bound.
  EXPECT_EQ(sqlite3_stmt_busy(handle), 0);
  auto s = conn.Cached("SELECT n, ?1 FROM t ORDER BY n");
  ASSERT_TRUE(s.Step());
  EXPECT_EQ(s.Int(0), 1);  // from the first row again
  EXPECT_TRUE(s.IsNull(1));
}

TEST_F(StatementCacheTest, ATextAlreadyInUseGetsAOneOffStatement) {
  Locked conn(*db_);
  auto outer = conn.Cached("SELECT n FROM t ORDER BY n");
  ASSERT_TRUE(outer.Step());
  {
    auto inner = conn.Cached("SELECT n FROM t ORDER BY n");
    EXPECT_NE(inner.handle(), outer.handle());
    ASSERT_TRUE(inner.Step());
    EXPECT_EQ(inner.Int(0), 1);
  }
  // The outer statement was not disturbed by the inner one.
  ASSERT_TRUE(outer.Step());
  EXPECT_EQ(outer.Int(0), 2);
  EXPECT_EQ(db_->cached_statements(), 1u);
}

TEST_F(StatementCacheTest, ACachedStatementFollowsASchemaChangeByAnotherConnection) {
  Locked conn(*db_);
  sqlite3_stmt* handle = nullptr;
  {
    auto s = conn.Cached("SELECT * FROM t ORDER BY n");
    ASSERT_TRUE(s.Step());
    EXPECT_EQ(sqlite3_column_count(s.handle()), 1);
    handle = s.handle();
  }
  {
    Db other(path_);
    other.Exec("ALTER TABLE t ADD COLUMN label TEXT NOT NULL DEFAULT 'x'");
  }
  auto s = conn.Cached("SELECT * FROM t ORDER BY n");
  EXPECT_EQ(s.handle(), handle);  // the same cache entry, re-prepared by SQLite
  ASSERT_TRUE(s.Step());
  EXPECT_EQ(sqlite3_column_count(s.handle()), 2);
  EXPECT_EQ(s.Text(1), "x");
}

TEST_F(StatementCacheTest, AStatementThatDoesNotPrepareThrowsAndIsNotCached) {
  Locked conn(*db_);
  EXPECT_THROW(conn.Cached("SELECT nope FROM t"), SqliteError);
  EXPECT_EQ(db_->cached_statements(), 0u);
}

TEST_F(StatementCacheTest, ATransactionFromALockedConnectionRollsBackOnThrow) {
  Locked conn(*db_);
  EXPECT_THROW(
      {
        Transaction tx(conn);
        conn.Cached("INSERT INTO t VALUES (?)").Bind(4).Run();
        throw std::runtime_error("abandon");
      },
      std::runtime_error);
  {
    Transaction tx(conn);
    conn.Cached("INSERT INTO t VALUES (?)").Bind(5).Run();
    tx.Commit();
  }
  auto s = conn.Cached("SELECT group_concat(n) FROM (SELECT n FROM t ORDER BY n)");
  ASSERT_TRUE(s.Step());
  EXPECT_EQ(s.Text(0), "1,2,3,5");
}

TEST_F(StatementCacheTest, TryLockFailsWhileAnotherThreadHoldsTheLock) {
  std::optional<Locked> held(std::in_place, *db_);
  std::optional<bool> got;
  std::thread([&] { got = Locked::TryLock(*db_).has_value(); }).join();
  EXPECT_EQ(got, false);
  held.reset();
  std::thread([&] { got = Locked::TryLock(*db_).has_value(); }).join();
  EXPECT_EQ(got, true);
}

}  // namespace
}  // namespace fieldledger::sql
