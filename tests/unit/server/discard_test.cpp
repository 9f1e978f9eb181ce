// A technician's discard of a rejected event is stored as an event of its own; only
// their own rejected events can be discarded.
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

v1::DeviceEvent DiscardOf(const std::string& target, std::int64_t sequence) {
  v1::DeviceEvent e = CheckInEvent("no-such-job", sequence, At(9, 40), 2000);
  e.clear_check_in();
  e.mutable_discarded()->set_discarded_event_id(target);
  return e;
}

class DiscardTest : public StoreTest {};

TEST_F(DiscardTest, OnlyARejectedEventOfYourOwnCanBeDiscarded) {
  AddJob("j1", "tech1", At(9), At(10));
  SyncLogic sync(*store_);
  const auto bad = CheckInEvent("no-such-job", 1, At(9, 20), 1000);
  const auto good = CheckInEvent("j1", 2, At(9, 21), 1060);
  auto first = WirePush(sync, Tech1(), Batch("dev-1", At(9, 30), 600'000, {bad, good}), At(9, 30));
  ASSERT_EQ(first.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  ASSERT_EQ(first.acks(1).status(), v1::EventAck::STATUS_APPLIED);

  auto second = WirePush(sync, Tech1(),
                         Batch("dev-1", At(9, 41), 700'000,
                               {DiscardOf(bad.event_id(), 3), DiscardOf(good.event_id(), 4)}),
                         At(9, 41));
  EXPECT_EQ(second.acks(0).status(), v1::EventAck::STATUS_APPLIED) << second.acks(0).reason();
  EXPECT_EQ(second.acks(1).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(second.acks(1).reason(), "[not_rejected] only a rejected event can be discarded");

  // Another technician cannot discard tech1's events.
  auto other = WirePush(
      sync, Tech2(), Batch("dev-2", At(9, 42), 800'000, {DiscardOf(bad.event_id(), 1)}), At(9, 42));
  EXPECT_EQ(other.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_NE(other.acks(0).reason().find("is not one of yours"), std::string::npos);
}

}  // namespace
}  // namespace fieldledger::server
