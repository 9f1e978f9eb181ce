#pragma once
// Builders for hand-computed scoring fixtures. Times are written as UTC calendar values so
// each expected number can be checked by reading the test.
#include <date/date.h>

#include <string>

#include "fieldledger/scoring/model.h"

namespace fieldledger::scoring::testing {

inline TimeMs Utc(int y, unsigned m, unsigned d, int hh = 0, int mm = 0, int ss = 0) {
  const date::sys_days day{date::year{y} / date::month{m} / date::day{d}};
  return std::chrono::duration_cast<std::chrono::milliseconds>(day.time_since_epoch()).count() +
         hh * kHourMs + mm * kMinuteMs + ss * kSecondMs;
}

// A job with a 10:00-12:00 window on the given day, created at 08:00 that day.
inline Job WindowJob(std::string id, std::string tech, int y, unsigned m, unsigned d) {
  Job j;
  j.id = std::move(id);
  j.technician = std::move(tech);
  j.team = "team-a";
  j.created = Utc(y, m, d, 8);
  j.window = TimeWindow{Utc(y, m, d, 10), Utc(y, m, d, 12)};
  return j;
}

// A completed repair of `serial` finished at `completed`.
inline Job Repair(std::string id, std::string tech, std::string serial, TimeMs created,
                  TimeMs completed) {
  Job j;
  j.id = std::move(id);
  j.technician = std::move(tech);
  j.team = "team-a";
  j.type = JobType::kRepair;
  j.created = created;
  j.status = JobStatus::kCompleted;
  j.completed = completed;
  j.first_visit_resolved = true;
  j.serial_number = std::move(serial);
  return j;
}

inline CallBack Call(std::string id, std::string job, TimeMs at, bool reached,
                     std::optional<int> score = std::nullopt) {
  CallBack c;
  c.id = std::move(id);
  c.job_id = std::move(job);
  c.at = at;
  c.reached = reached;
  c.score = score;
  return c;
}

}  // namespace fieldledger::scoring::testing
