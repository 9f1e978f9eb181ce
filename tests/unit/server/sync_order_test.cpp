// Exactly-once that does not depend on order (docs/sync.md, "Push"): events are identified
// by their id; a later batch that lands first is applied and the earlier one still lands;
// a restored phone's reused sequences are accepted; rejections whose id is taken are
// stored; the device history holds whatever the arrival order; an unknown pull cursor is
// OUT_OF_RANGE.
#include <gtest/gtest.h>

#include "app/sync_logic.h"
#include "fieldledger/core/sha256.h"
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

class SyncOrderTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    AddJob("j1", "tech1", At(9), At(10));
    AddJob("j2", "tech1", At(11), At(12));
    sync_ = std::make_unique<SyncLogic>(*store_);
  }
  // Check-ins a second apart from 09:20 with sequences first..last, each naming the hash of
  // the one before (`previous`: the hash the first one names), as the phone chains them.
  std::vector<v1::DeviceEvent> Chain(std::int64_t first, std::int64_t last,
                                     std::string previous = "", const std::string& job = "j1") {
    std::vector<v1::DeviceEvent> out;
    for (std::int64_t s = first; s <= last; ++s) {
      auto e = CheckInEvent(job, s, At(9, 20, static_cast<int>(s % 60)), kMono + s * 1000);
      e.set_previous_event_sha256(previous);
      previous = Sha256Hex(e.SerializeAsString());
      out.push_back(std::move(e));
    }
    return out;
  }
  static std::string HashOf(const v1::DeviceEvent& e) { return Sha256Hex(e.SerializeAsString()); }
  v1::PushResponse Push(std::vector<v1::DeviceEvent> events, const std::string& device = "dev-1") {
    return WirePush(*sync_, Tech1(),
                    Batch(device, At(9, 30), kMono + 10 * kMinuteMs, std::move(events)), At(9, 30));
  }
  static std::vector<v1::DeviceEvent> Slice(const std::vector<v1::DeviceEvent>& all,
                                            std::int64_t first, std::int64_t last) {
    return {all.begin() + (first - 1), all.begin() + last};
  }
  static int CountStatus(const v1::PushResponse& r, v1::EventAck::Status s) {
    int n = 0;
    for (const auto& a : r.acks()) n += a.status() == s ? 1 : 0;
    return n;
  }
  std::vector<EventRejectionRecord> Rejections(const std::string& device) {
    std::vector<EventRejectionRecord> out;
    store_->Read([&](StoreTx& tx) { out = tx.ListEventRejections(device); });
    return out;
  }
  std::unique_ptr<SyncLogic> sync_;
};

TEST_F(SyncOrderTest, ALaterBatchLandingFirstDoesNotLoseTheEarlierOne) {
  const auto all = Chain(1, 30);
  const auto later = Push(Slice(all, 11, 30));
  EXPECT_EQ(CountStatus(later, v1::EventAck::STATUS_APPLIED), 20);
  ASSERT_EQ(later.gaps_size(), 1);
  EXPECT_EQ(later.gaps(0).first_missing(), 1);
  EXPECT_EQ(later.gaps(0).last_missing(), 10);
  // Until event 10 lands, the history cannot link event 11: provisionally flagged.
  EXPECT_EQ(GetJob("j1")->flag_reason,
            "device history: event 11 follows event 10, which the server has not received");

  const auto earlier = Push(Slice(all, 1, 20));
  EXPECT_EQ(CountStatus(earlier, v1::EventAck::STATUS_APPLIED), 10);
  EXPECT_EQ(CountStatus(earlier, v1::EventAck::STATUS_DUPLICATE), 10);
  EXPECT_EQ(CountStatus(earlier, v1::EventAck::STATUS_REJECTED), 0);
  EXPECT_EQ(earlier.gaps_size(), 0);
  EXPECT_EQ(earlier.last_sequence(), 30);
  EXPECT_EQ(Counts().at("events"), 30);
  // The link is there now: the provisional flag is lifted.
  EXPECT_FALSE(GetJob("j1")->flagged) << GetJob("j1")->flag_reason;
}

TEST_F(SyncOrderTest, AnEarlierBatchFillingPartOfAGapReportsWhatIsStillMissing) {
  const auto all = Chain(1, 30);
  Push(Slice(all, 11, 30));
  const auto part = Push(Slice(all, 1, 5));
  EXPECT_EQ(CountStatus(part, v1::EventAck::STATUS_APPLIED), 5);
  ASSERT_EQ(part.gaps_size(), 1);
  EXPECT_EQ(part.gaps(0).first_missing(), 6);
  EXPECT_EQ(part.gaps(0).last_missing(), 10);
  const auto rest = Push(Slice(all, 6, 10));
  EXPECT_EQ(CountStatus(rest, v1::EventAck::STATUS_APPLIED), 5);
  EXPECT_EQ(rest.gaps_size(), 0);
  EXPECT_EQ(Counts().at("events"), 30);
  EXPECT_FALSE(GetJob("j1")->flagged) << GetJob("j1")->flag_reason;
}

TEST_F(SyncOrderTest, ARestoredPhonesReusedSequencesAreAcceptedAndItsChainHolds) {
  // The phone sent 1..5, then was restored from a backup taken after event 3.
  const auto before = Chain(1, 5);
  Push(before);
  auto restored = Chain(4, 4, HashOf(before[2]));  // a new event 4, after the restored 3
  const auto resp = Push(restored);
  ASSERT_EQ(resp.acks_size(), 1);
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED) << resp.acks(0).reason();
  // The server tells the phone its true last sequence; the phone continues above it.
  EXPECT_EQ(resp.last_sequence(), 5);
  auto next = Chain(6, 6, HashOf(restored[0]));
  const auto after = Push(next);
  EXPECT_EQ(after.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(after.gaps_size(), 0);
  EXPECT_EQ(Counts().at("events"), 7);
  store_->Read([](StoreTx& tx) { EXPECT_EQ(tx.FindDeviceEventsAt("dev-1", 4).size(), 2u); });
  EXPECT_FALSE(GetJob("j1")->flagged) << GetJob("j1")->flag_reason;
  // Resending either event 4 is a duplicate, never a second application.
  EXPECT_EQ(Push({before[3]}).acks(0).status(), v1::EventAck::STATUS_DUPLICATE);
  EXPECT_EQ(Push(restored).acks(0).status(), v1::EventAck::STATUS_DUPLICATE);
  EXPECT_EQ(Counts().at("events"), 7);
}

TEST_F(SyncOrderTest, AnIdResentWithOtherContentIsRejectedAndTheRejectionStoredOnce) {
  const auto e = Chain(1, 1)[0];
  Push({e});
  auto changed = e;
  changed.mutable_clock()->set_wall_time_ms(e.clock().wall_time_ms() - kMinuteMs);
  const auto counts = Counts();
  for (int attempt = 0; attempt < 3; ++attempt) {
    const auto resp = Push({changed});
    ASSERT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
    EXPECT_NE(resp.acks(0).reason().find("was first sent with a different event"),
              std::string::npos);
  }
  const auto stored = Rejections("dev-1");
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].event_id, e.event_id());
  EXPECT_NE(stored[0].reason.find("was first sent with a different event"), std::string::npos);
  EXPECT_EQ(stored[0].payload, changed.SerializeAsString());
  EXPECT_EQ(Counts().at("events"), counts.at("events"));
  EXPECT_EQ(GetJob("j1")->arrived_ms, At(9, 20, 1));  // the original is what counts
}

TEST_F(SyncOrderTest, AnIdTakenByAnotherDeviceIsRejectedWithItsReasonStored) {
  const auto e = Chain(1, 1)[0];
  Push({e}, "dev-1");
  const auto resp = Push({e}, "dev-2");
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  const auto stored = Rejections("dev-2");
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].reason, resp.acks(0).reason());
  EXPECT_EQ(stored[0].user_id, "tech1");
}

TEST_F(SyncOrderTest, AnEditedEventLandingAfterItsSuccessorMakesTheProvisionalFlagFinal) {
  auto all = Chain(1, 3);
  all[2].set_job_id("j2");  // keep event 3's job apart to read its flag
  Push({all[0]});
  Push({all[2]});
  EXPECT_EQ(GetJob("j2")->flag_reason,
            "device history: event 3 follows event 2, which the server has not received");
  auto edited = all[1];
  edited.mutable_clock()->set_wall_time_ms(edited.clock().wall_time_ms() - 40 * kMinuteMs);
  EXPECT_EQ(Push({edited}).acks(0).status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(GetJob("j2")->flag_reason,
            "device history: event 3 does not follow event 2 as the server received it: an "
            "event was edited, removed or reordered on the device");
}

TEST_F(SyncOrderTest, ACursorTheServerNeverIssuedIsOutOfRange) {
  v1::PullRequest r;
  r.set_protocol_version(1);
  r.set_device_id("dev-1");
  std::int64_t last = 0;
  store_->Write([&](StoreTx& tx) { last = tx.AppendJobChange("j1", "tech1"); });
  r.set_cursor(last);
  EXPECT_NO_THROW(WirePull(*sync_, Tech1(), r, At(9)));
  r.set_cursor(last + 1);
  EXPECT_TRUE(ThrowsAppError([&] { WirePull(*sync_, Tech1(), r, At(9)); }, ErrorKind::kOutOfRange,
                             "[cursor_unknown] cursor " + std::to_string(last + 1)));
}

}  // namespace
}  // namespace fieldledger::server
