#pragma once
// Who is calling: resolved once per RPC from the bearer token, then passed to the
// application logic, which scopes every query to the caller's company.
#include <initializer_list>
#include <string>

#include "storage/records.h"

namespace fieldledger::server {

struct Caller {
  std::string user_id;
  std::string company_id;
  std::string display_name;
  std::string team_id;
  Role role = Role::kTechnician;

  bool IsOneOf(std::initializer_list<Role> roles) const {
    for (Role r : roles) {
      if (r == role) return true;
    }
    return false;
  }
};

}  // namespace fieldledger::server
