#pragma once
// Called after a commit with the jobs it changed, so caches (live scores, dispatcher
// boards) can follow.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "fieldledger/core/time.h"
#include "storage/records.h"

namespace fieldledger::server {

using JobsChangedHook = std::function<void(const std::string& company_id,
                                           const std::vector<std::string>& job_ids, TimeMs now)>;

// What a committed write did to jobs, as it wrote them: each changed job's record as the
// commit left it (once per job), and the highest job-change sequence the write appended.
// Writers are serialised, so sequences follow commit order: a cache that already holds a
// later state knows this one is stale (LiveScores::JobsWritten).
struct WrittenJobs {
  std::vector<JobRecord> jobs;
  std::int64_t change_seq = 0;
};

using JobsWrittenHook =
    std::function<void(const std::string& company_id, const WrittenJobs& written, TimeMs now)>;

}  // namespace fieldledger::server
