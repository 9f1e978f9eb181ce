// Ingest on the two back ends (issue 18): check-in events pushed through real gRPC into
// real servers in this process, over SQLite (one server, a file), over PostgreSQL with one
// server instance, and over PostgreSQL with two instances on one database (each device
// talks to one of them, alternately). PostgreSQL is a throw-away cluster made by
// scripts/pg-cluster with durability on (fsync, synchronous commit), as SQLite's
// synchronous=FULL; it runs on this machine, beside the servers.
//
//   fieldledger_pg_ingest_bench [--devices N] [--events N] [--batch N] [--reps R]
//                               [--json FILE]
//
// Timed: from the first push to the last acknowledgement; every device pushes its
// backlog in batches of --batch at once. A run where any push fails or any event is not
// applied says so in its note. Each row is the best of --reps runs.
#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <latch>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "auth/password_hasher.h"
#include "bench_rows.h"
#include "bench_sign_in.h"
#include "fieldledger/core/uuid.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/sync.grpc.pb.h"
#include "fieldledger_pg/conn.h"
#include "ingest_workload.h"
#include "pg_cluster.h"
#include "rpc/server.h"
#include "storage/pg_store.h"
#include "storage/sqlite_store.h"
#include "temp_dir.h"

namespace fl = fieldledger;
namespace srv = fieldledger::server;
namespace v1 = fieldledger::v1;
using fieldledger::bench::Row;
using fieldledger::bench::Seconds;

using namespace fieldledger::bench::ingest_workload;

namespace {

struct Options {
  int devices = 50;
  int events = 10'000;
  int batch = 200;
  int reps = 2;
  std::string json;
};

Options ParseArgs(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--devices") {
      o.devices = std::max(1, std::stoi(next()));
    } else if (a == "--events") {
      o.events = std::max(1, std::stoi(next()));
    } else if (a == "--batch") {
      o.batch = std::max(1, std::stoi(next()));
    } else if (a == "--reps") {
      o.reps = std::max(1, std::stoi(next()));
    } else if (a == "--json") {
      o.json = next();
    } else {
      std::fprintf(stderr,
                   "usage: %s [--devices N] [--events N] [--batch N] [--reps R] [--json FILE]\n",
                   argv[0]);
      std::exit(2);
    }
  }
  return o;
}

struct Result {
  double events_per_s = 0;
  int pushed = 0;
  int failed = 0;
  int not_applied = 0;
};

// `stores` are the instances' stores (one server each) on one database.
Result RunIngest(const std::vector<srv::Store*>& stores, const Options& o) {
  const fl::TimeMs now = srv::SystemNowMs();
  const int each = (o.events + o.devices - 1) / o.devices;
  Seed(*stores[0], o.devices, each, now);
  std::vector<std::unique_ptr<srv::FieldLedgerServer>> servers;
  std::vector<std::string> addresses;
  for (srv::Store* store : stores) {
    srv::ServerOptions options;
    options.listen_address = "127.0.0.1:0";
    options.security.insecure = true;  // loopback: the figures are ingest, not TLS
    servers.push_back(std::make_unique<srv::FieldLedgerServer>(*store, options));
    addresses.push_back("127.0.0.1:" + std::to_string(servers.back()->Start()));
  }
  std::atomic<int> failed{0}, not_applied{0}, pushed{0};
  std::latch signed_in(o.devices + 1);
  std::latch go(1);
  std::vector<std::thread> threads;
  for (int d = 0; d < o.devices; ++d) {
    const int mine = std::max(0, std::min(each, o.events - d * each));
    threads.emplace_back([&, d, mine] {
      auto batches = DeviceBatches(d, mine, o.batch, now);
      grpc::ChannelArguments args;
      args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
      auto channel = grpc::CreateCustomChannel(addresses[d % addresses.size()],
                                               grpc::InsecureChannelCredentials(), args);
      auto auth = v1::AuthService::NewStub(channel);
      auto sync = v1::SyncService::NewStub(channel);
      v1::LoginRequest login;
      login.set_username(TechnicianId(d));
      login.set_password(kPassword);
      login.set_device_name("bench");
      v1::LoginResponse session;
      if (!fl::bench::SignIn(*auth, login, &session).ok()) failed += 1;
      signed_in.count_down();
      go.wait();
      for (const auto& req : batches) {
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(60));
        ctx.AddMetadata("authorization", "Bearer " + session.token());
        v1::PushResponse resp;
        if (!sync->Push(&ctx, req, &resp).ok()) {
          failed += 1;
          continue;
        }
        for (const auto& ack : resp.acks()) {
          if (ack.status() != v1::EventAck::STATUS_APPLIED) not_applied += 1;
        }
        pushed += resp.acks_size();
      }
    });
  }
  signed_in.arrive_and_wait();
  const auto start = std::chrono::steady_clock::now();
  go.count_down();
  for (auto& t : threads) t.join();
  const double seconds = Seconds(std::chrono::steady_clock::now() - start);
  for (auto& s : servers) s->Shutdown();
  return {pushed / seconds, pushed.load(), failed.load(), not_applied.load()};
}

std::string Note(const Result& r, const Options& o) {
  if (r.failed == 0 && r.not_applied == 0 && r.pushed == o.events) return "";
  return std::to_string(r.failed) + " pushes failed, " + std::to_string(r.not_applied) +
         " events not applied, " + std::to_string(r.pushed) + " acknowledged";
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = ParseArgs(argc, argv);
  fl::test_support::PgCluster cluster(/*durable=*/true);
  int database = 0;
  auto fresh_database = [&] {
    const std::string name = "bench_" + std::to_string(++database);
    fl::pg::Conn(cluster.uri()).Exec("CREATE DATABASE " + name);
    return fl::test_support::PgCluster::UriOf(cluster.uri(), name);
  };
  Result sqlite, pg_one, pg_two;
  for (int rep = 0; rep < o.reps; ++rep) {
    {
      fl::test_support::TempDir dir;
      srv::SqliteStore store(dir.File("server.db"));
      const Result r = RunIngest({&store}, o);
      if (r.events_per_s > sqlite.events_per_s) sqlite = r;
    }
    {
      srv::PgStore store(fresh_database());
      const Result r = RunIngest({&store}, o);
      if (r.events_per_s > pg_one.events_per_s) pg_one = r;
    }
    {
      const std::string uri = fresh_database();
      srv::PgStore a(uri), b(uri);
      const Result r = RunIngest({&a, &b}, o);
      if (r.events_per_s > pg_two.events_per_s) pg_two = r;
    }
  }
  const std::string what = std::to_string(o.events) + " check-ins, " + std::to_string(o.devices) +
                           " devices, batches of " + std::to_string(o.batch);
  std::vector<Row> rows;
  auto row = [&](const std::string& name, const Result& r) {
    Row x{name, r.events_per_s, sqlite.events_per_s, "events/s", 0, "", true, Note(r, o)};
    x.ratio = sqlite.events_per_s > 0 ? r.events_per_s / sqlite.events_per_s : 0;
    x.target = "(none: shown next to SQLite)";
    rows.push_back(x);
  };
  row("ingest on PostgreSQL, 1 instance (" + what + ")", pg_one);
  row("ingest on PostgreSQL, 2 instances (" + what + ")", pg_two);
  std::printf("%-58s %12s %10s\n", "store", "events/s", "vs SQLite");
  std::printf("%-58s %12.0f %10s  %s\n", "SQLite, 1 server", sqlite.events_per_s, "1.00",
              Note(sqlite, o).c_str());
  std::printf("%-58s %12.0f %10.2f  %s\n", "PostgreSQL, 1 instance", pg_one.events_per_s,
              rows[0].ratio, rows[0].note.c_str());
  std::printf("%-58s %12.0f %10.2f  %s\n", "PostgreSQL, 2 instances on one database",
              pg_two.events_per_s, rows[1].ratio, rows[1].note.c_str());
  std::printf("(%s; best of %d)\n", what.c_str(), o.reps);
  if (!o.json.empty()) fl::bench::WriteRowsJson(o.json, rows);
  return 0;
}
