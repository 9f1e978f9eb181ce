#pragma once
// A throw-away PostgreSQL cluster for a test binary: scripts/pg-cluster starts it in a
// temporary folder (initdb + pg_ctl, free port, no system service) and removes it again.
// Tests reach it through PgClusterEnvironment::Uri(), which starts the cluster on first
// use, so a binary that runs no PostgreSQL test starts none; the environment stops it
// when the binary's tests are done.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>

namespace fieldledger::test_support {

class PgCluster {
 public:
  // Runs `scripts/pg-cluster start`; throws with the script's output when it fails.
  PgCluster() {
    const std::string cmd = Script() + " start 2>&1";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    if (!pipe) throw std::runtime_error("cannot run " + cmd);
    std::string out;
    std::array<char, 512> buf{};
    while (fgets(buf.data(), buf.size(), pipe.get()) != nullptr) out += buf.data();
    const int rc = pclose(pipe.release());
    const auto newline = out.find('\n');
    if (rc != 0 || newline == std::string::npos) {
      throw std::runtime_error("scripts/pg-cluster start failed:\n" + out);
    }
    folder_ = out.substr(0, newline);
    uri_ = out.substr(newline + 1);
    while (!uri_.empty() && (uri_.back() == '\n' || uri_.back() == '\r')) uri_.pop_back();
  }
  ~PgCluster() {
    const std::string cmd = Script() + " stop '" + folder_ + "' >/dev/null 2>&1";
    if (std::system(cmd.c_str()) != 0) {
      std::fprintf(stderr, "pg-cluster: could not stop the cluster in %s\n", folder_.c_str());
    }
  }
  PgCluster(const PgCluster&) = delete;
  PgCluster& operator=(const PgCluster&) = delete;

  const std::string& uri() const { return uri_; }
  const std::string& folder() const { return folder_; }

 private:
  static std::string Script() {
#ifdef FIELDLEDGER_SOURCE_DIR
    return std::string("'") + FIELDLEDGER_SOURCE_DIR + "/scripts/pg-cluster'";
#else
    return "scripts/pg-cluster";
#endif
  }
  std::string folder_;
  std::string uri_;
};

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
    const std::string& base = Uri();
    const auto slash = base.find('/', base.find("://") + 3);
    const auto query = base.find('?', slash);
    return base.substr(0, slash + 1) + database +
           (query == std::string::npos ? "" : base.substr(query));
  }

 private:
  static std::unique_ptr<PgCluster>& cluster() {
    static std::unique_ptr<PgCluster> c;
    return c;
  }
};

}  // namespace fieldledger::test_support
