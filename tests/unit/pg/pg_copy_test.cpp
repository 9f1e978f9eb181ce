// The SQLite-to-PostgreSQL copy (fieldledger-admin copy-to-postgresql): every table
// arrives with its rows and checksum, the copy works as a store (identity sequences go on
// after the copied values), a changed row is found, and a non-empty target is refused.
#include <gtest/gtest.h>

#include "../server/sync_wire.h"
#include "../server/test_store.h"
#include "app/sync_logic.h"
#include "storage/pg_copy.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::PgTestDatabase;

class PgCopyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    file_ = dir_.File("source.db");
    SqliteStore source(file_);
    source.Write([](StoreTx& tx) {
      tx.InsertCompany({"acme", "Acme", "Asia/Shanghai", testing::kDay0});
      tx.InsertTeam({"north", "acme", "North"});
      tx.InsertUser({"tech1", "acme", "tech1", "Tess", Role::kTechnician, "north", "hash", false,
                     testing::kDay0});
      tx.InsertUser(
          {"disp", "acme", "disp", "Dee", Role::kDispatcher, "", "hash", false, testing::kDay0});
    });
    for (int i = 1; i <= 3; ++i) {
      JobRecord j;
      j.id = "j" + std::to_string(i);
      j.company_id = "acme";
      j.reference = "REF-" + j.id;
      j.customer_name = "Customer \"" + j.id + "\" 顾客";
      j.latitude = testing::kSiteLat;
      j.longitude = testing::kSiteLon;
      j.window = {At(9), At(17)};
      j.technician_id = "tech1";
      j.created_ms = j.updated_ms = testing::kDay0;
      j.arrival_distance_m = 12.345678901234567;
      source.Write([&](StoreTx& tx) {
        tx.InsertJob(j);
        tx.AppendJobChange(j.id, "tech1");
        tx.InsertBlobChunk("acme", std::string(64, 'a' + i), 0, std::string("\0\xff\x01", 3));
      });
    }
    // Real events through the push path: payload bytes, device row, arrival on the job.
    SyncLogic sync(source);
    const Caller tech{"tech1", "acme", "Tess", "north", Role::kTechnician};
    auto e = testing::CheckInEvent("j1", 1, At(9, 20), 5'000'000);
    WirePush(sync, tech, testing::Batch("dev-1", At(9, 30), 5'600'000, {e}), At(9, 30));
    event_id_ = e.event_id();
  }

  testing::TempDir dir_;
  std::string file_;
  std::string event_id_;
};

TEST_F(PgCopyTest, EveryTableArrivesWithItsRowsAndChecksum) {
  PgTestDatabase target;
  const auto checks = CopySqliteToPg(file_, target.uri());
  ASSERT_GE(checks.size(), 25u);
  std::map<std::string, std::int64_t> rows;
  for (const auto& c : checks) {
    EXPECT_TRUE(c.ok()) << c.table << ": " << c.source_rows << "/" << c.target_rows << " "
                        << c.source_sum << "/" << c.target_sum;
    rows[c.table] = c.source_rows;
  }
  EXPECT_EQ(rows["jobs"], 3);
  EXPECT_EQ(rows["events"], 1);
  EXPECT_EQ(rows["blob_chunks"], 3);
  EXPECT_GE(rows["job_versions"], 4);  // three inserts and the arrival's update
  EXPECT_EQ(rows["team_memberships"], 2);

  // The copy is a working store with the same data.
  PgStore copy(target.uri(), 1);
  SqliteStore source(file_);
  copy.Read([&](StoreTx& pg) {
    source.Read([&](StoreTx& lite) {
      for (const std::string id : {"j1", "j2", "j3"}) {
        const auto a = lite.FindJob(id);
        const auto b = pg.FindJob(id);
        ASSERT_TRUE(a && b) << id;
        EXPECT_EQ(b->customer_name, a->customer_name);
        EXPECT_EQ(b->arrival_distance_m, a->arrival_distance_m);
        EXPECT_EQ(b->arrived_ms, a->arrived_ms);
        EXPECT_EQ(b->arrival_verified, a->arrival_verified);
      }
      EXPECT_EQ(pg.FindEvent(event_id_)->payload, lite.FindEvent(event_id_)->payload);
      EXPECT_EQ(pg.ReadBlobBytes("acme", std::string(64, 'b')), std::string("\0\xff\x01", 3));
    });
  });
  // Identity sequences continue after the copied rows: no seq is handed out twice.
  std::int64_t next = 0;
  copy.Write([&](StoreTx& tx) { next = tx.AppendJobChange("j1", "tech1"); });
  EXPECT_EQ(next, rows["job_changes"] + 1);
}

TEST_F(PgCopyTest, VerifyFindsARowChangedAfterTheCopy) {
  PgTestDatabase target;
  CopySqliteToPg(file_, target.uri());
  testing::ExecSql(target.uri(), "UPDATE jobs SET description = 'edited' WHERE id = 'j2'");
  for (const auto& c : VerifyCopy(file_, target.uri())) {
    if (c.table == "jobs") {
      EXPECT_EQ(c.source_rows, c.target_rows);
      EXPECT_NE(c.source_sum, c.target_sum);
    } else {
      EXPECT_TRUE(c.ok()) << c.table;
    }
  }
}

TEST_F(PgCopyTest, ATargetWithRowsIsRefusedAndKeepsThem) {
  PgTestDatabase target;
  {
    PgStore(target.uri(), 1).Write([](StoreTx& tx) { tx.InsertCompany({"x", "X", "UTC", 1}); });
  }
  try {
    CopySqliteToPg(file_, target.uri());
    FAIL() << "copied into a database with rows";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("companies"), std::string::npos) << e.what();
  }
  EXPECT_EQ(testing::CountRows(target.uri(), "companies"), 1);
  EXPECT_EQ(testing::CountRows(target.uri(), "jobs"), 0);
}

}  // namespace
}  // namespace fieldledger::server
