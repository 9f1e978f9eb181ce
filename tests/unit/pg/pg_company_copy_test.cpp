// One company from a SQLite file into a PostgreSQL database that already holds another
// (fieldledger-admin copy-to-postgresql --company): the company's rows of every table
// arrive and verify, nothing of the file's other company comes along, the target's own
// company is untouched, numbered logs continue after both sides' numbers, and a company
// or username the target already has is refused with nothing copied.
#include <gtest/gtest.h>

#include "../server/sync_wire.h"
#include "../server/test_store.h"
#include "app/sync_logic.h"
#include "storage/pg_company_copy.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::PgTestDatabase;

// A company with a team, two users, `jobs` jobs (each with a change-feed row, a board
// change, an audit row and a blob chunk) and one pushed event, through `store`.
void SeedCompany(Store& store, const std::string& company, int jobs) {
  store.Write([&](StoreTx& tx) {
    tx.InsertCompany({company, "Company " + company, "Asia/Shanghai", testing::kDay0});
    tx.InsertTeam({company + "-north", company, "North"});
    tx.InsertUser({company + "-tech", company, company + "-tech", "Tess", Role::kTechnician,
                   company + "-north", "hash", false, testing::kDay0});
    tx.InsertUser({company + "-disp", company, company + "-disp", "Dee", Role::kDispatcher, "",
                   "hash", false, testing::kDay0});
  });
  for (int i = 1; i <= jobs; ++i) {
    JobRecord j;
    j.id = company + "-j" + std::to_string(i);
    j.company_id = company;
    j.reference = "REF-" + j.id;
    j.customer_name = "顾客 " + j.id;
    j.latitude = testing::kSiteLat;
    j.longitude = testing::kSiteLon;
    j.window = {At(9), At(17)};
    j.technician_id = company + "-tech";
    j.created_ms = j.updated_ms = testing::kDay0;
    store.Write([&](StoreTx& tx) {
      tx.InsertJob(j);
      tx.AppendJobChange(j.id, j.technician_id);
      tx.AppendBoardChanges(company, {j.id});
      tx.InsertAudit(
          {0, company, j.id, company + "-disp", "Dee", At(8), "created", "", "", "", ""});
      tx.InsertBlobChunk(company, std::string(64, 'a' + i), 0, std::string("\0\xff\x01", 3));
    });
  }
  SyncLogic sync(store);
  const Caller tech{company + "-tech", company, "Tess", company + "-north", Role::kTechnician};
  const auto e = testing::CheckInEvent(company + "-j1", 1, At(9, 20), 5'000'000);
  WirePush(sync, tech, testing::Batch(company + "-dev", At(9, 30), 5'600'000, {e}), At(9, 30));
}

class PgCompanyCopyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    file_ = dir_.File("source.db");
    SqliteStore source(file_);
    SeedCompany(source, "beta", 2);  // first, so acme's numbers are not the file's lowest
    SeedCompany(source, "acme", 3);
    // The target already serves another company, with numbers of its own.
    PgStore target(target_.uri(), 1);
    SeedCompany(target, "other", 4);
  }
  std::map<std::string, TableCheck> Copy(const std::string& company) {
    std::map<std::string, TableCheck> out;
    for (const auto& c : CopyCompanyToPg(file_, target_.uri(), company)) out[c.table] = c;
    return out;
  }

  testing::TempDir dir_;
  std::string file_;
  PgTestDatabase target_;
};

TEST_F(PgCompanyCopyTest, TheCompanysRowsArriveAndVerifyBesideAnotherCompany) {
  const auto counts_before = testing::TableCounts(target_.uri());
  std::int64_t handed_out = 0;  // the highest feed number either side has used
  SqliteStore(file_).Read([&](StoreTx& tx) { handed_out = tx.LastJobChangeSeq(); });
  PgStore(target_.uri(), 1).Read([&](StoreTx& tx) {
    handed_out = std::max(handed_out, tx.LastJobChangeSeq());
  });
  const auto checks = Copy("acme");
  ASSERT_GE(checks.size(), 25u);
  for (const auto& [table, c] : checks) {
    EXPECT_TRUE(c.ok()) << table << ": " << c.source_rows << "/" << c.target_rows << " "
                        << c.source_sum << "/" << c.target_sum;
  }
  EXPECT_FALSE(checks.contains("login_failures"));
  EXPECT_EQ(checks.at("companies").source_rows, 1);
  EXPECT_EQ(checks.at("users").source_rows, 2);
  EXPECT_EQ(checks.at("jobs").source_rows, 3);
  EXPECT_EQ(checks.at("job_changes").source_rows, 4);  // three jobs, and the arrival
  EXPECT_EQ(checks.at("events").source_rows, 1);
  EXPECT_EQ(checks.at("devices").source_rows, 1);
  EXPECT_EQ(checks.at("blob_chunks").source_rows, 3);
  EXPECT_EQ(checks.at("audit_log").source_rows, 3);
  EXPECT_EQ(checks.at("board_changes").source_rows, 4);

  // Every table grew by acme's rows and by nothing else: beta stayed behind, "other" kept
  // its rows.
  const auto counts_after = testing::TableCounts(target_.uri());
  for (const auto& [table, n] : counts_after) {
    const std::int64_t added = checks.contains(table) ? checks.at(table).source_rows : 0;
    EXPECT_EQ(n, counts_before.at(table) + added) << table;
  }
  PgStore copy(target_.uri(), 1);
  copy.Read([&](StoreTx& tx) {
    EXPECT_FALSE(tx.FindCompany("beta"));
    EXPECT_TRUE(tx.FindCompany("other"));
    EXPECT_EQ(tx.FindJob("acme-j2")->customer_name, "顾客 acme-j2");
    EXPECT_TRUE(tx.FindJob("acme-j1")->arrived_ms);
    EXPECT_EQ(tx.ReadBlobBytes("acme", std::string(64, 'c')), std::string("\0\xff\x01", 3));
    EXPECT_EQ(tx.ListCompanyAudit("other", "", 100).size(), 4u);
    // acme's feed rows come after every number either side had handed out, in order, so
    // a phone's cursor from the old server never passes one of them.
    const auto feed = tx.ListJobChanges("acme-tech", 0, 100);
    ASSERT_EQ(feed.size(), 4u);
    EXPECT_GT(feed[0].seq, handed_out);
    std::vector<std::string> order;
    for (const auto& c : feed) order.push_back(c.job_id);
    EXPECT_EQ(order, (std::vector<std::string>{"acme-j1", "acme-j2", "acme-j3", "acme-j1"}));
  });
  // The copy's sequences continue after its rows: the next number is new.
  std::int64_t next = 0;
  copy.Write([&](StoreTx& tx) { next = tx.AppendJobChange("other-j1", "other-tech"); });
  std::vector<JobChange> mine;
  copy.Read([&](StoreTx& tx) { mine = tx.ListJobChanges("acme-tech", 0, 100); });
  EXPECT_GT(next, mine.back().seq);
}

TEST_F(PgCompanyCopyTest, VerifyFindsAChangedRowOfTheCompanyOnly) {
  Copy("acme");
  testing::ExecSql(target_.uri(), "UPDATE jobs SET description = 'edited' WHERE id = 'other-j1'");
  for (const auto& c : VerifyCompanyCopy(file_, target_.uri(), "acme")) {
    EXPECT_TRUE(c.ok()) << c.table;  // another company's edit is not acme's
  }
  testing::ExecSql(target_.uri(), "UPDATE jobs SET description = 'edited' WHERE id = 'acme-j2'");
  testing::ExecSql(target_.uri(), "DELETE FROM audit_log WHERE job_id = 'acme-j3'");
  for (const auto& c : VerifyCompanyCopy(file_, target_.uri(), "acme")) {
    if (c.table == "jobs") {
      EXPECT_EQ(c.source_rows, c.target_rows);
      EXPECT_NE(c.source_sum, c.target_sum);
    } else if (c.table == "audit_log") {
      EXPECT_EQ(c.target_rows, c.source_rows - 1);
    } else {
      EXPECT_TRUE(c.ok()) << c.table;
    }
  }
}

TEST_F(PgCompanyCopyTest, ACompanyTheTargetHasIsRefusedAndNothingIsCopied) {
  Copy("acme");
  const auto counts = testing::TableCounts(target_.uri());
  try {
    Copy("acme");
    FAIL() << "copied a company the target has";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()),
              "company acme already exists in the PostgreSQL database; nothing was copied");
  }
  EXPECT_EQ(testing::TableCounts(target_.uri()), counts);
}

TEST_F(PgCompanyCopyTest, AUsernameTakenInTheTargetIsRefusedAndNothingIsCopied) {
  {
    PgStore target(target_.uri(), 1);
    target.Write([](StoreTx& tx) {
      tx.InsertUser({"someone", "other", "acme-disp", "Not Dee", Role::kDispatcher, "", "hash",
                     false, testing::kDay0});
    });
  }
  const auto counts = testing::TableCounts(target_.uri());
  try {
    Copy("acme");
    FAIL() << "copied a username the target has";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()),
              "username acme-disp of company acme is taken in the PostgreSQL database (company "
              "other); nothing was copied");
  }
  EXPECT_EQ(testing::TableCounts(target_.uri()), counts);
}

TEST_F(PgCompanyCopyTest, ACompanyTheFileLacksIsRefused) {
  EXPECT_THROW(Copy("nobody"), std::runtime_error);
}

}  // namespace
}  // namespace fieldledger::server
