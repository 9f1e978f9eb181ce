#pragma once
// The one table of which role may call which RPC. Every service method looks itself up
// here through Gate::Admit; an RPC missing from the table is refused for everyone, so a
// new method cannot be exposed by forgetting its entry.
#include <initializer_list>
#include <string_view>
#include <vector>

#include "storage/records.h"

namespace fieldledger::server {

struct RpcRule {
  std::string_view method;  // "Service/Method"
  std::vector<Role> roles;
};

const std::vector<RpcRule>& RpcRules();
const RpcRule* FindRpcRule(std::string_view method);

}  // namespace fieldledger::server
