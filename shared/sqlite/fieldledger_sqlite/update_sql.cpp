#include "fieldledger_sqlite/update_sql.h"

#include <cctype>
#include <vector>

namespace fieldledger::sql {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool IsName(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

// "column = ?" -> column; empty when the text is anything else.
std::string_view AssignedColumn(std::string_view s) {
  s = Trim(s);
  constexpr std::string_view kTail = " = ?";
  if (s.size() <= kTail.size() || s.substr(s.size() - kTail.size()) != kTail) return {};
  const std::string_view name = Trim(s.substr(0, s.size() - kTail.size()));
  return IsName(name) ? name : std::string_view{};
}

}  // namespace

std::set<std::string> IndexedColumns(Locked& conn, const std::string& table) {
  auto s = conn.Cached(
      "SELECT DISTINCT ii.name FROM pragma_index_list(?1) AS il, pragma_index_info(il.name) AS ii "
      "WHERE ii.name IS NOT NULL");
  s.Bind(table);
  std::set<std::string> out;
  while (s.Step()) out.insert(s.Text(0));
  return out;
}

std::optional<std::string> WithoutIndexedAssignments(std::string_view update_sql,
                                                     const std::set<std::string>& indexed) {
  constexpr std::string_view kUpdate = "UPDATE ", kSet = " SET ", kWhere = " WHERE ";
  const std::string_view sql = Trim(update_sql);
  if (sql.substr(0, kUpdate.size()) != kUpdate) return std::nullopt;
  const auto set = sql.find(kSet);
  const auto where = sql.find(kWhere);
  if (set == std::string_view::npos || where == std::string_view::npos || where < set) {
    return std::nullopt;
  }
  const std::string_view table = Trim(sql.substr(kUpdate.size(), set - kUpdate.size()));
  const std::string_view key = AssignedColumn(sql.substr(where + kWhere.size()));
  if (!IsName(table) || key.empty()) return std::nullopt;

  std::vector<std::string_view> columns;
  std::string_view list = sql.substr(set + kSet.size(), where - set - kSet.size());
  while (true) {
    const auto comma = list.find(',');
    const std::string_view column = AssignedColumn(list.substr(0, comma));
    if (column.empty()) return std::nullopt;
    columns.push_back(column);
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }

  std::string assignments, conditions;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const std::string param = "?" + std::to_string(i + 1);
    const std::string column(columns[i]);
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "literal" + string.
    if (indexed.contains(column)) {
      conditions.append(" AND ").append(column).append(" IS ").append(param);
    } else {
      if (!assignments.empty()) assignments.append(", ");
      assignments.append(column).append(" = ").append(param);
    }
  }
  if (conditions.empty() || assignments.empty()) return std::nullopt;
  return "UPDATE " + std::string(table) + " SET " + assignments + " WHERE " + std::string(key) +
         " = ?" + std::to_string(columns.size() + 1) + conditions;
}

}  // namespace fieldledger::sql
