#pragma once
// What the server held at an instant (migration 13): every version of a job as it was
// stored, and every team a user belonged to from when. Scores computed "as of" an instant
// read these, so they count only what the server held then (docs/kpis.md).
#include <cstdint>
#include <string>

#include "storage/records.h"

namespace fieldledger::server {

// A job as one insert or update left it. Only the facts scoring reads are kept (id,
// company, type, status, window, technician, arrival, completion, first-visit outcome,
// asset identity, created); `recorded_ms` is the server instant of the write (the job's
// updated_ms), `seq` orders writes within one millisecond.
struct JobVersion {
  std::int64_t seq = 0;
  TimeMs recorded_ms = 0;
  JobRecord job;
};

// The user belonged to `team_id` ("" = no team) from `from_ms` until the next membership.
struct TeamMembership {
  std::string user_id;
  std::string team_id;
  TimeMs from_ms = 0;
};

}  // namespace fieldledger::server
