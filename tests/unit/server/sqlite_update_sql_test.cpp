// The whole-row UPDATE variant that assigns no indexed column (sql::WithoutIndexedAssignments)
// and SqliteStore::UpdateJob, which tries it first.
#include <gtest/gtest.h>

#include "fieldledger_sqlite/update_sql.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::StoreTest;
using testing::TempDir;

TEST(UpdateSqlTest, IndexedAssignmentsBecomeConditionsWithTheSameParameterNumbers) {
  EXPECT_EQ(
      sql::WithoutIndexedAssignments("UPDATE t SET a = ?, b = ?, c = ? WHERE id = ?", {"id", "b"}),
      "UPDATE t SET a = ?1, c = ?3 WHERE id = ?4 AND b IS ?2");
}

TEST(UpdateSqlTest, OtherShapesAreLeftAlone) {
  const std::set<std::string> indexed{"id", "b"};
  EXPECT_FALSE(sql::WithoutIndexedAssignments("UPDATE t SET a = ? WHERE id = ?", indexed));
  EXPECT_FALSE(sql::WithoutIndexedAssignments("UPDATE t SET b = ? WHERE id = ?", indexed));
  EXPECT_FALSE(
      sql::WithoutIndexedAssignments("UPDATE t SET a = a + 1, b = ? WHERE id = ?", indexed));
  EXPECT_FALSE(
      sql::WithoutIndexedAssignments("UPDATE t SET a = ?, b = ? WHERE id = ? AND x = ?", indexed));
  EXPECT_FALSE(sql::WithoutIndexedAssignments("DELETE FROM t WHERE id = ?", indexed));
}

TEST(UpdateSqlTest, IndexedColumnsAreReadFromTheSchema) {
  TempDir dir;
  sql::Db db(dir.File("indexes.db"));
  db.Exec("CREATE TABLE t (id TEXT PRIMARY KEY, a INTEGER, b INTEGER, c TEXT)");
  db.Exec("CREATE INDEX t_by_b ON t(b, a)");
  sql::Locked conn(db);
  EXPECT_EQ(sql::IndexedColumns(conn, "t"), (std::set<std::string>{"a", "b", "id"}));
}

using UpdateJobTest = StoreTest;

TEST_F(UpdateJobTest, AnUpdateKeepingTheIndexedColumnsAndOneMovingThemBothLand) {
  JobRecord j = AddJob("j1", "tech1", At(9), At(11));
  j.status = JobStatus::kInProgress;
  j.arrived_ms = At(9, 30);
  store_->Write([&](StoreTx& tx) { tx.UpdateJob(j); });
  EXPECT_EQ(GetJob("j1")->status, JobStatus::kInProgress);
  EXPECT_EQ(GetJob("j1")->arrived_ms, At(9, 30));

  j.technician_id = "tech2";
  j.window = {At(13), At(15)};
  j.flag_reason = "moved";
  store_->Write([&](StoreTx& tx) { tx.UpdateJob(j); });
  const auto stored = GetJob("j1");
  EXPECT_EQ(stored->technician_id, "tech2");
  EXPECT_EQ(stored->window.start, At(13));
  EXPECT_EQ(stored->flag_reason, "moved");
  // The index on (technician, window start) follows the move.
  std::vector<JobRecord> listed;
  store_->Read([&](StoreTx& tx) { listed = tx.ListJobs({"acme", "tech2"}); });
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].id, "j1");
}

TEST_F(UpdateJobTest, UpdatingAJobThatDoesNotExistThrowsAndChangesNothing) {
  JobRecord ghost = MakeJob("ghost", "tech1", At(9), At(11));
  EXPECT_THROW(store_->Write([&](StoreTx& tx) { tx.UpdateJob(ghost); }), std::runtime_error);
  EXPECT_FALSE(GetJob("ghost"));
}

}  // namespace
}  // namespace fieldledger::server
