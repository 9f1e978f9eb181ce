#pragma once
// The wire's job type and status enums against the one definition in
// shared/fieldledger/core/job_kinds.h. The only mapping between the two: the server's
// rpc layer and the app both convert here.
#include <optional>

#include "fieldledger/core/job_kinds.h"
#include "fieldledger/v1/jobs.pb.h"

namespace fieldledger::v1 {

JobType ToWire(fieldledger::JobType t);
// Empty for JOB_TYPE_UNSPECIFIED and values this build does not know.
std::optional<fieldledger::JobType> FromWire(JobType t);
JobStatus ToWire(fieldledger::JobStatus s);
std::optional<fieldledger::JobStatus> FromWire(JobStatus s);

}  // namespace fieldledger::v1
