// Two fieldledger-server processes on one PostgreSQL database (e2e_tests_pg only): a
// phone signs in on one instance, pulls jobs the dispatcher made on the other, and syncs
// its check-ins through whichever instance is up while instances are killed with SIGKILL,
// also in the middle of a sync. Every check-in is stored and applied exactly once.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <iostream>
#include <random>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "e2e_company.h"
#include "fieldledger/v1/jobs.grpc.pb.h"
#include "fieldledger_pg/conn.h"
#include "test_jobs.h"

namespace fieldledger {
namespace {

using e2e::kPassword;

class TwoInstances : public e2e::E2eCompany {
 protected:
  TwoInstances()
      : E2eCompany("Asia/Shanghai",
                   {{"disp", "Dee Spatcher", "dispatcher"}, {"tech", "Tess Tech", "technician"}}) {}

  // Another server process on the same database; returns its address.
  std::string StartInstance(std::unique_ptr<proc::Child>& child) {
    child = std::make_unique<proc::Child>(std::vector<std::string>{
        FIELDLEDGER_SERVER_BIN, "--db", db_, "--listen", "127.0.0.1:0", "--tls-cert",
        test_tls::CertFile(), "--tls-key", test_tls::KeyFile()});
    const std::string line = child->WaitForLine("listening on port", std::chrono::seconds(20));
    std::smatch m;
    EXPECT_TRUE(std::regex_search(line, m, std::regex("port (\\d+)"))) << child->output();
    return "127.0.0.1:" + m[1].str();
  }

  v1::Job CreateJob(const std::string& token, const std::string& reference, TimeMs start,
                    TimeMs end, const std::string& technician_id) {
    auto stub = v1::JobsService::NewStub(channel_);
    grpc::ClientContext ctx;
    Authorize(ctx, token);
    v1::CreateJobRequest req;
    e2e::FillTestJob(req.mutable_job(), reference, start, end, technician_id);
    v1::Job out;
    auto s = stub->CreateJob(&ctx, req, &out);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return out;
  }

  // A check-in recorded on the phone while it cannot reach any server.
  void CheckInOffline(const std::string& job_id) {
    auto r = Device(
        {"checkin", "--job", job_id, "--lat", "31.2301", "--lon", "121.4702", "--accuracy", "8"},
        "", kNowhere);
    ASSERT_EQ(r.exit_code, 0) << r.output;
  }

  std::int64_t Count(const std::string& sql) {
    pg::Conn db(db_);
    auto s = db.OneOff(sql);
    return s.Step() ? s.Int(0) : -1;
  }

  static constexpr const char* kNowhere = "127.0.0.1:1";
};

TEST_F(TwoInstances, APhoneSwitchingInstancesWithKillsHasEveryCheckInAppliedOnce) {
  StartServer();  // instance A: address_, channel_
  std::unique_ptr<proc::Child> b;
  std::string b_address = StartInstance(b);

  // Signed in through B; the dispatcher works through A; B hands the phone A's jobs.
  auto login = Device({"login", "--username", "tech"}, std::string(kPassword) + "\n", b_address);
  ASSERT_EQ(login.exit_code, 0) << login.output;
  const std::string dispatcher = Login("disp").token();
  const std::string tech_id = Login("tech").user_id();
  const TimeMs now = e2e::WallNowMs();
  std::vector<v1::Job> jobs;
  for (int i = 0; i < 6; ++i) {
    jobs.push_back(CreateJob(dispatcher, "J" + std::to_string(i), now - 30 * kMinuteMs,
                             now + kHourMs, tech_id));
  }
  auto pulled = Device({"sync"}, "", b_address);
  ASSERT_EQ(pulled.exit_code, 0) << pulled.output;
  EXPECT_NE(pulled.output.find("jobs pulled 6"), std::string::npos) << pulled.output;

  // Three check-ins offline; B dies; the phone syncs through A with B's session.
  for (int i = 0; i < 3; ++i) CheckInOffline(jobs[i].id());
  b->Kill(SIGKILL);
  b.reset();
  auto through_a = Device({"sync"}, "", address_);
  ASSERT_EQ(through_a.exit_code, 0) << through_a.output;
  EXPECT_NE(through_a.output.find("applied 3, duplicates 0, rejected 0"), std::string::npos)
      << through_a.output;

  // Three more offline; a sync through A is under way when A is killed: whatever A
  // committed, the phone resends through a restarted B and nothing is applied twice.
  for (int i = 3; i < 6; ++i) CheckInOffline(jobs[i].id());
  {
    proc::Child sync({FIELDLEDGER_DEVICE_BIN, "--db", device_db_, "--server", address_, "--ca",
                      test_tls::CaFile(), "sync"});
    // Somewhere in the sync: before the push, during it, or after its commit.
    std::mt19937 random(std::random_device{}());
    std::this_thread::sleep_for(std::chrono::milliseconds(random() % 400));
    server_->Kill(SIGKILL);
    server_.reset();
    sync.WaitForLine("applied", std::chrono::seconds(10));  // or its end, offline
    std::cout << "the sync when A was killed: " << sync.output() << std::endl;
  }
  b_address = StartInstance(b);
  auto through_b = Device({"sync"}, "", b_address);
  ASSERT_EQ(through_b.exit_code, 0) << through_b.output;
  auto again = Device({"sync"}, "", b_address);
  EXPECT_NE(again.output.find("applied 0, duplicates 0, rejected 0"), std::string::npos)
      << again.output;
  EXPECT_NE(Device({"status"}, "", b_address).output.find("pending 0,"), std::string::npos);

  EXPECT_EQ(Count("SELECT COUNT(*) FROM events"), 6);
  EXPECT_EQ(Count("SELECT COUNT(DISTINCT id) FROM events WHERE status = 'applied'"), 6);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM jobs WHERE arrived_ms IS NOT NULL"), 6);
}

}  // namespace
}  // namespace fieldledger
