#include "storage/pg_copy.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <set>
#include <stdexcept>

#include "fieldledger/core/sha256.h"
#include "fieldledger_pg/conn.h"
#include "fieldledger_sqlite/db.h"
#include "storage/pg_migrations.h"
#include "storage/pg_store.h"
#include "storage/sqlite_store.h"

namespace fieldledger::server {
namespace {

// Not copied: the migration history (each side records its own, compared as version
// sets instead) and PgStore's commit counter.
bool Copied(const std::string& table) {
  return table != "schema_migrations" && table != "pg_store_writes";
}

std::vector<std::string> SqliteTables(sql::Db& db) {
  std::vector<std::string> out;
  sql::Stmt s(db,
              "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
              "ORDER BY name");
  while (s.Step()) {
    if (Copied(s.Text(0))) out.push_back(s.Text(0));
  }
  return out;
}

// The tables in an order where every table comes after the tables its foreign keys
// name (PostgreSQL checks a foreign key at each insert).
std::vector<std::string> ParentsFirst(sql::Db& db, const std::vector<std::string>& tables) {
  std::vector<std::string> out;
  std::set<std::string> placed;
  while (out.size() < tables.size()) {
    const std::size_t before = out.size();
    for (const auto& t : tables) {
      if (placed.contains(t)) continue;
      bool ready = true;
      sql::Stmt fk(db, "SELECT \"table\" FROM pragma_foreign_key_list(?)");
      fk.Bind(t);
      while (fk.Step()) {
        const std::string parent = fk.Text(0);
        if (parent != t && !placed.contains(parent)) ready = false;
      }
      if (ready) {
        out.push_back(t);
        placed.insert(t);
      }
    }
    if (out.size() == before) throw std::runtime_error("foreign keys form a cycle");
  }
  return out;
}

std::vector<std::string> Columns(sql::Db& db, const std::string& table) {
  std::vector<std::string> out;
  sql::Stmt s(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
  s.Bind(table);
  while (s.Step()) out.push_back(s.Text(0));
  return out;
}

std::string Joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + std::string("\"") + n + "\"";
  return out;
}

std::string Hex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const unsigned char c : bytes) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

std::string Real(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

// One value as the checksum sees it: a type tag, the length, the text. Integers in
// decimal, reals with 17 digits, bytes in hex; the same value reads the same on both sides.
void AddField(std::string& row, char tag, const std::string& text) {
  row += tag;
  row += std::to_string(text.size());
  row += ':';
  row += text;
}

// Sums the first 8 bytes of each row's SHA-256 (order-independent).
struct RowSum {
  std::uint64_t sum = 0;
  std::int64_t rows = 0;
  void Add(const std::string& row) {
    const std::string hex = Sha256Hex(row);
    sum += std::stoull(hex.substr(0, 16), nullptr, 16);
    ++rows;
  }
  std::string Text() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(sum));
    return buf;
  }
};

RowSum SumSqlite(sql::Db& db, const std::string& table, const std::vector<std::string>& cols) {
  RowSum out;
  sql::Stmt s(db, "SELECT " + Joined(cols) + " FROM \"" + table + "\"");
  while (s.Step()) {
    std::string row;
    for (int i = 0; i < static_cast<int>(cols.size()); ++i) {
      switch (sqlite3_column_type(s.handle(), i)) {
        case SQLITE_NULL:
          AddField(row, 'n', "");
          break;
        case SQLITE_INTEGER:
          AddField(row, 'i', std::to_string(s.Int(i)));
          break;
        case SQLITE_FLOAT:
          AddField(row, 'f', Real(s.Real(i)));
          break;
        case SQLITE_BLOB:
          AddField(row, 'b', Hex(s.BlobBytes(i)));
          break;
        default:
          AddField(row, 't', s.Text(i));
          break;
      }
    }
    out.Add(row);
  }
  return out;
}

RowSum SumPg(pg::Conn& db, const std::string& table, const std::vector<std::string>& cols) {
  constexpr unsigned kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701;
  RowSum out;
  auto s = db.OneOff("SELECT " + Joined(cols) + " FROM \"" + table + "\"");
  while (s.Step()) {
    std::string row;
    for (int i = 0; i < static_cast<int>(cols.size()); ++i) {
      const unsigned type = s.ColumnType(i);
      if (s.IsNull(i)) {
        AddField(row, 'n', "");
      } else if (type == kInt8 || type == kInt4 || type == kInt2) {
        AddField(row, 'i', std::to_string(s.Int(i)));
      } else if (type == kFloat8 || type == kFloat4) {
        AddField(row, 'f', Real(s.Real(i)));
      } else if (type == kBytea) {
        AddField(row, 'b', Hex(s.BlobBytes(i)));
      } else {
        AddField(row, 't', s.Text(i));
      }
    }
    out.Add(row);
  }
  return out;
}

std::set<int> SqliteVersions(sql::Db& db) {
  std::set<int> out;
  sql::Stmt s(db, "SELECT version FROM schema_migrations");
  while (s.Step()) out.insert(static_cast<int>(s.Int(0)));
  return out;
}

std::set<int> PgVersions(pg::Conn& db) {
  std::set<int> out;
  auto s = db.OneOff("SELECT version FROM schema_migrations");
  while (s.Step()) out.insert(static_cast<int>(s.Int(0)));
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
    for (int i = 0; i < static_cast<int>(cols.size()); ++i) {
      switch (sqlite3_column_type(s.handle(), i)) {
        case SQLITE_NULL:
          row.Add(std::nullopt);
          break;
        case SQLITE_INTEGER:
          row.Add(s.Int(i));
          break;
        case SQLITE_FLOAT:
          row.Add(s.Real(i));
          break;
        case SQLITE_BLOB: {
          const std::string bytes = s.BlobBytes(i);
          row.Add(pg::Bytes{bytes});
          break;
        }
        default:
          row.Add(s.Text(i));
          break;
      }
    }
    row.Run();
  }
  // Identity columns (the seq of logs and feeds) continue after the copied values.
  auto identity = to.OneOff(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND "
      "table_name = $1 AND is_identity = 'YES'");
  identity.Bind(table);
  while (identity.Step()) {
    const std::string col = identity.Text(0);
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
    // Both were just migrated by this program, so they differ only where PgMigrations()
    // is ahead of SqliteMigrations() (a migration not merged on the SQLite side yet):
    // its columns then take their defaults. A SQLite migration PostgreSQL lacks is refused.
    const auto pg_versions = PgVersions(to);
    for (const int v : SqliteVersions(from)) {
      if (!pg_versions.contains(v)) {
        throw std::runtime_error("the PostgreSQL database lacks SQLite migration " +
                                 std::to_string(v) + "; build both from the same version");
      }
    }
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
