// SqliteStore on a real database file: migrations, transactions and every table's
// queries as the application logic uses them.
#include <gtest/gtest.h>

#include <stdexcept>

#include "storage/sqlite_migrations.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::kDay0;
using testing::StoreTest;
using testing::TempDir;

int LatestMigration() { return SqliteMigrations().back().version; }

// Features developed side by side take their migration numbers in advance, so numbers may
// have gaps; they must start at 1, be unique and be listed in increasing order (the runner
// applies every migration not yet recorded, whatever its number).
TEST(SqliteMigrationsTest, VersionsStartAtOneAndIncrease) {
  const auto& migrations = SqliteMigrations();
  ASSERT_FALSE(migrations.empty());
  EXPECT_EQ(migrations.front().version, 1);
  for (std::size_t i = 0; i < migrations.size(); ++i) {
    if (i > 0) {
      EXPECT_GT(migrations[i].version, migrations[i - 1].version);
    }
    EXPECT_FALSE(migrations[i].description.empty());
  }
}

TEST(SqliteMigrationsTest, RunOnceAndAreIdempotentOnReopen) {
  TempDir dir;
  const std::string path = dir.File("migrate.db");
  {
    SqliteStore store(path);
    EXPECT_EQ(store.schema_version(), LatestMigration());
    store.Write([](StoreTx& tx) { tx.InsertCompany({"acme", "Acme", "UTC", kDay0}); });
  }
  {
    // Reopening must not re-run migration 1 (it would fail on CREATE TABLE) nor lose data.
    SqliteStore store(path);
    EXPECT_EQ(store.schema_version(), LatestMigration());
    std::optional<CompanyRecord> c;
    store.Read([&](StoreTx& tx) { c = tx.FindCompany("acme"); });
    ASSERT_TRUE(c);
    EXPECT_EQ(c->name, "Acme");
  }
  EXPECT_EQ(testing::CountRows(path, "schema_migrations"),
            static_cast<std::int64_t>(SqliteMigrations().size()));

  sql::Db db(path);
  EXPECT_EQ(MigrateSqlite(db), LatestMigration());  // a third run is a no-op too
  sql::Stmt s(db, "SELECT version FROM schema_migrations ORDER BY version");
  std::size_t i = 0;
  while (s.Step()) {
    ASSERT_LT(i, SqliteMigrations().size());
    EXPECT_EQ(s.Int(0), SqliteMigrations()[i++].version);
  }
  EXPECT_EQ(i, SqliteMigrations().size());
}

TEST(SqliteMigrationsTest, InMemoryDatabaseWorks) {
  SqliteStore store(":memory:");
  EXPECT_EQ(store.schema_version(), LatestMigration());
}

class SqliteStoreTest : public StoreTest {};

TEST_F(SqliteStoreTest, WriteRollsBackWhenTheFunctionThrows) {
  const auto before = Counts();
  EXPECT_THROW(store_->Write([&](StoreTx& tx) {
    tx.InsertCompany({"ghost", "Ghost", "UTC", kDay0});
    tx.InsertJob(MakeJob("j-ghost", "tech1", At(9), At(10)));
    tx.AppendJobChange("j-ghost", "tech1");
    throw std::runtime_error("boom");
  }),
               std::runtime_error);
  EXPECT_EQ(Counts(), before);
  store_->Read([&](StoreTx& tx) {
    EXPECT_FALSE(tx.FindCompany("ghost"));
    EXPECT_FALSE(tx.FindJob("j-ghost"));
    EXPECT_TRUE(tx.ListJobChanges("tech1", 0, 10).empty());
  });
  // The store is usable after the rollback.
  AddJob("j1", "tech1", At(9), At(10));
  EXPECT_TRUE(GetJob("j1"));
}

TEST_F(SqliteStoreTest, ConstraintViolationRollsBackTheWholeTransaction) {
  const auto before = Counts();
  EXPECT_THROW(store_->Write([&](StoreTx& tx) {
    tx.InsertJob(MakeJob("j-new", "tech1", At(9), At(10)));
    tx.InsertCompany({"acme", "Duplicate", "UTC", kDay0});  // primary key clash
  }),
               testing::StorageError);
  EXPECT_EQ(Counts(), before);
}

TEST_F(SqliteStoreTest, UsersRoundTripAndAreFoundByUsername) {
  store_->Read([&](StoreTx& tx) {
    auto u = tx.FindUserByUsername("tech1");
    ASSERT_TRUE(u);
    EXPECT_EQ(u->id, "tech1");
    EXPECT_EQ(u->company_id, "acme");
    EXPECT_EQ(u->role, Role::kTechnician);
    EXPECT_EQ(u->team_id, "north");
    EXPECT_FALSE(u->disabled);
    auto off = tx.FindUser("tech_off");
    ASSERT_TRUE(off);
    EXPECT_TRUE(off->disabled);
    EXPECT_EQ(off->team_id, "");  // NULL team reads back as empty
    EXPECT_FALSE(tx.FindUserByUsername("nobody"));
    std::vector<std::string> names;
    for (const auto& user : tx.ListUsers("acme")) names.push_back(user.username);
    EXPECT_EQ(names, (std::vector<std::string>{"boss", "cb", "disp", "root", "tech1", "tech2",
                                               "tech_off"}));
  });
  store_->Write([](StoreTx& tx) { tx.UpdateUserPassword("tech2", "$argon2id$new"); });
  store_->Read(
      [](StoreTx& tx) { EXPECT_EQ(tx.FindUser("tech2")->password_hash, "$argon2id$new"); });
}

TEST_F(SqliteStoreTest, JobRoundTripKeepsEveryField) {
  JobRecord j = MakeJob("j1", "tech1", At(9), At(10));
  j.type = JobType::kInstallation;
  j.status = JobStatus::kInProgress;
  j.customer_phone = "+86 21 5555 0100";
  j.product = "AC-9000";
  j.serial_number = "SN-1";
  j.description = "noisy, \"rattles\"";
  j.arrived_ms = At(9, 5);
  j.arrival_verified = true;
  j.arrival_technician_id = "tech1";
  j.arrival_event_id = "e1";
  j.completed_ms = At(9, 45);
  j.flagged = true;
  j.flag_reason = "why";
  store_->Write([&](StoreTx& tx) { tx.InsertJob(j); });
  auto got = GetJob("j1");
  ASSERT_TRUE(got);
  EXPECT_EQ(got->type, JobType::kInstallation);
  EXPECT_EQ(got->status, JobStatus::kInProgress);
  EXPECT_EQ(got->customer_phone, j.customer_phone);
  EXPECT_EQ(got->description, j.description);
  EXPECT_DOUBLE_EQ(got->latitude, j.latitude);
  EXPECT_DOUBLE_EQ(got->longitude, j.longitude);
  EXPECT_EQ(got->window.start, At(9));
  EXPECT_EQ(got->window.end, At(10));
  EXPECT_EQ(got->arrived_ms, At(9, 5));
  EXPECT_TRUE(got->arrival_verified);
  EXPECT_EQ(got->arrival_event_id, "e1");
  EXPECT_EQ(got->completed_ms, At(9, 45));
  EXPECT_TRUE(got->flagged);
  EXPECT_EQ(got->flag_reason, "why");

  got->status = JobStatus::kCancelled;
  got->arrived_ms.reset();
  store_->Write([&](StoreTx& tx) { tx.UpdateJob(*got); });
  auto updated = GetJob("j1");
  EXPECT_EQ(updated->status, JobStatus::kCancelled);
  EXPECT_FALSE(updated->arrived_ms);
}

TEST_F(SqliteStoreTest, UpdateOfAMissingJobThrows) {
  JobRecord ghost = MakeJob("missing", "tech1", At(9), At(10));
  EXPECT_THROW(store_->Write([&](StoreTx& tx) { tx.UpdateJob(ghost); }), std::runtime_error);
}

class ListJobsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    // Two jobs share a start time so the id breaks the tie.
    AddJob("a", "tech1", At(8), At(9));
    AddJob("c", "tech2", At(9), At(10));
    AddJob("b", "tech1", At(9), At(10));
    AddJob("d", "tech1", At(11), At(12));
    AddJob("e", "tech2", At(14), At(15));
    store_->Write([&](StoreTx& tx) {
      JobRecord foreign = MakeJob("z", "othertech", At(9), At(10));
      foreign.company_id = "other";
      tx.InsertJob(foreign);
    });
  }
  std::vector<std::string> Ids(const StoreTx::JobQuery& q) {
    std::vector<std::string> ids;
    store_->Read([&](StoreTx& tx) {
      for (const auto& j : tx.ListJobs(q)) ids.push_back(j.id);
    });
    return ids;
  }
};

TEST_F(ListJobsTest, OrdersByWindowStartThenIdWithinTheCompany) {
  StoreTx::JobQuery q;
  q.company_id = "acme";
  EXPECT_EQ(Ids(q), (std::vector<std::string>{"a", "b", "c", "d", "e"}));
}

TEST_F(ListJobsTest, FiltersByTechnician) {
  StoreTx::JobQuery q;
  q.company_id = "acme";
  q.technician_id = "tech2";
  EXPECT_EQ(Ids(q), (std::vector<std::string>{"c", "e"}));
}

TEST_F(ListJobsTest, FiltersByOverlapWithHalfOpenBounds) {
  StoreTx::JobQuery q;
  q.company_id = "acme";
  // [9:00, 11:00) overlaps b and c; a ends exactly at 9:00 and d starts exactly at 11:00.
  q.overlapping = TimeWindow{At(9), At(11)};
  EXPECT_EQ(Ids(q), (std::vector<std::string>{"b", "c"}));
  q.technician_id = "tech1";
  EXPECT_EQ(Ids(q), (std::vector<std::string>{"b"}));
}

TEST_F(ListJobsTest, KeysetPagingVisitsEveryJobOnceIncludingTies) {
  StoreTx::JobQuery q;
  q.company_id = "acme";
  q.limit = 2;
  std::vector<std::vector<std::string>> pages;
  for (;;) {
    std::vector<JobRecord> page;
    store_->Read([&](StoreTx& tx) { page = tx.ListJobs(q); });
    if (page.empty()) break;
    std::vector<std::string> ids;
    for (const auto& j : page) ids.push_back(j.id);
    pages.push_back(ids);
    q.after = std::make_pair(page.back().window.start, page.back().id);
  }
  EXPECT_EQ(pages, (std::vector<std::vector<std::string>>{{"a", "b"}, {"c", "d"}, {"e"}}));
}

TEST_F(SqliteStoreTest, JobRequestIdsAreScopedByCompany) {
  AddJob("j1", "tech1", At(9), At(10));
  store_->Write([](StoreTx& tx) { tx.RememberJobRequest({"acme", "req-1", "j1", "abc"}); });
  store_->Read([](StoreTx& tx) {
    auto found = tx.FindJobRequest("acme", "req-1");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->job_id, "j1");
    EXPECT_EQ(found->body_sha256, "abc");
    EXPECT_FALSE(tx.FindJobRequest("other", "req-1"));
    EXPECT_FALSE(tx.FindJobRequest("acme", "req-2"));
  });
  EXPECT_THROW(store_->Write([](StoreTx& tx) {
    tx.RememberJobRequest({"acme", "req-1", "j1", "abc"});
  }),
               testing::StorageError);
}

TEST_F(SqliteStoreTest, JobChangeFeedIsOrderedPerTechnicianAndCounted) {
  AddJob("j1", "tech1", At(9), At(10));
  AddJob("j2", "tech1", At(10), At(11));
  std::vector<std::int64_t> seqs;
  store_->Write([&](StoreTx& tx) {
    seqs.push_back(tx.AppendJobChange("j1", "tech1"));
    seqs.push_back(tx.AppendJobChange("j2", "tech2"));
    seqs.push_back(tx.AppendJobChange("j2", "tech1"));
    seqs.push_back(tx.AppendJobChange("j1", "tech1"));
  });
  ASSERT_EQ(seqs.size(), 4u);
  for (std::size_t i = 1; i < seqs.size(); ++i) EXPECT_GT(seqs[i], seqs[i - 1]);

  store_->Read([&](StoreTx& tx) {
    auto all = tx.ListJobChanges("tech1", 0, 100);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].seq, seqs[0]);
    EXPECT_EQ(all[0].job_id, "j1");
    EXPECT_EQ(all[1].seq, seqs[2]);
    EXPECT_EQ(all[1].job_id, "j2");
    EXPECT_EQ(all[2].seq, seqs[3]);
    EXPECT_EQ(all[2].technician_id, "tech1");
    EXPECT_EQ(tx.CountJobChanges("tech1", 0), 3);
    EXPECT_EQ(tx.CountJobChanges("tech1", seqs[0]), 2);
    EXPECT_EQ(tx.CountJobChanges("tech1", seqs[3]), 0);
    EXPECT_EQ(tx.CountJobChanges("tech2", 0), 1);

    auto limited = tx.ListJobChanges("tech1", seqs[0], 1);
    ASSERT_EQ(limited.size(), 1u);
    EXPECT_EQ(limited[0].seq, seqs[2]);
  });
}

TEST_F(SqliteStoreTest, SessionsInsertFindDelete) {
  store_->Write([](StoreTx& tx) {
    tx.InsertSession({"hash-1", "tech1", At(8), At(20), "Pixel 7"});
  });
  store_->Read([](StoreTx& tx) {
    auto s = tx.FindSession("hash-1");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->user_id, "tech1");
    EXPECT_EQ(s->created_ms, At(8));
    EXPECT_EQ(s->expires_ms, At(20));
    EXPECT_EQ(s->device_name, "Pixel 7");
    EXPECT_FALSE(tx.FindSession("hash-2"));
  });
  store_->Write([](StoreTx& tx) { tx.DeleteSession("hash-1"); });
  store_->Read([](StoreTx& tx) { EXPECT_FALSE(tx.FindSession("hash-1")); });
}

TEST_F(SqliteStoreTest, DevicesUpsertInsertsThenUpdates) {
  store_->Write([](StoreTx& tx) { tx.UpsertDevice({"dev-1", "tech1", 0, At(8)}); });
  store_->Write([](StoreTx& tx) { tx.UpsertDevice({"dev-1", "tech2", 7, At(9)}); });
  store_->Read([](StoreTx& tx) {
    auto d = tx.FindDevice("dev-1");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->user_id, "tech2");
    EXPECT_EQ(d->last_sequence, 7);
    EXPECT_EQ(d->last_seen_ms, At(9));
    EXPECT_FALSE(tx.FindDevice("dev-2"));
  });
  EXPECT_EQ(testing::CountRows(path_, "devices"), 1);
}

TEST_F(SqliteStoreTest, EventsInsertFindAndCount) {
  store_->Write([](StoreTx& tx) { tx.UpsertDevice({"dev-1", "tech1", 0, At(8)}); });
  EventRecord e;
  e.id = "0190a000-0000-7000-8000-000000000001";
  e.device_id = "dev-1";
  e.sequence = 1;
  e.user_id = "tech1";
  e.job_id = "j1";
  e.kind = "check_in";
  e.trusted_ms = At(9, 3);
  e.verified = true;
  e.latitude = testing::kSiteLat;
  e.longitude = testing::kSiteLon;
  e.received_ms = At(9, 4);
  e.payload = std::string("\0\x01binary", 8);
  EventRecord r = e;
  r.id = "0190a000-0000-7000-8000-000000000002";
  r.sequence = 2;
  r.status = EventStatus::kRejected;
  r.reject_reason = "unknown job j1";
  r.verified = false;
  store_->Write([&](StoreTx& tx) {
    tx.InsertEvent(e);
    tx.InsertEvent(r);
  });
  store_->Read([&](StoreTx& tx) {
    auto got = tx.FindEvent(e.id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->device_id, "dev-1");
    EXPECT_EQ(got->sequence, 1);
    EXPECT_EQ(got->kind, "check_in");
    EXPECT_EQ(got->status, EventStatus::kApplied);
    EXPECT_EQ(got->trusted_ms, At(9, 3));
    EXPECT_TRUE(got->verified);
    auto rej = tx.FindEvent(r.id);
    ASSERT_TRUE(rej);
    EXPECT_EQ(rej->status, EventStatus::kRejected);
    EXPECT_EQ(rej->reject_reason, "unknown job j1");
    EXPECT_FALSE(tx.FindEvent("0190a000-0000-7000-8000-000000000003"));
    EXPECT_EQ(tx.CountEvents("dev-1"), 2);
    EXPECT_EQ(tx.CountEvents("dev-2"), 0);
  });
  // Events are keyed by id alone (migration 19): a restored phone's new event at a
  // sequence already used is stored beside the first; the same id twice is not.
  EventRecord reused = e;
  reused.id = "0190a000-0000-7000-8000-000000000009";
  store_->Write([&](StoreTx& tx) { tx.InsertEvent(reused); });
  store_->Read([&](StoreTx& tx) {
    const auto at = tx.FindDeviceEventsAt("dev-1", 1);
    ASSERT_EQ(at.size(), 2u);
    EXPECT_EQ(at[0].sha256.size(), 64u);  // computed from the payload on insert
    EXPECT_TRUE(tx.DeviceSentHash("dev-1", at[0].sha256));
    EXPECT_FALSE(tx.DeviceSentHash("dev-2", at[0].sha256));
    using Pair = std::pair<std::int64_t, std::int64_t>;
    EXPECT_EQ(tx.NeighbourSequences("dev-1", 2), Pair(1, 0));
    EXPECT_EQ(tx.NeighbourSequences("dev-1", 1), Pair(0, 2));
  });
  EXPECT_THROW(store_->Write([&](StoreTx& tx) { tx.InsertEvent(reused); }), testing::StorageError);
}

TEST_F(SqliteStoreTest, ExcusalUpsertRecordsRevocation) {
  AddJob("j1", "tech1", At(9), At(10));
  store_->Write([](StoreTx& tx) {
    tx.UpsertExcusal({"j1", "traffic accident", "Dispatcher", At(11), "", std::nullopt});
  });
  store_->Read([](StoreTx& tx) {
    auto e = tx.FindExcusal("j1");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->reason, "traffic accident");
    EXPECT_EQ(e->excused_by, "Dispatcher");
    EXPECT_EQ(e->excused_ms, At(11));
    EXPECT_FALSE(e->revoked_ms);
    EXPECT_FALSE(tx.FindExcusal("j2"));
  });
  store_->Write([](StoreTx& tx) {
    tx.UpsertExcusal({"j1", "traffic accident", "Dispatcher", At(11), "Manager", At(12)});
  });
  store_->Read([](StoreTx& tx) {
    auto e = tx.FindExcusal("j1");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->revoked_by, "Manager");
    EXPECT_EQ(e->revoked_ms, At(12));
  });
  EXPECT_EQ(testing::CountRows(path_, "excusals"), 1);
}

TEST_F(SqliteStoreTest, CompaniesAndTeams) {
  store_->Read([](StoreTx& tx) {
    auto companies = tx.ListCompanies();
    ASSERT_EQ(companies.size(), 2u);
    EXPECT_EQ(companies[0].id, "acme");
    EXPECT_EQ(companies[0].time_zone, "UTC");
    auto team = tx.FindTeam("north");
    ASSERT_TRUE(team);
    EXPECT_EQ(team->company_id, "acme");
    EXPECT_EQ(team->name, "North");
    EXPECT_FALSE(tx.FindTeam("south"));
  });
}

}  // namespace
}  // namespace fieldledger::server
