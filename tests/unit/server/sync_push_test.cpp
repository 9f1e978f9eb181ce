// SyncLogic::Push on a real SQLite store: exactly-once application, the rejections a
// device must see, and trusted arrival time and verification.
#include <gtest/gtest.h>

#include "app/sync_logic.h"
#include "sync_wire.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::Batch;
using testing::CheckInEvent;
using testing::StoreTest;
using testing::ThrowsAppError;

constexpr std::int64_t kMono = 5'000'000;  // device monotonic clock at 09:20

class PushTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    AddJob("j1", "tech1", At(9), At(10));
    AddJob("j2", "tech1", At(11), At(12));
    sync_ = std::make_unique<SyncLogic>(*store_);
  }

  // A check-in on j1 at 09:20 device time, sent at 09:30 from the same boot, arriving
  // at 09:30 server time: clocks agree.
  v1::DeviceEvent OnTimeCheckIn(std::int64_t seq = 1, const std::string& job = "j1") {
    return CheckInEvent(job, seq, At(9, 20), kMono);
  }
  v1::PushRequest OneEvent(v1::DeviceEvent e, const std::string& device = "dev-1") {
    return Batch(device, At(9, 30), kMono + 10 * kMinuteMs, {std::move(e)});
  }
  v1::PushResponse Push(const v1::PushRequest& req, const Caller& caller = Tech1(),
                        TimeMs now = At(9, 30)) {
    return WirePush(*sync_, caller, req, now);
  }
  std::optional<EventRecord> Event(const std::string& id) {
    std::optional<EventRecord> e;
    store_->Read([&](StoreTx& tx) { e = tx.FindEvent(id); });
    return e;
  }
  std::optional<DeviceRecord> Device(const std::string& id) {
    std::optional<DeviceRecord> d;
    store_->Read([&](StoreTx& tx) { d = tx.FindDevice(id); });
    return d;
  }

  std::unique_ptr<SyncLogic> sync_;
};

TEST_F(PushTest, AppliesACheckInAndSetsTheTrustedArrival) {
  const auto e = OnTimeCheckIn();
  const auto resp = Push(OneEvent(e));
  ASSERT_EQ(resp.acks_size(), 1);
  EXPECT_EQ(resp.acks(0).event_id(), e.event_id());
  EXPECT_EQ(resp.acks(0).sequence(), 1);
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(resp.acks(0).reason(), "");
  EXPECT_EQ(resp.last_sequence(), 1);
  EXPECT_EQ(resp.server_time_ms(), At(9, 30));
  EXPECT_EQ(resp.gaps_size(), 0);

  auto job = GetJob("j1");
  ASSERT_TRUE(job);
  EXPECT_EQ(job->arrived_ms, At(9, 20));
  EXPECT_TRUE(job->arrival_verified);
  EXPECT_EQ(job->arrival_technician_id, "tech1");
  EXPECT_EQ(job->arrival_event_id, e.event_id());
  EXPECT_EQ(job->status, JobStatus::kInProgress);
  EXPECT_FALSE(job->flagged);
  EXPECT_EQ(job->updated_ms, At(9, 30));

  auto stored = Event(e.event_id());
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->status, EventStatus::kApplied);
  EXPECT_EQ(stored->kind, "check_in");
  EXPECT_EQ(stored->trusted_ms, At(9, 20));
  EXPECT_TRUE(stored->verified);
  auto device = Device("dev-1");
  ASSERT_TRUE(device);
  EXPECT_EQ(device->user_id, "tech1");
  EXPECT_EQ(device->last_sequence, 1);
  EXPECT_EQ(device->last_seen_ms, At(9, 30));
  // The technician's devices hear of the new arrival.
  store_->Read([](StoreTx& tx) { EXPECT_EQ(tx.CountJobChanges("tech1", 0), 1); });
}

TEST_F(PushTest, ASecondCheckInDoesNotMoveTheArrival) {
  Push(OneEvent(OnTimeCheckIn(1)));
  auto later = CheckInEvent("j1", 2, At(9, 40), kMono + 20 * kMinuteMs);
  auto resp = Push(Batch("dev-1", At(9, 45), kMono + 25 * kMinuteMs, {later}), Tech1(), At(9, 45));
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(GetJob("j1")->arrived_ms, At(9, 20));
}

TEST_F(PushTest, ReplayingTheSameBatchIsDuplicateAndChangesNothing) {
  auto req = Batch("dev-1", At(9, 30), kMono + 10 * kMinuteMs,
                   {OnTimeCheckIn(1, "j1"), OnTimeCheckIn(2, "j2")});
  Push(req);
  const auto counts = Counts();
  const auto job1 = GetJob("j1");
  const auto job2 = GetJob("j2");

  // The response was lost; the device retries the same batch a minute later.
  const auto resp = Push(req, Tech1(), At(9, 31));
  ASSERT_EQ(resp.acks_size(), 2);
  for (const auto& ack : resp.acks()) {
    EXPECT_EQ(ack.status(), v1::EventAck::STATUS_DUPLICATE) << ack.event_id();
    EXPECT_EQ(ack.reason(), "");
  }
  EXPECT_EQ(resp.last_sequence(), 2);
  EXPECT_EQ(resp.gaps_size(), 0);
  EXPECT_EQ(Counts(), counts);
  EXPECT_EQ(GetJob("j1")->updated_ms, job1->updated_ms);
  EXPECT_EQ(GetJob("j1")->arrived_ms, job1->arrived_ms);
  EXPECT_EQ(GetJob("j2")->arrived_ms, job2->arrived_ms);
}

TEST_F(PushTest, SameEventIdFromAnotherDeviceIsRejectedAndNotStored) {
  const auto e = OnTimeCheckIn();
  Push(OneEvent(e, "dev-1"));
  const auto counts = Counts();
  const auto resp = Push(OneEvent(e, "dev-2"));
  ASSERT_EQ(resp.acks_size(), 1);
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_NE(resp.acks(0).reason().find("already used"), std::string::npos) << resp.acks(0).reason();
  EXPECT_EQ(Event(e.event_id())->device_id, "dev-1");  // the original is untouched
  EXPECT_EQ(Counts().at("events"), counts.at("events"));
  EXPECT_EQ(Device("dev-2")->last_sequence, 0);
}

TEST_F(PushTest, SameEventIdAndSequenceWithAnotherBodyIsRejectedAndTheStoredOneStands) {
  auto e = OnTimeCheckIn(1);
  Push(OneEvent(e));
  auto counts = Counts();
  const auto stored = Event(e.event_id())->payload;
  const auto arrived = GetJob("j1")->arrived_ms;
  e.mutable_position()->set_latitude(e.position().latitude() + 0.5);  // another place
  const auto resp = Push(OneEvent(e));
  ASSERT_EQ(resp.acks_size(), 1);
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_NE(resp.acks(0).reason().find("[idempotency_key_reused] event_id"), std::string::npos)
      << resp.acks(0).reason();
  ++counts["event_rejections"];  // the refusal is kept with the bytes received, nothing else
  EXPECT_EQ(Counts(), counts);
  EXPECT_EQ(Event(e.event_id())->payload, stored);
  EXPECT_EQ(GetJob("j1")->arrived_ms, arrived);
}

TEST_F(PushTest, SameEventIdWithAnotherSequenceIsRejected) {
  auto e = OnTimeCheckIn(1);
  Push(OneEvent(e));
  e.set_sequence(2);
  const auto resp = Push(OneEvent(e));
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(resp.last_sequence(), 1);
}

TEST_F(PushTest, AReusedSequenceUnderANewIdIsAppliedAndTheTrueLastSequenceReturned) {
  // A phone restored from a backup records new events under sequences it had used.
  Push(OneEvent(OnTimeCheckIn(2, "j1")));
  const auto other = OnTimeCheckIn(2, "j2");  // new id, old sequence
  const auto resp = Push(OneEvent(other));
  ASSERT_EQ(resp.acks_size(), 1);
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED) << resp.acks(0).reason();
  EXPECT_TRUE(Event(other.event_id()));
  EXPECT_EQ(GetJob("j2")->arrived_ms, At(9, 20));
  EXPECT_EQ(resp.last_sequence(), 2);
}

TEST_F(PushTest, AGapIsReportedAndTheLaterEventStillApplied) {
  Push(OneEvent(OnTimeCheckIn(1, "j1")));
  const auto resp = Push(OneEvent(OnTimeCheckIn(4, "j2")));
  ASSERT_EQ(resp.acks_size(), 1);
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  ASSERT_EQ(resp.gaps_size(), 1);
  EXPECT_EQ(resp.gaps(0).first_missing(), 2);
  EXPECT_EQ(resp.gaps(0).last_missing(), 3);
  EXPECT_EQ(resp.last_sequence(), 4);
}

TEST_F(PushTest, AGapAtTheStartOfAFreshDeviceIsReported) {
  const auto resp = Push(OneEvent(OnTimeCheckIn(3)));
  ASSERT_EQ(resp.gaps_size(), 1);
  EXPECT_EQ(resp.gaps(0).first_missing(), 1);
  EXPECT_EQ(resp.gaps(0).last_missing(), 2);
}

TEST_F(PushTest, MalformedBatchesThrowInvalidArgumentAndStoreNothing) {
  struct Case {
    const char* name;
    std::function<void(v1::PushRequest&)> spoil;
  };
  const std::vector<Case> cases = {
      {"bad uuid", [](v1::PushRequest& r) { r.mutable_events(1)->set_event_id("not-a-uuid"); }},
      {"upper-case uuid",
       [](v1::PushRequest& r) {
         std::string id = r.events(1).event_id();
         for (auto& c : id) c = static_cast<char>(std::toupper(c));
         r.mutable_events(1)->set_event_id(id);
       }},
      {"non-increasing sequence", [](v1::PushRequest& r) { r.mutable_events(1)->set_sequence(1); }},
      {"decreasing sequence",
       [](v1::PushRequest& r) {
         r.mutable_events(0)->set_sequence(5);
         r.mutable_events(1)->set_sequence(4);
       }},
      {"zero sequence", [](v1::PushRequest& r) { r.mutable_events(0)->set_sequence(0); }},
      {"same id twice",
       [](v1::PushRequest& r) { r.mutable_events(1)->set_event_id(r.events(0).event_id()); }},
      // An empty job id is no longer a malformed batch (shift check-ins and self-assessments
      // have none); a visit event without one is rejected by itself
      // (shift_check_in_event_test.cpp, AVisitEventWithoutAJobIsRejected).
      {"job id too long",
       [](v1::PushRequest& r) { r.mutable_events(1)->set_job_id(std::string(129, 'j')); }},
      {"empty device id", [](v1::PushRequest& r) { r.set_device_id(""); }},
      {"device id too long", [](v1::PushRequest& r) { r.set_device_id(std::string(129, 'd')); }},
      {"501 events",
       [](v1::PushRequest& r) {
         for (int seq = 3; seq <= 501; ++seq) {
           *r.add_events() = CheckInEvent("j1", seq, At(9, 20), kMono);
         }
       }},
  };
  const auto counts = Counts();
  for (const auto& c : cases) {
    auto req = Batch("dev-1", At(9, 30), kMono + 10 * kMinuteMs,
                     {OnTimeCheckIn(1, "j1"), OnTimeCheckIn(2, "j2")});
    c.spoil(req);
    EXPECT_TRUE(ThrowsAppError([&] { Push(req); }, ErrorKind::kInvalidArgument)) << c.name;
    EXPECT_EQ(Counts(), counts) << c.name;
  }
  EXPECT_FALSE(GetJob("j1")->arrived_ms);
  EXPECT_FALSE(Device("dev-1"));
}

TEST_F(PushTest, FiveHundredEventsIsTheLimitThatStillWorks) {
  std::vector<v1::DeviceEvent> events;
  for (int seq = 1; seq <= 500; ++seq) events.push_back(CheckInEvent("j1", seq, At(9, 20), kMono));
  const auto resp = Push(Batch("dev-1", At(9, 30), kMono + 10 * kMinuteMs, events));
  EXPECT_EQ(resp.acks_size(), 500);
  EXPECT_EQ(resp.last_sequence(), 500);
}

TEST_F(PushTest, AnOldProtocolVersionIsAskedToUpdate) {
  auto req = OneEvent(OnTimeCheckIn());
  req.set_protocol_version(0);
  const auto counts = Counts();
  EXPECT_TRUE(ThrowsAppError([&] { Push(req); }, ErrorKind::kFailedPrecondition, "please update"));
  EXPECT_EQ(Counts(), counts);
  v1::PullRequest pull;
  pull.set_device_id("dev-1");
  EXPECT_TRUE(ThrowsAppError([&] { WirePull(*sync_, Tech1(), pull, At(9, 30)); },
                             ErrorKind::kFailedPrecondition, "please update"));
}

TEST_F(PushTest, ADeviceRegisteredToAnotherUserIsRefused) {
  Push(OneEvent(OnTimeCheckIn(1, "j1")), Tech1());
  AddJob("j3", "tech2", At(9), At(10));
  const auto counts = Counts();
  EXPECT_TRUE(ThrowsAppError([&] { Push(OneEvent(OnTimeCheckIn(2, "j3")), Tech2()); },
                             ErrorKind::kPermissionDenied, "another technician"));
  EXPECT_EQ(Counts(), counts);
  EXPECT_EQ(Device("dev-1")->user_id, "tech1");
}

TEST_F(PushTest, AnUnknownJobIsRejectedWithAReasonAndStoredAsRejected) {
  const auto e = OnTimeCheckIn(1, "no-such-job");
  const auto resp = Push(OneEvent(e));
  ASSERT_EQ(resp.acks_size(), 1);
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_NE(resp.acks(0).reason().find("unknown job no-such-job"), std::string::npos)
      << resp.acks(0).reason();
  EXPECT_EQ(resp.last_sequence(), 1);  // the sequence is consumed: no gap later
  auto stored = Event(e.event_id());
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->status, EventStatus::kRejected);
  EXPECT_EQ(stored->reject_reason, resp.acks(0).reason());
  EXPECT_FALSE(stored->verified);

  // A retry is a duplicate that still carries the reason, so the device shows it.
  const auto again = Push(OneEvent(e));
  EXPECT_EQ(again.acks(0).status(), v1::EventAck::STATUS_DUPLICATE);
  EXPECT_EQ(again.acks(0).reason(), resp.acks(0).reason());
}

TEST_F(PushTest, AnotherCompanysJobIsUnknown) {
  store_->Write([&](StoreTx& tx) {
    JobRecord foreign = MakeJob("foreign", "othertech", At(9), At(10));
    foreign.company_id = "other";
    tx.InsertJob(foreign);
  });
  const auto resp = Push(OneEvent(OnTimeCheckIn(1, "foreign")));
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_FALSE(GetJob("foreign")->arrived_ms);
}

TEST_F(PushTest, AnEventWithoutPayloadIsRejected) {
  auto e = OnTimeCheckIn();
  e.clear_check_in();
  const auto resp = Push(OneEvent(e));
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(resp.acks(0).reason(), "[no_payload] event has no payload");
}

TEST_F(PushTest, ACheckInOnACancelledJobIsAppliedAndFlagsTheJob) {
  store_->Write([&](StoreTx& tx) {
    auto j = *tx.FindJob("j1");
    j.status = JobStatus::kCancelled;
    tx.UpdateJob(j);
  });
  const auto resp = Push(OneEvent(OnTimeCheckIn()));
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  auto job = GetJob("j1");
  EXPECT_EQ(job->status, JobStatus::kCancelled);
  EXPECT_TRUE(job->flagged);
  EXPECT_NE(job->flag_reason.find("cancelled"), std::string::npos) << job->flag_reason;
  EXPECT_EQ(job->arrived_ms, At(9, 20));  // the visit happened; it is kept
}

TEST_F(PushTest, ACheckInOnSomeoneElsesJobIsRejectedAndCountsForNobody) {
  AddJob("j3", "tech2", At(9), At(10));
  const auto e = OnTimeCheckIn(1, "j3");
  const auto resp = Push(OneEvent(e), Tech1());
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(resp.acks(0).reason(),
            "[not_assigned] check_in on job j3, which is not assigned to you: only its assigned "
            "technician may "
            "record visits");
  auto job = GetJob("j3");
  EXPECT_FALSE(job->arrived_ms);
  EXPECT_EQ(job->arrival_technician_id, "");
  EXPECT_EQ(job->technician_id, "tech2");
  EXPECT_EQ(Event(e.event_id())->status, EventStatus::kRejected);
}

TEST_F(PushTest, CompletedSetsTheCompletionTime) {
  auto done = OnTimeCheckIn(2);
  done.set_event_id(NewUuidV7(At(9, 25)));
  done.mutable_clock()->set_wall_time_ms(At(9, 25));
  done.mutable_clock()->set_monotonic_ms(kMono + 5 * kMinuteMs);
  done.mutable_completed()->set_signer_name("Ms Wang");
  const auto resp =
      Push(Batch("dev-1", At(9, 30), kMono + 10 * kMinuteMs, {OnTimeCheckIn(1), done}));
  EXPECT_EQ(resp.acks(1).status(), v1::EventAck::STATUS_APPLIED);
  auto job = GetJob("j1");
  EXPECT_EQ(job->status, JobStatus::kCompleted);
  EXPECT_EQ(job->completed_ms, At(9, 25));
}

TEST_F(PushTest, APositionOutsideTheGeofenceLeavesTheArrivalUnverified) {
  auto e = OnTimeCheckIn();
  e.mutable_position()->set_latitude(testing::kFarLat);
  const auto resp = Push(OneEvent(e));
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  auto job = GetJob("j1");
  EXPECT_EQ(job->arrived_ms, At(9, 20));
  EXPECT_FALSE(job->arrival_verified);
  EXPECT_FALSE(Event(e.event_id())->verified);
}

TEST_F(PushTest, AFixWhoseAccuracyOverlapsTheFenceIsGivenTheBenefitOfTheDoubt) {
  auto e = OnTimeCheckIn();
  e.mutable_position()->set_latitude(testing::kSiteLat + 0.0027);  // about 300 m north
  e.mutable_position()->set_accuracy_m(150);
  Push(OneEvent(e));
  EXPECT_TRUE(GetJob("j1")->arrival_verified);
}

TEST_F(PushTest, AMockLocationLeavesTheArrivalUnverified) {
  auto e = OnTimeCheckIn();
  e.mutable_position()->set_mock(true);
  Push(OneEvent(e));
  EXPECT_FALSE(GetJob("j1")->arrival_verified);
  EXPECT_EQ(GetJob("j1")->arrived_ms, At(9, 20));
}

TEST_F(PushTest, NoPositionLeavesTheArrivalUnverified) {
  auto e = OnTimeCheckIn();
  e.clear_position();
  Push(OneEvent(e));
  EXPECT_FALSE(GetJob("j1")->arrival_verified);
}

TEST_F(PushTest, AWallClockThreeHoursBehindIsCorrectedFromTheMonotonicClock) {
  // Real time of the check-in is 09:20; the phone's wall clock says 06:20.
  auto e = CheckInEvent("j1", 1, At(6, 20), kMono);
  const auto resp = Push(Batch("dev-1", At(6, 30), kMono + 10 * kMinuteMs, {e}));
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  auto job = GetJob("j1");
  EXPECT_EQ(job->arrived_ms, At(9, 20));
  EXPECT_FALSE(job->arrival_verified);  // a 3 h correction exceeds the 2 min tolerance
  EXPECT_EQ(Event(e.event_id())->trusted_ms, At(9, 20));
}

TEST_F(PushTest, AWallClockThreeHoursAheadIsCorrectedToo) {
  auto e = CheckInEvent("j1", 1, At(12, 20), kMono);
  Push(Batch("dev-1", At(12, 30), kMono + 10 * kMinuteMs, {e}));
  auto job = GetJob("j1");
  EXPECT_EQ(job->arrived_ms, At(9, 20));
  EXPECT_FALSE(job->arrival_verified);
}

TEST_F(PushTest, ASmallClockErrorWithinToleranceStaysVerified) {
  auto e = CheckInEvent("j1", 1, At(9, 19), kMono);  // wall clock 1 min slow
  Push(Batch("dev-1", At(9, 29), kMono + 10 * kMinuteMs, {e}));
  auto job = GetJob("j1");
  EXPECT_EQ(job->arrived_ms, At(9, 20));
  EXPECT_TRUE(job->arrival_verified);
}

TEST_F(PushTest, AnEventFromAnEarlierBootFallsBackToTheWallClockOffset) {
  // Wall clock 3 h slow at send time; the event's boot is gone, so the send-time
  // offset (+3 h) is applied to the event's wall time.
  auto e = CheckInEvent("j1", 1, At(6, 20), 123, "old-boot");
  Push(Batch("dev-1", At(6, 30), 60'000, {e}, "new-boot"));
  auto job = GetJob("j1");
  EXPECT_EQ(job->arrived_ms, At(9, 20));
  EXPECT_FALSE(job->arrival_verified);
}

TEST_F(PushTest, AnEventTimeInTheFutureIsRejected) {
  auto e = CheckInEvent("j1", 1, At(10), 123, "old-boot");
  const auto resp = Push(Batch("dev-1", At(9, 30), 60'000, {e}, "new-boot"));
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_NE(resp.acks(0).reason().find("future"), std::string::npos) << resp.acks(0).reason();
  EXPECT_FALSE(GetJob("j1")->arrived_ms);
}

TEST_F(PushTest, AnEmptyBatchRegistersTheDevice) {
  const auto resp = Push(Batch("dev-1", At(9, 30), kMono));
  EXPECT_EQ(resp.acks_size(), 0);
  EXPECT_EQ(resp.last_sequence(), 0);
  ASSERT_TRUE(Device("dev-1"));
  EXPECT_EQ(Device("dev-1")->user_id, "tech1");
}

}  // namespace
}  // namespace fieldledger::server
