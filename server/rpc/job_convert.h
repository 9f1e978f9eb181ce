#pragma once
// Conversions between stored job records and the wire's Job message.
#include "app/new_job.h"
#include "fieldledger/v1/jobs.pb.h"
#include "job_kinds_wire.h"
#include "storage/records.h"

namespace fieldledger::server {

void ToProto(const JobRecord& r, v1::Job* out);
// The fields a caller may set on a new job; the rest of v1::Job is the server's to fill.
NewJob NewJobFromProto(const v1::Job& in);

}  // namespace fieldledger::server
