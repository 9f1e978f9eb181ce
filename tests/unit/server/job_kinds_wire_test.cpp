// proto/support/job_kinds_wire.h is the one mapping between the wire's job enums and
// core's: every core value goes to a wire value and back, and every wire value but
// UNSPECIFIED has a core value, so a value added to the proto without a mapping fails here.
#include "job_kinds_wire.h"

#include <gtest/gtest.h>

namespace fieldledger {
namespace {

TEST(JobKindsWireTest, EveryCoreValueRoundTripsThroughTheWire) {
  for (auto t : {JobType::kRepair, JobType::kInstallation, JobType::kMaintenance}) {
    EXPECT_NE(v1::ToWire(t), v1::JOB_TYPE_UNSPECIFIED) << JobTypeName(t);
    EXPECT_EQ(v1::FromWire(v1::ToWire(t)), t) << JobTypeName(t);
  }
  for (auto s : {JobStatus::kScheduled, JobStatus::kInProgress, JobStatus::kCompleted,
                 JobStatus::kCancelled, JobStatus::kRescheduled}) {
    EXPECT_NE(v1::ToWire(s), v1::JOB_STATUS_UNSPECIFIED) << JobStatusName(s);
    EXPECT_EQ(v1::FromWire(v1::ToWire(s)), s) << JobStatusName(s);
  }
}

TEST(JobKindsWireTest, EveryWireValueButUnspecifiedHasACoreValue) {
  for (int i = v1::JobType_MIN; i <= v1::JobType_MAX; ++i) {
    if (!v1::JobType_IsValid(i)) continue;
    const auto t = static_cast<v1::JobType>(i);
    EXPECT_EQ(v1::FromWire(t).has_value(), t != v1::JOB_TYPE_UNSPECIFIED) << v1::JobType_Name(t);
  }
  for (int i = v1::JobStatus_MIN; i <= v1::JobStatus_MAX; ++i) {
    if (!v1::JobStatus_IsValid(i)) continue;
    const auto s = static_cast<v1::JobStatus>(i);
    EXPECT_EQ(v1::FromWire(s).has_value(), s != v1::JOB_STATUS_UNSPECIFIED)
        << v1::JobStatus_Name(s);
  }
  // A number this build does not know (a newer peer's) is no job type.
  EXPECT_FALSE(v1::FromWire(static_cast<v1::JobType>(v1::JobType_MAX + 1)));
}

}  // namespace
}  // namespace fieldledger
