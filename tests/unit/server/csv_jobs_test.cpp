// CSV job import: RFC 4180 parsing and the all-or-nothing import with line numbers.
#include <gtest/gtest.h>

#include <sstream>

#include "app/csv_jobs.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::StoreTest;

std::vector<CsvRecord> Parse(const std::string& text, std::string* error = nullptr) {
  std::istringstream in(text);
  std::string ignored;
  return ParseCsv(in, error ? error : &ignored);
}

std::vector<std::vector<std::string>> Fields(const std::vector<CsvRecord>& records) {
  std::vector<std::vector<std::string>> out;
  for (const auto& r : records) out.push_back(r.fields);
  return out;
}

TEST(ParseCsvTest, PlainRecordsAndEmptyFields) {
  const auto records = Parse("a,b,c\n1,,3\n");
  EXPECT_EQ(Fields(records),
            (std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"1", "", "3"}}));
  EXPECT_EQ(records[0].line, 1);
  EXPECT_EQ(records[1].line, 2);
}

TEST(ParseCsvTest, QuotedFieldsHoldCommasQuotesAndNewlines) {
  const auto records = Parse(
      "name,address\n"
      "\"Wang, Li\",\"Room 5\n88 Century Ave\"\n"
      "\"He said \"\"hi\"\"\",x\n");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"Wang, Li", "Room 5\n88 Century Ave"}));
  EXPECT_EQ(records[2].fields, (std::vector<std::string>{"He said \"hi\"", "x"}));
  // The record after a two-line field starts on line 4.
  EXPECT_EQ(records[1].line, 2);
  EXPECT_EQ(records[2].line, 4);
}

TEST(ParseCsvTest, CrLfLineEndsAndNoFinalNewline) {
  const auto records = Parse("a,b\r\n1,2\r\n3,4");
  EXPECT_EQ(Fields(records),
            (std::vector<std::vector<std::string>>{{"a", "b"}, {"1", "2"}, {"3", "4"}}));
  EXPECT_EQ(records[2].line, 3);
}

TEST(ParseCsvTest, BlankLinesAreSkippedButCountedForLineNumbers) {
  const auto records = Parse("a\n\n\r\nb\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].fields, std::vector<std::string>{"b"});
  EXPECT_EQ(records[1].line, 4);
}

TEST(ParseCsvTest, AnUnclosedQuoteIsAnErrorWithItsLine) {
  std::string error;
  const auto records = Parse("a,b\n1,\"open\n2,3\n", &error);
  EXPECT_TRUE(records.empty());
  EXPECT_EQ(error, "line 2: quoted field is not closed");
}

class CsvImportTest : public StoreTest {
 protected:
  CsvImportResult Import(const std::string& text, const std::string& company = "acme") {
    std::istringstream in(text);
    return ImportJobsCsv(*store_, company, in, At(7));
  }
  std::vector<JobRecord> AllJobs() {
    StoreTx::JobQuery q;
    q.company_id = "acme";
    std::vector<JobRecord> jobs;
    store_->Read([&](StoreTx& tx) { jobs = tx.ListJobs(q); });
    return jobs;
  }
  static constexpr const char* kHeader =
      "reference,type,customer_name,customer_phone,address,latitude,longitude,window_start,"
      "window_end,technician,product,serial_number,description\r\n";
};

TEST_F(CsvImportTest, ImportsQuotedFieldsWithCommasAndNewlinesAndCrLf) {
  const std::string text = std::string(kHeader) +
                           "R-1,repair,\"Wang, Li\",555,\"Room 5\r\n88 Century Ave\",31.2304,"
                           "121.4737,2026-03-02 09:00,2026-03-02 11:00,tech1,Washer,SN1,\"leaks, "
                           "\"\"badly\"\"\"\r\n"
                           "R-2,installation,Zhao,,1 Renmin Ave,31.23,121.47,2026-03-02T13:00Z,"
                           "2026-03-02T16:00+02:00,tech2,,,\r\n";
  const auto result = Import(text);
  EXPECT_TRUE(result.errors.empty()) << ::testing::PrintToString(result.errors);
  EXPECT_EQ(result.imported, 2);
  const auto jobs = AllJobs();
  ASSERT_EQ(jobs.size(), 2u);
  EXPECT_EQ(jobs[0].reference, "R-1");
  EXPECT_EQ(jobs[0].customer_name, "Wang, Li");
  EXPECT_EQ(jobs[0].address, "Room 5\r\n88 Century Ave");
  EXPECT_EQ(jobs[0].description, "leaks, \"badly\"");
  EXPECT_EQ(jobs[0].window.start, At(9));
  EXPECT_EQ(jobs[0].window.end, At(11));
  EXPECT_EQ(jobs[0].technician_id, "tech1");
  EXPECT_EQ(jobs[0].type, JobType::kRepair);
  EXPECT_EQ(jobs[1].type, JobType::kInstallation);
  EXPECT_EQ(jobs[1].window.start, At(13));
  EXPECT_EQ(jobs[1].window.end, At(14));  // 16:00 at +02:00 is 14:00Z
  EXPECT_EQ(jobs[1].technician_id, "tech2");
  // Each imported job reaches its technician's device.
  store_->Read([](StoreTx& tx) {
    EXPECT_EQ(tx.CountJobChanges("tech1", 0), 1);
    EXPECT_EQ(tx.CountJobChanges("tech2", 0), 1);
  });
}

TEST_F(CsvImportTest, ColumnsMayComeInAnyOrderAndOptionalOnesMayBeMissing) {
  const auto result = Import(
      "technician,window_end,window_start,longitude,latitude,address,customer_name,type\n"
      "tech1,2026-03-02 10:00,2026-03-02 09:00,121.47,31.23,Somewhere,Li,maintenance\n");
  EXPECT_TRUE(result.errors.empty()) << ::testing::PrintToString(result.errors);
  ASSERT_EQ(result.imported, 1);
  const auto jobs = AllJobs();
  ASSERT_EQ(jobs.size(), 1u);
  EXPECT_EQ(jobs[0].type, JobType::kMaintenance);
  EXPECT_EQ(jobs[0].reference, "FL-" + jobs[0].id.substr(0, 8));
}

// The facts the fee is quoted from travel with the job, so an imported job is priced
// on the phone like one the dispatcher typed in; a bad date names its line and column.
TEST_F(CsvImportTest, ProductCategoryAndDatesAreImported) {
  const std::string head =
      "type,customer_name,address,latitude,longitude,window_start,window_end,technician,"
      "product_category,purchase_date,activation_date\n";
  const auto result = Import(head +
                             "installation,Li,Somewhere,31.23,121.47,2026-03-02 09:00,"
                             "2026-03-02 10:00,tech1,aircon,2026-02-27,\n");
  EXPECT_TRUE(result.errors.empty()) << ::testing::PrintToString(result.errors);
  const auto jobs = AllJobs();
  ASSERT_EQ(jobs.size(), 1u);
  EXPECT_EQ(jobs[0].product_category, "aircon");
  EXPECT_EQ(jobs[0].purchase_date, "2026-02-27");
  EXPECT_EQ(jobs[0].activation_date, "");

  const auto bad = Import(head +
                          "repair,Li,Somewhere,31.23,121.47,2026-03-02 09:00,2026-03-02 10:00,"
                          "tech1,tv,27/02/2026,\n");
  EXPECT_EQ(bad.imported, 0);
  ASSERT_EQ(bad.errors.size(), 1u);
  EXPECT_EQ(bad.errors[0],
            "line 2: purchase_date must be a date like 2026-03-01; got '27/02/2026'");
}

TEST_F(CsvImportTest, AMissingColumnIsReportedAndNothingImported) {
  const auto counts = Counts();
  const auto result = Import(
      "type,customer_name,address,longitude,window_start,window_end\n"
      "repair,Li,Somewhere,121.47,2026-03-02 09:00,2026-03-02 10:00\n");
  EXPECT_EQ(result.imported, 0);
  EXPECT_EQ(result.errors, (std::vector<std::string>{"line 1: missing column 'latitude'",
                                                     "line 1: missing column 'technician'"}));
  EXPECT_EQ(Counts(), counts);
}

TEST_F(CsvImportTest, OneBadRowRollsBackEveryRowAndEachErrorHasItsLine) {
  const auto counts = Counts();
  const std::string text =
      std::string(kHeader) +
      "R-1,repair,Li,,\"two\nlines\",31.23,121.47,2026-03-02 09:00,2026-03-02 10:00,tech1,,,\n"
      "R-2,repair,Li,,addr,north,121.47,2026-03-02 09:00,2026-03-02 10:00,tech1,,,\n"
      "R-3,repair,Li,,addr,31.23,121.47,2026-03-02 09:00,2026-03-02 10:00,tech1,,,\n"
      "R-4,repair,Li,,addr,31.23,121.47,2026-03-02 09:00,tomorrow,tech1,,,\n"
      "R-5,repair,Li,,addr,31.23,121.47,2026-03-02 09:00,2026-03-02 10:00,ghost,,,\n"
      "R-6,repair,Li,,addr,31.23,121.47,2026-03-02 09:00,2026-03-02 10:00,disp,,,\n";
  const auto result = Import(text);
  EXPECT_EQ(result.imported, 0);
  ASSERT_EQ(result.errors.size(), 4u) << ::testing::PrintToString(result.errors);
  // R-1 spans lines 2-3, so R-2 is on line 4.
  EXPECT_EQ(result.errors[0].rfind("line 4: latitude", 0), 0u) << result.errors[0];
  EXPECT_EQ(result.errors[1].rfind("line 6: window_end", 0), 0u) << result.errors[1];
  EXPECT_EQ(result.errors[2].rfind("line 7: technician", 0), 0u) << result.errors[2];
  EXPECT_EQ(result.errors[3].rfind("line 8: ", 0), 0u) << result.errors[3];
  EXPECT_NE(result.errors[3].find("not a technician"), std::string::npos) << result.errors[3];
  EXPECT_EQ(Counts(), counts);
  EXPECT_TRUE(AllJobs().empty());
}

TEST_F(CsvImportTest, RowValidationUsesTheJobRules) {
  const auto result = Import(std::string(kHeader) +
                             "R-1,repair,,,addr,31.23,121.47,2026-03-02 09:00,2026-03-02 "
                             "10:00,tech1,,,\n"
                             "R-2,survey,Li,,addr,31.23,121.47,2026-03-02 09:00,2026-03-02 "
                             "10:00,tech1,,,\n"
                             "R-3,repair,Li,,addr,95,121.47,2026-03-02 09:00,2026-03-02 "
                             "10:00,tech1,,,\n"
                             "R-4,repair,Li,,addr,31.23,121.47,2026-03-02 11:00,2026-03-02 "
                             "10:00,tech1,,,\n");
  ASSERT_EQ(result.errors.size(), 4u) << ::testing::PrintToString(result.errors);
  EXPECT_EQ(result.errors[0], "line 2: customer_name is required");
  EXPECT_EQ(result.errors[1].rfind("line 3: type: 'survey'", 0), 0u) << result.errors[1];
  EXPECT_EQ(result.errors[2].rfind("line 4: site coordinates", 0), 0u) << result.errors[2];
  EXPECT_EQ(result.errors[3], "line 5: window ends before it starts");
  EXPECT_EQ(result.imported, 0);
}

TEST_F(CsvImportTest, AnotherCompanysTechnicianIsUnknown) {
  const auto result = Import(std::string(kHeader) +
                             "R-1,repair,Li,,addr,31.23,121.47,2026-03-02 09:00,2026-03-02 "
                             "10:00,othertech,,,\n");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0], "line 2: technician: no user 'othertech'");
}

TEST_F(CsvImportTest, EmptyFileUnknownCompanyAndUnclosedQuote) {
  EXPECT_EQ(Import("").errors,
            std::vector<std::string>{"the file is empty; expected a header row"});
  const auto unknown = Import(std::string(kHeader), "nope");
  ASSERT_EQ(unknown.errors.size(), 1u);
  EXPECT_NE(unknown.errors[0].find("company 'nope' does not exist"), std::string::npos);
  const auto open = Import(std::string(kHeader) + "R-1,\"repair\n");
  EXPECT_EQ(open.errors, std::vector<std::string>{"line 2: quoted field is not closed"});
  EXPECT_EQ(open.imported, 0);
}

TEST_F(CsvImportTest, LocalTimesAreTakenInTheCompanysTimeZone) {
  store_->Write([](StoreTx& tx) {
    tx.InsertCompany({"sh", "Shanghai Co", "Asia/Shanghai", testing::kDay0});
    UserRecord u{"shtech", "sh", "shtech", "SH Tech", Role::kTechnician, "", "x", false, 0};
    tx.InsertUser(u);
  });
  std::istringstream in(std::string(kHeader) +
                        "R-1,repair,Li,,addr,31.23,121.47,2026-03-02 17:00,2026-03-02 "
                        "18:00,shtech,,,\n");
  const auto result = ImportJobsCsv(*store_, "sh", in, At(7));
  ASSERT_TRUE(result.errors.empty()) << ::testing::PrintToString(result.errors);
  StoreTx::JobQuery q;
  q.company_id = "sh";
  std::vector<JobRecord> jobs;
  store_->Read([&](StoreTx& tx) { jobs = tx.ListJobs(q); });
  ASSERT_EQ(jobs.size(), 1u);
  EXPECT_EQ(jobs[0].window.start, At(9));  // 17:00 in Shanghai (UTC+8) is 09:00Z
  EXPECT_EQ(jobs[0].window.end, At(10));
}

}  // namespace
}  // namespace fieldledger::server
