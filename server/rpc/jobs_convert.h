#pragma once
// JobsService on the wire: a list request to JobsLogic's query, and its page back.
#include "app/jobs_logic.h"
#include "fieldledger/v1/jobs.pb.h"

namespace fieldledger::server {

JobListQuery FromProto(const v1::ListJobsRequest& req);
void ToProto(const JobPage& page, v1::ListJobsResponse* out);

}  // namespace fieldledger::server
