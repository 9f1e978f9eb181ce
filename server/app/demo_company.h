#pragma once
// The demo company that `scripts/run.sh` starts with: a dispatcher, a call-back agent,
// a manager, three technicians in two teams, and a week of jobs with arrival windows
// around the current day. Idempotent: seeding an already seeded store does nothing.
#include <string>
#include <vector>

#include "storage/store.h"

namespace fieldledger::server {

struct DemoCompany {
  std::string company_id = "demo";
  std::string password;  // one shared demo password, printed by the run script
  std::vector<std::string> technician_usernames;
  int jobs_created = 0;
};

inline constexpr char kDemoPassword[] = "fieldledger-demo";

DemoCompany SeedDemoCompany(Store& store, TimeMs now);

}  // namespace fieldledger::server
