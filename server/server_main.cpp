// fieldledger-server: serves the FieldLedger gRPC API from an embedded SQLite file or
// from PostgreSQL (--db postgresql://...; several instances may share one database).
#include <httplib.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>

#include "app/board_follower.h"
#include "app/demo_company.h"
#include "fieldledger/pay/pay_policy.h"
#include "fieldledger/scoring/policy_toml.h"
#include "fieldledger/service_policy/parse.h"
#include "rpc/metrics.h"
#include "rpc/server.h"
#include "storage/open_store.h"

namespace {

volatile std::sig_atomic_t g_stop = 0;
void OnSignal(int) { g_stop = 1; }

int Usage() {
  std::cerr << "usage: fieldledger-server [--db DB] [--listen HOST:PORT] [--seed-demo]\n"
               "                          (--tls-cert FILE --tls-key FILE | --insecure)\n"
               "                          [--scoring-policy FILE] [--service-policy FILE]\n"
               "                          [--pay-policy FILE]\n"
               "                          [--metrics-port N] [--metrics-host H] [--log-requests]\n"
               "  --db DB            sqlite:FILE or a file path: an SQLite database file\n"
               "                     (default fieldledger.db); postgresql://...: a PostgreSQL\n"
               "                     database (libpq URI), which several instances may share\n"
               "  --listen HOST:PORT address to serve on (default 127.0.0.1:50051)\n"
               "  --tls-cert FILE    PEM certificate chain to serve TLS with (required unless\n"
               "                     --insecure; scripts/make-dev-ca.sh makes a development one)\n"
               "  --tls-key FILE     PEM private key of that certificate\n"
               "  --insecure         plaintext instead of TLS; refused unless --listen is a\n"
               "                     loopback address\n"
               "  --seed-demo        create the demo company if the database has none\n"
               "  --scoring-policy FILE  TOML scoring policy (default: built-in defaults,\n"
               "                     docs/policies/scoring-default.toml)\n"
               "  --service-policy FILE  a company fee/warranty policy (TOML) to check device\n"
               "                     fees against, besides the built-in default (repeatable)\n"
               "  --pay-policy FILE  TOML pay policy for the manager's pay figures (default:\n"
               "                     built-in, docs/policies/pay-default.toml)\n"
               "  --metrics-port N   serve Prometheus metrics on http://HOST:N/metrics\n"
               "  --metrics-host H   the metrics address (default 127.0.0.1, loopback)\n"
               "  --log-requests     one JSON line per call on stderr (request id, method,\n"
               "                     status, milliseconds)\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace fieldledger::server;
  std::string db_path = "fieldledger.db";
  ServerOptions options;
  bool seed_demo = false;
  int metrics_port = 0;
  std::string metrics_host = "127.0.0.1";
  bool log_requests = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--db" && i + 1 < argc) {
      db_path = argv[++i];
    } else if (arg == "--listen" && i + 1 < argc) {
      options.listen_address = argv[++i];
    } else if (arg == "--tls-cert" && i + 1 < argc) {
      options.security.cert_file = argv[++i];
    } else if (arg == "--tls-key" && i + 1 < argc) {
      options.security.key_file = argv[++i];
    } else if (arg == "--insecure") {
      options.security.insecure = true;
    } else if (arg == "--scoring-policy" && i + 1 < argc) {
      auto loaded = fieldledger::scoring::LoadPolicyFile(argv[++i]);
      if (!loaded.policy) {
        for (const auto& e : loaded.errors) {
          std::cerr << fieldledger::scoring::FormatPolicyError(argv[i], e) << "\n";
        }
        return 2;
      }
      options.scoring_policy = *loaded.policy;
    } else if (arg == "--service-policy" && i + 1 < argc) {
      std::ifstream file(argv[++i]);
      if (!file) {
        std::cerr << "fieldledger-server: cannot read " << argv[i] << "\n";
        return 2;
      }
      const std::string text((std::istreambuf_iterator<char>(file)), {});
      auto parsed = fieldledger::service_policy::ParsePolicy(text, argv[i]);
      if (!parsed.policy) {
        for (const auto& e : parsed.errors) std::cerr << e.ToString() << "\n";
        return 2;
      }
      options.service_policies.emplace_back(*parsed.policy, text);
    } else if (arg == "--pay-policy" && i + 1 < argc) {
      auto loaded = fieldledger::pay::LoadPayPolicyFile(argv[++i]);
      if (!loaded.policy) {
        for (const auto& e : loaded.errors) {
          std::cerr << fieldledger::pay::FormatPayPolicyError(argv[i], e) << "\n";
        }
        return 2;
      }
      options.pay_policy = *loaded.policy;
    } else if (arg == "--metrics-port" && i + 1 < argc) {
      metrics_port = std::atoi(argv[++i]);
      if (metrics_port <= 0 || metrics_port > 65535) return Usage();
    } else if (arg == "--metrics-host" && i + 1 < argc) {
      metrics_host = argv[++i];
    } else if (arg == "--log-requests") {
      log_requests = true;
    } else if (arg == "--seed-demo") {
      seed_demo = true;
    } else {
      return Usage();
    }
  }
  try {
    // Refuse a transport mistake before touching the database.
    ServerCredentialsFor(options.security, options.listen_address);
    auto opened = OpenStore(db_path);
    Store& store = *opened.store;
    if (seed_demo) {
      auto demo = SeedDemoCompany(store, SystemNowMs());
      std::cout << "demo company '" << demo.company_id << "' ready ("
                << (demo.jobs_created ? std::to_string(demo.jobs_created) + " jobs created"
                                      : "already seeded")
                << ")" << std::endl;
    }
    options.storage_probe = opened.probe_writable;
    // Other instances may write to this database: open boards follow their changes too.
    if (opened.shared) options.board_follow_interval = BoardFollower::kDefaultInterval;
    Metrics metrics;
    if (log_requests) metrics.set_request_log(&std::cerr);
    options.metrics = &metrics;
    MeteredStore metered(store, metrics);  // the database's busy time
    FieldLedgerServer server(metered, options);
    const int port = server.Start();
    httplib::Server http;
    std::thread metrics_thread;
    if (metrics_port > 0) {
      http.Get("/metrics", [&metrics](const httplib::Request&, httplib::Response& res) {
        res.set_content(metrics.Render(), "text/plain; version=0.0.4; charset=utf-8");
      });
      if (!http.bind_to_port(metrics_host, metrics_port)) {
        throw std::runtime_error("cannot serve metrics on " + metrics_host + ":" +
                                 std::to_string(metrics_port));
      }
      metrics_thread = std::thread([&http] { http.listen_after_bind(); });
      std::cout << "fieldledger-server: metrics on http://" << metrics_host << ":" << metrics_port
                << "/metrics" << std::endl;
    }
    std::cout << "fieldledger-server: schema v" << opened.schema_version << ", database "
              << opened.description << ", scoring policy " << options.scoring_policy.version
              << ", pay policy " << options.pay_policy.version << ", listening on port " << port
              << (options.security.insecure ? " (plaintext, loopback only)" : " (TLS)")
              << std::endl;
    std::signal(SIGINT, OnSignal);
    std::signal(SIGTERM, OnSignal);
    // Wait() blocks until Shutdown(); a watcher turns the signal into a clean shutdown
    // so in-flight pushes finish and commit.
    std::thread watcher([&] {
      while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(100));
      server.Shutdown();
    });
    server.Wait();
    g_stop = 1;
    watcher.join();
    if (metrics_thread.joinable()) {
      http.stop();
      metrics_thread.join();
    }
    std::cout << "fieldledger-server: stopped" << std::endl;
  } catch (const std::exception& e) {
    std::cerr << "fieldledger-server: " << e.what() << std::endl;
    return 1;
  }
  return 0;
}
