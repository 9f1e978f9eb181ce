#include "fieldledger/service_policy/default_policy.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "fieldledger/service_policy/parse.h"

namespace fieldledger::service_policy {

const Policy& DefaultPolicy() {
  static const Policy policy = [] {
    ParseResult r = ParsePolicy(DefaultPolicyText(), "service-default.toml");
    if (!r.ok()) {
      // Unreachable unless the embedded text is broken, which the unit tests rule out;
      // quoting from a half-read policy would be worse than stopping.
      for (const auto& e : r.errors) std::fprintf(stderr, "%s\n", e.ToString().c_str());
      std::abort();
    }
    return std::move(*r.policy);
  }();
  return policy;
}

}  // namespace fieldledger::service_policy
