// Every change JobsService makes to a job is in the audit trail with who, when, from
// where and why (the cancellation's reason included); text that would poison the store
// (control characters, broken UTF-8) is refused, naming the field, and changes nothing.
#include <gtest/gtest.h>

#include "app/jobs_logic.h"
#include "jobs_wire.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::WireAssign;
using testing::WireCancel;
using testing::WireCreate;
using testing::WireList;

using testing::At;
using testing::StoreTest;
using testing::ThrowsAppError;

class JobAuditTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    jobs_ = std::make_unique<JobsLogic>(*store_);
  }
  static Caller DeskCaller() {
    Caller c = Dispatcher();
    c.address = "10.1.2.3";
    c.device = "office desk";
    return c;
  }
  static v1::CreateJobRequest Request(const std::string& customer = "Mrs Zhang") {
    v1::CreateJobRequest r;
    auto* j = r.mutable_job();
    j->set_type(v1::JOB_TYPE_REPAIR);
    j->set_customer_name(customer);
    j->mutable_site()->set_address("88 Century Ave");
    j->mutable_site()->set_latitude(testing::kSiteLat);
    j->mutable_site()->set_longitude(testing::kSiteLon);
    j->mutable_window()->set_start_ms(At(10));
    j->mutable_window()->set_end_ms(At(12));
    j->set_technician_id("tech1");
    return r;
  }
  std::vector<AuditRecord> Trail(const std::string& job_id) {
    std::vector<AuditRecord> out;
    store_->Read([&](StoreTx& tx) { out = tx.ListAudit({job_id}); });
    return out;
  }
  std::unique_ptr<JobsLogic> jobs_;
};

TEST_F(JobAuditTest, CreateAssignAndCancelAreAuditedWithTheReason) {
  const v1::Job job = WireCreate(*jobs_, DeskCaller(), Request(), At(7));
  v1::AssignJobRequest assign;
  assign.set_job_id(job.id());
  assign.set_technician_id("tech2");
  WireAssign(*jobs_, DeskCaller(), assign, At(8));
  v1::CancelJobRequest cancel;
  cancel.set_job_id(job.id());
  cancel.set_reason("customer cancelled by phone");
  WireCancel(*jobs_, DeskCaller(), cancel, At(9));
  WireCancel(*jobs_, DeskCaller(), cancel, At(9, 5));  // already cancelled: no second row

  const auto trail = Trail(job.id());
  ASSERT_EQ(trail.size(), 3u);
  EXPECT_EQ(trail[0].action, "created");
  EXPECT_EQ(trail[0].at_ms, At(7));
  EXPECT_EQ(trail[0].detail, job.reference() + " for Name of tech1");
  EXPECT_EQ(trail[1].action, "assigned");
  EXPECT_EQ(trail[1].detail, "Name of tech1 → Name of tech2");
  EXPECT_EQ(trail[2].action, "cancelled");
  EXPECT_EQ(trail[2].reason, "customer cancelled by phone");
  for (const auto& a : trail) {
    EXPECT_EQ(a.actor_id, "disp");
    EXPECT_EQ(a.actor_name, "Name of disp");
    EXPECT_EQ(a.address, "10.1.2.3");
    EXPECT_EQ(a.device, "office desk");
    EXPECT_EQ(a.company_id, "acme");
  }
  std::vector<AuditRecord> company;
  store_->Read([&](StoreTx& tx) { company = tx.ListCompanyAudit("acme", "", 10); });
  ASSERT_EQ(company.size(), 3u);
  EXPECT_EQ(company[0].action, "cancelled");  // newest first
  store_->Read([&](StoreTx& tx) { company = tx.ListCompanyAudit("other", "", 10); });
  EXPECT_TRUE(company.empty());
}

TEST_F(JobAuditTest, ControlCharactersAndBrokenUtf8AreRefusedNamingTheField) {
  const auto before = Counts();
  EXPECT_TRUE(
      ThrowsAppError([&] { WireCreate(*jobs_, DeskCaller(), Request("Mr \x1b[31mRed"), At(7)); },
                     ErrorKind::kInvalidArgument, "customer_name contains a control character"));
  EXPECT_TRUE(
      ThrowsAppError([&] { WireCreate(*jobs_, DeskCaller(), Request("Mr \xff\xfe"), At(7)); },
                     ErrorKind::kInvalidArgument, "customer_name is not valid UTF-8"));
  EXPECT_EQ(Counts(), before) << "a refusal changes nothing";
  EXPECT_NO_THROW(WireCreate(*jobs_, DeskCaller(), Request("张女士"), At(7)));

  const v1::Job job = WireCreate(*jobs_, DeskCaller(), Request(), At(7));
  v1::CancelJobRequest cancel;
  cancel.set_job_id(job.id());
  cancel.set_reason("gone\x07");
  EXPECT_TRUE(ThrowsAppError([&] { WireCancel(*jobs_, DeskCaller(), cancel, At(9)); },
                             ErrorKind::kInvalidArgument, "reason contains a control character"));
  EXPECT_EQ(GetJob(job.id())->status, JobStatus::kScheduled);
  EXPECT_EQ(Trail(job.id()).size(), 1u);
}

}  // namespace
}  // namespace fieldledger::server
