#pragma once
// The scoring engine's input: plain records as the server stores them. The engine never
// reads a database; the server hands it these structs.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fieldledger/core/job_kinds.h"
#include "fieldledger/core/time.h"

namespace fieldledger::scoring {

struct Excusal {
  std::string by;
  std::string reason;
  TimeMs at = 0;
};

struct Job {
  std::string id;
  // The technician the job counts for: who checked in, or for a no-show the technician
  // assigned when the window closed. The server resolves this; the engine trusts it.
  std::string technician;
  std::string team;
  JobType type = JobType::kRepair;
  TimeMs created = 0;
  std::optional<TimeWindow> window;  // promised arrival window; none -> not on-time scored
  std::optional<TimeMs> arrival;     // trusted arrival time
  bool arrival_verified = true;
  JobStatus status = JobStatus::kScheduled;
  std::optional<TimeMs> completed;
  bool first_visit_resolved = false;
  // Asset identity: the serial number when known, else customer + product.
  std::string serial_number;
  std::string customer_id;
  std::string product;
  std::optional<Excusal> excusal;
};

// The key repeat repairs are matched on. Two jobs are on the same asset when their keys
// are equal; an empty key (nothing known) matches nothing.
std::string AssetKey(const Job& job);

// What a customer complained about on a call-back (seed sections 4 and 9 count
// complaints as a metric of their own).
enum class ComplaintCategory { kAttitude, kLateness, kPrice, kQuality, kOther };
inline constexpr int kComplaintCategoryCount = 5;
const char* ComplaintCategoryName(ComplaintCategory c);  // "attitude", "lateness", ...
std::optional<ComplaintCategory> ComplaintCategoryFromName(std::string_view name);

struct CallBack {
  std::string id;  // identifies the record for updates and breaks ties in time
  std::string job_id;
  TimeMs at = 0;
  bool reached = false;
  std::optional<int> score;  // 1..5
  std::optional<bool> problem_returned;
  std::optional<int> nps;  // 0..10
  // Set when the customer complained on this call-back (only a reached one can).
  std::optional<ComplaintCategory> complaint;
};

struct Shift {
  std::string id;
  std::string technician;
  std::string team;
  TimeMs start = 0;
  std::optional<TimeMs> check_in;
  bool approved_leave = false;
};

struct Dataset {
  std::vector<Job> jobs;
  std::vector<CallBack> callbacks;
  std::vector<Shift> shifts;
};

}  // namespace fieldledger::scoring
