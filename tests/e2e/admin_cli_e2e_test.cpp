// The administrator's and manager's command line, as a person would run it: policy
// validation with exact positions, CSV import that is all or nothing, scorecards with
// CSV export, and the PK ranking.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "e2e_db.h"
#include "process.h"

namespace fieldledger {
namespace {

class AdminCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("fieldledger-admin-" + std::to_string(getpid()) + "-" +
            std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  proc::RunResult Admin(std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), {FIELDLEDGER_ADMIN_BIN, "--db", e2e::ServerDb(dir_ / "server.db")});
    return proc::Run(args, input);
  }
  std::string Write(const std::string& name, const std::string& text) {
    const auto path = (dir_ / name).string();
    std::ofstream(path) << text;
    return path;
  }

  std::filesystem::path dir_;
};

TEST_F(AdminCli, PolicyValidationNamesTheLineAndColumn) {
  const std::string source = FIELDLEDGER_SOURCE_DIR;
  auto good = Admin({"validate-policy", "--file", source + "/docs/policies/scoring-default.toml"});
  EXPECT_EQ(good.exit_code, 0) << good.output;
  auto bad = Admin({"validate-policy", "--file",
                    Write("bad.toml", "version = \"x\"\n[on_time]\ngrace_seconds = \"ten\"\n")});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.output.find("bad.toml:3:"), std::string::npos) << bad.output;
  auto fee = Admin({"validate-service-policy", "--file",
                    source + "/docs/policies/examples/aircon-installer.toml"});
  EXPECT_EQ(fee.exit_code, 0) << fee.output;
  auto bad_fee =
      Admin({"validate-service-policy", "--file", Write("fee.toml", "[policy]\nid = 3\n")});
  EXPECT_EQ(bad_fee.exit_code, 1);
  EXPECT_NE(bad_fee.output.find("fee.toml:2:6: 'policy.id' must be a string"), std::string::npos)
      << bad_fee.output;
}

TEST_F(AdminCli, ACsvWithOneBadRowImportsNothingAndNamesEveryBadLine) {
  ASSERT_EQ(Admin({"seed-demo"}).exit_code, 0);
  const std::string header =
      "reference,type,customer_name,address,latitude,longitude,window_start,window_end,"
      "technician\n";
  const auto bad =
      Write("jobs.csv", header +
                            "A-1,repair,\"Li, Wei\",1 Road,31.2,121.4,2026-12-01 09:00,"
                            "2026-12-01 11:00,tech1\n"
                            "A-2,repair,Ma,2 Road,north,121.4,2026-12-01 09:00,"
                            "2026-12-01 11:00,tech1\n"
                            "A-3,fixing,Ma,3 Road,31.2,121.4,2026-12-01 09:00,"
                            "2026-12-01 11:00,nobody\n");
  auto r = Admin({"import-jobs", "--company", "demo", "--csv", bad});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find("line 3: latitude: 'north' is not a number"), std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("line 4: type: 'fixing'"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("nothing was imported"), std::string::npos);
  EXPECT_EQ(Admin({"list-jobs", "--company", "demo"}).output.find("A-1"), std::string::npos);

  const auto good = Write("good.csv", header +
                                          "A-1,repair,\"Li, Wei\",1 Road,31.2,121.4,2026-12-01 "
                                          "09:00,2026-12-01 11:00,tech1\n");
  auto ok = Admin({"import-jobs", "--company", "demo", "--csv", good});
  EXPECT_EQ(ok.exit_code, 0) << ok.output;
  EXPECT_NE(Admin({"list-jobs", "--company", "demo"}).output.find("Li, Wei"), std::string::npos);
}

TEST_F(AdminCli, AShiftScheduleCsvImportsWholeOrNotAtAll) {
  ASSERT_EQ(Admin({"seed-demo"}).exit_code, 0);
  // Ten days from now (the server refuses shifts more than 400 days away), demo time.
  const auto day = [] {
    char buf[16];
    const std::time_t t = std::time(nullptr) + 8 * 3600 + 10 * 86400;
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return std::string(buf);
  }();
  const std::string header = "technician,start,end,leave,leave_reason\n";
  const auto bad = Write("shifts.csv", header + "tech1," + day + " 08:30," + day + " 17:30,no,\n" +
                                           "nobody," + day + " 08:30," + day + " 17:30,no,\n" +
                                           "tech2," + day + " 17:30," + day + " 08:30,no,\n");
  auto r = Admin({"import-shifts", "--company", "demo", "--csv", bad});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find("line 3: technician: no technician 'nobody' in this company"),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("line 4: end must be after start"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("nothing was imported (2 problem(s))"), std::string::npos);

  const auto good = Write("good-shifts.csv", header + "tech1," + day + " 08:30," + day +
                                                 " 17:30,no,\n" + "tech2," + day + " 08:30," + day +
                                                 " 17:30,yes,\"sick, note\"\n");
  auto ok = Admin({"import-shifts", "--company", "demo", "--csv", good});
  EXPECT_EQ(ok.exit_code, 0) << ok.output;
  EXPECT_NE(ok.output.find("2 shift(s) imported"), std::string::npos) << ok.output;
}

TEST_F(AdminCli, AddJobTakesTheProductCategoryAndDates) {
  ASSERT_EQ(Admin({"seed-demo"}).exit_code, 0);
  const std::vector<std::string> base = {"add-job",
                                         "--company",
                                         "demo",
                                         "--technician",
                                         "tech1",
                                         "--customer",
                                         "Qian Bo",
                                         "--address",
                                         "3 Road",
                                         "--lat",
                                         "31.2",
                                         "--lon",
                                         "121.4",
                                         "--start",
                                         "2026-12-01 09:00",
                                         "--end",
                                         "2026-12-01 11:00",
                                         "--type",
                                         "installation",
                                         "--reference",
                                         "AC-1",
                                         "--category",
                                         "aircon"};
  auto with_dates = base;
  with_dates.insert(with_dates.end(), {"--purchase-date", "2026-11-28"});
  auto ok = Admin(with_dates);
  ASSERT_EQ(ok.exit_code, 0) << ok.output;
  const auto list = Admin({"list-jobs", "--company", "demo"}).output;
  EXPECT_NE(list.find("Qian Bo  [aircon, bought 2026-11-28]"), std::string::npos) << list;

  auto bad_date = base;
  bad_date[20] = "AC-2";
  bad_date.insert(bad_date.end(), {"--purchase-date", "28.11.2026"});
  auto bad = Admin(bad_date);
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.output.find("purchase_date must be a date like 2026-03-01; got '28.11.2026'"),
            std::string::npos)
      << bad.output;
}

TEST_F(AdminCli, ScorecardExportsItsExplanationsAndRankingListsEveryTechnician) {
  ASSERT_EQ(Admin({"seed-demo"}).exit_code, 0);
  const auto csv = (dir_ / "card.csv").string();
  const auto today = [] {
    char buf[16];
    const std::time_t t = std::time(nullptr) + 8 * 3600;  // the demo company is in Shanghai
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return std::string(buf);
  }();
  auto card = Admin({"scorecard", "--company", "demo", "--all", "--period", "week", "--date", today,
                     "--csv", csv});
  ASSERT_EQ(card.exit_code, 0) << card.output;
  EXPECT_NE(card.output.find("On-time arrival rate"), std::string::npos);
  EXPECT_NE(card.output.find("Bonus gate"), std::string::npos);
  std::ifstream in(csv);
  std::string header;
  std::getline(in, header);
  EXPECT_EQ(header,
            "metric,job_id,reference,technician_id,outcome,reason,in_numerator,"
            "in_denominator");
  int rows = 0;
  for (std::string line; std::getline(in, line);) rows += line.rfind("on_time,", 0) == 0;
  EXPECT_GT(rows, 0) << "every on-time job is explained in the export";

  auto ranking = Admin({"ranking", "--company", "demo", "--metric", "on_time", "--period", "month",
                        "--date", today});
  ASSERT_EQ(ranking.exit_code, 0) << ranking.output;
  for (const char* name : {"Li Wei", "Wang Fang", "Zhang Lei"}) {
    EXPECT_NE(ranking.output.find(name), std::string::npos) << ranking.output;
  }
  auto bad = Admin(
      {"ranking", "--company", "demo", "--metric", "speed", "--period", "month", "--date", today});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.output.find("--metric"), std::string::npos);
}

}  // namespace
}  // namespace fieldledger
