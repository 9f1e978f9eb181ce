// Shift check-ins and self-assessments synced from a phone (SyncLogic::Push on a real
// SQLite store): the shift of the day takes the check-in, on time or late by the
// attendance grace; a check-in with no shift is stored and reported; an untrusted one is
// flagged; a retried one is a duplicate; a self-assessment lands where the manager reads it
// and is refused once the month is published.
#include <gtest/gtest.h>

#include "app/attendance_logic.h"
#include "app/sync_logic.h"
#include "sync_wire.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::Batch;
using testing::kDay0;
using testing::kSiteLat;
using testing::kSiteLon;
using testing::StoreTest;

constexpr std::int64_t kSentMono = 200'000'000'000;  // device monotonic clock at 09:30

// An event recorded at `wall` on boot-1, whose monotonic clock agrees with the batch's.
v1::DeviceEvent Stamped(std::int64_t sequence, TimeMs wall, const std::string& boot = "boot-1",
                        std::int64_t monotonic = -1) {
  v1::DeviceEvent e;
  e.set_event_id(NewUuidV7(wall));
  e.set_sequence(sequence);
  e.mutable_clock()->set_wall_time_ms(wall);
  e.mutable_clock()->set_monotonic_ms(monotonic >= 0 ? monotonic : kSentMono - (At(9, 30) - wall));
  e.mutable_clock()->set_boot_id(boot);
  auto* p = e.mutable_position();
  p->set_present(true);
  p->set_latitude(kSiteLat);
  p->set_longitude(kSiteLon);
  p->set_accuracy_m(15);
  return e;
}

v1::DeviceEvent ShiftCheckIn(std::int64_t sequence, TimeMs wall) {
  auto e = Stamped(sequence, wall);
  e.mutable_shift_check_in();
  return e;
}

v1::DeviceEvent SelfAssessment(std::int64_t sequence, const std::string& text) {
  auto e = Stamped(sequence, At(9, 0));
  e.mutable_self_assessment()->set_anchor_date("2026-03-02");
  e.mutable_self_assessment()->set_text(text);
  return e;
}

class ShiftCheckInEventTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    store_->Write([](StoreTx& tx) {
      ShiftRecord s{"shift-1", "acme", "tech1", At(8, 30)};
      s.end_ms = At(17, 30);
      tx.InsertShift(s);
    });
    sync_ = std::make_unique<SyncLogic>(*store_);
    attendance_ = std::make_unique<AttendanceLogic>(*store_, policy_);
  }
  v1::EventAck PushOne(const v1::DeviceEvent& e) {
    const auto resp =
        WirePush(*sync_, Tech1(), Batch("dev-1", At(9, 30), kSentMono, {e}), At(9, 30));
    EXPECT_EQ(resp.acks_size(), 1);
    return resp.acks(0);
  }
  ShiftView Shift() {
    auto all = attendance_->List(Tech1(), kDay0, kDay0 + kDayMs, "", At(9, 30));
    EXPECT_EQ(all.size(), 1u);
    return all.at(0);
  }

  scoring::ScoringPolicy policy_;  // attendance grace 10 min, as SyncLogic's default
  std::unique_ptr<SyncLogic> sync_;
  std::unique_ptr<AttendanceLogic> attendance_;
};

TEST_F(ShiftCheckInEventTest, ACheckInWithinTheGraceAttendsTheShift) {
  const auto ack = PushOne(ShiftCheckIn(1, At(8, 34)));
  EXPECT_EQ(ack.status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(ack.reason(),
            "[on_time] checked in at 2026-03-02 08:34 for the shift starting 2026-03-02 08:30 "
            "(grace 10 min)");
  const ShiftView v = Shift();
  EXPECT_EQ(v.shift.check_in_ms, At(8, 34));
  EXPECT_EQ(v.state, ShiftState::kAttended);
  EXPECT_TRUE(v.check_in_verified);
  EXPECT_EQ(v.check_in_check, "");
}

TEST_F(ShiftCheckInEventTest, ACheckInAfterTheGraceIsLate) {
  const auto ack = PushOne(ShiftCheckIn(1, At(8, 40, 1)));
  EXPECT_EQ(ack.status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(ack.reason().rfind("[late] checked in at 2026-03-02 08:40, 10 min", 0), 0u)
      << ack.reason();
  EXPECT_EQ(Shift().state, ShiftState::kLate);
  EXPECT_EQ(Shift().shift.check_in_ms, At(8, 40, 1));
}

TEST_F(ShiftCheckInEventTest, ACheckInOnADayWithoutAShiftIsStoredAndReported) {
  // The day before: tech1 has no shift then.
  const auto ack = PushOne(ShiftCheckIn(1, At(8, 30) - kDayMs + 0));
  EXPECT_EQ(ack.status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(ack.reason().rfind("[no_shift] no shift is scheduled for you on 2026-03-01", 0), 0u)
      << ack.reason();
  EXPECT_FALSE(Shift().shift.check_in_ms);  // today's shift is untouched
  const auto unmatched =
      attendance_->Unmatched(CallerFor("boss", Role::kManager), kDay0 - kDayMs, kDay0, "");
  ASSERT_EQ(unmatched.size(), 1u);
  EXPECT_EQ(unmatched[0].mark.technician_id, "tech1");
  EXPECT_EQ(unmatched[0].mark.outcome, "no_shift");
  EXPECT_EQ(unmatched[0].technician_name, "Name of tech1");
}

TEST_F(ShiftCheckInEventTest, ACheckInWhoseClockCannotBeTrustedIsFlagged) {
  // Recorded on an earlier boot with the phone's wall clock 3 hours slow: the server can
  // only shift it by the offset it sees now, a correction far beyond the tolerance.
  auto e = Stamped(1, At(5, 34), "boot-0", 1'000);
  e.mutable_shift_check_in();
  auto sent = Batch("dev-1", At(6, 30), kSentMono, {e});
  const auto resp = WirePush(*sync_, Tech1(), sent, At(9, 30));
  ASSERT_EQ(resp.acks_size(), 1);
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(resp.acks(0).reason().rfind("[untrusted] clock corrected by 3 h", 0), 0u)
      << resp.acks(0).reason();
  const ShiftView v = Shift();
  EXPECT_EQ(v.shift.check_in_ms, At(8, 34));
  EXPECT_FALSE(v.check_in_verified);
  EXPECT_NE(v.check_in_check.find("clock corrected by 3 h"), std::string::npos) << v.check_in_check;
}

TEST_F(ShiftCheckInEventTest, AMockLocationIsFlaggedLikeAnArrival) {
  auto e = ShiftCheckIn(1, At(8, 29));
  e.mutable_position()->set_mock(true);
  const auto ack = PushOne(e);
  EXPECT_EQ(ack.reason().rfind("[untrusted] ", 0), 0u) << ack.reason();
  EXPECT_FALSE(Shift().check_in_verified);
  EXPECT_EQ(Shift().state, ShiftState::kAttended);  // flagged, scored on its trusted time
}

TEST_F(ShiftCheckInEventTest, ARetriedCheckInIsADuplicateAndASecondOneChangesNothing) {
  const auto e = ShiftCheckIn(1, At(8, 34));
  auto batch = Batch("dev-1", At(9, 30), kSentMono, {e});
  WirePush(*sync_, Tech1(), batch, At(9, 30));
  const auto again = WirePush(*sync_, Tech1(), batch, At(9, 31));
  ASSERT_EQ(again.acks_size(), 1);
  EXPECT_EQ(again.acks(0).status(), v1::EventAck::STATUS_DUPLICATE);
  EXPECT_EQ(again.acks(0).reason(), "");

  const auto second = PushOne(ShiftCheckIn(2, At(9, 10)));
  EXPECT_EQ(second.status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(second.reason().rfind("[already_checked_in] the shift starting 2026-03-02 08:30 was "
                                  "already checked in at 2026-03-02 08:34",
                                  0),
            0u)
      << second.reason();
  EXPECT_EQ(Shift().shift.check_in_ms, At(8, 34));
  std::vector<ShiftMarkRecord> marks;
  store_->Read([&](StoreTx& tx) { marks = tx.ListShiftMarksOfShift("shift-1"); });
  ASSERT_EQ(marks.size(), 2u);  // the retry added none
  EXPECT_EQ(marks[0].outcome, "on_time");
  EXPECT_EQ(marks[1].outcome, "already_checked_in");
}

TEST_F(ShiftCheckInEventTest, ACheckOutIsRecordedOnTheShiftCheckedIn) {
  PushOne(ShiftCheckIn(1, At(8, 25)));
  auto out = Stamped(2, At(9, 25));
  out.mutable_shift_check_out();
  const auto ack = PushOne(out);
  EXPECT_EQ(ack.status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(ack.reason().rfind("[checked_out] checked out at 2026-03-02 09:25", 0), 0u);
  EXPECT_EQ(Shift().check_out_ms, At(9, 25));
}

TEST_F(ShiftCheckInEventTest, AShiftEventNamingAJobIsRejected) {
  auto e = ShiftCheckIn(1, At(8, 34));
  e.set_job_id("j1");
  const auto ack = PushOne(e);
  EXPECT_EQ(ack.status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(ack.reason(),
            "[job_not_expected] shift_check_in belongs to no job: job_id must be empty");
  EXPECT_FALSE(Shift().shift.check_in_ms);
}

TEST_F(ShiftCheckInEventTest, AVisitEventWithoutAJobIsAMalformedBatch) {
  auto e = Stamped(1, At(8, 34));
  e.mutable_check_in();
  EXPECT_TRUE(testing::ThrowsAppError(
      [&] { WirePush(*sync_, Tech1(), Batch("dev-1", At(9, 30), kSentMono, {e}), At(9, 30)); },
      ErrorKind::kInvalidArgument, "event 0: job_id is required for check_in"));
}

TEST_F(ShiftCheckInEventTest, ASelfAssessmentLandsWhereTheManagerReadsIt) {
  const auto ack = PushOne(SelfAssessment(1, "Fixed every fridge first time.\nMore training."));
  EXPECT_EQ(ack.status(), v1::EventAck::STATUS_APPLIED) << ack.reason();
  std::vector<SelfAssessmentRecord> stored;
  store_->Read([&](StoreTx& tx) { stored = tx.ListSelfAssessments("acme", "2026-03"); });
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].technician_id, "tech1");
  EXPECT_EQ(stored[0].text, "Fixed every fridge first time.\nMore training.");
  EXPECT_EQ(stored[0].written_ms, At(9, 0));  // the event's trusted time
  EXPECT_EQ(stored[0].received_ms, At(9, 30));
}

TEST_F(ShiftCheckInEventTest, ASelfAssessmentWithControlCharactersIsRejected) {
  const auto ack = PushOne(SelfAssessment(1, std::string("bell \x07 here")));
  EXPECT_EQ(ack.status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(ack.reason().rfind("[text_invalid] text", 0), 0u) << ack.reason();
  const auto empty = PushOne(SelfAssessment(2, ""));
  EXPECT_EQ(empty.reason(), "[text_required] text is required");
}

TEST_F(ShiftCheckInEventTest, ASelfAssessmentOfAPublishedMonthIsRefusedWithItsCode) {
  store_->Write([](StoreTx& tx) {
    tx.InsertPublication({"pub-1", "acme", "2026-03", kDay0, kDay0 + 31 * kDayMs, At(9),
                          "scoring-1", "pay-1", "boss", ""});
  });
  const auto ack = PushOne(SelfAssessment(1, "Too late"));
  EXPECT_EQ(ack.status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(ack.reason(),
            "[period_published] period: 2026-03 is published; its assessment can no longer change");
  std::vector<SelfAssessmentRecord> stored;
  store_->Read([&](StoreTx& tx) { stored = tx.ListSelfAssessments("acme", "2026-03"); });
  EXPECT_TRUE(stored.empty());
}

TEST_F(ShiftCheckInEventTest, ASelfAssessmentWithABadDateIsRejectedNamingTheField) {
  auto e = SelfAssessment(1, "ok");
  e.mutable_self_assessment()->set_anchor_date("2026-02-30");
  const auto ack = PushOne(e);
  EXPECT_EQ(ack.status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(ack.reason().rfind("[anchor_date_invalid] anchor_date: ", 0), 0u) << ack.reason();
}

}  // namespace
}  // namespace fieldledger::server
