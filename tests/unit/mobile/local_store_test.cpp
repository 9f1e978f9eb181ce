// The device's LocalStore on a real SQLite file: outbox sequences, acknowledgements,
// problems, and pulled jobs, including across a close and reopen of the file.
#include "local_store.h"

#include <gtest/gtest.h>

#include <memory>

#include "fieldledger/core/uuid.h"
#include "temp_dir.h"

namespace fieldledger::device {
namespace {

constexpr TimeMs kNine = 1'772'442'000'000;  // 2026-03-02T09:00:00Z

v1::Job MakeJob(const std::string& id, TimeMs start) {
  v1::Job j;
  j.set_id(id);
  j.set_customer_name("Customer " + id);
  j.mutable_window()->set_start_ms(start);
  j.mutable_window()->set_end_ms(start + 3'600'000);
  return j;
}

v1::PullResponse Page(std::vector<v1::Job> jobs, std::vector<std::string> removed,
                      std::int64_t next_cursor) {
  v1::PullResponse p;
  for (auto& j : jobs) *p.add_jobs() = j;
  for (auto& id : removed) p.add_removed_job_ids(id);
  p.set_next_cursor(next_cursor);
  return p;
}

v1::EventAck Ack(const v1::DeviceEvent& e, v1::EventAck::Status status,
                 const std::string& reason = "") {
  v1::EventAck a;
  a.set_event_id(e.event_id());
  a.set_sequence(e.sequence());
  a.set_status(status);
  a.set_reason(reason);
  return a;
}

class LocalStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { Open(); }
  void Open() { store_ = std::make_unique<LocalStore>(dir_.File("device.db")); }
  void Reopen() {
    store_.reset();
    Open();
  }
  v1::DeviceEvent CheckIn(const std::string& job, TimeMs wall = kNine) {
    return store_->Record(job, [&](v1::DeviceEvent& e) {
      e.mutable_clock()->set_wall_time_ms(wall);
      e.mutable_clock()->set_monotonic_ms(1000);
      e.mutable_clock()->set_boot_id("boot");
      e.mutable_check_in();
    });
  }
  v1::DeviceEvent OnMyWay(const std::string& job) {
    return store_->Record(job, [&](v1::DeviceEvent& e) {
      e.mutable_clock()->set_wall_time_ms(kNine);
      e.mutable_on_my_way();
    });
  }
  void Acks(std::vector<v1::EventAck> acks) {
    v1::PushResponse r;
    for (auto& a : acks) *r.add_acks() = a;
    store_->ApplyAcks(r);
  }

  testing::TempDir dir_;
  std::unique_ptr<LocalStore> store_;
};

TEST_F(LocalStoreTest, DeviceIdIsCreatedOnceAndSurvivesReopen) {
  const std::string id = store_->DeviceId();
  EXPECT_TRUE(IsCanonicalUuid(id)) << id;
  EXPECT_EQ(store_->DeviceId(), id);
  Reopen();
  EXPECT_EQ(store_->DeviceId(), id);
}

TEST_F(LocalStoreTest, RecordAssignsIncreasingSequencesAndFreshIds) {
  const auto a = OnMyWay("j1");
  const auto b = CheckIn("j1");
  const auto c = CheckIn("j2");
  EXPECT_EQ(a.sequence(), 1);
  EXPECT_EQ(b.sequence(), 2);
  EXPECT_EQ(c.sequence(), 3);
  EXPECT_EQ(b.job_id(), "j1");
  EXPECT_TRUE(IsCanonicalUuid(a.event_id()));
  EXPECT_NE(a.event_id(), b.event_id());
  EXPECT_NE(b.event_id(), c.event_id());

  const auto pending = store_->Pending(10);
  ASSERT_EQ(pending.size(), 3u);
  EXPECT_EQ(pending[0].kind, "on_my_way");
  EXPECT_EQ(pending[1].kind, "check_in");
  EXPECT_EQ(pending[1].event.event_id(), b.event_id());
  EXPECT_EQ(pending[1].event.clock().boot_id(), "boot");
  EXPECT_TRUE(pending[1].event.has_check_in());
  EXPECT_EQ(pending[2].state, OutboxState::kPending);
  EXPECT_EQ(store_->Pending(2).size(), 2u);
  EXPECT_EQ(store_->Counts().pending, 3);
}

TEST_F(LocalStoreTest, TheOutboxSurvivesCloseAndReopen) {
  const auto a = CheckIn("j1");
  const auto b = CheckIn("j2");
  Reopen();
  const auto pending = store_->Pending(10);
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_EQ(pending[0].event_id, a.event_id());
  EXPECT_EQ(pending[1].event.SerializeAsString(), b.SerializeAsString());
  EXPECT_EQ(CheckIn("j3").sequence(), 3);  // numbering continues after the reopen
}

TEST_F(LocalStoreTest, SequencesNeverGoBackAfterAcksOrDiscards) {
  const auto a = CheckIn("j1");
  const auto b = CheckIn("j2");
  Acks({Ack(a, v1::EventAck::STATUS_APPLIED), Ack(b, v1::EventAck::STATUS_REJECTED, "no")});
  ASSERT_TRUE(store_->Discard(b.event_id()));  // queues a Discarded event: sequence 3
  Reopen();
  EXPECT_EQ(CheckIn("j3").sequence(), 4);
}

TEST_F(LocalStoreTest, ACheckInRecordsTheLocalArrivalOnce) {
  store_->ApplyPull(Page({MakeJob("j1", kNine)}, {}, 5));
  CheckIn("j1", kNine + 60'000);
  CheckIn("j1", kNine + 120'000);
  auto job = store_->Job("j1");
  ASSERT_TRUE(job);
  EXPECT_EQ(job->local_arrived_ms, kNine + 60'000);
}

TEST_F(LocalStoreTest, ApplyAcksMarksSentAndRejected) {
  const auto applied = CheckIn("j1");
  const auto duplicate = CheckIn("j2");
  const auto rejected = CheckIn("j3");
  const auto rejected_before = CheckIn("j4");
  const auto unacknowledged = CheckIn("j5");
  const auto not_in_response = CheckIn("j6");
  Acks({Ack(applied, v1::EventAck::STATUS_APPLIED), Ack(duplicate, v1::EventAck::STATUS_DUPLICATE),
        Ack(rejected, v1::EventAck::STATUS_REJECTED, "unknown job j3"),
        // A duplicate of an event the server had rejected earlier keeps its reason.
        Ack(rejected_before, v1::EventAck::STATUS_DUPLICATE, "unknown job j4"),
        Ack(unacknowledged, v1::EventAck::STATUS_UNSPECIFIED)});
  const auto counts = store_->Counts();
  EXPECT_EQ(counts.sent, 2);
  EXPECT_EQ(counts.rejected, 2);
  EXPECT_EQ(counts.pending, 2);
  const auto pending = store_->Pending(10);
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_EQ(pending[0].event_id, unacknowledged.event_id());
  EXPECT_EQ(pending[1].event_id, not_in_response.event_id());
}

TEST_F(LocalStoreTest, ALateAckDoesNotChangeAFinishedItem) {
  const auto e = CheckIn("j1");
  Acks({Ack(e, v1::EventAck::STATUS_APPLIED)});
  Acks({Ack(e, v1::EventAck::STATUS_REJECTED, "late noise")});
  EXPECT_EQ(store_->Counts().sent, 1);
  EXPECT_TRUE(store_->Problems().empty());
}

TEST_F(LocalStoreTest, RejectedItemsStayVisibleUntilDiscarded) {
  const auto first = CheckIn("j1");
  const auto ok = CheckIn("j2");
  const auto second = CheckIn("j3");
  Acks({Ack(first, v1::EventAck::STATUS_REJECTED, "unknown job j1"),
        Ack(ok, v1::EventAck::STATUS_APPLIED),
        Ack(second, v1::EventAck::STATUS_REJECTED, "event time is in the future")});
  Reopen();
  auto problems = store_->Problems();
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].event_id, second.event_id());  // newest first
  EXPECT_EQ(problems[0].reason, "event time is in the future");
  EXPECT_EQ(problems[0].state, OutboxState::kRejected);
  EXPECT_EQ(problems[1].event_id, first.event_id());
  EXPECT_EQ(problems[1].reason, "unknown job j1");
  EXPECT_TRUE(problems[1].event.has_check_in());

  EXPECT_TRUE(store_->Discard(first.event_id()));
  EXPECT_FALSE(store_->Discard(first.event_id()));  // already discarded
  EXPECT_FALSE(store_->Discard(ok.event_id()));     // sent items cannot be discarded
  EXPECT_FALSE(store_->Discard("no-such-event"));
  problems = store_->Problems();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].event_id, second.event_id());
  EXPECT_EQ(store_->Counts().rejected, 1);
  // The discard itself waits to be sent, so the office sees the decision.
  const auto pending = store_->Pending(10);
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].event.discarded().discarded_event_id(), first.event_id());
}

TEST_F(LocalStoreTest, APendingItemCannotBeDiscarded) {
  const auto e = CheckIn("j1");
  EXPECT_FALSE(store_->Discard(e.event_id()));
  EXPECT_EQ(store_->Counts().pending, 1);
}

TEST_F(LocalStoreTest, ApplyPullStoresJobsAndTheCursorTogether) {
  EXPECT_EQ(store_->Cursor(), 0);
  store_->ApplyPull(Page({MakeJob("b", kNine + 3'600'000), MakeJob("a", kNine)}, {}, 17));
  EXPECT_EQ(store_->Cursor(), 17);
  auto jobs = store_->Jobs();
  ASSERT_EQ(jobs.size(), 2u);
  EXPECT_EQ(jobs[0].job.id(), "a");  // ordered by window start
  EXPECT_EQ(jobs[1].job.id(), "b");
  EXPECT_FALSE(jobs[0].removed_upstream);

  auto renamed = MakeJob("a", kNine);
  renamed.set_customer_name("Renamed");
  store_->ApplyPull(Page({renamed}, {}, 18));
  EXPECT_EQ(store_->Job("a")->job.customer_name(), "Renamed");
  EXPECT_EQ(store_->Jobs().size(), 2u);
  Reopen();
  EXPECT_EQ(store_->Cursor(), 18);
  store_->ResetCursor();
  EXPECT_EQ(store_->Cursor(), 0);
  EXPECT_EQ(store_->Jobs().size(), 2u);  // a reset cursor refetches, it does not wipe
}

TEST_F(LocalStoreTest, ARemovedJobWithoutPendingWorkIsDeleted) {
  store_->ApplyPull(Page({MakeJob("a", kNine)}, {}, 1));
  const auto e = CheckIn("a");
  Acks({Ack(e, v1::EventAck::STATUS_APPLIED)});
  store_->ApplyPull(Page({}, {"a"}, 2));
  EXPECT_FALSE(store_->Job("a"));
  EXPECT_TRUE(store_->Jobs().empty());
}

TEST_F(LocalStoreTest, ARemovedJobIsKeptWhileWorkIsPending) {
  store_->ApplyPull(Page({MakeJob("a", kNine), MakeJob("b", kNine)}, {}, 1));
  const auto e = CheckIn("a");
  store_->ApplyPull(Page({}, {"a", "b"}, 2));
  auto kept = store_->Job("a");
  ASSERT_TRUE(kept);
  EXPECT_TRUE(kept->removed_upstream);
  EXPECT_EQ(kept->local_arrived_ms, kNine);
  EXPECT_FALSE(store_->Job("b"));
  auto jobs = store_->Jobs();
  ASSERT_EQ(jobs.size(), 1u);
  EXPECT_TRUE(jobs[0].removed_upstream);

  // Once the work is acknowledged the job leaves on the next look.
  Acks({Ack(e, v1::EventAck::STATUS_APPLIED)});
  EXPECT_TRUE(store_->Jobs().empty());
  EXPECT_FALSE(store_->Job("a"));
}

TEST_F(LocalStoreTest, AReassignedBackJobClearsTheRemovedFlag) {
  store_->ApplyPull(Page({MakeJob("a", kNine)}, {}, 1));
  CheckIn("a");
  store_->ApplyPull(Page({}, {"a"}, 2));
  ASSERT_TRUE(store_->Job("a")->removed_upstream);
  store_->ApplyPull(Page({MakeJob("a", kNine)}, {}, 3));
  EXPECT_FALSE(store_->Job("a")->removed_upstream);
  EXPECT_EQ(store_->Job("a")->local_arrived_ms, kNine);  // local arrival is kept
}

TEST_F(LocalStoreTest, SettingsSetGetClear) {
  EXPECT_FALSE(store_->GetSetting("token"));
  store_->SetSetting("token", "t1");
  store_->SetSetting("token", "t2");
  EXPECT_EQ(store_->GetSetting("token"), "t2");
  store_->ClearSetting("token");
  EXPECT_FALSE(store_->GetSetting("token"));
}

}  // namespace
}  // namespace fieldledger::device

namespace fieldledger::device {
namespace {

TEST(LocalStoreDiscard, ADiscardIsItselfRecordedAsAnEventForTheServer) {
  testing::TempDir dir;
  LocalStore store(dir.File("device.db"));
  const auto rejected = store.Record("job-1", [](v1::DeviceEvent& e) { e.mutable_check_in(); });
  v1::PushResponse resp;
  auto* ack = resp.add_acks();
  ack->set_event_id(rejected.event_id());
  ack->set_status(v1::EventAck::STATUS_REJECTED);
  ack->set_reason("unknown job job-1");
  store.ApplyAcks(resp);
  ASSERT_TRUE(store.Discard(rejected.event_id(), [](v1::DeviceEvent& e) {
    e.mutable_clock()->set_wall_time_ms(1'800'000'000'000);
  }));
  const auto pending = store.Pending(10);
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].kind, "discarded");
  EXPECT_EQ(pending[0].job_id, "job-1");
  EXPECT_EQ(pending[0].event.discarded().discarded_event_id(), rejected.event_id());
  EXPECT_GT(pending[0].sequence, rejected.sequence());
  EXPECT_TRUE(store.Problems().empty());
}

}  // namespace
}  // namespace fieldledger::device
