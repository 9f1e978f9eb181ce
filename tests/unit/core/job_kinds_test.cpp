// The job type, job status and role names are what storage, CSV import and the admin CLI
// read and write: each value has one, it parses back, and anything else is refused.
#include "fieldledger/core/job_kinds.h"

#include <gtest/gtest.h>

namespace fieldledger {
namespace {

TEST(JobKindsTest, EveryValueHasItsNameAndTheNameParsesBack) {
  for (auto t : {JobType::kRepair, JobType::kInstallation, JobType::kMaintenance}) {
    EXPECT_EQ(ParseJobType(JobTypeName(t)), t) << JobTypeName(t);
  }
  for (auto s : {JobStatus::kScheduled, JobStatus::kInProgress, JobStatus::kCompleted,
                 JobStatus::kCancelled, JobStatus::kRescheduled}) {
    EXPECT_EQ(ParseJobStatus(JobStatusName(s)), s) << JobStatusName(s);
  }
  for (auto r :
       {Role::kTechnician, Role::kDispatcher, Role::kCallbackAgent, Role::kManager, Role::kAdmin}) {
    EXPECT_EQ(ParseRole(RoleName(r)), r) << RoleName(r);
  }
  EXPECT_STREQ(JobTypeName(JobType::kMaintenance), "maintenance");
  EXPECT_STREQ(JobStatusName(JobStatus::kInProgress), "in_progress");
  EXPECT_STREQ(RoleName(Role::kCallbackAgent), "callback_agent");
}

TEST(JobKindsTest, UnknownNamesAreRefusedNotGuessed) {
  for (const char* name : {"", "Repair", "repair ", "other", "open", "unknown"}) {
    EXPECT_FALSE(ParseJobType(name)) << name;
    EXPECT_FALSE(ParseJobStatus(name)) << name;
    EXPECT_FALSE(ParseRole(name)) << name;
  }
}

}  // namespace
}  // namespace fieldledger
