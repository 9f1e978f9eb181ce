#pragma once
// Who works for the caller's company (StaffService, proto/fieldledger/v1/staff.proto): the
// office roles see every user and team of their own company, a technician only themselves.
// Nothing here crosses a company: users come from ListUsers(caller.company_id) and a team
// is listed only when a listed user belongs to it.
#include <string>
#include <vector>

#include "auth/caller.h"
#include "storage/store.h"

namespace fieldledger::server {

struct StaffList {
  std::vector<UserRecord> members;  // password hashes cleared; by display name, then id
  std::vector<TeamRecord> teams;    // by name, then id
};

class StaffLogic {
 public:
  explicit StaffLogic(Store& store) : store_(store) {}
  StaffList List(const Caller& caller, bool include_disabled);

 private:
  Store& store_;
};

}  // namespace fieldledger::server
