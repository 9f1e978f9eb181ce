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

// One move of a user to another team (migration 21), the audit of a change that moves team
// scorecards: who moved whom from which team to which, when (the server's instant, which
// is also the new membership's from_ms), from where and why.
struct TeamMove {
  std::int64_t seq = 0;  // set by the store; orders rows of the same instant
  std::string company_id;
  std::string user_id;
  std::string from_team_id;  // "" = no team
  std::string to_team_id;
  TimeMs at_ms = 0;
  std::string actor_id;
  std::string actor_name;
  std::string reason;
  std::string address;  // the caller's IP address, or "" for the admin CLI
  std::string device;   // the device name given at sign-in, or "admin CLI"
};

// A shift as one insert, update or delete left it (migration 21). `recorded_ms` is the
// server instant of the write (ShiftRecord::recorded_ms; 0 for shifts stored before the
// migration, held since ever), `seq` orders writes within one millisecond; `deleted`: the
// write removed the shift. Only the facts scoring reads are kept (id, company, technician,
// start, check-in, leave).
struct ShiftVersion {
  std::int64_t seq = 0;
  TimeMs recorded_ms = 0;
  bool deleted = false;
  ShiftRecord shift;
};

}  // namespace fieldledger::server
