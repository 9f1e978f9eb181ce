// Phone-side benchmark: the device core (mobile/core) against the real server in this
// process (127.0.0.1, SQLite files in a temporary directory).
//
//   fieldledger_device_bench [--jobs N] [--taps N] [--reps R] [--json FILE]
//
// (a) First sync of --jobs jobs (default 5,000) onto an empty device: sign-in done,
//     timed from the start of TechnicianDevice::Sync to its return (every page pulled
//     over gRPC and stored); best of --reps (default 3), each onto a new device. Baseline: a raw
//     insert of the very rows the sync stored into an empty device database (same schema, WAL,
//     synchronous=FULL, 1,000 rows per transaction).
// (b) Check-in, tap to durable local commit: TechnicianDevice::CheckIn (stamp, outbox
//     row and the job's local arrival in one transaction), median of --taps taps.
//     Baseline: one bare SQLite commit of one small row with synchronous=FULL, median
//     of as many.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "auth/password_hasher.h"
#include "bench_rows.h"
#include "device_clock.h"
#include "local_store.h"
#include "rpc/server.h"
#include "storage/sqlite_store.h"
#include "technician_device.h"
#include "temp_dir.h"

namespace fl = fieldledger;
namespace srv = fieldledger::server;
using fieldledger::bench::Row;
using fieldledger::bench::Seconds;
using Clock = std::chrono::steady_clock;

namespace {

constexpr char kPassword[] = "bench password";
constexpr double kSiteLat = 31.2304;
constexpr double kSiteLon = 121.4737;

struct Options {
  int jobs = 5'000;
  int taps = 200;
  int reps = 3;
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
    if (a == "--jobs") {
      o.jobs = std::max(1, std::stoi(next()));
    } else if (a == "--taps") {
      o.taps = std::max(1, std::stoi(next()));
    } else if (a == "--reps") {
      o.reps = std::max(1, std::stoi(next()));
    } else if (a == "--json") {
      o.json = next();
    } else {
      std::fprintf(stderr, "usage: %s [--jobs N] [--taps N] [--reps R] [--json FILE]\n", argv[0]);
      std::exit(2);
    }
  }
  return o;
}

void Check(sqlite3* db, int rc, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "sqlite: %s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

sqlite3* OpenDurable(const std::string& path) {
  sqlite3* db = nullptr;
  Check(db, sqlite3_open(path.c_str(), &db), "open");
  Check(db,
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL", nullptr, nullptr,
                     nullptr),
        "pragmas");
  return db;
}

// One technician with `jobs` jobs on the change feed, as a dispatcher's import leaves it.
void Seed(srv::Store& store, int jobs, fl::TimeMs now) {
  const std::string hash = srv::HashPassword(kPassword, srv::Argon2Params{256, 1, 1});
  store.Write([&](srv::StoreTx& tx) {
    tx.InsertCompany({"bench", "Bench Service", "Asia/Shanghai", now});
    tx.InsertUser(
        {"tech", "bench", "tech", "Technician", fl::Role::kTechnician, "", hash, false, now});
    for (int i = 0; i < jobs; ++i) {
      srv::JobRecord j;
      j.id = "job-" + std::to_string(i);
      j.company_id = "bench";
      j.reference = "REF-" + std::to_string(i);
      j.customer_name = "Customer " + std::to_string(i);
      j.customer_phone = "+86 21 5555 " + std::to_string(1000 + i % 9000);
      j.address = std::to_string(1 + i % 800) + " Renmin Ave, Huangpu";
      j.product = "Washing machine";
      j.description = "Drum does not turn; customer reports a noise when spinning.";
      j.latitude = kSiteLat;
      j.longitude = kSiteLon;
      j.window = {now + (i % 40) * fl::kHourMs, now + (i % 40 + 2) * fl::kHourMs};
      j.technician_id = "tech";
      j.created_ms = j.updated_ms = now - fl::kDayMs;
      tx.InsertJob(j);
      tx.AppendJobChange(j.id, "tech");
    }
  });
}

struct JobRow {
  std::string id;
  std::int64_t window_start_ms;
  std::string payload;
};

std::vector<JobRow> StoredJobs(const std::string& device_db) {
  sqlite3* db = nullptr;
  Check(db, sqlite3_open(device_db.c_str(), &db), "open");
  sqlite3_stmt* s = nullptr;
  Check(db,
        sqlite3_prepare_v2(db, "SELECT id, window_start_ms, payload FROM jobs", -1, &s, nullptr),
        "prepare");
  std::vector<JobRow> out;
  while (sqlite3_step(s) == SQLITE_ROW) {
    out.push_back({reinterpret_cast<const char*>(sqlite3_column_text(s, 0)),
                   sqlite3_column_int64(s, 1),
                   std::string(static_cast<const char*>(sqlite3_column_blob(s, 2)),
                               static_cast<std::size_t>(sqlite3_column_bytes(s, 2)))});
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

// The same rows into an empty device database (the device's own schema).
double RawDeviceInsert(const std::string& path, const std::vector<JobRow>& rows) {
  { fl::device::LocalStore schema(path); }
  sqlite3* db = OpenDurable(path);
  sqlite3_stmt* s = nullptr;
  Check(db,
        sqlite3_prepare_v2(db, "INSERT INTO jobs (id, window_start_ms, payload) VALUES (?, ?, ?)",
                           -1, &s, nullptr),
        "prepare");
  const auto start = Clock::now();
  Check(db, sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), "begin");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    sqlite3_bind_text(s, 1, rows[i].id.data(), static_cast<int>(rows[i].id.size()),
                      SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 2, rows[i].window_start_ms);
    sqlite3_bind_blob(s, 3, rows[i].payload.data(), static_cast<int>(rows[i].payload.size()),
                      SQLITE_TRANSIENT);
    Check(db, sqlite3_step(s), "insert");
    sqlite3_reset(s);
    if ((i + 1) % 1000 == 0) {
      Check(db, sqlite3_exec(db, "COMMIT; BEGIN", nullptr, nullptr, nullptr), "commit");
    }
  }
  Check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
  const double seconds = Seconds(Clock::now() - start);
  sqlite3_finalize(s);
  sqlite3_close(db);
  return seconds;
}

// Median of `n` bare durable commits of one small row.
double BareCommitMs(const std::string& path, int n) {
  sqlite3* db = OpenDurable(path);
  Check(db, sqlite3_exec(db, "CREATE TABLE t (n INTEGER)", nullptr, nullptr, nullptr), "create");
  sqlite3_stmt* s = nullptr;
  Check(db, sqlite3_prepare_v2(db, "INSERT INTO t VALUES (?)", -1, &s, nullptr), "prepare");
  std::vector<double> ms;
  for (int i = 0; i < n; ++i) {
    const auto start = Clock::now();
    Check(db, sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), "begin");
    sqlite3_bind_int64(s, 1, i);
    Check(db, sqlite3_step(s), "insert");
    sqlite3_reset(s);
    Check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    ms.push_back(Seconds(Clock::now() - start) * 1e3);
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const Options opt = ParseArgs(argc, argv);
  std::printf("cores: %u\n", std::thread::hardware_concurrency());
  fl::test_support::TempDir dir;
  const fl::TimeMs now = srv::SystemNowMs();
  srv::SqliteStore store(dir.File("server.db"));
  Seed(store, opt.jobs, now);
  srv::ServerOptions options;
  options.listen_address = "127.0.0.1:0";
  // Plaintext on loopback: the figures are the device's and the server's work, not TLS's.
  options.security.insecure = true;
  srv::FieldLedgerServer server(store, options);
  const std::string address = "127.0.0.1:" + std::to_string(server.Start());
  std::vector<Row> rows;

  fl::device::SystemDeviceClock clock;
  // Best of --reps first syncs, each onto a new empty device (and best of as many raw
  // inserts): the least disturbed by other work on a shared machine.
  std::unique_ptr<fl::device::TechnicianDevice> device;
  double sync_s = 1e300, raw_s = 1e300;
  bool complete = true;
  std::size_t stored_rows = 0;
  std::string error;
  std::printf("first sync of %d jobs onto an empty device, best of %d...\n", opt.jobs, opt.reps);
  for (int rep = 0; rep < opt.reps; ++rep) {
    const std::string device_db = dir.File("device-" + std::to_string(rep) + ".db");
    fl::device::TransportOptions plaintext;
    plaintext.insecure = true;
    device = std::make_unique<fl::device::TechnicianDevice>(device_db, address, clock, plaintext);
    if (!device->Login("tech", kPassword).ok) {
      std::fprintf(stderr, "login failed\n");
      return 1;
    }
    const auto start = Clock::now();
    const auto report = device->Sync();
    sync_s = std::min(sync_s, Seconds(Clock::now() - start));
    const auto stored = StoredJobs(device_db);
    stored_rows = stored.size();
    if (!report.ok || static_cast<int>(stored.size()) != opt.jobs) {
      complete = false;
      error = report.error;
    }
    raw_s =
        std::min(raw_s, RawDeviceInsert(dir.File("raw-" + std::to_string(rep) + ".db"), stored));
  }
  std::printf("  %.3f s (raw insert of the same rows %.3f s)\n", sync_s, raw_s);
  {
    Row r{"first sync of " + std::to_string(opt.jobs) + " jobs onto an empty device", sync_s * 1e3,
          raw_s * 1e3, "ms"};
    r.ratio = r.value / r.baseline;
    r.target = "<= 2";
    r.meets = complete && r.ratio <= 2;
    r.note = "best of " + std::to_string(opt.reps) + "; baseline: raw insert of the same " +
             std::to_string(stored_rows) +
             " rows into the device schema, 1,000 per transaction, synchronous=FULL (the sync "
             "commits pulled pages with NORMAL: they can be pulled again)" +
             (complete ? "" : "; SYNC INCOMPLETE: " + error);
    rows.push_back(r);
  }

  std::printf("check-in, tap to durable local commit, %d taps...\n", opt.taps);
  const fl::device::Fix fix{true, kSiteLat, kSiteLon, 8, false};
  std::vector<double> taps;
  for (int i = 0; i < opt.taps; ++i) {
    const std::string job = "job-" + std::to_string(i % opt.jobs);
    const auto t0 = Clock::now();
    device->CheckIn(job, fix);
    taps.push_back(Seconds(Clock::now() - t0) * 1e3);
  }
  std::sort(taps.begin(), taps.end());
  const double tap_ms = taps[taps.size() / 2];
  const double bare_ms = BareCommitMs(dir.File("bare.db"), opt.taps);
  std::printf("  median %.3f ms (bare commit %.3f ms)\n", tap_ms, bare_ms);
  {
    Row r{"check-in: tap to durable local commit (median)", tap_ms, bare_ms, "ms"};
    r.ratio = r.value / r.baseline;
    r.target = "<= 2";
    r.meets = r.ratio <= 2;
    char buf[128];
    std::snprintf(buf, sizeof buf,
                  "baseline: one bare SQLite commit, synchronous=FULL; p95 tap %.3f ms",
                  taps[taps.size() * 95 / 100]);
    r.note = buf;
    rows.push_back(r);
  }
  server.Shutdown();

  std::printf("\n%-58s %12s %12s %-9s %7s %-10s %s\n", "row", "value", "baseline", "unit", "ratio",
              "target", "meets");
  for (const auto& r : rows) fieldledger::bench::PrintRow(r);
  if (!opt.json.empty()) fieldledger::bench::WriteRowsJson(opt.json, rows);
  return 0;
}
