#pragma once
// Reads a ScoringPolicy from TOML (format: docs/policies/scoring-default.toml). Keys left
// out keep the built-in default; anything unknown, mistyped or out of range is an error
// that names the line and column, so an administrator can fix the file without guessing.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fieldledger/scoring/policy.h"

namespace fieldledger::scoring {

struct PolicyError {
  int line = 0;    // 1-based; 0 when the error has no position (e.g. a missing key)
  int column = 0;  // 1-based
  std::string message;
};

struct PolicyLoadResult {
  std::optional<ScoringPolicy> policy;  // set only when errors is empty
  std::vector<PolicyError> errors;
};

// `source_name` appears in formatted errors ("scoring.toml:3:1: ...").
PolicyLoadResult ParsePolicyToml(std::string_view text, std::string_view source_name = "policy");
PolicyLoadResult LoadPolicyFile(const std::string& path);

std::string FormatPolicyError(std::string_view source_name, const PolicyError& e);

}  // namespace fieldledger::scoring
