// Regression tests for defects found while writing the suite, now fixed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fieldledger/v1/auth_mock.grpc.pb.h"
#include "fieldledger/v1/sync_mock.grpc.pb.h"
#include "sync_engine.h"
#include "technician_device.h"
#include "temp_dir.h"

namespace fieldledger::device {
namespace {

using ::testing::_;
using ::testing::Invoke;
using ::testing::NiceMock;

constexpr TimeMs kNine = 1'772'442'000'000;  // 2026-03-02T09:00:00Z

// Was: mobile/core/sync_engine.cpp (PushAll) guards against "a server that acknowledges
// nothing" only by acks_size() == 0. A response whose acks all carry STATUS_UNSPECIFIED
// (which LocalStore::ApplyAcks itself treats as "not acknowledged") or name other event
// ids changes nothing, so Pending() returns the same batch and the loop never ends.
// The guard should check that the outbox made progress. The mock stops the loop after
// 5 calls (by failing) so this test fails instead of hanging.
TEST(Regression, AResponseThatAcknowledgesNothingUsefulStopsThePushLoop) {
  testing::TempDir dir;
  LocalStore store(dir.File("device.db"));
  ManualClock clock(kNine, 1000, "boot");
  store.Record("j1", [](v1::DeviceEvent& e) { e.mutable_check_in(); });
  NiceMock<v1::MockSyncServiceStub> stub;
  int calls = 0;
  ON_CALL(stub, Push(_, _, _))
      .WillByDefault(
          Invoke([&](grpc::ClientContext*, const v1::PushRequest& req, v1::PushResponse* resp) {
            if (++calls > 5) return grpc::Status(grpc::StatusCode::ABORTED, "test gave up");
            auto* a = resp->add_acks();
            a->set_event_id(req.events(0).event_id());
            a->set_status(v1::EventAck::STATUS_UNSPECIFIED);
            return grpc::Status::OK;
          }));
  SyncEngine engine(store, clock, stub);
  const auto report = engine.SyncOnce("token");
  EXPECT_EQ(calls, 1) << "the engine kept re-sending a batch that made no progress";
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(store.Counts().pending, 1);
}

// Was: mobile/core/technician_device.cpp (Login) says "Another technician signing in on
// this phone starts from a clean job list", but it only resets the pull cursor: the
// previous technician's jobs stay in the local jobs table and are shown to the next
// technician (the server never lists them as removed for the new user).
TEST(Regression, AnotherTechnicianSigningInStartsFromACleanJobList) {
  testing::TempDir dir;
  ManualClock clock(kNine, 1000, "boot");
  auto auth = std::make_unique<NiceMock<v1::MockAuthServiceStub>>();
  auto sync = std::make_unique<NiceMock<v1::MockSyncServiceStub>>();
  ON_CALL(*auth, Login(_, _, _))
      .WillByDefault(
          Invoke([](grpc::ClientContext*, const v1::LoginRequest& req, v1::LoginResponse* resp) {
            resp->set_token("token-" + req.username());
            resp->set_user_id(req.username());
            resp->set_display_name(req.username());
            resp->set_role(v1::ROLE_TECHNICIAN);
            return grpc::Status::OK;
          }));
  ON_CALL(*sync, Pull(_, _, _))
      .WillByDefault(
          Invoke([](grpc::ClientContext*, const v1::PullRequest&, v1::PullResponse* resp) {
            auto* j = resp->add_jobs();
            j->set_id("tech1-job");
            j->set_technician_id("tech1");
            resp->set_next_cursor(1);
            return grpc::Status::OK;
          }));
  TechnicianDevice device(dir.File("device.db"), clock, std::move(auth), std::move(sync));
  ASSERT_TRUE(device.Login("tech1", "pw").ok);
  ASSERT_TRUE(device.Sync().ok);
  ASSERT_EQ(device.store().Jobs().size(), 1u);
  device.Logout();

  const std::string tech1_device = device.store().DeviceId();
  ASSERT_TRUE(device.Login("tech2", "pw").ok);
  EXPECT_EQ(device.store().Cursor(), 0);
  EXPECT_TRUE(device.store().Jobs().empty()) << "tech2 sees tech1's job list";
  // A fresh device id, so the server never mixes two technicians' sequences.
  EXPECT_NE(device.store().DeviceId(), tech1_device);
}

TEST(Regression, AnotherTechnicianCannotSignInWhileThePreviousOnesWorkIsUnsent) {
  testing::TempDir dir;
  ManualClock clock(kNine, 1000, "boot");
  auto auth = std::make_unique<NiceMock<v1::MockAuthServiceStub>>();
  int logins = 0;
  ON_CALL(*auth, Login(_, _, _))
      .WillByDefault(
          Invoke([&](grpc::ClientContext*, const v1::LoginRequest& req, v1::LoginResponse* resp) {
            ++logins;
            resp->set_token("token-" + req.username());
            resp->set_user_id(req.username());
            resp->set_display_name(req.username());
            resp->set_role(v1::ROLE_TECHNICIAN);
            return grpc::Status::OK;
          }));
  auto sync = std::make_unique<NiceMock<v1::MockSyncServiceStub>>();
  TechnicianDevice device(dir.File("device.db"), clock, std::move(auth), std::move(sync));
  ASSERT_TRUE(device.Login("tech1", "pw").ok);
  device.CheckIn("job-1", Fix{});
  device.Logout();
  const auto refused = device.Login("tech2", "pw");
  EXPECT_FALSE(refused.ok);
  EXPECT_NE(refused.error.find("unsent"), std::string::npos) << refused.error;
  EXPECT_EQ(logins, 1) << "the server was asked before the phone checked its outbox";
  EXPECT_EQ(device.store().Counts().pending, 1);
}

}  // namespace
}  // namespace fieldledger::device
