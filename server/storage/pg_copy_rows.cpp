#include "storage/pg_copy_rows.h"

#include <sqlite3.h>

#include <cstdio>
#include <stdexcept>

#include "fieldledger/core/sha256.h"

namespace fieldledger::server::pg_copy_rows {
namespace {

bool Copied(const std::string& table) {
  return table != "schema_migrations" && table != "pg_store_writes";
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

void AddField(std::string& row, char tag, const std::string& text) {
  row += tag;
  row += std::to_string(text.size());
  row += ':';
  row += text;
}

}  // namespace

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

std::set<std::string> IdentityColumns(pg::Conn& db, const std::string& table) {
  auto s = db.OneOff(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND "
      "table_name = $1 AND is_identity = 'YES'");
  s.Bind(table);
  std::set<std::string> out;
  while (s.Step()) out.insert(s.Text(0));
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

void RequireSqliteMigrations(sql::Db& from, pg::Conn& to) {
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
}

void RowSum::Add(const std::string& row) {
  const std::string hex = Sha256Hex(row);
  sum += std::stoull(hex.substr(0, 16), nullptr, 16);
  ++rows;
}

std::string RowSum::Text() const {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(sum));
  return buf;
}

std::string SqliteRowText(sql::Stmt& s, int columns, int rank_col, std::int64_t rank) {
  std::string row;
  for (int i = 0; i < columns; ++i) {
    if (i == rank_col) {
      AddField(row, 'i', std::to_string(rank));
      continue;
    }
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
  return row;
}

std::string PgRowText(pg::Stmt& s, int columns, int rank_col, std::int64_t rank) {
  constexpr unsigned kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701;
  std::string row;
  for (int i = 0; i < columns; ++i) {
    const unsigned type = s.ColumnType(i);
    if (i == rank_col) {
      AddField(row, 'i', std::to_string(rank));
    } else if (s.IsNull(i)) {
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
  return row;
}

void AddSqliteValue(pg::Stmt& to, sql::Stmt& from, int col) {
  switch (sqlite3_column_type(from.handle(), col)) {
    case SQLITE_NULL:
      to.Add(std::nullopt);
      break;
    case SQLITE_INTEGER:
      to.Add(from.Int(col));
      break;
    case SQLITE_FLOAT:
      to.Add(from.Real(col));
      break;
    case SQLITE_BLOB: {
      const std::string bytes = from.BlobBytes(col);
      to.Add(pg::Bytes{bytes});
      break;
    }
    default:
      to.Add(from.Text(col));
      break;
  }
}

}  // namespace fieldledger::server::pg_copy_rows
