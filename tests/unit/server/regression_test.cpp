// Regression tests for defects found while writing the suite, now fixed.
#include <gtest/gtest.h>

#include "app/scorecard_logic.h"
#include "app/sync_logic.h"
#include "auth/sessions.h"
#include "scorecard_wire.h"
#include "sync_wire.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::WireExcuse;
using testing::WireGet;
using testing::WireRank;
using testing::WireRevoke;

using testing::At;
using testing::Batch;
using testing::CheckInEvent;
using testing::StoreTest;

class Regression : public StoreTest {};

// A phone handed to a second technician: the server keeps one device id per person (so
// per-device sequences never mix), and the phone takes a new id at the new sign-in
// (mobile/core: LocalStore::StartOverForNewUser). The refusal says so.
TEST_F(Regression, ADeviceIdStaysWithItsTechnicianAndTheRefusalSaysWhatToDo) {
  AddJob("j1", "tech1", At(9), At(10));
  AddJob("j2", "tech2", At(11), At(12));
  SyncLogic sync(*store_);
  WirePush(sync, Tech1(), Batch("dev-1", At(9, 30), 600'000, {CheckInEvent("j1", 1, At(9, 20), 0)}),
           At(9, 30));
  try {
    WirePush(sync, Tech2(),
             Batch("dev-1", At(11, 30), 9'000'000, {CheckInEvent("j2", 2, At(11, 20), 8'400'000)}),
             At(11, 30));
    FAIL() << "a device id was shared between two technicians";
  } catch (const AppError& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kPermissionDenied);
    EXPECT_NE(std::string(e.what()).find("new device id"), std::string::npos) << e.what();
  }
  const auto resp = WirePush(
      sync, Tech2(),
      Batch("dev-2", At(11, 30), 9'000'000, {CheckInEvent("j2", 1, At(11, 20), 8'400'000)}),
      At(11, 30));
  ASSERT_EQ(resp.acks_size(), 1);
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED);
}

// Was: server/app/scorecard_logic.cpp (Get) selected jobs with ListJobs' overlap filter
// (window_end > period start, storage/sqlite_store.cpp ListJobs), then keeps those whose
// window START lies in the period. A point window (start == end, which CreateRecord
// accepts: "arrive at 09:00 sharp") that starts exactly at the period start does not
// "overlap" and is silently left out, though its start is inside the period.
TEST_F(Regression, APointWindowAtThePeriodStartIsCounted) {
  JobRecord j = MakeJob("sharp", "tech1", At(9), At(9));
  j.arrived_ms = At(8, 55);
  j.arrival_verified = true;
  j.arrival_technician_id = "tech1";
  store_->Write([&](StoreTx& tx) { tx.InsertJob(j); });
  ScorecardLogic logic(*store_);
  v1::ScorecardRequest req;
  req.set_technician_id("tech1");
  req.mutable_period()->set_kind(v1::PERIOD_KIND_CUSTOM);
  req.mutable_period()->set_start_ms(At(9));
  req.mutable_period()->set_end_ms(At(17));
  const auto card = WireGet(logic, Manager(), req, At(18));
  EXPECT_EQ(card.on_time().early(), 1);
  EXPECT_EQ(card.on_time().rate().denominator(), 1);
}

}  // namespace
}  // namespace fieldledger::server
