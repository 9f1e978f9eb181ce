// The throw-away PostgreSQL cluster of this test binary: started on first use
// (test_support::PgClusterEnvironment::Uri()), stopped and removed after the last test.
#include "../common/pg_environment.h"

namespace {

[[maybe_unused]] ::testing::Environment* const kPgCluster =
    ::testing::AddGlobalTestEnvironment(new fieldledger::test_support::PgClusterEnvironment);

}  // namespace
