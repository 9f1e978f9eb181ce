#pragma once
// A throw-away PostgreSQL cluster: scripts/pg-cluster starts it in a temporary folder
// (initdb + pg_ctl, free port, no system service) and removes it again when this object
// goes. Tests reach one through PgClusterEnvironment (pg_environment.h).
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
  // `durable` keeps fsync and synchronous commits on (for measurements).
  explicit PgCluster(bool durable = false) {
    const std::string cmd =
        std::string(durable ? "PG_CLUSTER_DURABLE=1 " : "") + Script() + " start 2>&1";
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
  // uri() with its database name replaced by `database` (another database of the cluster).
  static std::string UriOf(const std::string& uri, const std::string& database) {
    const auto slash = uri.find('/', uri.find("://") + 3);
    const auto query = uri.find('?', slash);
    return uri.substr(0, slash + 1) + database +
           (query == std::string::npos ? "" : uri.substr(query));
  }
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

}  // namespace fieldledger::test_support
