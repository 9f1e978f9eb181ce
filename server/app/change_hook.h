#pragma once
// Called after a commit with the jobs it changed, so caches (live scores) can follow.
#include <functional>
#include <string>
#include <vector>

#include "fieldledger/core/time.h"

namespace fieldledger::server {

using JobsChangedHook = std::function<void(const std::string& company_id,
                                           const std::vector<std::string>& job_ids, TimeMs now)>;

}  // namespace fieldledger::server
