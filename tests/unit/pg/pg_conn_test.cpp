// The libpq adapter (server/pg/fieldledger_pg) against a real PostgreSQL: parameters
// and results round-trip exactly, the statement cache prepares once, failures throw
// with their SQLSTATE, transactions roll back, and the pool reconnects.
#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

#include "../server/test_store.h"
#include "fieldledger_pg/conn.h"
#include "fieldledger_pg/pool.h"

namespace fieldledger::pg {
namespace {

using server::testing::PgTestDatabase;

class PgConnTest : public ::testing::Test {
 protected:
  PgTestDatabase db_;
  Conn conn_{db_.uri()};
};

TEST_F(PgConnTest, ParametersRoundTripExactly) {
  conn_.Exec("CREATE TABLE t (i BIGINT, d DOUBLE PRECISION, s TEXT, b BYTEA, n BIGINT)");
  const double tricky = 0.1 + 0.2;
  const std::string text = "it's \"quoted\" \\ back, 中文";
  const std::string bytes("\0\x01\xff\x7f\\x", 6);
  const std::int64_t big = std::numeric_limits<std::int64_t>::min();
  conn_.Cached("INSERT INTO t VALUES ($1, $2, $3, $4, $5)")
      .Bind(big, tricky, text, Bytes{bytes}, std::optional<std::int64_t>{})
      .Run();
  auto s = conn_.Cached("SELECT i, d, s, b, n FROM t");
  ASSERT_TRUE(s.Step());
  EXPECT_EQ(s.Int(0), big);
  EXPECT_EQ(s.Real(1), tricky);  // exact: bound with 17 digits
  EXPECT_EQ(s.Text(2), text);
  EXPECT_EQ(s.BlobBytes(3), bytes);
  EXPECT_TRUE(s.IsNull(4));
  EXPECT_EQ(s.OptInt(4), std::nullopt);
  EXPECT_FALSE(s.Step());
}

TEST_F(PgConnTest, TextArrayBindsAnyListForAny) {
  conn_.Exec("CREATE TABLE t (s TEXT)");
  const std::vector<std::string> values = {"a,b", "q\"uote", "back\\slash", "{brace}", ""};
  for (const auto& v : values) conn_.Cached("INSERT INTO t VALUES ($1)").Bind(v).Run();
  conn_.Cached("INSERT INTO t VALUES ('not asked')").Run();
  auto s = conn_.Cached("SELECT COUNT(*) FROM t WHERE s = ANY($1)");
  s.Bind(TextArray{values});
  ASSERT_TRUE(s.Step());
  EXPECT_EQ(s.Int(0), static_cast<std::int64_t>(values.size()));
}

TEST_F(PgConnTest, CachedStatementsArePreparedOncePerText) {
  conn_.Exec("CREATE TABLE t (i BIGINT)");
  const std::size_t before = conn_.cached_statements();
  for (int i = 0; i < 3; ++i) conn_.Cached("INSERT INTO t VALUES ($1)").Bind(i).Run();
  EXPECT_EQ(conn_.cached_statements(), before + 1);
  // A cached statement runs again while an earlier result of it is still being read.
  auto outer = conn_.Cached("SELECT i FROM t ORDER BY i");
  ASSERT_TRUE(outer.Step());
  auto inner = conn_.Cached("SELECT i FROM t ORDER BY i");
  ASSERT_TRUE(inner.Step());
  ASSERT_TRUE(outer.Step());
  EXPECT_EQ(outer.Int(0), 1);
  EXPECT_EQ(inner.Int(0), 0);
}

TEST_F(PgConnTest, RunCountsTheRowsItChanged) {
  conn_.Exec("CREATE TABLE t (i BIGINT); INSERT INTO t VALUES (1), (2), (3)");
  EXPECT_EQ(conn_.Cached("UPDATE t SET i = i + 10 WHERE i >= $1").Bind(2).Run(), 2);
  EXPECT_EQ(conn_.Cached("DELETE FROM t WHERE i = $1").Bind(99).Run(), 0);
}

TEST_F(PgConnTest, FailuresCarryTheirSqlstate) {
  conn_.Exec("CREATE TABLE t (id TEXT PRIMARY KEY)");
  conn_.Cached("INSERT INTO t VALUES ($1)").Bind("a").Run();
  try {
    conn_.Cached("INSERT INTO t VALUES ($1)").Bind("a").Run();
    FAIL() << "a duplicate key was accepted";
  } catch (const PgError& e) {
    EXPECT_EQ(e.sqlstate(), "23505");
    EXPECT_TRUE(e.constraint_violation());
    EXPECT_NE(std::string(e.what()).find("t_pkey"), std::string::npos) << e.what();
  }
  try {
    conn_.Exec("SELEC 1");
    FAIL() << "a syntax error was accepted";
  } catch (const PgError& e) {
    EXPECT_EQ(e.sqlstate(), "42601");
  }
}

TEST_F(PgConnTest, TransactionRollsBackUnlessCommitted) {
  conn_.Exec("CREATE TABLE t (i BIGINT)");
  {
    Transaction tx(conn_);
    conn_.Cached("INSERT INTO t VALUES (1)").Run();
  }
  {
    Transaction tx(conn_);
    conn_.Cached("INSERT INTO t VALUES (2)").Run();
    tx.Commit();
  }
  auto s = conn_.Cached("SELECT i FROM t");
  ASSERT_TRUE(s.Step());
  EXPECT_EQ(s.Int(0), 2);
  EXPECT_FALSE(s.Step());
}

TEST_F(PgConnTest, CommitAfterAFailedStatementThrowsAndKeepsNothing) {
  conn_.Exec("CREATE TABLE t (id TEXT PRIMARY KEY)");
  {
    Transaction tx(conn_);
    conn_.Cached("INSERT INTO t VALUES ('kept?')").Run();
    EXPECT_THROW(conn_.Cached("INSERT INTO t VALUES ('kept?')").Run(), PgError);
    try {
      tx.Commit();
      FAIL() << "a failed transaction committed";
    } catch (const PgError& e) {
      EXPECT_EQ(e.sqlstate(), "25P02");
    }
  }
  EXPECT_FALSE(conn_.in_transaction());
  auto s = conn_.Cached("SELECT COUNT(*) FROM t");
  ASSERT_TRUE(s.Step());
  EXPECT_EQ(s.Int(0), 0);
}

TEST_F(PgConnTest, PoolReconnectsAConnectionTheServerDropped) {
  Pool pool(db_.uri(), 1);
  std::int64_t pid = 0;
  {
    auto lease = pool.Acquire();
    auto s = lease.conn().Cached("SELECT pg_backend_pid()");
    ASSERT_TRUE(s.Step());
    pid = s.Int(0);
  }
  conn_.OneOff("SELECT pg_terminate_backend($1::int)").Bind(pid).Run();
  // The first use after the kill fails (libpq learns of it then); the next lease
  // reconnects and prepares its statements again.
  {
    auto lease = pool.Acquire();
    EXPECT_THROW(lease.conn().Cached("SELECT pg_backend_pid()").Step(), PgError);
  }
  auto lease = pool.Acquire();
  auto s = lease.conn().Cached("SELECT pg_backend_pid()");
  ASSERT_TRUE(s.Step());
  EXPECT_NE(s.Int(0), pid);
}

TEST(PgConnect, ABadUriThrowsAConnectionError) {
  try {
    Conn c("postgresql://nobody@/none?host=/nonexistent-folder&port=1");
    FAIL() << "connected to nothing";
  } catch (const PgError& e) {
    EXPECT_EQ(e.sqlstate(), "08006");
  }
}

}  // namespace
}  // namespace fieldledger::pg
