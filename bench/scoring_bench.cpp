// Scoring benchmark: our engine against the same KPIs written as SQL over SQLite, on a
// deterministic synthetic company (default 1,000,000 jobs).
//
//   fieldledger_scoring_bench [--jobs N] [--batch N] [--seed S] [--reps R] [--batches N]
//                             [--json FILE]
//
// Times (a) our per-technician scoring of on-time, retention, satisfaction and first-time
// fix for one month, (b) the same four KPIs as SQL queries, (c) an incremental update of
// per (technician, month) aggregates after a batch of events. Both engines' answers are
// compared technician by technician so the timings are of equal work. Measures (d) the
// heap the server's live scores take for the company (an IncrementalScorer per period
// kind: day, ISO week, month) against the bytes of the job rows in SQLite.
#include <malloc.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "fieldledger/scoring/bucketed.h"
#include "fieldledger/scoring/incremental.h"
#include "fieldledger/scoring/period.h"
#include "fieldledger/scoring/scorecard.h"

namespace fl = fieldledger;
namespace sc = fieldledger::scoring;

namespace {

constexpr const char* kZone = "Asia/Shanghai";

struct Options {
  int jobs = 1'000'000;
  int batch = 1'000;
  int reps = 3;
  int batches = 0;  // timed incremental batches; 0: as many as reps
  unsigned seed = 20261127;
  std::string json;
};

Options ParseArgs(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--jobs") {
      o.jobs = std::stoi(next());
    } else if (a == "--batch") {
      o.batch = std::stoi(next());
    } else if (a == "--reps") {
      o.reps = std::max(1, std::stoi(next()));
    } else if (a == "--batches") {
      o.batches = std::max(1, std::stoi(next()));
    } else if (a == "--seed") {
      o.seed = static_cast<unsigned>(std::stoul(next()));
    } else if (a == "--json") {
      o.json = next();
    } else {
      std::fprintf(
          stderr,
          "usage: %s [--jobs N] [--batch N] [--seed S] [--reps R] [--batches N] [--json FILE]\n",
          argv[0]);
      std::exit(2);
    }
  }
  return o;
}

double Seconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

// Best of `reps` runs: the least disturbed by the other work on a shared machine.
double TimeBest(int reps, const std::function<void()>& f) {
  double best = 1e300;
  for (int i = 0; i < reps; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    best = std::min(best, Seconds(std::chrono::steady_clock::now() - t0));
  }
  return best;
}

// ---- synthetic data --------------------------------------------------------------------

struct Generator {
  std::mt19937_64 rng;
  int technicians = 500;
  int assets;
  fl::TimeMs begin, end;
  explicit Generator(unsigned seed, int jobs)
      : rng(seed),
        assets(std::max(1, jobs * 3 / 10)),
        begin(sc::MonthPeriod(2026, 1, kZone).start),
        end(sc::MonthPeriod(2026, 12, kZone).end) {}

  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
  std::int64_t Uniform64(std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
  }
  bool Chance(int percent) { return Uniform(0, 99) < percent; }

  sc::Job MakeJob(int n) {
    sc::Job j;
    char buf[32];
    std::snprintf(buf, sizeof buf, "J%07d", n);
    j.id = buf;
    const int tech = Uniform(0, technicians - 1);
    j.technician = "T" + std::to_string(tech);
    j.team = "TEAM" + std::to_string(tech % 20);
    const int t = Uniform(0, 9);
    j.type = t < 7   ? fieldledger::JobType::kRepair
             : t < 9 ? fieldledger::JobType::kInstallation
                     : fieldledger::JobType::kMaintenance;
    j.created = Uniform64(begin, end - 1);
    if (Chance(95)) {
      const fl::TimeMs start =
          (j.created / fl::kHourMs + Uniform(2, 72)) * fl::kHourMs;  // on the hour
      j.window = fl::TimeWindow{start, start + 2 * fl::kHourMs};
    }
    const int s = Uniform(0, 99);
    j.status = s < 85   ? fieldledger::JobStatus::kCompleted
               : s < 92 ? fieldledger::JobStatus::kScheduled
               : s < 97 ? fieldledger::JobStatus::kCancelled
                        : fieldledger::JobStatus::kRescheduled;
    if (j.window && j.status != fieldledger::JobStatus::kCancelled && Chance(92)) {
      j.arrival = j.window->start + Uniform64(-30 * 60, 3 * 3600) * fl::kSecondMs + Uniform(0, 999);
      j.arrival_verified = Chance(96);
    }
    if (j.status == fieldledger::JobStatus::kCompleted) {
      const fl::TimeMs from = j.arrival.value_or(j.created);
      j.completed = from + Uniform64(10 * 60, 6 * 3600) * fl::kSecondMs;
      j.first_visit_resolved = Chance(82);
    }
    std::snprintf(buf, sizeof buf, "SN%07d", Uniform(0, assets - 1));
    j.serial_number = buf;
    if (Chance(2)) j.excusal = sc::Excusal{"dispatcher", "traffic", j.created};
    return j;
  }

  void MakeCallBacks(const sc::Job& j, int& next_id, std::vector<sc::CallBack>& out) {
    if (!j.completed || !Chance(60)) return;
    const int attempts = Chance(80) ? 1 : 2;
    for (int a = 0; a < attempts; ++a) {
      sc::CallBack c;
      c.id = "C" + std::to_string(next_id++);
      c.job_id = j.id;
      c.at = *j.completed + Uniform64(1, 7 * 86400) * fl::kSecondMs;
      c.reached = Chance(75);
      if (c.reached) {
        const int r = Uniform(0, 99);
        c.score = r < 5 ? 1 : r < 12 ? 2 : r < 25 ? 3 : r < 60 ? 4 : 5;
        c.problem_returned = Chance(5);
        if (Chance(50)) c.nps = Uniform(0, 10);
      }
      out.push_back(std::move(c));
    }
  }
};

// ---- SQLite ------------------------------------------------------------------------------

void Check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "sqlite: %s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

void Exec(sqlite3* db, const char* sql) {
  Check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db, sql);
}

// The SQL baseline's codes: type repair 0, installation 1, maintenance 2; status open 0,
// completed 1, cancelled 2, rescheduled 3 (the queries below test these numbers).
int TypeCode(fieldledger::JobType t) { return static_cast<int>(t); }
int StatusCode(fieldledger::JobStatus s) {
  switch (s) {
    case fieldledger::JobStatus::kScheduled:
    case fieldledger::JobStatus::kInProgress:
      return 0;
    case fieldledger::JobStatus::kCompleted:
      return 1;
    case fieldledger::JobStatus::kCancelled:
      return 2;
    case fieldledger::JobStatus::kRescheduled:
      return 3;
  }
  return 0;
}

void LoadSqlite(sqlite3* db, const sc::Dataset& d) {
  Exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
  Exec(db,
       "CREATE TABLE jobs(idx INTEGER PRIMARY KEY, id TEXT, technician TEXT, team TEXT, type INT,"
       " created_s INT, window_start_ms INT, window_start_s INT, window_end_s INT,"
       " arrival_s INT, verified INT, status INT, completed_ms INT, completed_s INT, ftf INT,"
       " asset TEXT, excused INT);"
       "CREATE TABLE callbacks(id TEXT, job_idx INT, at_s INT, reached INT, score INT,"
       " problem_returned INT, nps INT);");
  Exec(db, "BEGIN");
  sqlite3_stmt* ins = nullptr;
  Check(sqlite3_prepare_v2(db,
                           "INSERT INTO jobs VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,"
                           "?15,?16,?17)",
                           -1, &ins, nullptr),
        db, "prepare jobs");
  std::map<std::string, int> idx_of;  // only for linking call-backs
  for (std::size_t i = 0; i < d.jobs.size(); ++i) {
    const sc::Job& j = d.jobs[i];
    idx_of.emplace(j.id, static_cast<int>(i));
    sqlite3_bind_int64(ins, 1, static_cast<sqlite3_int64>(i));
    sqlite3_bind_text(ins, 2, j.id.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 3, j.technician.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 4, j.team.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_int(ins, 5, TypeCode(j.type));
    sqlite3_bind_int64(ins, 6, fl::ToSeconds(j.created));
    auto opt = [&](int col, std::optional<std::int64_t> v) {
      if (v) {
        sqlite3_bind_int64(ins, col, *v);
      } else {
        sqlite3_bind_null(ins, col);
      }
    };
    opt(7, j.window ? std::optional(j.window->start) : std::nullopt);
    opt(8, j.window ? std::optional(fl::ToSeconds(j.window->start)) : std::nullopt);
    opt(9, j.window ? std::optional(fl::ToSeconds(j.window->end)) : std::nullopt);
    opt(10, j.arrival ? std::optional(fl::ToSeconds(*j.arrival)) : std::nullopt);
    sqlite3_bind_int(ins, 11, j.arrival_verified ? 1 : 0);
    sqlite3_bind_int(ins, 12, StatusCode(j.status));
    opt(13, j.completed);
    opt(14, j.completed ? std::optional(fl::ToSeconds(*j.completed)) : std::nullopt);
    sqlite3_bind_int(ins, 15, j.first_visit_resolved ? 1 : 0);
    const std::string asset = sc::AssetKey(j);
    if (asset.empty()) {
      sqlite3_bind_null(ins, 16);
    } else {
      sqlite3_bind_text(ins, 16, asset.c_str(), -1, SQLITE_TRANSIENT);
    }
    sqlite3_bind_int(ins, 17, j.excusal ? 1 : 0);
    Check(sqlite3_step(ins), db, "insert job");
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  Check(sqlite3_prepare_v2(db, "INSERT INTO callbacks VALUES(?1,?2,?3,?4,?5,?6,?7)", -1, &ins,
                           nullptr),
        db, "prepare callbacks");
  for (const sc::CallBack& c : d.callbacks) {
    auto it = idx_of.find(c.job_id);
    if (it == idx_of.end()) continue;
    sqlite3_bind_text(ins, 1, c.id.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_int(ins, 2, it->second);
    sqlite3_bind_int64(ins, 3, fl::ToSeconds(c.at));
    sqlite3_bind_int(ins, 4, c.reached ? 1 : 0);
    auto opt = [&](int col, std::optional<int> v) {
      if (v) {
        sqlite3_bind_int(ins, col, *v);
      } else {
        sqlite3_bind_null(ins, col);
      }
    };
    opt(5, c.score);
    opt(6, c.problem_returned ? std::optional<int>(*c.problem_returned ? 1 : 0) : std::nullopt);
    opt(7, c.nps);
    Check(sqlite3_step(ins), db, "insert callback");
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  Exec(db, "COMMIT");
  // The indexes a production schema would have for these queries.
  Exec(db,
       "CREATE INDEX jobs_window ON jobs(window_start_ms);"
       "CREATE INDEX jobs_completed ON jobs(completed_ms);"
       "CREATE INDEX jobs_asset ON jobs(asset, type, created_s);"
       "CREATE INDEX callbacks_job ON callbacks(job_idx, at_s);"
       "ANALYZE;");
}

// Per technician: the numbers both engines produce.
struct Row {
  std::int64_t on_time_num = 0, on_time_den = 0;
  std::int64_t held = 0, failed = 0, pending = 0;
  std::int64_t attempted = 0, reached = 0, satisfied = 0;
  std::int64_t fixed = 0, completed = 0;
  bool operator==(const Row&) const = default;
};
using Rows = std::map<std::string, Row>;

Rows FromScorecards(const std::vector<sc::Scorecard>& cards) {
  Rows rows;
  for (const sc::Scorecard& c : cards) {
    Row& r = rows[c.scope.id];
    r.on_time_num = c.on_time.rate.numerator;
    r.on_time_den = c.on_time.rate.denominator;
    r.held = c.retention.rate.numerator;
    r.failed = c.retention.rate.denominator - c.retention.rate.numerator;
    r.pending = c.retention.pending;
    r.attempted = c.satisfaction.reach.denominator;
    r.reached = c.satisfaction.reach.numerator;
    r.satisfied = c.satisfaction.rate.numerator;
    r.fixed = c.first_time_fix.numerator;
    r.completed = c.first_time_fix.denominator;
  }
  // A technician with only excluded or pending jobs has a card but nothing SQL would list.
  std::erase_if(rows, [](const auto& kv) { return kv.second == Row{}; });
  return rows;
}

Rows SqlScore(sqlite3* db, const sc::Period& month, fl::TimeMs now, const sc::ScoringPolicy& p) {
  const std::int64_t now_s = fl::ToSeconds(now);
  const std::int64_t grace_s = p.on_time_grace / fl::kSecondMs;
  const int exclude_unverified = p.unverified == sc::UnverifiedArrival::kExclude ? 1 : 0;
  // Same rules as outcomes.cpp, class codes: 0 early 1 on time 2 late 3 no-show 4 pending
  // 5 excused 6 excluded.
  const std::string on_time =
      "SELECT technician, SUM(cls IN (0,1)), SUM(cls IN (0,1,2,3)) FROM ("
      " SELECT technician, CASE"
      "  WHEN status IN (2,3) THEN 6"
      "  WHEN arrival_s IS NOT NULL AND verified = 0 THEN"
      "   CASE WHEN " +
      std::to_string(exclude_unverified) +
      " THEN 6"
      "        WHEN excused THEN 5 ELSE 2 END"
      "  WHEN arrival_s IS NOT NULL THEN"
      "   CASE WHEN arrival_s < window_start_s THEN 0"
      "        WHEN arrival_s <= window_end_s + " +
      std::to_string(grace_s) +
      " THEN 1"
      "        WHEN excused THEN 5 ELSE 2 END"
      "  WHEN " +
      std::to_string(now_s) + " > window_end_s + " + std::to_string(grace_s) +
      "   THEN CASE WHEN excused THEN 5 ELSE 3 END"
      "  ELSE 4 END AS cls"
      " FROM jobs WHERE window_start_ms >= ?1 AND window_start_ms < ?2)"
      " GROUP BY technician";
  const std::string days = "(CASE r.type WHEN 0 THEN " + std::to_string(p.retention_days_repair) +
                           " ELSE " + std::to_string(p.retention_days_installation) + " END)";
  const std::string retention =
      "SELECT technician, SUM(cls = 1), SUM(cls = 2), SUM(cls = 3) FROM ("
      " SELECT r.technician, CASE"
      "  WHEN EXISTS (SELECT 1 FROM jobs x WHERE x.asset = r.asset AND x.type = 0"
      "       AND x.idx != r.idx AND x.created_s > r.completed_s"
      "       AND x.created_s <= r.completed_s + " +
      days +
      " * 86400)"
      "    OR EXISTS (SELECT 1 FROM callbacks c WHERE c.job_idx = r.idx AND c.reached = 1"
      "       AND c.problem_returned = 1) THEN 2"
      "  WHEN " +
      std::to_string(now_s) + " > r.completed_s + " + days +
      " * 86400 THEN 1"
      "  ELSE 3 END AS cls"
      " FROM jobs r WHERE r.status = 1 AND r.type IN (0,1) AND r.asset IS NOT NULL"
      "  AND r.completed_ms >= ?1 AND r.completed_ms < ?2)"
      " GROUP BY technician";
  const std::string satisfaction =
      "SELECT technician, SUM(attempted), SUM(reached),"
      " SUM(reached AND score IS NOT NULL AND score >= " +
      std::to_string(p.satisfaction_threshold) +
      ") FROM ("
      " SELECT j.technician,"
      "  EXISTS (SELECT 1 FROM callbacks c WHERE c.job_idx = j.idx) AS attempted,"
      "  EXISTS (SELECT 1 FROM callbacks c WHERE c.job_idx = j.idx AND c.reached = 1) AS reached,"
      "  (SELECT c.score FROM callbacks c WHERE c.job_idx = j.idx AND c.reached = 1"
      "   ORDER BY c.at_s DESC, c.id DESC LIMIT 1) AS score"
      " FROM jobs j WHERE j.status = 1 AND j.completed_ms >= ?1 AND j.completed_ms < ?2)"
      " GROUP BY technician";
  const std::string first_fix =
      "SELECT technician, SUM(ftf), COUNT(*) FROM jobs"
      " WHERE status = 1 AND completed_ms >= ?1 AND completed_ms < ?2 GROUP BY technician";

  Rows rows;
  auto run = [&](const std::string& sql, const std::function<void(Row&, sqlite3_stmt*)>& take) {
    sqlite3_stmt* st = nullptr;
    Check(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), db, sql.c_str());
    sqlite3_bind_int64(st, 1, month.start);
    sqlite3_bind_int64(st, 2, month.end);
    while (sqlite3_step(st) == SQLITE_ROW) {
      take(rows[reinterpret_cast<const char*>(sqlite3_column_text(st, 0))], st);
    }
    sqlite3_finalize(st);
  };
  run(on_time, [](Row& r, sqlite3_stmt* st) {
    r.on_time_num = sqlite3_column_int64(st, 1);
    r.on_time_den = sqlite3_column_int64(st, 2);
  });
  run(retention, [](Row& r, sqlite3_stmt* st) {
    r.held = sqlite3_column_int64(st, 1);
    r.failed = sqlite3_column_int64(st, 2);
    r.pending = sqlite3_column_int64(st, 3);
  });
  run(satisfaction, [](Row& r, sqlite3_stmt* st) {
    r.attempted = sqlite3_column_int64(st, 1);
    r.reached = sqlite3_column_int64(st, 2);
    r.satisfied = sqlite3_column_int64(st, 3);
  });
  run(first_fix, [](Row& r, sqlite3_stmt* st) {
    r.fixed = sqlite3_column_int64(st, 1);
    r.completed = sqlite3_column_int64(st, 2);
  });
  std::erase_if(rows, [](const auto& kv) { return kv.second == Row{}; });
  return rows;
}

// A realistic burst: jobs completed or checked in, new jobs, call-backs recorded.
sc::ChangeBatch MakeBatch(Generator& g, const sc::Dataset& d, int events, int& next_job,
                          int& next_cb) {
  sc::ChangeBatch b;
  for (int e = 0; e < events; ++e) {
    const int kind = g.Uniform(0, 9);
    if (kind < 5) {
      sc::Job j = d.jobs[static_cast<std::size_t>(g.Uniform(0, int(d.jobs.size()) - 1))];
      j.status = fieldledger::JobStatus::kCompleted;
      j.completed = j.arrival.value_or(j.created) + 2 * fl::kHourMs;
      j.first_visit_resolved = g.Chance(80);
      b.jobs.push_back(std::move(j));
    } else if (kind < 7) {
      b.jobs.push_back(g.MakeJob(next_job++));
    } else {
      const sc::Job& j = d.jobs[static_cast<std::size_t>(g.Uniform(0, int(d.jobs.size()) - 1))];
      sc::CallBack c;
      c.id = "C" + std::to_string(next_cb++);
      c.job_id = j.id;
      c.at = j.created + 3 * fl::kDayMs;
      c.reached = true;
      c.score = g.Uniform(1, 5);
      b.callbacks.push_back(std::move(c));
    }
  }
  return b;
}

// Heap bytes in use (glibc's allocator: arenas plus mmapped blocks).
std::size_t HeapInUse() {
  const struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
}

// The bytes SQLite stores for the job rows (the records' payload, no page overhead).
std::int64_t JobRowBytes(sqlite3* db) {
  sqlite3_stmt* s = nullptr;
  Check(sqlite3_prepare_v2(db, "SELECT SUM(payload) FROM dbstat WHERE name = 'jobs'", -1, &s,
                           nullptr),
        db, "dbstat");
  const std::int64_t bytes = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
  sqlite3_finalize(s);
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  const Options opt = ParseArgs(argc, argv);
  const sc::ScoringPolicy policy;
  const sc::Period month = sc::MonthPeriod(2026, 11, kZone);
  const fl::TimeMs now = sc::MonthPeriod(2026, 12, kZone).end;

  std::printf("generating %d jobs (seed %u)...\n", opt.jobs, opt.seed);
  Generator gen(opt.seed, opt.jobs);
  sc::Dataset data;
  data.jobs.reserve(static_cast<std::size_t>(opt.jobs));
  int next_cb = 0;
  for (int i = 0; i < opt.jobs; ++i) {
    data.jobs.push_back(gen.MakeJob(i));
    gen.MakeCallBacks(data.jobs.back(), next_cb, data.callbacks);
  }
  std::printf("  %zu jobs, %zu call-backs, %d technicians\n", data.jobs.size(),
              data.callbacks.size(), gen.technicians);

  auto t0 = std::chrono::steady_clock::now();
  sqlite3* db = nullptr;
  Check(sqlite3_open(":memory:", &db), db, "open");
  LoadSqlite(db, data);
  const double sqlite_load = Seconds(std::chrono::steady_clock::now() - t0);

  t0 = std::chrono::steady_clock::now();
  const sc::ScoringData prepared(data);
  const double prepare = Seconds(std::chrono::steady_clock::now() - t0);

  // (a) ours
  std::vector<sc::Scorecard> cards;
  const double ours = TimeBest(opt.reps, [&] {
    cards = sc::ComputeScorecards(prepared, policy, sc::Scope::Kind::kTechnician, month, now);
  });
  // (b) SQL
  Rows sql_rows;
  const double sql = TimeBest(opt.reps, [&] { sql_rows = SqlScore(db, month, now, policy); });
  const Rows our_rows = FromScorecards(cards);
  const bool agree = our_rows == sql_rows;

  // (c) incremental: load everything once, then time one batch. (d) memory: the server's
  // live scores hold one such scorer per company, which answers day, ISO week, month and
  // any range: the heap it takes, against the job rows' bytes.
  const std::int64_t job_row_bytes = JobRowBytes(db);
  sc::ChangeBatch all{data.jobs, data.callbacks, {}};
  const std::size_t heap_before = HeapInUse();
  sc::IncrementalScorer scorer(policy, kZone);
  t0 = std::chrono::steady_clock::now();
  scorer.Apply(all, now);
  const double incremental_load = Seconds(std::chrono::steady_clock::now() - t0);
  const std::size_t live_scores_bytes = HeapInUse() - heap_before;
  all = {};
  // Before any batch: the live scores' month cards must equal (a)'s.
  bool live_agree = true;
  {
    std::vector<sc::Scorecard> live;
    for (const sc::Scorecard& c : cards)
      live.push_back(scorer.TechnicianScorecard(c.scope.id, month));
    live_agree = FromScorecards(live) == our_rows;
  }
  // Counts are derived when read, so the honest cost of a batch includes reading back what
  // it changed: every touched technician's month card.
  int next_job = opt.jobs;
  double incremental = 1e300, reread = 1e300;
  std::size_t reread_cards = 0;
  for (int r = 0; r < (opt.batches > 0 ? opt.batches : opt.reps); ++r) {
    sc::ChangeBatch batch = MakeBatch(gen, data, opt.batch, next_job, next_cb);
    t0 = std::chrono::steady_clock::now();
    scorer.Apply(batch, now);
    incremental = std::min(incremental, Seconds(std::chrono::steady_clock::now() - t0));
    std::vector<std::string> touched;
    for (const sc::Job& j : batch.jobs) touched.push_back(j.technician);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    std::int64_t completed = 0;
    t0 = std::chrono::steady_clock::now();
    for (const std::string& tech : touched) {
      completed += scorer.TechnicianScorecard(tech, month).retention.pending;
    }
    reread = std::min(reread, Seconds(std::chrono::steady_clock::now() - t0));
    reread_cards = touched.size();
    if (completed < 0) std::puts("");
  }
  // The month cards of every technician from the live scores, against (a).
  std::vector<sc::Scorecard> live_cards;
  const double live_month = TimeBest(opt.reps, [&] {
    live_cards.clear();
    for (const sc::Scorecard& c : cards) {
      live_cards.push_back(scorer.TechnicianScorecard(c.scope.id, month));
    }
  });
  // What the incremental update replaces: recomputing every (technician, month) bucket.
  const double full_buckets = TimeBest(1, [&] {
    auto b = sc::ComputeBucketedCounts(prepared, policy, sc::PeriodKind::kMonth, kZone, now);
    if (b.empty()) std::puts("");
  });
  sqlite3_close(db);

  const double speedup = sql / ours;
  const double inc_vs_month = incremental / ours;
  const double inc_vs_buckets = incremental / full_buckets;
  std::printf("\nresults (best of %d; month %s in %s; %zu technicians scored)\n", opt.reps,
              month.label.c_str(), kZone, cards.size());
  std::printf("  answers agree with SQL, technician by technician: %s\n", agree ? "yes" : "NO");
  std::printf("  setup: SQLite load + indexes       %9.3f s\n", sqlite_load);
  std::printf("  setup: ScoringData (intern+index)  %9.3f s\n", prepare);
  std::printf("  (a) ours, month, per technician    %9.3f ms\n", ours * 1e3);
  std::printf("  (b) SQLite, same KPIs              %9.3f ms\n", sql * 1e3);
  std::printf("      ratio SQL / ours               %9.1f x   (target >= 5x)\n", speedup);
  std::printf("  (c) incremental, %d-event batch  %9.3f ms\n", opt.batch, incremental * 1e3);
  std::printf("      vs (a) month scoring           %9.2f %%   (target < 1%%)\n",
              inc_vs_month * 100);
  std::printf("      full recompute of all buckets  %9.3f ms\n", full_buckets * 1e3);
  std::printf("      vs full bucket recompute       %9.3f %%\n", inc_vs_buckets * 100);
  std::printf("      then re-reading the %3zu touched technicians' month cards %9.3f ms\n",
              reread_cards, reread * 1e3);
  std::printf("      every month card from the live scores %9.3f ms (vs (a) %.2f x)\n",
              live_month * 1e3, live_month / ours);
  std::printf("      live cards agree with (a) before the batches: %s\n",
              live_agree ? "yes" : "NO");
  std::printf("      incremental initial load       %9.3f s\n", incremental_load);
  std::printf("  (d) live scores (all periods)      %9.1f MB\n", live_scores_bytes / 1e6);
  std::printf("      job rows in SQLite              %9.1f MB\n", job_row_bytes / 1e6);
  std::printf("      ratio                          %9.2f x   (target <= 2x)\n",
              static_cast<double>(live_scores_bytes) / static_cast<double>(job_row_bytes));

  if (!opt.json.empty()) {
    std::ofstream out(opt.json);
    out << "{\n"
        << "  \"jobs\": " << opt.jobs << ",\n"
        << "  \"callbacks\": " << data.callbacks.size() << ",\n"
        << "  \"batch_events\": " << opt.batch << ",\n"
        << "  \"seed\": " << opt.seed << ",\n"
        << "  \"month\": \"" << month.label << "\",\n"
        << "  \"answers_agree\": " << (agree ? "true" : "false") << ",\n"
        << "  \"sqlite_load_s\": " << sqlite_load << ",\n"
        << "  \"prepare_s\": " << prepare << ",\n"
        << "  \"ours_month_ms\": " << ours * 1e3 << ",\n"
        << "  \"sql_month_ms\": " << sql * 1e3 << ",\n"
        << "  \"sql_over_ours\": " << speedup << ",\n"
        << "  \"incremental_batch_ms\": " << incremental * 1e3 << ",\n"
        << "  \"incremental_over_month\": " << inc_vs_month << ",\n"
        << "  \"full_buckets_ms\": " << full_buckets * 1e3 << ",\n"
        << "  \"incremental_over_full_buckets\": " << inc_vs_buckets << ",\n"
        << "  \"incremental_load_s\": " << incremental_load << ",\n"
        << "  \"reread_cards\": " << reread_cards << ",\n"
        << "  \"reread_ms\": " << reread * 1e3 << ",\n"
        << "  \"live_month_cards_ms\": " << live_month * 1e3 << ",\n"
        << "  \"live_scores_bytes\": " << live_scores_bytes << ",\n"
        << "  \"job_row_bytes\": " << job_row_bytes << "\n"
        << "}\n";
  }
  return agree && live_agree ? 0 : 1;
}
