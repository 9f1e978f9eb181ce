#pragma once
// Internal to parse.cpp: typed access to one TOML table that records every problem with
// its source position instead of throwing, and remembers which keys were read so that
// anything left over is reported as an unknown key (usually a typo in a policy file).
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "fieldledger/service_policy/parse.h"

namespace fieldledger::service_policy::detail {

class ErrorSink {
 public:
  explicit ErrorSink(std::string_view source) : source_(source) {}
  void Add(ErrorCode code, const toml::source_position& at, std::string message);
  bool empty() const { return errors_.empty(); }
  // The errors in file order, so the first one shown is the first one in the file.
  std::vector<PolicyError> TakeSorted();

 private:
  std::string source_;
  std::vector<PolicyError> errors_;
};

enum class Need { kRequired, kOptional };

// "a string", "an integer", ... for messages.
std::string DescribeType(toml::node_type type);

class TableReader {
 public:
  // `path` names the table in messages, e.g. "categories[1]"; empty for the root.
  TableReader(const toml::table& table, std::string path, ErrorSink& sink)
      : table_(table), path_(std::move(path)), sink_(sink) {}

  std::optional<std::string> String(std::string_view key, Need need);
  std::optional<std::int64_t> Integer(std::string_view key, Need need);
  std::optional<bool> Bool(std::string_view key, Need need);
  const toml::table* Table(std::string_view key, Need need);
  const toml::array* Array(std::string_view key, Need need);

  // Where the value of `key` starts (the table's start if absent), for range errors.
  toml::source_position ValuePos(std::string_view key) const;
  // "categories[1].warranty_days", or just the key at the root.
  std::string PathOf(std::string_view key) const;
  ErrorSink& sink() { return sink_; }

  // Reports every key that no accessor asked for. Call once, after all reads.
  void ReportUnknownKeys();

 private:
  const toml::node* Get(std::string_view key, Need need);
  void WrongType(std::string_view key, const toml::node& node, std::string_view expected);

  const toml::table& table_;
  std::string path_;
  ErrorSink& sink_;
  std::set<std::string, std::less<>> known_;
};

}  // namespace fieldledger::service_policy::detail
