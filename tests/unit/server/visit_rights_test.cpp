// Who may do what on a job, on a real SQLite store: only the assigned technician's
// events reach the job; a completion without an arrival or a signature, and anything
// after the completion, are flagged with the reason.
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

constexpr std::int64_t kMono = 50'000'000;

class VisitRightsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    AddJob("j1", "tech1", At(9), At(10));
    sync_ = std::make_unique<SyncLogic>(*store_);
  }
  // An event `minutes` after 09:00 on the phone of tech1 (clocks right).
  v1::DeviceEvent At9(const std::string& job, std::int64_t seq, int minutes) {
    return CheckInEvent(job, seq, At(9, minutes), kMono + minutes * kMinuteMs);
  }
  v1::DeviceEvent Completed(const std::string& job, std::int64_t seq, int minutes,
                            const std::string& signature) {
    auto e = At9(job, seq, minutes);
    e.mutable_completed()->set_signature_sha256(signature);
    e.mutable_completed()->set_signer_name("Ms Wang");
    return e;
  }
  v1::PushResponse Push(std::vector<v1::DeviceEvent> events, const Caller& who = Tech1(),
                        const std::string& device = "dev-1") {
    return WirePush(*sync_, who, Batch(device, At(10), kMono + 60 * kMinuteMs, std::move(events)),
                    At(10));
  }
  std::unique_ptr<SyncLogic> sync_;
};

TEST_F(VisitRightsTest, EveryKindOfEventOnAnotherTechniciansJobIsRejected) {
  AddJob("j2", "tech2", At(9), At(10));
  auto on_way = At9("j2", 1, 1);
  on_way.mutable_on_my_way();
  auto check_in = At9("j2", 2, 2);
  auto work = At9("j2", 3, 3);
  work.mutable_work_recorded()->add_fault_types("screen");
  auto done = Completed("j2", 4, 4, "");
  const auto resp = Push({on_way, check_in, work, done});
  ASSERT_EQ(resp.acks_size(), 4);
  const char* kinds[] = {"on_my_way", "check_in", "work_recorded", "completed"};
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(resp.acks(i).status(), v1::EventAck::STATUS_REJECTED);
    EXPECT_EQ(resp.acks(i).reason(), "[not_assigned] " + std::string(kinds[i]) +
                                         " on job j2, which is not assigned to you: only its "
                                         "assigned technician may record visits");
  }
  auto job = GetJob("j2");
  EXPECT_FALSE(job->arrived_ms);
  EXPECT_FALSE(job->completed_ms);
  EXPECT_FALSE(job->first_visit_resolved);
  EXPECT_EQ(job->status, JobStatus::kScheduled);
  EXPECT_FALSE(job->flagged);
}

TEST_F(VisitRightsTest, AJobReassignedAwayRejectsTheOldTechniciansLaterEvents) {
  Push({At9("j1", 1, 10)});
  store_->Write([](StoreTx& tx) {
    auto j = *tx.FindJob("j1");
    j.technician_id = "tech2";
    tx.UpdateJob(j);
  });
  const auto resp = Push({Completed("j1", 2, 20, "")});
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_FALSE(GetJob("j1")->completed_ms);
}

TEST_F(VisitRightsTest, ACompletionWithoutArrivalOrSignatureIsFlaggedWithBothReasons) {
  const auto resp = Push({Completed("j1", 1, 30, "")});
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  auto job = GetJob("j1");
  EXPECT_EQ(job->status, JobStatus::kCompleted);
  EXPECT_TRUE(job->flagged);
  EXPECT_EQ(job->flag_reason, "completed without an arrival; completed without a signature");
}

TEST_F(VisitRightsTest, EventsAfterTheCompletionAreFlaggedAndChangeNoOutcome) {
  Push({Completed("j1", 1, 30, "")});
  auto work = At9("j1", 3, 45);
  work.mutable_work_recorded()->add_fault_types("screen");
  work.mutable_work_recorded()->set_resolved(true);
  const auto resp = Push({At9("j1", 2, 40), work});
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  auto job = GetJob("j1");
  EXPECT_FALSE(job->arrived_ms);  // a check-in after the completion is no arrival
  EXPECT_FALSE(job->first_visit_resolved);
  EXPECT_FALSE(job->fee_fen);
  EXPECT_EQ(job->completed_ms, At(9, 30));
  EXPECT_NE(job->flag_reason.find("check_in after the job was completed"), std::string::npos)
      << job->flag_reason;
  EXPECT_NE(job->flag_reason.find("work_recorded after the job was completed"), std::string::npos)
      << job->flag_reason;
}

TEST_F(VisitRightsTest, AnOrdinaryVisitIsNotFlagged) {
  auto work = At9("j1", 2, 20);
  work.mutable_work_recorded()->add_fault_types("screen");
  work.mutable_work_recorded()->set_resolved(true);
  Push({At9("j1", 1, 10), work, Completed("j1", 3, 30, "")});
  auto job = GetJob("j1");
  EXPECT_EQ(job->status, JobStatus::kCompleted);
  // Only the missing signature is flagged (signed completions: signature_verify_test).
  // (and the fee: the test's work record names no fee policy)
  EXPECT_EQ(job->flag_reason.rfind("fee: ", 0), 0) << job->flag_reason;
  const std::string tail = "; completed without a signature";
  EXPECT_EQ(job->flag_reason.substr(job->flag_reason.size() - tail.size()), tail);
  EXPECT_EQ(job->flag_reason.find("arrival"), std::string::npos) << job->flag_reason;
  EXPECT_EQ(job->arrived_ms, At(9, 10));
  EXPECT_TRUE(job->arrival_verified) << job->arrival_check;
  EXPECT_EQ(job->arrival_technician_id, "tech1");
}

}  // namespace
}  // namespace fieldledger::server
