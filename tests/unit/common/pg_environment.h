#pragma once
// The throw-away PostgreSQL cluster of a test binary (pg_cluster.h), started on first use
// of Uri(), so a binary that runs no PostgreSQL test starts none, and stopped when the
// binary's tests are done (register it with ::testing::AddGlobalTestEnvironment).
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "pg_cluster.h"

namespace fieldledger::test_support {

// Registered once per test binary (::testing::AddGlobalTestEnvironment); owns the cluster.
class PgClusterEnvironment : public ::testing::Environment {
 public:
  void TearDown() override { cluster().reset(); }

  // The cluster's URI, starting it on first use. FIELDLEDGER_PG_URI, when set, names an
  // existing database to use instead (nothing is started or removed then).
  static const std::string& Uri() {
    static const std::string kGiven = [] {
      const char* v = std::getenv("FIELDLEDGER_PG_URI");
      return std::string(v ? v : "");
    }();
    if (!kGiven.empty()) return kGiven;
    if (!cluster()) cluster() = std::make_unique<PgCluster>();
    return cluster()->uri();
  }

  // Uri() with its database name replaced by `database` (another database of the same
  // cluster).
  static std::string UriOf(const std::string& database) {
    return PgCluster::UriOf(Uri(), database);
  }

 private:
  static std::unique_ptr<PgCluster>& cluster() {
    static std::unique_ptr<PgCluster> c;
    return c;
  }
};

}  // namespace fieldledger::test_support
