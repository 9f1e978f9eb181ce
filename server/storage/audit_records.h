#pragma once
// The office's audit trail (migration 6): one row per action a person took on a job
// from the desk, with who, when, what and why. Plain struct, no SQL, no proto.
#include <cstdint>
#include <string>

#include "fieldledger/core/time.h"

namespace fieldledger::server {

struct AuditRecord {
  std::int64_t seq = 0;  // set by the store; orders rows of the same instant
  std::string company_id;
  std::string job_id;
  std::string actor_id;
  std::string actor_name;
  TimeMs at_ms = 0;
  // "created", "assigned", "rescheduled", "cancelled", "excused", "excusal_revoked",
  // "arrival_accepted".
  std::string action;
  std::string reason;
  // What changed, in no language so any desk can show it: names, local times, arrows,
  // an arrival class ("late", "no_show"), e.g. "Tom Tech → Tess Tech".
  std::string detail;
  // Where the change came from (migration 14): the caller's IP address and device name,
  // or "admin CLI"; empty on rows written before.
  std::string address;
  std::string device;
};

}  // namespace fieldledger::server
