// docs/security.md's RPC x role table says exactly what server/auth/rpc_policy.cpp does:
// every row is a rule with the same roles, and every rule has a row.
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "auth/rpc_policy.h"

namespace fieldledger::server {
namespace {

std::vector<std::string> Cells(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string cell;
  std::getline(in, cell, '|');  // before the first bar
  while (std::getline(in, cell, '|')) {
    const auto b = cell.find_first_not_of(' ');
    const auto e = cell.find_last_not_of(' ');
    out.push_back(b == std::string::npos ? "" : cell.substr(b, e - b + 1));
  }
  if (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

TEST(SecurityDocTest, RoleTableMatchesThePolicyCellByCell) {
  std::ifstream in(std::filesystem::path(FIELDLEDGER_SOURCE_DIR) / "docs/security.md");
  ASSERT_TRUE(in);
  const std::array<Role, 5> columns = {Role::kTechnician, Role::kDispatcher, Role::kCallbackAgent,
                                       Role::kManager, Role::kAdmin};
  std::map<std::string, std::array<bool, 5>> table;
  bool in_table = false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("| RPC |", 0) == 0) {
      EXPECT_EQ(Cells(line), (std::vector<std::string>{"RPC", "technician", "dispatcher",
                                                       "callback_agent", "manager", "admin"}));
      in_table = true;
      continue;
    }
    if (!in_table) continue;
    if (line.rfind("|---", 0) == 0) continue;
    if (line.rfind("|", 0) != 0) break;
    const auto cells = Cells(line);
    ASSERT_EQ(cells.size(), 6u) << line;
    std::array<bool, 5> row{};
    for (int i = 0; i < 5; ++i) {
      ASSERT_TRUE(cells[i + 1] == "yes" || cells[i + 1] == "no") << line;
      row[i] = cells[i + 1] == "yes";
    }
    EXPECT_TRUE(table.emplace(cells[0], row).second) << "listed twice: " << cells[0];
  }
  ASSERT_FALSE(table.empty()) << "no '| RPC |' table in docs/security.md";
  for (const auto& rule : RpcRules()) {
    const std::string method(rule.method);
    auto it = table.find(method);
    ASSERT_NE(it, table.end()) << method << " has a rule but no row in docs/security.md";
    for (int i = 0; i < 5; ++i) {
      bool allowed = false;
      for (Role r : rule.roles) allowed = allowed || r == columns[i];
      EXPECT_EQ(it->second[i], allowed) << method << " for " << RoleName(columns[i]);
    }
  }
  EXPECT_EQ(table.size(), RpcRules().size()) << "a row in docs/security.md names no rule";
}

}  // namespace
}  // namespace fieldledger::server
