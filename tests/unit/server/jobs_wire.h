#pragma once
// JobsLogic called the way JobsService calls it: the wire request converted to the
// domain call, the result converted back (server/rpc/services.cpp, rpc/jobs_convert.h).
#include "app/jobs_logic.h"
#include "message_sha256.h"
#include "rpc/job_convert.h"
#include "rpc/jobs_convert.h"

namespace fieldledger::server::testing {

inline v1::Job WireCreate(JobsLogic& logic, const Caller& caller, const v1::CreateJobRequest& req,
                          TimeMs now) {
  v1::Job out;
  ToProto(logic.Create(caller, NewJobFromProto(req.job()), req.request_id(),
                       v1::MessageSha256(req.job()), now),
          &out);
  return out;
}

inline v1::ListJobsResponse WireList(JobsLogic& logic, const Caller& caller,
                                     const v1::ListJobsRequest& req) {
  v1::ListJobsResponse out;
  ToProto(logic.List(caller, FromProto(req)), &out);
  return out;
}

inline v1::Job WireAssign(JobsLogic& logic, const Caller& caller, const v1::AssignJobRequest& req,
                          TimeMs now) {
  v1::Job out;
  ToProto(logic.Assign(caller, req.job_id(), req.technician_id(), now), &out);
  return out;
}

inline v1::Job WireCancel(JobsLogic& logic, const Caller& caller, const v1::CancelJobRequest& req,
                          TimeMs now) {
  v1::Job out;
  ToProto(logic.Cancel(caller, req.job_id(), req.reason(), now), &out);
  return out;
}

}  // namespace fieldledger::server::testing
