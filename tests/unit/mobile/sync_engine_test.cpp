// SyncEngine against the generated gRPC mock stub and a real LocalStore file: what is
// marked sent and when, how failures are reported, and how Pull pages and recovers.
#include "sync_engine.h"
#include "fieldledger/service_policy/default_policy.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "fieldledger/v1/sync_mock.grpc.pb.h"
#include "temp_dir.h"

namespace fieldledger::device {
namespace {

using ::testing::_;
using ::testing::InSequence;
using ::testing::Invoke;
using ::testing::Return;
using ::testing::StrictMock;

constexpr TimeMs kNine = 1'772'442'000'000;  // 2026-03-02T09:00:00Z

v1::PullResponse EmptyPage(std::int64_t cursor) {
  v1::PullResponse p;
  p.set_next_cursor(cursor);
  return p;
}

v1::Job MakeJob(const std::string& id) {
  v1::Job j;
  j.set_id(id);
  j.mutable_window()->set_start_ms(kNine);
  j.mutable_window()->set_end_ms(kNine + 3'600'000);
  return j;
}

// Acknowledges every event of a request with one status.
v1::PushResponse AckAll(const v1::PushRequest& req, v1::EventAck::Status status,
                        const std::string& reason = "") {
  v1::PushResponse resp;
  for (const auto& e : req.events()) {
    auto* a = resp.add_acks();
    a->set_event_id(e.event_id());
    a->set_sequence(e.sequence());
    a->set_status(status);
    a->set_reason(reason);
    resp.set_last_sequence(e.sequence());
  }
  return resp;
}

class SyncEngineTest : public ::testing::Test {
 protected:
  SyncEngineTest()
      : store_(dir_.File("device.db")),
        clock_(kNine, 7'000'000, "boot-a"),
        engine_(store_, clock_, stub_) {}

  void RecordCheckIns(int n) {
    for (int i = 0; i < n; ++i) {
      store_.Record("job-" + std::to_string(i), [&](v1::DeviceEvent& e) {
        e.mutable_clock()->set_wall_time_ms(clock_.WallMs());
        e.mutable_clock()->set_monotonic_ms(clock_.MonotonicMs());
        e.mutable_clock()->set_boot_id(clock_.BootId());
        e.mutable_check_in();
      });
      clock_.Advance(60'000);
    }
  }
  void ExpectOneEmptyPull(std::int64_t cursor = 1) {
    EXPECT_CALL(stub_, Pull(_, _, _))
        .WillOnce(
            Invoke([cursor](grpc::ClientContext*, const v1::PullRequest&, v1::PullResponse* resp) {
              *resp = EmptyPage(cursor);
              return grpc::Status::OK;
            }));
  }

  testing::TempDir dir_;
  LocalStore store_;
  ManualClock clock_;
  StrictMock<v1::MockSyncServiceStub> stub_;
  SyncEngine engine_;
};

TEST_F(SyncEngineTest, EventsAreMarkedSentOnlyAfterASuccessfulPush) {
  RecordCheckIns(3);
  const std::string device_id = store_.DeviceId();
  EXPECT_CALL(stub_, Push(_, _, _))
      .WillOnce(
          Invoke([&](grpc::ClientContext*, const v1::PushRequest& req, v1::PushResponse* resp) {
            // While the call is in flight nothing is marked sent.
            EXPECT_EQ(store_.Counts().pending, 3);
            EXPECT_EQ(store_.Counts().sent, 0);
            EXPECT_EQ(req.protocol_version(), SyncEngine::kProtocolVersion);
            EXPECT_EQ(req.device_id(), device_id);
            EXPECT_EQ(req.sent_clock().wall_time_ms(), clock_.WallMs());
            EXPECT_EQ(req.sent_clock().monotonic_ms(), clock_.MonotonicMs());
            EXPECT_EQ(req.sent_clock().boot_id(), "boot-a");
            EXPECT_EQ(req.events_size(), 3);
            for (int i = 0; i < req.events_size(); ++i) {
              EXPECT_EQ(req.events(i).sequence(), i + 1);
            }
            *resp = AckAll(req, v1::EventAck::STATUS_APPLIED);
            return grpc::Status::OK;
          }));
  ExpectOneEmptyPull();
  const auto report = engine_.SyncOnce("token");
  EXPECT_TRUE(report.ok) << report.error;
  EXPECT_EQ(report.applied, 3);
  EXPECT_EQ(store_.Counts().pending, 0);
  EXPECT_EQ(store_.Counts().sent, 3);
}

TEST_F(SyncEngineTest, AnUnavailableServerLeavesEventsPendingAndSaysOffline) {
  RecordCheckIns(2);
  EXPECT_CALL(stub_, Push(_, _, _))
      .WillOnce(Return(grpc::Status(grpc::StatusCode::UNAVAILABLE, "connection refused")));
  // No Pull after a failed Push: StrictMock fails the test on any other call.
  const auto report = engine_.SyncOnce("token");
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.code, grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(report.error.rfind("offline", 0), 0u) << report.error;
  EXPECT_EQ(store_.Counts().pending, 2);
  EXPECT_EQ(store_.Counts().sent, 0);
  EXPECT_EQ(store_.Pending(10).size(), 2u);
}

TEST_F(SyncEngineTest, ADeadlineIsOfflineTooAndARetryThenSucceeds) {
  RecordCheckIns(1);
  {
    InSequence seq;
    EXPECT_CALL(stub_, Push(_, _, _))
        .WillOnce(Return(grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED, "slow")));
    EXPECT_CALL(stub_, Push(_, _, _))
        .WillOnce(
            Invoke([](grpc::ClientContext*, const v1::PushRequest& req, v1::PushResponse* resp) {
              // The server had applied the first attempt: the retry is a duplicate.
              *resp = AckAll(req, v1::EventAck::STATUS_DUPLICATE);
              return grpc::Status::OK;
            }));
    ExpectOneEmptyPull();
  }
  auto report = engine_.SyncOnce("token");
  EXPECT_FALSE(report.ok);
  EXPECT_NE(report.error.find("offline"), std::string::npos);
  EXPECT_EQ(store_.Counts().pending, 1);
  report = engine_.SyncOnce("token");
  EXPECT_TRUE(report.ok) << report.error;
  EXPECT_EQ(report.duplicates, 1);
  EXPECT_EQ(store_.Counts().sent, 1);
}

TEST_F(SyncEngineTest, UnauthenticatedSaysSignedOut) {
  RecordCheckIns(1);
  EXPECT_CALL(stub_, Push(_, _, _))
      .WillOnce(Return(grpc::Status(grpc::StatusCode::UNAUTHENTICATED, "session expired")));
  const auto report = engine_.SyncOnce("token");
  EXPECT_EQ(report.error, "signed out: session expired");
  EXPECT_EQ(store_.Counts().pending, 1);
}

TEST_F(SyncEngineTest, PushesInBatchesUntilTheOutboxIsEmpty) {
  RecordCheckIns(5);
  engine_.batch_size = 2;
  std::vector<int> batch_sizes;
  EXPECT_CALL(stub_, Push(_, _, _))
      .Times(3)
      .WillRepeatedly(
          Invoke([&](grpc::ClientContext*, const v1::PushRequest& req, v1::PushResponse* resp) {
            batch_sizes.push_back(req.events_size());
            *resp = AckAll(req, v1::EventAck::STATUS_APPLIED);
            return grpc::Status::OK;
          }));
  ExpectOneEmptyPull();
  std::vector<SyncProgress> progress;
  const auto report =
      engine_.SyncOnce("token", [&](const SyncProgress& p) { progress.push_back(p); });
  EXPECT_TRUE(report.ok);
  EXPECT_EQ(batch_sizes, (std::vector<int>{2, 2, 1}));
  EXPECT_EQ(report.applied, 5);
  ASSERT_GE(progress.size(), 3u);
  EXPECT_EQ(progress[2].phase, SyncProgress::Phase::kPushing);
  EXPECT_EQ(progress[2].done, 5);
  EXPECT_EQ(progress[2].total, 5);
}

TEST_F(SyncEngineTest, AFailureInASecondBatchKeepsTheFirstBatchSent) {
  RecordCheckIns(3);
  engine_.batch_size = 2;
  {
    InSequence seq;
    EXPECT_CALL(stub_, Push(_, _, _))
        .WillOnce(
            Invoke([](grpc::ClientContext*, const v1::PushRequest& req, v1::PushResponse* resp) {
              *resp = AckAll(req, v1::EventAck::STATUS_APPLIED);
              return grpc::Status::OK;
            }));
    EXPECT_CALL(stub_, Push(_, _, _))
        .WillOnce(Return(grpc::Status(grpc::StatusCode::UNAVAILABLE, "gone")));
  }
  const auto report = engine_.SyncOnce("token");
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(store_.Counts().sent, 2);
  EXPECT_EQ(store_.Counts().pending, 1);
  EXPECT_EQ(store_.Pending(10)[0].sequence, 3);
}

TEST_F(SyncEngineTest, RejectedEventsAreCountedAndShownAsProblems) {
  RecordCheckIns(1);
  EXPECT_CALL(stub_, Push(_, _, _))
      .WillOnce(
          Invoke([](grpc::ClientContext*, const v1::PushRequest& req, v1::PushResponse* resp) {
            *resp = AckAll(req, v1::EventAck::STATUS_REJECTED, "unknown job job-0");
            return grpc::Status::OK;
          }));
  ExpectOneEmptyPull();
  const auto report = engine_.SyncOnce("token");
  EXPECT_TRUE(report.ok);
  EXPECT_EQ(report.rejected, 1);
  ASSERT_EQ(store_.Problems().size(), 1u);
  EXPECT_EQ(store_.Problems()[0].reason, "unknown job job-0");
  EXPECT_EQ(store_.Counts().pending, 0);
}

TEST_F(SyncEngineTest, AServerThatAcknowledgesNothingStopsTheLoop) {
  RecordCheckIns(2);
  EXPECT_CALL(stub_, Push(_, _, _)).WillOnce(Return(grpc::Status::OK));  // empty response
  const auto report = engine_.SyncOnce("token");
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.code, grpc::StatusCode::INTERNAL);
  EXPECT_EQ(store_.Counts().pending, 2);
}

TEST_F(SyncEngineTest, GapsAreCounted) {
  RecordCheckIns(1);
  EXPECT_CALL(stub_, Push(_, _, _))
      .WillOnce(
          Invoke([](grpc::ClientContext*, const v1::PushRequest& req, v1::PushResponse* resp) {
            *resp = AckAll(req, v1::EventAck::STATUS_APPLIED);
            resp->add_gaps()->set_first_missing(1);
            return grpc::Status::OK;
          }));
  ExpectOneEmptyPull();
  EXPECT_EQ(engine_.SyncOnce("token").gaps, 1);
}

TEST_F(SyncEngineTest, PullPagesUntilHasMoreIsFalse) {
  engine_.page_size = 2;
  std::vector<std::int64_t> cursors;
  EXPECT_CALL(stub_, Pull(_, _, _))
      .Times(3)
      .WillRepeatedly(
          Invoke([&](grpc::ClientContext*, const v1::PullRequest& req, v1::PullResponse* resp) {
            EXPECT_EQ(req.page_size(), 2);
            EXPECT_EQ(req.protocol_version(), SyncEngine::kProtocolVersion);
            cursors.push_back(req.cursor());
            const int page = static_cast<int>(cursors.size());
            *resp->add_jobs() = MakeJob("job-" + std::to_string(page) + "a");
            if (page < 3) *resp->add_jobs() = MakeJob("job-" + std::to_string(page) + "b");
            if (page == 2) resp->add_removed_job_ids("job-1b");
            resp->set_next_cursor(page * 10);
            resp->set_has_more(page < 3);
            resp->set_remaining_estimate(3 - page);
            return grpc::Status::OK;
          }));
  std::vector<SyncProgress> progress;
  const auto report =
      engine_.SyncOnce("token", [&](const SyncProgress& p) { progress.push_back(p); });
  EXPECT_TRUE(report.ok) << report.error;
  EXPECT_EQ(cursors, (std::vector<std::int64_t>{0, 10, 20}));
  EXPECT_EQ(store_.Cursor(), 30);
  EXPECT_EQ(report.pulled_jobs, 5);
  EXPECT_EQ(report.removed_jobs, 1);
  std::vector<std::string> ids;
  for (const auto& j : store_.Jobs()) ids.push_back(j.job.id());
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"job-1a", "job-2a", "job-2b", "job-3a"}));
  ASSERT_EQ(progress.size(), 3u);
  EXPECT_EQ(progress.back().phase, SyncProgress::Phase::kPulling);
  EXPECT_EQ(progress.back().done, 6);
}

TEST_F(SyncEngineTest, OutOfRangeOnPullResetsTheCursorOnce) {
  store_.ApplyPull(EmptyPage(42));
  {
    InSequence seq;
    EXPECT_CALL(stub_, Pull(_, _, _))
        .WillOnce(Invoke([](grpc::ClientContext*, const v1::PullRequest& req, v1::PullResponse*) {
          EXPECT_EQ(req.cursor(), 42);
          return grpc::Status(grpc::StatusCode::OUT_OF_RANGE, "unknown cursor");
        }));
    EXPECT_CALL(stub_, Pull(_, _, _))
        .WillOnce(
            Invoke([](grpc::ClientContext*, const v1::PullRequest& req, v1::PullResponse* resp) {
              EXPECT_EQ(req.cursor(), 0);
              *resp->add_jobs() = MakeJob("j");
              resp->set_next_cursor(7);
              return grpc::Status::OK;
            }));
  }
  const auto report = engine_.SyncOnce("token");
  EXPECT_TRUE(report.ok) << report.error;
  EXPECT_EQ(store_.Cursor(), 7);
  EXPECT_TRUE(store_.Job("j"));
}

TEST_F(SyncEngineTest, ASecondOutOfRangeIsReportedInsteadOfLooping) {
  store_.ApplyPull(EmptyPage(42));
  EXPECT_CALL(stub_, Pull(_, _, _))
      .Times(2)
      .WillRepeatedly(Return(grpc::Status(grpc::StatusCode::OUT_OF_RANGE, "unknown cursor")));
  const auto report = engine_.SyncOnce("token");
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.code, grpc::StatusCode::OUT_OF_RANGE);
  EXPECT_EQ(report.error, "unknown cursor");
}

TEST_F(SyncEngineTest, AFailedPullKeepsTheCursorAndPushedEventsStaySent) {
  RecordCheckIns(1);
  store_.ApplyPull(EmptyPage(5));
  EXPECT_CALL(stub_, Push(_, _, _))
      .WillOnce(
          Invoke([](grpc::ClientContext*, const v1::PushRequest& req, v1::PushResponse* resp) {
            *resp = AckAll(req, v1::EventAck::STATUS_APPLIED);
            return grpc::Status::OK;
          }));
  EXPECT_CALL(stub_, Pull(_, _, _))
      .WillOnce(Return(grpc::Status(grpc::StatusCode::UNAVAILABLE, "gone")));
  const auto report = engine_.SyncOnce("token");
  EXPECT_FALSE(report.ok);
  EXPECT_NE(report.error.find("offline"), std::string::npos);
  EXPECT_EQ(store_.Cursor(), 5);
  EXPECT_EQ(store_.Counts().sent, 1);
}

TEST_F(SyncEngineTest, NothingToPushGoesStraightToPull) {
  ExpectOneEmptyPull(3);
  const auto report = engine_.SyncOnce("token");
  EXPECT_TRUE(report.ok);
  EXPECT_EQ(store_.Cursor(), 3);
}

}  // namespace
}  // namespace fieldledger::device

namespace fieldledger::device {
namespace {

TEST_F(SyncEngineTest, AValidFeePolicyFromTheServerIsKeptAndABrokenOneIgnored) {
  std::vector<std::string> sent_keys;
  EXPECT_CALL(stub_, Pull(_, _, _))
      .Times(2)
      .WillRepeatedly(
          Invoke([&](grpc::ClientContext*, const v1::PullRequest& req, v1::PullResponse* resp) {
            sent_keys.push_back(req.service_policy());
            *resp = EmptyPage(1);
            auto* doc = resp->mutable_service_policy();
            if (sent_keys.size() == 1) {
              doc->set_id("phone-maker-default");
              doc->set_version("v-test");
              doc->set_toml(std::string(service_policy::DefaultPolicyText()));
            } else {
              doc->set_id("broken");
              doc->set_version("1");
              doc->set_toml("this is not toml [");
            }
            return grpc::Status::OK;
          }));
  ASSERT_TRUE(engine_.SyncOnce("token").ok);
  EXPECT_EQ(store_.GetSetting("service_policy.key"), "phone-maker-default@v-test");
  ASSERT_TRUE(engine_.SyncOnce("token").ok);
  // The device told the server what it holds, and kept it when offered a broken one.
  EXPECT_EQ(sent_keys, (std::vector<std::string>{"", "phone-maker-default@v-test"}));
  EXPECT_EQ(store_.GetSetting("service_policy.key"), "phone-maker-default@v-test");
}

}  // namespace
}  // namespace fieldledger::device
