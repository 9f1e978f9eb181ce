#include "fieldledger/service_policy/toml_reader.h"

#include <algorithm>
#include <tuple>

namespace fieldledger::service_policy::detail {
namespace {

// Edit distance, to suggest the intended key for a misspelt one.
std::size_t Distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

void ErrorSink::Add(ErrorCode code, const toml::source_position& at, std::string message) {
  errors_.push_back(PolicyError{code, source_, static_cast<int>(at.line),
                                static_cast<int>(at.column), std::move(message)});
}

std::vector<PolicyError> ErrorSink::TakeSorted() {
  std::stable_sort(errors_.begin(), errors_.end(), [](const auto& a, const auto& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  return std::move(errors_);
}

std::string DescribeType(toml::node_type type) {
  switch (type) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a floating-point number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

std::string TableReader::PathOf(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

toml::source_position TableReader::ValuePos(std::string_view key) const {
  if (const toml::node* node = table_.get(key)) return node->source().begin;
  return table_.source().begin;
}

const toml::node* TableReader::Get(std::string_view key, Need need) {
  known_.emplace(key);
  const toml::node* node = table_.get(key);
  if (node == nullptr && need == Need::kRequired) {
    // The key is absent, so the best place to point at is the table that should hold it.
    sink_.Add(ErrorCode::kMissingKey, table_.source().begin,
              "missing required key '" + PathOf(key) + "'");
  }
  return node;
}

void TableReader::WrongType(std::string_view key, const toml::node& node,
                            std::string_view expected) {
  sink_.Add(ErrorCode::kWrongType, node.source().begin,
            "'" + PathOf(key) + "' must be " + std::string(expected) + ", not " +
                DescribeType(node.type()));
}

std::optional<std::string> TableReader::String(std::string_view key, Need need) {
  const toml::node* node = Get(key, need);
  if (node == nullptr) return std::nullopt;
  if (const auto* v = node->as_string()) return v->get();
  WrongType(key, *node, "a string");
  return std::nullopt;
}

std::optional<std::int64_t> TableReader::Integer(std::string_view key, Need need) {
  const toml::node* node = Get(key, need);
  if (node == nullptr) return std::nullopt;
  if (const auto* v = node->as_integer()) return v->get();
  WrongType(key, *node, "an integer");
  return std::nullopt;
}

std::optional<bool> TableReader::Bool(std::string_view key, Need need) {
  const toml::node* node = Get(key, need);
  if (node == nullptr) return std::nullopt;
  if (const auto* v = node->as_boolean()) return v->get();
  WrongType(key, *node, "a boolean");
  return std::nullopt;
}

const toml::table* TableReader::Table(std::string_view key, Need need) {
  const toml::node* node = Get(key, need);
  if (node == nullptr) return nullptr;
  if (const auto* v = node->as_table()) return v;
  WrongType(key, *node, "a table");
  return nullptr;
}

const toml::array* TableReader::Array(std::string_view key, Need need) {
  const toml::node* node = Get(key, need);
  if (node == nullptr) return nullptr;
  if (const auto* v = node->as_array()) return v;
  WrongType(key, *node, "an array");
  return nullptr;
}

void TableReader::ReportUnknownKeys() {
  for (auto&& [key, value] : table_) {
    if (known_.contains(key.str())) continue;
    std::string message = "unknown key '" + PathOf(key.str()) + "'";
    std::string_view best;
    std::size_t best_distance = 3;  // suggest only close matches
    for (const auto& k : known_) {
      const std::size_t d = Distance(key.str(), k);
      if (d < best_distance) {
        best_distance = d;
        best = k;
      }
    }
    if (!best.empty()) message += "; did you mean '" + std::string(best) + "'?";
    sink_.Add(ErrorCode::kUnknownKey, key.source().begin, std::move(message));
  }
}

}  // namespace fieldledger::service_policy::detail
