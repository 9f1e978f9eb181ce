#pragma once
// The default policy (the phone maker's example rules), built into the library so a device
// can quote offline before it has ever synced a company policy.
#include <string_view>

#include "fieldledger/service_policy/policy.h"

namespace fieldledger::service_policy {

// The exact text of docs/policies/service-default.toml.
std::string_view DefaultPolicyText();
// The default policy, parsed once. Its source name is "service-default.toml".
const Policy& DefaultPolicy();

}  // namespace fieldledger::service_policy
