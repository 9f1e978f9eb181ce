// The PostgreSQL schema against SQLite's: the same numbered history, and after it the same
// tables with the same columns (in order, with the same NOT NULL) and the same named
// indexes. Also: migrations run once, also when two instances start at once.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "../server/test_store.h"
#include "storage/pg_migrations.h"
#include "storage/sqlite_migrations.h"

namespace fieldledger::server {
namespace {

using testing::PgTestDatabase;

struct Column {
  std::string name;
  bool not_null = false;
  bool operator==(const Column&) const = default;
};
struct Schema {
  std::map<std::string, std::vector<Column>> tables;
  std::map<std::string, std::string> indexes;  // name -> table
};

std::ostream& operator<<(std::ostream& os, const Column& c) {
  return os << c.name << (c.not_null ? " NOT NULL" : "");
}

Schema SqliteSchema(const std::string& path) {
  sql::Db db(path);
  Schema out;
  std::vector<std::string> names;
  {
    sql::Stmt s(db,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%'");
    while (s.Step()) names.push_back(s.Text(0));
  }
  for (const auto& t : names) {
    sql::Stmt s(db,
                "SELECT name, \"notnull\", pk FROM pragma_table_info('" + t + "') ORDER BY cid");
    // A PRIMARY KEY column is NOT NULL in PostgreSQL whatever it says; SQLite allows
    // NULL in a non-integer one. Compared as PostgreSQL sees it.
    while (s.Step()) out.tables[t].push_back({s.Text(0), s.Int(1) != 0 || s.Int(2) != 0});
  }
  sql::Stmt s(db,
              "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
              "NULL");
  while (s.Step()) out.indexes[s.Text(0)] = s.Text(1);
  return out;
}

Schema PgSchema(const std::string& uri) {
  pg::Conn db(uri);
  Schema out;
  {
    auto s = db.OneOff(
        "SELECT table_name, column_name, is_nullable = 'NO' FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name <> 'pg_store_writes' "
        "ORDER BY table_name, ordinal_position");
    while (s.Step()) out.tables[s.Text(0)].push_back({s.Text(1), s.Int(2) != 0});
  }
  // Indexes made by CREATE INDEX, not those behind PRIMARY KEY / UNIQUE constraints
  // (SQLite's are the unnamed sqlite_autoindex_* ones, left out above).
  auto s = db.OneOff(
      "SELECT i.relname, t.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
      "JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
      "WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE "
      "c.conindid = x.indexrelid)");
  while (s.Step()) out.indexes[s.Text(0)] = s.Text(1);
  return out;
}

std::vector<int> Versions(const std::vector<Migration>& list) {
  std::vector<int> out;
  for (const auto& m : list) out.push_back(m.version);
  return out;
}

TEST(PgMigrationsTest, MirrorEverySqliteMigrationInTheSameOrder) {
  // PostgreSQL may be ahead by migrations of branches not merged yet (they are listed
  // where SQLite will have them); it must never lack one of SQLite's.
  const auto sqlite = Versions(SqliteMigrations());
  std::vector<int> pg_common;
  const std::set<int> sqlite_set(sqlite.begin(), sqlite.end());
  for (int v : Versions(PgMigrations())) {
    if (sqlite_set.contains(v)) pg_common.push_back(v);
  }
  EXPECT_EQ(pg_common, sqlite);
  for (const auto& m : PgMigrations()) EXPECT_FALSE(m.description.empty()) << m.version;
}

TEST(PgMigrationsTest, ProduceTheSqliteSchema) {
  testing::TempDir dir;
  const std::string file = dir.File("schema.db");
  { SqliteStore store(file); }
  pg::Conn admin(test_support::PgClusterEnvironment::Uri());
  admin.Exec("DROP DATABASE IF EXISTS fl_schema WITH (FORCE)");
  admin.Exec("CREATE DATABASE fl_schema");
  const std::string uri = PgTestDatabase::UriOf("fl_schema");
  {
    const auto sqlite = Versions(SqliteMigrations());
    const std::set<int> only(sqlite.begin(), sqlite.end());
    pg::Conn conn(uri);
    MigratePg(conn, &only);
  }
  const Schema lite = SqliteSchema(file);
  const Schema pg = PgSchema(uri);
  admin.Exec("DROP DATABASE fl_schema WITH (FORCE)");
  ASSERT_GE(lite.tables.size(), 25u);  // the comparison below is over the real schema
  ASSERT_GE(lite.indexes.size(), 15u);

  std::set<std::string> lite_tables, pg_tables;
  for (const auto& [t, cols] : lite.tables) lite_tables.insert(t);
  for (const auto& [t, cols] : pg.tables) pg_tables.insert(t);
  EXPECT_EQ(pg_tables, lite_tables);
  for (const auto& [t, cols] : lite.tables) {
    if (!pg.tables.contains(t)) continue;
    EXPECT_EQ(pg.tables.at(t), cols) << "table " << t;
  }
  EXPECT_EQ(pg.indexes, lite.indexes);
}

TEST(PgMigrationsTest, RunOnceAlsoWhenTwoInstancesStartTogether) {
  PgTestDatabase fresh;  // already migrated (from the template): every version recorded
  {
    pg::Conn conn(fresh.uri());
    conn.Exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  }
  std::vector<std::thread> starts;
  std::vector<int> versions(2, -1);
  for (int i = 0; i < 2; ++i) {
    starts.emplace_back([&, i] {
      PgStore store(fresh.uri(), 1);
      versions[i] = store.schema_version();
    });
  }
  for (auto& t : starts) t.join();
  EXPECT_EQ(versions[0], PgMigrations().back().version);
  EXPECT_EQ(versions[1], PgMigrations().back().version);
  EXPECT_EQ(testing::CountRows(fresh.uri(), "schema_migrations"),
            static_cast<std::int64_t>(PgMigrations().size()));
}

}  // namespace
}  // namespace fieldledger::server
