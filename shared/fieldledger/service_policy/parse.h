#pragma once
// Reading a policy file. Errors come back as data with the exact line and column, so an
// administrator can fix every problem in one pass; nothing throws through this API.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fieldledger/service_policy/policy.h"

namespace fieldledger::service_policy {

enum class ErrorCode {
  kSyntax,            // not valid TOML
  kUnknownKey,        // a key this format does not define (usually a typo)
  kMissingKey,        // a required key is absent
  kWrongType,         // e.g. a string where an integer is required
  kNegativeFee,       // fees are >= 0
  kUnknownReference,  // names a category or fault type the policy does not define
  kOutOfRange,        // day counts, fees or the format version outside their range
  kDuplicateId,       // two categories or two fault types share an id
  kBadValue,          // a value outside its allowed set, e.g. several_faults = "max"
};

const char* ErrorCodeName(ErrorCode code);

struct PolicyError {
  ErrorCode code = ErrorCode::kSyntax;
  std::string source;  // the source name given to ParsePolicy
  int line = 0;        // 1-based
  int column = 0;      // 1-based, in UTF-8 code points as toml++ counts them
  std::string message;

  // "source:line:column: message", the form editors and CI logs link to.
  std::string ToString() const;
};

struct ParseResult {
  std::optional<Policy> policy;     // set only when errors is empty
  std::vector<PolicyError> errors;  // sorted by line, then column

  bool ok() const { return policy.has_value(); }
};

// Limits that keep every figure far from overflow and catch typos such as 3650 -> 36500.
inline constexpr int kMaxDays = 3650;
inline constexpr Fen kMaxFeeFen = 100'000'000;  // one million yuan

ParseResult ParsePolicy(std::string_view toml, std::string_view source_name);

}  // namespace fieldledger::service_policy
