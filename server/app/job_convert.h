#pragma once
// Conversions between stored job records and the wire's Job message.
#include "fieldledger/v1/jobs.pb.h"
#include "storage/records.h"

namespace fieldledger::server {

void ToProto(const JobRecord& r, v1::Job* out);
v1::JobType ToProto(JobType t);
v1::JobStatus ToProto(JobStatus s);
std::optional<JobType> FromProto(v1::JobType t);

}  // namespace fieldledger::server
