#pragma once
// Shared fixtures for the server unit tests: a real SQLite file in a fresh temporary
// directory, seeded with one company ("acme", UTC), its people and a few helpers to
// build jobs, callers and device events. No mocks: the store is the one users meet.
//
// The same tests run on PostgreSQL: compiled with FIELDLEDGER_TEST_STORE_PG (the
// server_unit_tests_pg binary), the fixture's store is a PgStore on a fresh database of
// a throw-away cluster (tests/unit/common/pg_cluster.h), path_ holds that database's URI,
// and TableCounts/CountRows/ExecSql read and write it through libpq.
#include <gtest/gtest.h>

#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "../common/temp_dir.h"
#include "app/app_error.h"
#include "auth/caller.h"
#include "auth/password_hasher.h"
#include "fieldledger/core/time.h"
#include "fieldledger/core/uuid.h"
#include "fieldledger/v1/sync.pb.h"
#include "fieldledger_sqlite/db.h"
#include "storage/sqlite_store.h"
#ifdef FIELDLEDGER_TEST_STORE_PG
#include "../common/pg_environment.h"
#include "fieldledger_pg/conn.h"
#include "storage/pg_store.h"
#endif

namespace fieldledger::server::testing {

// 2026-03-02T00:00:00Z, a Monday.
inline constexpr TimeMs kDay0 = 1'772'409'600'000;
inline constexpr TimeMs At(int hour, int minute = 0, int second = 0) {
  return kDay0 + hour * kHourMs + minute * kMinuteMs + second * kSecondMs;
}

// Shanghai People's Square; far from the 200 m fence: about 5 km north.
inline constexpr double kSiteLat = 31.2304;
inline constexpr double kSiteLon = 121.4737;
inline constexpr double kFarLat = 31.2754;

using TempDir = test_support::TempDir;

// Cheap argon2id parameters: the tests exercise the logic, not the cost.
inline Argon2Params FastArgon2() { return Argon2Params{256, 1, 1}; }

// Row count of every table in the SQLite file, read through a second connection.
inline std::map<std::string, std::int64_t> SqliteTableCounts(const std::string& db_path) {
  sql::Db db(db_path);
  std::vector<std::string> tables;
  {
    sql::Stmt s(db,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%' ORDER BY name");
    while (s.Step()) tables.push_back(s.Text(0));
  }
  std::map<std::string, std::int64_t> out;
  for (const auto& t : tables) {
    sql::Stmt s(db, "SELECT COUNT(*) FROM " + t);
    out[t] = s.Step() ? s.Int(0) : 0;
  }
  return out;
}

#ifdef FIELDLEDGER_TEST_STORE_PG
using TestBackendStore = PgStore;
// What a failed statement throws on this back end.
using StorageError = pg::PgError;

inline bool IsPgUri(const std::string& s) {
  return s.rfind("postgresql://", 0) == 0 || s.rfind("postgres://", 0) == 0;
}

// Row count of every table of the database at `uri` (or of the SQLite file a
// SQLite-only test names), read through a second connection. pg_store_writes, PgStore's
// commit counter, has no SQLite twin and is left out.
inline std::map<std::string, std::int64_t> TableCounts(const std::string& uri) {
  if (!IsPgUri(uri)) return SqliteTableCounts(uri);
  pg::Conn db(uri);
  std::vector<std::string> tables;
  {
    auto s = db.OneOff(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
        "AND table_type = 'BASE TABLE' AND table_name <> 'pg_store_writes' ORDER BY 1");
    while (s.Step()) tables.push_back(s.Text(0));
  }
  std::map<std::string, std::int64_t> out;
  for (const auto& t : tables) {
    auto s = db.OneOff("SELECT COUNT(*) FROM " + t);
    out[t] = s.Step() ? s.Int(0) : 0;
  }
  return out;
}

// Runs SQL on the database directly, as an admin tool would.
inline void ExecSql(const std::string& uri, const std::string& sql) {
  if (!IsPgUri(uri)) {
    sql::Db(uri).Exec(sql);
    return;
  }
  pg::Conn(uri).Exec(sql);
}
// A fresh, migrated database per test: copied from a template migrated once per binary,
// dropped again when the test ends.
class PgTestDatabase {
 public:
  PgTestDatabase() {
    static int counter = 0;
    static const std::string kTemplate = [] {
      pg::Conn admin(test_support::PgClusterEnvironment::Uri());
      admin.Exec("DROP DATABASE IF EXISTS fl_template WITH (FORCE)");
      admin.Exec("CREATE DATABASE fl_template");
      { PgStore migrate(UriOf("fl_template"), 1); }
      return std::string("fl_template");
    }();
    name_ = "fl_test_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
    pg::Conn admin(test_support::PgClusterEnvironment::Uri());
    admin.Exec("CREATE DATABASE " + name_ + " TEMPLATE " + kTemplate);
    uri_ = UriOf(name_);
  }
  ~PgTestDatabase() {
    try {
      pg::Conn admin(test_support::PgClusterEnvironment::Uri());
      admin.Exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (const std::exception& e) {
      ADD_FAILURE() << "cannot drop " << name_ << ": " << e.what();
    }
  }
  PgTestDatabase(const PgTestDatabase&) = delete;
  PgTestDatabase& operator=(const PgTestDatabase&) = delete;
  const std::string& uri() const { return uri_; }

  static std::string UriOf(const std::string& database) {
    return test_support::PgClusterEnvironment::UriOf(database);
  }

 private:
  std::string name_;
  std::string uri_;
};
#else
using TestBackendStore = SqliteStore;
using StorageError = sql::SqliteError;

inline std::map<std::string, std::int64_t> TableCounts(const std::string& db_path) {
  return SqliteTableCounts(db_path);
}

// Runs SQL on the database file directly, as an admin tool would.
inline void ExecSql(const std::string& db_path, const std::string& sql) {
  sql::Db db(db_path);
  db.Exec(sql);
}
#endif

inline std::int64_t CountRows(const std::string& db_path, const std::string& table) {
  return TableCounts(db_path).at(table);
}

// A seeded company: two technicians (one in team "north"), a disabled technician, a
// dispatcher, a manager and an admin, all with password "correct horse".
class StoreTest : public ::testing::Test {
 protected:
  static constexpr const char* kPassword = "correct horse";

  void SetUp() override {
#ifdef FIELDLEDGER_TEST_STORE_PG
    pg_database_ = std::make_unique<PgTestDatabase>();
    path_ = pg_database_->uri();
#else
    path_ = dir_.File("server.db");
#endif
    store_ = std::make_unique<TestBackendStore>(path_);
    const std::string hash = HashPassword(kPassword, FastArgon2());
    store_->Write([&](StoreTx& tx) {
      tx.InsertCompany({"acme", "Acme Service", "UTC", kDay0});
      tx.InsertCompany({"other", "Other Co", "UTC", kDay0});
      tx.InsertTeam({"north", "acme", "North"});
      auto user = [&](const std::string& id, const std::string& company, Role role,
                      const std::string& team, bool disabled) {
        tx.InsertUser({id, company, id, "Name of " + id, role, team, hash, disabled, kDay0});
      };
      user("tech1", "acme", Role::kTechnician, "north", false);
      user("tech2", "acme", Role::kTechnician, "", false);
      user("tech_off", "acme", Role::kTechnician, "", true);
      user("disp", "acme", Role::kDispatcher, "", false);
      user("boss", "acme", Role::kManager, "", false);
      user("root", "acme", Role::kAdmin, "", false);
      user("cb", "acme", Role::kCallbackAgent, "", false);
      user("othertech", "other", Role::kTechnician, "", false);
    });
  }

  static Caller CallerFor(const std::string& id, Role role, const std::string& company = "acme",
                          const std::string& team = "") {
    return Caller{id, company, "Name of " + id, team, role};
  }
  static Caller Tech1() { return CallerFor("tech1", Role::kTechnician, "acme", "north"); }
  static Caller Tech2() { return CallerFor("tech2", Role::kTechnician); }
  static Caller Dispatcher() { return CallerFor("disp", Role::kDispatcher); }
  static Caller Manager() { return CallerFor("boss", Role::kManager); }

  // A scheduled job stored directly (no change-feed row), window [start, end).
  JobRecord MakeJob(const std::string& id, const std::string& technician, TimeMs start,
                    TimeMs end) const {
    JobRecord j;
    j.id = id;
    j.company_id = "acme";
    j.reference = "REF-" + id;
    j.customer_name = "Customer " + id;
    j.address = "1 Renmin Ave";
    j.latitude = kSiteLat;
    j.longitude = kSiteLon;
    j.window = {start, end};
    j.technician_id = technician;
    j.created_ms = kDay0 - kDayMs;
    j.updated_ms = j.created_ms;
    return j;
  }
  JobRecord AddJob(const std::string& id, const std::string& technician, TimeMs start, TimeMs end) {
    JobRecord j = MakeJob(id, technician, start, end);
    store_->Write([&](StoreTx& tx) { tx.InsertJob(j); });
    return j;
  }
  std::optional<JobRecord> GetJob(const std::string& id) {
    std::optional<JobRecord> j;
    store_->Read([&](StoreTx& tx) { j = tx.FindJob(id); });
    return j;
  }
  std::map<std::string, std::int64_t> Counts() const { return TableCounts(path_); }

#ifdef FIELDLEDGER_TEST_STORE_PG
  // Declared before store_ so it is dropped after the store has closed its connections.
  std::unique_ptr<PgTestDatabase> pg_database_;
#endif
  TempDir dir_;
  std::string path_;  // the SQLite file, or the PostgreSQL database's URI
  std::unique_ptr<TestBackendStore> store_;
};

// Runs fn and checks that it throws AppError of `kind` whose message contains `text`.
inline ::testing::AssertionResult ThrowsAppError(const std::function<void()>& fn, ErrorKind kind,
                                                 const std::string& text = "") {
  try {
    fn();
  } catch (const AppError& e) {
    if (e.kind() != kind) {
      return ::testing::AssertionFailure()
             << "AppError of kind " << static_cast<int>(e.kind()) << " (expected "
             << static_cast<int>(kind) << "): " << e.what();
    }
    if (std::string(e.what()).find(text) == std::string::npos) {
      return ::testing::AssertionFailure()
             << "message '" << e.what() << "' does not contain '" << text << "'";
    }
    return ::testing::AssertionSuccess();
  } catch (const std::exception& e) {
    return ::testing::AssertionFailure() << "threw another exception: " << e.what();
  }
  return ::testing::AssertionFailure() << "did not throw";
}

// A device event as the phone would send it: fix at the site unless changed.
inline v1::DeviceEvent CheckInEvent(const std::string& job_id, std::int64_t sequence, TimeMs wall,
                                    std::int64_t monotonic, const std::string& boot = "boot-1") {
  v1::DeviceEvent e;
  e.set_event_id(NewUuidV7(wall));
  e.set_sequence(sequence);
  e.set_job_id(job_id);
  e.mutable_clock()->set_wall_time_ms(wall);
  e.mutable_clock()->set_monotonic_ms(monotonic);
  e.mutable_clock()->set_boot_id(boot);
  auto* p = e.mutable_position();
  p->set_present(true);
  p->set_latitude(kSiteLat);
  p->set_longitude(kSiteLon);
  p->set_accuracy_m(10);
  e.mutable_check_in();
  return e;
}

// A batch sent at `sent_wall` / `sent_monotonic` on boot "boot-1".
inline v1::PushRequest Batch(const std::string& device_id, TimeMs sent_wall,
                             std::int64_t sent_monotonic, std::vector<v1::DeviceEvent> events = {},
                             const std::string& boot = "boot-1") {
  v1::PushRequest r;
  r.set_protocol_version(1);
  r.set_device_id(device_id);
  r.mutable_sent_clock()->set_wall_time_ms(sent_wall);
  r.mutable_sent_clock()->set_monotonic_ms(sent_monotonic);
  r.mutable_sent_clock()->set_boot_id(boot);
  for (auto& e : events) *r.add_events() = std::move(e);
  return r;
}

}  // namespace fieldledger::server::testing
