// Which PostgreSQL failures are "try again later" (a lost or restarting database, a
// conflict, exhausted resources) and which are bugs, and that PgStore throws the former
// as StoreUnavailable, which the Gate answers UNAVAILABLE (tests/unit/server/
// gate_errors_test.cpp).
#include <gtest/gtest.h>

#include "../server/test_store.h"
#include "fieldledger_pg/conn.h"
#include "storage/store_unavailable.h"

namespace fieldledger::server {
namespace {

using pg::ClassifySqlstate;
using pg::PgFailure;
using testing::StoreTest;

TEST(PgFailureTest, ClassifiesSqlstatesByWhetherRetryingCanHelp) {
  // Class 08: connection exceptions.
  EXPECT_EQ(ClassifySqlstate("08000"), PgFailure::kConnection);
  EXPECT_EQ(ClassifySqlstate("08003"), PgFailure::kConnection);
  EXPECT_EQ(ClassifySqlstate("08006"), PgFailure::kConnection);
  EXPECT_EQ(ClassifySqlstate("08001"), PgFailure::kConnection);
  // Operator intervention: shutting down, crashed, still starting.
  EXPECT_EQ(ClassifySqlstate("57P01"), PgFailure::kServerStopping);
  EXPECT_EQ(ClassifySqlstate("57P02"), PgFailure::kServerStopping);
  EXPECT_EQ(ClassifySqlstate("57P03"), PgFailure::kServerStopping);
  // Class 53: insufficient resources.
  EXPECT_EQ(ClassifySqlstate("53000"), PgFailure::kResources);
  EXPECT_EQ(ClassifySqlstate("53100"), PgFailure::kResources);
  EXPECT_EQ(ClassifySqlstate("53200"), PgFailure::kResources);
  EXPECT_EQ(ClassifySqlstate("53300"), PgFailure::kResources);
  // Rolled back by a conflict.
  EXPECT_EQ(ClassifySqlstate("40001"), PgFailure::kConflict);
  EXPECT_EQ(ClassifySqlstate("40P01"), PgFailure::kConflict);
  // Bugs stay bugs: constraints, syntax, missing tables, bad data, a failed transaction,
  // a cancelled statement and the other 57 and 40 codes.
  for (const char* bug : {"23505", "23503", "23502", "42601", "42P01", "22P02", "25P02", "57014",
                          "40002", "XX000", "", "0"}) {
    EXPECT_EQ(ClassifySqlstate(bug), PgFailure::kOther) << bug;
  }
  EXPECT_EQ(pg::PgError("40P01", "deadlock detected").failure(), PgFailure::kConflict);
}

TEST_F(StoreTest, PgStoreThrowsALostConnectionAsStoreUnavailable) {
  // Every connection of the store is cut by the database, as a restart or a network
  // drop would: the next read and write fail as "try again", not as a bug.
  pg::Conn admin(path_);
  admin
      .OneOff(
          "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
          "WHERE datname = current_database() AND pid <> pg_backend_pid()")
      .Step();
  std::optional<StoreUnavailable::Cause> read_cause, write_cause;
  // Each pool has several connections, and a dead one fails once before it is
  // reconnected; each attempt that fails must fail as StoreUnavailable.
  for (int i = 0; i < PgStore::kDefaultReadConnections + 1; ++i) {
    try {
      store_->Read([](StoreTx& tx) { tx.FindCompany("acme"); });
    } catch (const StoreUnavailable& e) {
      read_cause = e.cause();
    }
    try {
      store_->Write([](StoreTx& tx) { tx.UpsertDevice({"phone", "tech1", 0, 0, ""}); });
    } catch (const StoreUnavailable& e) {
      write_cause = e.cause();
    }
  }
  ASSERT_TRUE(read_cause);
  ASSERT_TRUE(write_cause);
  // The server's "terminating connection" (57P01) or the socket closing (08006).
  for (auto cause : {*read_cause, *write_cause}) {
    EXPECT_TRUE(cause == StoreUnavailable::Cause::kRestarting ||
                cause == StoreUnavailable::Cause::kConnectionLost);
  }
  // Reconnected: both work again.
  store_->Write([](StoreTx& tx) { tx.UpsertDevice({"phone", "tech1", 0, 0, ""}); });
  std::optional<DeviceRecord> d;
  store_->Read([&](StoreTx& tx) { d = tx.FindDevice("phone"); });
  EXPECT_TRUE(d);
}

TEST_F(StoreTest, PgStoreKeepsAConstraintViolationAPgError) {
  // A duplicate primary key is our bug, not the database's weather.
  EXPECT_THROW(store_->Write([](StoreTx& tx) {
    tx.InsertCompany({"acme", "Acme again", "UTC", 0});
  }),
               pg::PgError);
}

}  // namespace
}  // namespace fieldledger::server
