#pragma once
// Where the server under test keeps its data: the SQLite file `file`, or, in the
// e2e_tests_pg binary (FIELDLEDGER_TEST_STORE_PG), a fresh database of the binary's
// throw-away PostgreSQL cluster (tests/unit/common/pg_cluster.h), made on the first call
// for that file and named by the same URI on every later one.
#include <filesystem>
#include <string>

#ifdef FIELDLEDGER_TEST_STORE_PG
#include <unistd.h>

#include <map>

#include "../unit/common/pg_environment.h"
#include "fieldledger_pg/conn.h"
#endif

namespace fieldledger::e2e {

inline std::string ServerDb(const std::filesystem::path& file) {
#ifdef FIELDLEDGER_TEST_STORE_PG
  static std::map<std::string, std::string> made;
  auto& uri = made[file.string()];
  if (uri.empty()) {
    const std::string name =
        "fl_e2e_" + std::to_string(::getpid()) + "_" + std::to_string(made.size());
    pg::Conn admin(test_support::PgClusterEnvironment::Uri());
    admin.Exec("CREATE DATABASE " + name);
    uri = test_support::PgClusterEnvironment::UriOf(name);
  }
  return uri;
#else
  return file.string();
#endif
}

}  // namespace fieldledger::e2e
