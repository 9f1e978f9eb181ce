// Attendance as of an instant (docs/kpis.md, "Reproducing a published scorecard"): every
// write to a shift leaves a version stamped with the server's instant, so a card read as
// of T counts the shifts as the server held them at T, and is byte-identical to the card
// read at T, whatever check-ins, leave, moves, deletions and new shifts came after.
#include <gtest/gtest.h>

#include "app/attendance_logic.h"
#include "app/scorecard_logic.h"
#include "app/sync_logic.h"
#include "scorecard_wire.h"
#include "sync_wire.h"
#include "test_store.h"

namespace fieldledger::server::testing {
namespace {

using testing::WireExcuse;
using testing::WireGet;
using testing::WireRank;
using testing::WireRevoke;

constexpr std::int64_t kSentMono = 200'000'000'000;  // the phone's monotonic clock at 09:30

// A shift check-in recorded on the phone at `wall`, sent at 09:30 with a clock that agrees.
v1::DeviceEvent ShiftCheckInAt(std::int64_t sequence, TimeMs wall) {
  v1::DeviceEvent e;
  e.set_event_id(NewUuidV7(wall));
  e.set_sequence(sequence);
  e.mutable_clock()->set_wall_time_ms(wall);
  e.mutable_clock()->set_monotonic_ms(kSentMono - (At(9, 30) - wall));
  e.mutable_clock()->set_boot_id("boot-1");
  auto* p = e.mutable_position();
  p->set_present(true);
  p->set_latitude(kSiteLat);
  p->set_longitude(kSiteLon);
  p->set_accuracy_m(15);
  e.mutable_shift_check_in();
  return e;
}

class AttendanceAsOfTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    attendance_ = std::make_unique<AttendanceLogic>(*store_, policy_);
    scores_ = std::make_unique<ScorecardLogic>(*store_, policy_);
  }
  // The day-0 card of a technician ("" with company = true: the company), as of `as_of`.
  std::string Card(const std::string& technician, TimeMs now, TimeMs as_of = 0) {
    v1::ScorecardRequest r;
    if (technician.empty()) {
      r.set_company(true);
    } else {
      r.set_technician_id(technician);
    }
    r.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
    r.mutable_period()->set_anchor_date("2026-03-02");
    r.set_explain(true);
    r.set_as_of_ms(as_of);
    return WireGet(*scores_, Manager(), r, now).SerializeAsString();
  }
  v1::RateFigure Attendance(const std::string& technician, TimeMs now, TimeMs as_of = 0) {
    v1::Scorecard card;
    card.ParseFromString(Card(technician, now, as_of));
    return card.attendance();
  }

  scoring::ScoringPolicy policy_;  // attendance grace 10 min
  std::unique_ptr<AttendanceLogic> attendance_;
  std::unique_ptr<ScorecardLogic> scores_;
};

TEST_F(AttendanceAsOfTest, AFigureReadAsOfTIsIdenticalAfterLaterEditsAndCheckIns) {
  const Caller boss = Manager();
  const auto s1 = attendance_->Save(boss, "", "tech1", At(8, 30), At(17, 30), "", At(7));
  const auto s2 = attendance_->Save(boss, "", "tech2", At(8, 30), At(17, 30), "", At(7));
  const auto s3 = attendance_->Save(boss, "", "tech2", At(18), At(20), "", At(7));
  const auto s4 = attendance_->Save(boss, "", "tech2", At(6), At(7), "", At(7));

  // At 09:00 every started shift is missed (no check-in 10 min after its start).
  const TimeMs t = At(9);
  const std::string tech1_at_t = Card("tech1", t);
  const std::string tech2_at_t = Card("tech2", t);
  const std::string company_at_t = Card("", t);
  ASSERT_EQ(Attendance("tech1", t).denominator(), 1);  // s1 missed
  ASSERT_EQ(Attendance("tech1", t).numerator(), 0);
  ASSERT_EQ(Attendance("tech2", t).denominator(), 2);  // s2 and s4 missed, s3 pending

  // After T: tech1's phone syncs a check-in made at 08:35 (on time for s1, received 09:30),
  // s2 goes on leave, s3 is moved, s4 deleted, and a new shift appears.
  SyncLogic sync(*store_);
  WirePush(sync, Tech1(), Batch("dev-1", At(9, 30), kSentMono, {ShiftCheckInAt(1, At(8, 35))}),
           At(9, 30));
  std::optional<ShiftRecord> checked;
  store_->Read([&](StoreTx& tx) { checked = tx.FindShift(s1.shift.id); });
  ASSERT_TRUE(checked && checked->check_in_ms);
  attendance_->SetLeave(boss, s2.shift.id, true, "sick", At(9, 40));
  attendance_->Save(boss, s3.shift.id, "tech2", At(8), At(9), "swapped", At(9, 45));
  attendance_->Delete(boss, s4.shift.id, "entered by mistake", At(9, 50));
  attendance_->Save(boss, "", "tech1", At(7), At(8), "", At(9, 55));

  // Now the figures have moved...
  const TimeMs later = At(23);
  EXPECT_EQ(Attendance("tech1", later).numerator(), 1);  // s1 attended, the new one missed
  EXPECT_EQ(Attendance("tech1", later).denominator(), 2);
  EXPECT_EQ(Attendance("tech2", later).denominator(), 1);  // s2 on leave, s3 missed, s4 gone
  EXPECT_NE(Card("tech1", later), tech1_at_t);
  // ...but as of T they are exactly what was read at T.
  EXPECT_EQ(Card("tech1", later, t), tech1_at_t);
  EXPECT_EQ(Card("tech2", later, t), tech2_at_t);
  EXPECT_EQ(Card("", later, t), company_at_t);
  // As of just after the check-in was received, s1 counts as attended, s2 not yet on leave.
  EXPECT_EQ(Attendance("tech1", later, At(9, 31)).numerator(), 1);
  EXPECT_EQ(Attendance("tech2", later, At(9, 31)).denominator(), 2);
  EXPECT_EQ(Attendance("tech1", later, At(9, 31)).denominator(), 1);
}

TEST_F(AttendanceAsOfTest, EveryShiftWriteLeavesAVersionStampedWithTheServersInstant) {
  const auto s = attendance_->Save(Manager(), "", "tech1", At(8, 30), At(17, 30), "", At(7));
  attendance_->SetLeave(Manager(), s.shift.id, true, "annual leave", At(7, 5));
  attendance_->Delete(Manager(), s.shift.id, "cancelled", At(7, 10));
  std::vector<ShiftVersion> versions;
  store_->Read([&](StoreTx& tx) { versions = tx.ListShiftVersions("acme", At(23)); });
  ASSERT_EQ(versions.size(), 3u);
  EXPECT_EQ(versions[0].recorded_ms, At(7));
  EXPECT_FALSE(versions[0].shift.approved_leave);
  EXPECT_EQ(versions[1].recorded_ms, At(7, 5));
  EXPECT_TRUE(versions[1].shift.approved_leave);
  EXPECT_EQ(versions[2].recorded_ms, At(7, 10));
  EXPECT_TRUE(versions[2].deleted);
  for (const auto& v : versions) EXPECT_EQ(v.shift.start_ms, At(8, 30));
  store_->Read([&](StoreTx& tx) { versions = tx.ListShiftVersions("acme", At(7, 5) - 1); });
  EXPECT_EQ(versions.size(), 1u);
}

}  // namespace
}  // namespace fieldledger::server::testing
