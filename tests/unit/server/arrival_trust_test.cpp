// Trusted time and place on a real SQLite store: hostile clock values are refused with
// the field they came in, implausible arrivals are stored unverified with the size of
// the difference, and the place verdict and distance are stored with the arrival.
#include <gtest/gtest.h>

#include <limits>

#include "app/jobs_logic.h"
#include "app/sync_logic.h"
#include "app/trust_policy.h"
#include "rpc/job_convert.h"
#include "sync_wire.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::Batch;
using testing::CheckInEvent;
using testing::StoreTest;
using testing::ThrowsAppError;

constexpr std::int64_t kMono = 5'000'000;
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

class ArrivalTrustTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    AddJob("j1", "tech1", At(9), At(10));
    sync_ = std::make_unique<SyncLogic>(*store_);
  }
  // Sent at 09:30 server time from the same boot, 10 minutes of monotonic time after kMono.
  v1::PushResponse PushAt930(v1::DeviceEvent e, const std::string& boot = "boot-1") {
    return WirePush(*sync_, Tech1(), Batch("dev-1", At(9, 30), kMono + 10 * kMinuteMs, {e}, boot),
                    At(9, 30));
  }
  std::string OnlyAck(const v1::PushResponse& r) {
    EXPECT_EQ(r.acks_size(), 1);
    return r.acks_size() ? r.acks(0).reason() : "";
  }
  std::unique_ptr<SyncLogic> sync_;
};

TEST_F(ArrivalTrustTest, ExtremeEventClockValuesAreRejectedNamingTheField) {
  struct Case {
    std::int64_t wall, mono;
    const char* reason;
  };
  const std::vector<Case> cases = {
      {At(9, 20), kMax, "clock.monotonic_ms = 9223372036854775807 is outside [0, 3162240000000]"},
      {At(9, 20), kMin, "clock.monotonic_ms = -9223372036854775808 is outside [0, 3162240000000]"},
      {At(9, 20), -1, "clock.monotonic_ms = -1 is outside [0, 3162240000000]"},
      {kMax, kMono, "clock.wall_time_ms = 9223372036854775807 is outside [0, 4102444800000]"},
      {kMin, kMono, "clock.wall_time_ms = -9223372036854775808 is outside [0, 4102444800000]"},
  };
  std::int64_t seq = 0;
  for (const auto& c : cases) {
    auto e = CheckInEvent("j1", ++seq, c.wall, c.mono);
    const auto resp = PushAt930(e);
    ASSERT_EQ(resp.acks_size(), 1);
    EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED) << c.reason;
    EXPECT_EQ(resp.acks(0).reason(), c.reason);
    // The same readings from an earlier boot take the wall-clock path: refused too.
    auto other = CheckInEvent("j1", ++seq, c.wall, c.mono, "old-boot");
    EXPECT_EQ(OnlyAck(PushAt930(other)), c.reason);
  }
  EXPECT_FALSE(GetJob("j1")->arrived_ms);
}

TEST_F(ArrivalTrustTest, ExtremeSentClockValuesRefuseTheBatchAndChangeNothing) {
  const auto counts = Counts();
  for (const auto& [wall, mono, field] :
       std::vector<std::tuple<std::int64_t, std::int64_t, std::string>>{
           {At(9, 30), kMax, "sent_clock.monotonic_ms = 9223372036854775807"},
           {At(9, 30), kMin, "sent_clock.monotonic_ms = -9223372036854775808"},
           {kMax, kMono, "sent_clock.wall_time_ms = 9223372036854775807"},
           {kMin, kMono, "sent_clock.wall_time_ms = -9223372036854775808"}}) {
    auto req = Batch("dev-1", wall, mono, {CheckInEvent("j1", 1, At(9, 20), kMono)});
    EXPECT_TRUE(ThrowsAppError([&] { WirePush(*sync_, Tech1(), req, At(9, 30)); },
                               ErrorKind::kInvalidArgument, field))
        << field;
  }
  EXPECT_EQ(Counts(), counts);
}

TEST_F(ArrivalTrustTest, AWallClockResetTo1970StillGetsATimeButIsUnverified) {
  // A drained phone back at the epoch: the monotonic clock still places the event.
  auto e = CheckInEvent("j1", 1, 0, kMono);
  const auto resp =
      WirePush(*sync_, Tech1(), Batch("dev-1", 600'000, kMono + 10 * kMinuteMs, {e}), At(9, 30));
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  auto job = GetJob("j1");
  EXPECT_EQ(job->arrived_ms, At(9, 20));
  EXPECT_FALSE(job->arrival_verified);
  EXPECT_NE(job->arrival_check.find("clock corrected by"), std::string::npos) << job->arrival_check;
}

TEST_F(ArrivalTrustTest, BothClocksSetBackBeforeTheJobExistedIsUnverifiedWithTheDifference) {
  // The job was created at 09:00. The phone claims 07:20 on both clocks: a consistent
  // lie, so the correction is 0, but nobody can arrive for a job that did not exist.
  JobRecord fresh = MakeJob("j0", "tech1", At(9), At(10));
  fresh.created_ms = At(9);
  store_->Write([&](StoreTx& tx) { tx.InsertJob(fresh); });
  constexpr std::int64_t kSentMono = 10 * kHourMs;
  auto e = CheckInEvent("j0", 1, At(7, 20), kSentMono - 130 * kMinuteMs);
  auto req = Batch("dev-1", At(9, 30), kSentMono, {e});
  EXPECT_EQ(WirePush(*sync_, Tech1(), req, At(9, 30)).acks(0).status(),
            v1::EventAck::STATUS_APPLIED);
  auto job = GetJob("j0");
  EXPECT_EQ(job->arrived_ms, At(7, 20));
  EXPECT_FALSE(job->arrival_verified);
  EXPECT_EQ(job->arrival_check, "arrival 1 h 40 min before the job was created");
  v1::Job proto;
  ToProto(*job, &proto);
  EXPECT_EQ(proto.arrival_check(), job->arrival_check);
  EXPECT_FALSE(proto.arrival_verified());
}

TEST_F(ArrivalTrustTest, AnArrivalBeforeTheJobWasAssignedToThisTechnicianIsUnverified) {
  AddJob("j2", "tech2", At(9), At(10));
  JobsLogic jobs(*store_);
  jobs.Assign(Dispatcher(), "j2", "tech1", At(9, 25));
  EXPECT_EQ(GetJob("j2")->assigned_ms, At(9, 25));

  PushAt930(CheckInEvent("j2", 1, At(9, 20), kMono));  // 5 min before the assignment
  auto job = GetJob("j2");
  EXPECT_EQ(job->arrival_technician_id, "tech1");
  EXPECT_FALSE(job->arrival_verified);
  EXPECT_EQ(job->arrival_check, "arrival 5 min before the job was assigned to this technician");
}

TEST_F(ArrivalTrustTest, AnArrivalWithinTheToleranceOfTheAssignmentStaysVerified) {
  store_->Write([](StoreTx& tx) {
    auto j = *tx.FindJob("j1");
    j.assigned_ms = At(9, 21);  // assigned a minute after the (measured) tap
    tx.UpdateJob(j);
  });
  PushAt930(CheckInEvent("j1", 1, At(9, 20), kMono));
  EXPECT_TRUE(GetJob("j1")->arrival_verified) << GetJob("j1")->arrival_check;
}

TEST_F(ArrivalTrustTest, AnArrivalSlightlyInTheFutureIsUnverifiedAndBeyondFiveMinutesRejected) {
  // An earlier boot's event: only the wall clock places it, 3 minutes after receipt.
  auto soon = CheckInEvent("j1", 1, At(9, 33), 10, "old-boot");
  EXPECT_EQ(PushAt930(soon).acks(0).status(), v1::EventAck::STATUS_APPLIED);
  auto job = GetJob("j1");
  EXPECT_FALSE(job->arrival_verified);
  // The sending boot began before 9:30, so an event of an earlier boot dated 9:33 also
  // had its wall clock set ahead.
  EXPECT_EQ(job->arrival_check,
            "arrival 3 min in the future; recorded in an earlier boot but dated 1 h 36 min "
            "after the phone's current boot began");

  AddJob("j2", "tech1", At(9), At(10));
  auto later = CheckInEvent("j2", 2, At(9, 40), 10, "old-boot");
  const auto resp = PushAt930(later);
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(resp.acks(0).reason(),
            "[future_time] event time is in the future: 10 min after the server received it");
}

TEST_F(ArrivalTrustTest, AnEventImplausiblyLongBeforeItsSendIsUnverified) {
  // Nine days of monotonic time between the tap and the send, on a job planned earlier.
  JobRecord planned = MakeJob("j0", "tech1", At(9), At(10));
  planned.created_ms = At(0) - 10 * kDayMs;
  store_->Write([&](StoreTx& tx) { tx.InsertJob(planned); });
  auto e = CheckInEvent("j0", 1, At(9, 30) - 9 * kDayMs, 10 * kHourMs);
  auto req = Batch("dev-1", At(9, 30), 10 * kHourMs + 9 * kDayMs, {e});
  WirePush(*sync_, Tech1(), req, At(9, 30));
  auto job = GetJob("j0");
  EXPECT_EQ(job->arrived_ms, At(9, 30) - 9 * kDayMs);
  EXPECT_FALSE(job->arrival_verified);
  EXPECT_EQ(job->arrival_check,
            "recorded 216 h 00 min before it reached the server (limit 192 h 00 min)");
}

TEST_F(ArrivalTrustTest, AnHonestArrivalIsInsideWithItsDistanceAndNoReason) {
  auto e = CheckInEvent("j1", 1, At(9, 20), kMono);
  e.mutable_position()->set_latitude(testing::kSiteLat + 0.001);  // about 111 m north
  PushAt930(e);
  auto job = GetJob("j1");
  EXPECT_TRUE(job->arrival_verified);
  EXPECT_EQ(job->arrival_place, "inside");
  ASSERT_TRUE(job->arrival_distance_m);
  EXPECT_NEAR(*job->arrival_distance_m, 111.2, 0.5);
  EXPECT_EQ(job->arrival_check, "");
  v1::Job proto;
  ToProto(*job, &proto);
  EXPECT_EQ(proto.arrival_place(), "inside");
  EXPECT_TRUE(proto.has_arrival_distance_m());
  EXPECT_NEAR(proto.arrival_distance_m(), 111.2, 0.5);
}

TEST_F(ArrivalTrustTest, AnAccuracyOfThousandsOfKilometresIsNoUsablePosition) {
  auto e = CheckInEvent("j1", 1, At(9, 20), kMono);
  e.mutable_position()->set_latitude(testing::kFarLat);  // 5 km away
  e.mutable_position()->set_accuracy_m(3'000'000);
  PushAt930(e);
  auto job = GetJob("j1");
  EXPECT_FALSE(job->arrival_verified);
  EXPECT_EQ(job->arrival_place, "no_position");
  ASSERT_TRUE(job->arrival_distance_m);
  EXPECT_NEAR(*job->arrival_distance_m, 5004, 10);
  EXPECT_EQ(job->arrival_check, "no usable position: accuracy 3000000 m is worse than 500 m");
}

TEST_F(ArrivalTrustTest, AFixJustWithinTheAccuracyLimitStillCountsItsErrorCircle) {
  auto e = CheckInEvent("j1", 1, At(9, 20), kMono);
  e.mutable_position()->set_latitude(testing::kSiteLat + 0.0054);  // about 600 m
  e.mutable_position()->set_accuracy_m(500);
  PushAt930(e);
  EXPECT_TRUE(GetJob("j1")->arrival_verified) << GetJob("j1")->arrival_check;
}

TEST_F(ArrivalTrustTest, OutsideTheFenceSaysByHowMuch) {
  auto e = CheckInEvent("j1", 1, At(9, 20), kMono);
  e.mutable_position()->set_latitude(testing::kFarLat);
  PushAt930(e);
  auto job = GetJob("j1");
  EXPECT_EQ(job->arrival_place, "outside");
  // 5004 m from the site, 200 m fence, 10 m accuracy: 4794 m outside.
  EXPECT_EQ(job->arrival_check.rfind("outside the 200 m geofence by 479", 0), 0)
      << job->arrival_check;
}

TEST_F(ArrivalTrustTest, AMockLocationIsStoredAsSuch) {
  auto e = CheckInEvent("j1", 1, At(9, 20), kMono);
  e.mutable_position()->set_mock(true);
  PushAt930(e);
  auto job = GetJob("j1");
  EXPECT_EQ(job->arrival_place, "mock_location");
  EXPECT_EQ(job->arrival_check, "mock location");
  EXPECT_NEAR(*job->arrival_distance_m, 0, 0.01);
}

TEST_F(ArrivalTrustTest, NoPositionIsStoredAsSuch) {
  auto e = CheckInEvent("j1", 1, At(9, 20), kMono);
  e.clear_position();
  PushAt930(e);
  auto job = GetJob("j1");
  EXPECT_EQ(job->arrival_place, "no_position");
  EXPECT_FALSE(job->arrival_distance_m);
  EXPECT_EQ(job->arrival_check, "no position");
}

TEST_F(ArrivalTrustTest, SeveralReasonsAreAllListed) {
  auto e = CheckInEvent("j1", 1, At(6, 20), kMono);  // wall clock 3 h slow
  e.mutable_position()->set_mock(true);
  WirePush(*sync_, Tech1(), Batch("dev-1", At(6, 30), kMono + 10 * kMinuteMs, {e}), At(9, 30));
  EXPECT_EQ(GetJob("j1")->arrival_check,
            "clock corrected by 3 h 00 min (tolerance 2 min); mock location");
}

// The scoring policy's trusted-time settings reach the server's verdicts.
TEST_F(ArrivalTrustTest, ThePolicysToleranceRadiusAndAccuracyLimitTakeEffect) {
  AddJob("j2", "tech1", At(9), At(10));
  AddJob("j3", "tech1", At(9), At(10));
  auto clock_3h_slow = CheckInEvent("j1", 1, At(6, 20), kMono);
  auto five_km_away = CheckInEvent("j2", 2, At(6, 20), kMono);
  five_km_away.mutable_position()->set_latitude(testing::kFarLat);
  auto vague = CheckInEvent("j3", 3, At(6, 20), kMono);
  vague.mutable_position()->set_accuracy_m(900);
  const auto req =
      Batch("dev-1", At(6, 30), kMono + 10 * kMinuteMs, {clock_3h_slow, five_km_away, vague});

  // Defaults: all three unverified.
  WirePush(*sync_, Tech1(), req, At(9, 30));
  EXPECT_FALSE(GetJob("j1")->arrival_verified);
  EXPECT_FALSE(GetJob("j2")->arrival_verified);
  EXPECT_FALSE(GetJob("j3")->arrival_verified);

  // The same visits on three more jobs, from another phone, under a lenient policy.
  scoring::ScoringPolicy lenient;
  lenient.clock_correction_tolerance = 4 * kHourMs;
  lenient.geofence_radius_m = 6000;
  lenient.max_fix_accuracy_m = 1000;
  SyncLogic policy_sync(*store_, SyncPolicy{.trust = TrustPolicyFrom(lenient)});
  auto again = req;
  again.set_device_id("dev-2");
  for (int i = 0; i < again.events_size(); ++i) {
    auto* e = again.mutable_events(i);
    const std::string job = "k" + std::to_string(i + 1);
    AddJob(job, "tech1", At(9), At(10));
    e->set_job_id(job);
    e->set_event_id(NewUuidV7(At(6, 20)));
  }
  WirePush(policy_sync, Tech1(), again, At(9, 30));
  EXPECT_TRUE(GetJob("k1")->arrival_verified) << GetJob("k1")->arrival_check;
  EXPECT_TRUE(GetJob("k2")->arrival_verified) << GetJob("k2")->arrival_check;
  EXPECT_TRUE(GetJob("k3")->arrival_verified) << GetJob("k3")->arrival_check;
}

TEST_F(ArrivalTrustTest, AFixTimeOutOfRangeIsRejectedNamingTheField) {
  auto e = CheckInEvent("j1", 1, At(9, 20), kMono);
  e.mutable_position()->set_fix_time_ms(kMax);
  const auto resp = PushAt930(e);
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(
      OnlyAck(resp),
      "[bad_position] position.fix_time_ms = 9223372036854775807 is outside [0, 4102444800000]");
  EXPECT_FALSE(GetJob("j1")->arrived_ms);
}

// Found by fuzz_push: an event refused for another reason (here an unknown job) still
// carried a NaN accuracy, which SQLite stores as NULL and the NOT NULL column refused,
// failing the whole batch. Now the rejected event is stored without the bad position and
// the rest of the batch applies.
TEST_F(ArrivalTrustTest, ARejectedEventWithANonFinitePositionIsStoredAndTheBatchGoesOn) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  auto bad_accuracy = CheckInEvent("no-such-job", 1, At(9, 20), kMono);
  bad_accuracy.mutable_position()->set_accuracy_m(nan);
  auto bad_latitude = CheckInEvent("j1", 2, At(9, 20), kMono);
  bad_latitude.mutable_position()->set_latitude(nan);
  auto good = CheckInEvent("j1", 3, At(9, 21), kMono + kMinuteMs);
  const auto resp = WirePush(
      *sync_, Tech1(),
      Batch("dev-1", At(9, 30), kMono + 10 * kMinuteMs, {bad_accuracy, bad_latitude, good}),
      At(9, 30));
  ASSERT_EQ(resp.acks_size(), 3);
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(resp.acks(0).reason(), "[unknown_job] unknown job no-such-job");
  EXPECT_EQ(resp.acks(1).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(resp.acks(1).reason(), "[bad_position] position is out of range");
  EXPECT_EQ(resp.acks(2).status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(GetJob("j1")->arrived_ms, At(9, 21));
  // Pushed again, all three are known: the rejected rows were stored.
  const auto again = WirePush(
      *sync_, Tech1(),
      Batch("dev-1", At(9, 31), kMono + 11 * kMinuteMs, {bad_accuracy, bad_latitude, good}),
      At(9, 31));
  ASSERT_EQ(again.acks_size(), 3);
  for (const auto& ack : again.acks())
    EXPECT_EQ(ack.status(), v1::EventAck::STATUS_DUPLICATE) << ack.event_id();
}

TEST_F(ArrivalTrustTest, ASatelliteFixLaterThanTheArrivalUnverifiesIt) {
  // An earlier boot's event with its wall clock set back an hour and restored before the
  // sync: only the wall clock places it, but the satellites timed its fix.
  auto e = CheckInEvent("j1", 1, At(8, 20), 10, "old-boot");
  e.mutable_position()->set_fix_time_ms(At(9, 19));
  // The sending boot began at 9:00, so 8:20 is a possible time for an earlier boot.
  WirePush(*sync_, Tech1(), Batch("dev-1", At(9, 30), 30 * kMinuteMs, {e}), At(9, 30));
  auto job = GetJob("j1");
  EXPECT_FALSE(job->arrival_verified);
  EXPECT_EQ(job->arrival_check,
            "the position was fixed 59 min after the arrival's time: the phone's clock was behind");
}

TEST_F(ArrivalTrustTest, AnEarlierBootEventWithAChangedClockIsTheOddOneOutOfItsBoot) {
  for (const char* id : {"j2", "j3", "j4"}) AddJob(id, "tech1", At(8), At(10));
  // Four events of boot "morning", sent from a later boot. Three have the same wall -
  // monotonic; for j4 the wall clock was set back 40 minutes.
  std::vector<v1::DeviceEvent> events;
  events.push_back(CheckInEvent("j1", 1, At(8, 0), 1 * kHourMs, "morning"));
  events.push_back(CheckInEvent("j2", 2, At(8, 10), 1 * kHourMs + 10 * kMinuteMs, "morning"));
  events.push_back(CheckInEvent("j3", 3, At(8, 20), 1 * kHourMs + 20 * kMinuteMs, "morning"));
  events.push_back(
      CheckInEvent("j4", 4, At(8, 30) - 40 * kMinuteMs, 1 * kHourMs + 30 * kMinuteMs, "morning"));
  WirePush(*sync_, Tech1(),
           Batch("dev-1", At(9, 30), 20 * kMinuteMs, std::move(events), "afternoon"), At(9, 30));
  for (const char* id : {"j1", "j2", "j3"}) {
    EXPECT_TRUE(GetJob(id)->arrival_verified) << id << ": " << GetJob(id)->arrival_check;
  }
  auto job = GetJob("j4");
  EXPECT_FALSE(job->arrival_verified);
  EXPECT_EQ(job->arrival_check,
            "the clock was changed within its boot: -40 min from the boot's other events");
}

}  // namespace
}  // namespace fieldledger::server
