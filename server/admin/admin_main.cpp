// fieldledger-admin: creates companies, users and jobs, and prints scorecards.
#include <iostream>

#include "admin/admin_commands.h"
#include "admin/copy_command.h"
#include "storage/open_store.h"

int main(int argc, char** argv) {
  using namespace fieldledger::server;
  std::vector<std::string> rest;
  std::string db_path = "fieldledger.db";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--db" && i + 1 < argc) {
      db_path = argv[++i];
    } else {
      rest.push_back(arg);
    }
  }
  if (rest.empty() || rest[0] == "help" || rest[0] == "--help") {
    admin::PrintUsage(std::cout);
    return rest.empty() ? 2 : 0;
  }
  try {
    const auto args = admin::ParseArgs(rest);
    if (auto rc = admin::RunWithoutStore(args, std::cout, std::cerr)) return *rc;
    if (args.command == "copy-to-postgresql") {
      return admin::CopyToPostgresql(db_path, args, std::cout, std::cerr);
    }
    auto opened = OpenStore(db_path);
    return admin::RunCommand(*opened.store, args, std::cin, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "fieldledger-admin: " << e.what() << std::endl;
    return 1;
  }
}
