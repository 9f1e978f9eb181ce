// The server recomputes the fee a technician showed the customer with the service policy
// the device named, and flags a difference for the office.
#include <gtest/gtest.h>

#include "app/sync_logic.h"
#include "fieldledger/service_policy/service_policy.h"
#include "sync_wire.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::Batch;
using testing::CheckInEvent;
using testing::StoreTest;

class FeeCheckTest : public StoreTest {
 protected:
  // A phone bought on `purchase`, checked in and worked on at 09:30 on day 0.
  JobRecord PhoneJob(const std::string& id, const std::string& purchase) {
    JobRecord j = MakeJob(id, "tech1", At(9), At(10));
    j.product = "Phone X";
    j.product_category = "phone";
    j.purchase_date = purchase;
    store_->Write([&](StoreTx& tx) { tx.InsertJob(j); });
    return j;
  }

  JobRecord PushWork(const std::string& job_id, std::vector<std::string> faults,
                     std::int64_t device_fee, std::int64_t sequence = 1) {
    v1::DeviceEvent work = CheckInEvent(job_id, sequence, At(9, 30), 1000);
    work.clear_check_in();
    auto* w = work.mutable_work_recorded();
    for (const auto& f : faults) w->add_fault_types(f);
    w->set_resolved(true);
    w->set_fee_total_fen(device_fee);
    w->set_service_policy_id(service_policy::DefaultPolicy().id);
    w->set_service_policy_version(service_policy::DefaultPolicy().version);
    SyncLogic sync(*store_);
    auto resp = WirePush(sync, Tech1(), Batch("dev-1", At(9, 31), 61'000, {work}), At(9, 31));
    EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED) << resp.acks(0).reason();
    std::optional<JobRecord> stored;
    store_->Read([&](StoreTx& tx) { stored = tx.FindJob(job_id); });
    return *stored;
  }
};

TEST_F(FeeCheckTest, OutOfWarrantyTwoFaultsChargedOnceAtTheHighestMatches) {
  PhoneJob("old-phone", "2024-06-01");
  const JobRecord j =
      PushWork("old-phone", {"disassembly_repair", "mainboard_component_repair"}, 8000);
  EXPECT_EQ(j.fee_fen, 8000);
  EXPECT_EQ(j.fee_device_fen, 8000);
  EXPECT_EQ(j.fee_check, "match");
  // Flagged for the visit order only (no check-in in this test), not for the fee.
  EXPECT_EQ(j.flag_reason, "work recorded before an arrival");
  EXPECT_EQ(j.fee_policy,
            service_policy::DefaultPolicy().id + "@" + service_policy::DefaultPolicy().version);
  EXPECT_EQ(j.first_visit_resolved, true);
}

TEST_F(FeeCheckTest, ADeviceFigureThatDisagreesIsKeptAndFlagged) {
  PhoneJob("old-phone", "2024-06-01");
  const JobRecord j =
      PushWork("old-phone", {"disassembly_repair", "mainboard_component_repair"}, 12000);
  EXPECT_EQ(j.fee_fen, 8000);
  EXPECT_EQ(j.fee_device_fen, 12000);  // what the customer was shown is kept
  EXPECT_TRUE(j.flagged);
  EXPECT_NE(j.flag_reason.find("device charged 12000 fen, the policy gives 8000 fen"),
            std::string::npos)
      << j.flag_reason;
}

TEST_F(FeeCheckTest, InWarrantyIsFree) {
  PhoneJob("new-phone", "2026-01-15");
  const JobRecord j = PushWork("new-phone", {"mainboard_component_repair"}, 0);
  EXPECT_EQ(j.fee_fen, 0);
  EXPECT_EQ(j.fee_check, "match");
}

TEST_F(FeeCheckTest, OnlyTheFirstWorkRecordSetsTheFee) {
  PhoneJob("old-phone", "2024-06-01");
  PushWork("old-phone", {"disassembly_repair"}, 4000, 1);
  const JobRecord j = PushWork("old-phone", {"mainboard_component_repair"}, 8000, 2);
  EXPECT_EQ(j.fee_fen, 4000);
  EXPECT_EQ(j.fee_device_fen, 4000);
}

}  // namespace
}  // namespace fieldledger::server

namespace fieldledger::server {
namespace {

TEST_F(FeeCheckTest, PullSendsTheActiveFeePolicyOnlyToDevicesWithoutIt) {
  ServicePolicies policies;
  SyncLogic sync(*store_, SyncPolicy{}, &policies);
  v1::PullRequest req;
  req.set_protocol_version(1);
  req.set_device_id("dev-1");
  auto first = WirePull(sync, Tech1(), req, At(8));
  ASSERT_TRUE(first.has_service_policy());
  EXPECT_EQ(first.service_policy().id(), service_policy::DefaultPolicy().id);
  EXPECT_EQ(first.service_policy().toml(), std::string(service_policy::DefaultPolicyText()));

  req.set_service_policy(first.service_policy().id() + "@" + first.service_policy().version());
  EXPECT_FALSE(WirePull(sync, Tech1(), req, At(8)).has_service_policy());
}

}  // namespace
}  // namespace fieldledger::server
