// One job travels dispatcher -> phone (offline) -> server -> on-time score, through
// real processes: fieldledger-server on a free port with a SQLite file, and the
// fieldledger-device core, killed with SIGKILL between check-in and sync. Over TLS with the
// test CA: the server gets its certificate, every client trusts only that CA.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <regex>

#include "e2e_company.h"
#include "fieldledger/v1/jobs.grpc.pb.h"
#include "fieldledger/v1/scoring.grpc.pb.h"
#include "test_jobs.h"

namespace fieldledger {
namespace {

using e2e::kPassword;

TimeMs Now() { return e2e::WallNowMs(); }

class OfflineVisit : public e2e::E2eCompany {
 protected:
  OfflineVisit()
      : E2eCompany("Asia/Shanghai",
                   {{"disp", "Dee Spatcher", "dispatcher"}, {"tech", "Tess Tech", "technician"}}) {}

  std::string Token(const std::string& user) { return Login(user).token(); }

  v1::Job CreateJob(const std::string& token, const std::string& reference, TimeMs start,
                    TimeMs end, const std::string& technician_id) {
    auto stub = v1::JobsService::NewStub(channel_);
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + token);
    v1::CreateJobRequest req;
    e2e::FillTestJob(req.mutable_job(), reference, start, end, technician_id);
    v1::Job out;
    auto s = stub->CreateJob(&ctx, req, &out);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return out;
  }
};

TEST_F(OfflineVisit, JobTravelsFromDispatcherThroughOfflinePhoneToTheScorecard) {
  StartServer();
  const std::string dispatcher = Token("disp");
  // The technician signs in on the phone and pulls nothing yet.
  auto login = Device({"login", "--username", "tech"}, std::string(kPassword) + "\n");
  ASSERT_EQ(login.exit_code, 0) << login.output;

  // The dispatcher needs the technician's id: read it from a technician login (ids are
  // not secret, passwords are).
  const std::string tech_id = Login("tech").user_id();
  const TimeMs now = Now();
  const auto on_time =
      CreateJob(dispatcher, "ON-TIME", now - 30 * kMinuteMs, now + kHourMs, tech_id);
  const auto late = CreateJob(dispatcher, "LATE", now - 3 * kHourMs, now - 2 * kHourMs, tech_id);
  const auto missed =
      CreateJob(dispatcher, "MISSED", now - 5 * kHourMs, now - 4 * kHourMs, tech_id);

  auto pulled = Device({"sync"});
  ASSERT_EQ(pulled.exit_code, 0) << pulled.output;
  EXPECT_NE(pulled.output.find("jobs pulled 3"), std::string::npos) << pulled.output;

  // The phone goes offline: the server is down while the technician works.
  StopServer();
  auto first = Device({"checkin", "--job", on_time.id(), "--lat", "31.2301", "--lon", "121.4702",
                       "--accuracy", "8"});
  ASSERT_EQ(first.exit_code, 0) << first.output;
  {
    // The second check-in's process is killed with SIGKILL right after its commit.
    proc::Child held({FIELDLEDGER_DEVICE_BIN, "--db", device_db_, "--server", address_, "--ca",
                      test_tls::CaFile(), "checkin", "--job", late.id(), "--lat", "31.2301",
                      "--lon", "121.4702", "--hold"});
    ASSERT_NE(held.WaitForLine("recorded", std::chrono::seconds(20)), "") << held.output();
    held.Kill(SIGKILL);
  }
  auto offline_sync = Device({"sync"});
  EXPECT_NE(offline_sync.exit_code, 0);
  EXPECT_NE(offline_sync.output.find("offline"), std::string::npos) << offline_sync.output;
  auto status = Device({"status"});
  EXPECT_NE(status.output.find("pending 2,"), std::string::npos) << status.output;

  // Back online: a restarted device process syncs both check-ins exactly once.
  StartServer();
  auto synced = Device({"sync"});
  ASSERT_EQ(synced.exit_code, 0) << synced.output;
  EXPECT_NE(synced.output.find("applied 2, duplicates 0, rejected 0"), std::string::npos)
      << synced.output;
  auto again = Device({"sync"});
  EXPECT_NE(again.output.find("applied 0, duplicates 0, rejected 0"), std::string::npos)
      << again.output;

  // The dispatcher's session survived the server restart; the scorecard shows 1 of 3.
  auto scoring = v1::ScoringService::NewStub(channel_);
  grpc::ClientContext ctx;
  ctx.AddMetadata("authorization", "Bearer " + dispatcher);
  v1::ScorecardRequest req;
  req.set_technician_id(tech_id);
  req.set_explain(true);
  req.mutable_period()->set_kind(v1::PERIOD_KIND_CUSTOM);
  req.mutable_period()->set_start_ms(now - kDayMs);
  req.mutable_period()->set_end_ms(now + kDayMs);
  v1::Scorecard card;
  auto s = scoring->GetScorecard(&ctx, req, &card);
  ASSERT_TRUE(s.ok()) << s.error_message();
  const auto& ot = card.on_time();
  EXPECT_EQ(ot.rate().numerator(), 1);
  EXPECT_EQ(ot.rate().denominator(), 3);
  EXPECT_EQ(ot.on_time(), 1);
  EXPECT_EQ(ot.late(), 1);
  EXPECT_EQ(ot.no_show(), 1);
  EXPECT_EQ(ot.unverified(), 0);  // both check-ins were at the site with a good fix
  EXPECT_TRUE(ot.has_minutes_late());
  // The late check-in was made about 2 hours after the window closed.
  EXPECT_NEAR(ot.median_minutes_late(), 120, 5);
  ASSERT_EQ(ot.rate().explanations_size(), 3);

  // The technician sees the same figure on the phone ("My scorecard"), for today's week.
  char today[16];
  const std::time_t local = (now + 8 * kHourMs) / 1000;  // the company is in Asia/Shanghai
  std::tm tm{};
  gmtime_r(&local, &tm);
  std::strftime(today, sizeof today, "%Y-%m-%d", &tm);
  auto mine = Device({"scorecard", "--date", today});
  EXPECT_EQ(mine.exit_code, 0) << mine.output;
  EXPECT_NE(mine.output.find("Technician Tess Tech"), std::string::npos) << mine.output;
  EXPECT_NE(mine.output.find("on-time "), std::string::npos) << mine.output;
  // Offline, the phone still shows the last scorecard it fetched.
  StopServer();
  auto cached = Device({"scorecard", "--date", today});
  EXPECT_EQ(cached.exit_code, 0) << cached.output;
  EXPECT_NE(cached.output.find("showing the last one fetched"), std::string::npos) << cached.output;
  for (const auto& x : ot.rate().explanations()) {
    if (x.reference() == "LATE") {
      EXPECT_EQ(x.outcome(), "late");
      EXPECT_NE(x.reason().find("late by 1"), std::string::npos) << x.reason();
    }
    if (x.reference() == "MISSED") {
      EXPECT_EQ(x.outcome(), "no_show");
    }
  }
}

TEST_F(OfflineVisit, HeadlessDemoScorecardMatchesItsCheckIns) {
  // The run command's demo, against a freshly seeded server.
  auto seed =
      proc::Run({FIELDLEDGER_ADMIN_BIN, "--db", e2e::ServerDb(dir_ / "demo.db"), "seed-demo"});
  ASSERT_EQ(seed.exit_code, 0) << seed.output;
  db_ = e2e::ServerDb(dir_ / "demo.db");
  StartServer();
  auto demo = proc::Run({FIELDLEDGER_DEMO_BIN, "--server", address_, "--ca", test_tls::CaFile(),
                         "--workdir", (dir_ / "devices").string()});
  EXPECT_EQ(demo.exit_code, 0) << demo.output;
  EXPECT_NE(demo.output.find("match the devices' check-ins"), std::string::npos) << demo.output;
  // Attendance too comes from the demo phones' shift check-ins, not from seeded rows.
  EXPECT_NE(demo.output.find("Server attendance rate"), std::string::npos) << demo.output;
}

}  // namespace
}  // namespace fieldledger
