#include "storage/pg_copy.h"

#include <stdexcept>

#include "fieldledger_pg/conn.h"
#include "fieldledger_sqlite/db.h"
#include "storage/pg_copy_rows.h"
#include "storage/pg_store.h"
#include "storage/sqlite_store.h"

namespace fieldledger::server {
namespace {

using namespace pg_copy_rows;

RowSum SumSqlite(sql::Db& db, const std::string& table, const std::vector<std::string>& cols) {
  RowSum out;
  sql::Stmt s(db, "SELECT " + Joined(cols) + " FROM \"" + table + "\"");
  while (s.Step()) out.Add(SqliteRowText(s, static_cast<int>(cols.size())));
  return out;
}

RowSum SumPg(pg::Conn& db, const std::string& table, const std::vector<std::string>& cols) {
  RowSum out;
  auto s = db.OneOff("SELECT " + Joined(cols) + " FROM \"" + table + "\"");
  while (s.Step()) out.Add(PgRowText(s, static_cast<int>(cols.size())));
  return out;
}

void CopyTable(sql::Db& from, pg::Conn& to, const std::string& table) {
  const auto cols = Columns(from, table);
  std::string params;
  for (std::size_t i = 1; i <= cols.size(); ++i) {
    params += (i > 1 ? ", $" : "$") + std::to_string(i);
  }
  const std::string insert =
      "INSERT INTO \"" + table + "\" (" + Joined(cols) + ") VALUES (" + params + ")";
  sql::Stmt s(from, "SELECT " + Joined(cols) + " FROM \"" + table + "\"");
  while (s.Step()) {
    auto row = to.Cached(insert);
    row.Clear();
    for (int i = 0; i < static_cast<int>(cols.size()); ++i) AddSqliteValue(row, s, i);
    row.Run();
  }
  // Identity columns (the seq of logs and feeds) continue after the copied values.
  for (const auto& col : IdentityColumns(to, table)) {
    to.OneOff("SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(\"" + col +
              "\"), 1), MAX(\"" + col + "\") IS NOT NULL) FROM \"" + table + "\"")
        .Bind(table, col)
        .Run();
  }
}

}  // namespace

std::vector<TableCheck> VerifyCopy(const std::string& sqlite_path, const std::string& pg_uri) {
  sql::Db from(sqlite_path, sql::OpenOptions{.read_only = true});
  pg::Conn to(pg_uri);
  std::vector<TableCheck> out;
  for (const auto& table : SqliteTables(from)) {
    const auto cols = Columns(from, table);
    const RowSum a = SumSqlite(from, table, cols);
    const RowSum b = SumPg(to, table, cols);
    out.push_back({table, a.rows, b.rows, a.Text(), b.Text()});
  }
  return out;
}

std::vector<TableCheck> CopySqliteToPg(const std::string& sqlite_path, const std::string& pg_uri) {
  { SqliteStore migrate(sqlite_path, 0); }
  { PgStore migrate(pg_uri, 1); }
  {
    sql::Db from(sqlite_path);
    pg::Conn to(pg_uri);
    RequireSqliteMigrations(from, to);
    const auto tables = SqliteTables(from);
    for (const auto& table : tables) {
      auto s = to.OneOff("SELECT EXISTS (SELECT 1 FROM \"" + table + "\")");
      if (s.Step() && s.Int(0) != 0) {
        throw std::runtime_error("the PostgreSQL database is not empty: table " + table +
                                 " has rows");
      }
    }
    pg::Transaction tx(to);
    for (const auto& table : ParentsFirst(from, tables)) CopyTable(from, to, table);
    tx.Commit();
  }
  return VerifyCopy(sqlite_path, pg_uri);
}

}  // namespace fieldledger::server
