#include "rpc/jobs_convert.h"

#include "rpc/job_convert.h"

namespace fieldledger::server {

JobListQuery FromProto(const v1::ListJobsRequest& req) {
  JobListQuery q;
  q.technician_id = req.technician_id();
  q.page_size = req.page_size();
  // An absent window and one of zeros both mean "no window filter".
  if (req.has_window_overlaps() &&
      (req.window_overlaps().start_ms() != 0 || req.window_overlaps().end_ms() != 0)) {
    q.window_overlaps =
        TimeWindow{req.window_overlaps().start_ms(), req.window_overlaps().end_ms()};
  }
  q.page_token = req.page_token();
  return q;
}

void ToProto(const JobPage& page, v1::ListJobsResponse* out) {
  for (const auto& listed : page.jobs) {
    auto* job = out->add_jobs();
    ToProto(listed.job, job);
    job->set_technician_name(listed.technician_name);
  }
  out->set_next_page_token(page.next_page_token);
}

}  // namespace fieldledger::server
