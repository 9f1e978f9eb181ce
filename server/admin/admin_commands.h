#pragma once
// The admin CLI's commands, one function each, over a Store.
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "storage/store.h"

namespace fieldledger::server::admin {

// Parsed "--key value" options and bare flags of one command.
struct Args {
  std::string command;
  std::map<std::string, std::string> options;
  bool Has(const std::string& k) const { return options.contains(k); }
  const std::string& Get(const std::string& k) const;  // throws if missing
  std::string GetOr(const std::string& k, const std::string& fallback) const;
};

Args ParseArgs(const std::vector<std::string>& argv);  // argv after the db option

// Commands that need no database (validate-policy); nullopt for the others.
std::optional<int> RunWithoutStore(const Args& args, std::ostream& out, std::ostream& err);

int RunCommand(Store& store, const Args& args, std::istream& in, std::ostream& out,
               std::ostream& err);

void PrintUsage(std::ostream& out);

}  // namespace fieldledger::server::admin
