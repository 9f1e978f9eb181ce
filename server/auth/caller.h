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
  // Where the call came from, for the audit trails: the peer's IP address and the device
  // name given at sign-in (empty for the admin CLI and in-process callers).
  std::string address;
  std::string device;

  bool IsOneOf(std::initializer_list<Role> roles) const {
    for (Role r : roles) {
      if (r == role) return true;
    }
    return false;
  }
};

}  // namespace fieldledger::server
