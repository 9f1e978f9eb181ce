#include "storage/pg_company_copy.h"

#include <map>
#include <optional>
#include <stdexcept>

#include "fieldledger_pg/conn.h"
#include "fieldledger_sqlite/db.h"
#include "storage/pg_copy_rows.h"
#include "storage/pg_store.h"
#include "storage/sqlite_store.h"

namespace fieldledger::server {
namespace {

using namespace pg_copy_rows;

constexpr char kByUser[] = "user_id IN (SELECT id FROM users WHERE company_id = $1)";
constexpr char kByJob[] = "job_id IN (SELECT id FROM jobs WHERE company_id = $1)";
constexpr char kByPublication[] =
    "publication_id IN (SELECT id FROM publications WHERE company_id = $1)";

// The condition (with the company id as $1) that selects a company's rows of `table`;
// nullopt for a table whose rows belong to no company. Throws for a table no rule names.
std::optional<std::string> CompanyRows(const std::string& table,
                                       const std::vector<std::string>& columns) {
  if (table == "login_failures" || table == "health_probe") return std::nullopt;
  if (table == "companies") return "id = $1";
  for (const auto& c : columns) {
    if (c == "company_id") return "company_id = $1";
  }
  static const std::map<std::string, std::string> kThrough = {
      {"sessions", kByUser},
      {"devices", kByUser},
      {"events", kByUser},
      {"event_rejections", kByUser},
      {"job_changes", kByJob},
      {"excusals", kByJob},
      {"excusal_log", kByJob},
      {"published_figures", kByPublication},
      {"published_pay", kByPublication},
      {"retired_refresh_tokens",
       "family_id IN (SELECT id FROM session_families WHERE company_id = $1)"},
  };
  if (auto it = kThrough.find(table); it != kThrough.end()) return it->second;
  throw std::runtime_error("table " + table +
                           " has no rule saying which of its rows belong to a company "
                           "(storage/pg_company_copy.cpp); nothing was copied");
}

// The same condition in SQLite's parameter syntax.
std::string ForSqlite(std::string where) {
  for (std::size_t at; (at = where.find("$1")) != std::string::npos;) where.replace(at, 2, "?1");
  return where;
}

struct Plan {
  std::string table;
  std::vector<std::string> columns;
  std::string where;
  int numbered = -1;  // the index of the identity column in `columns`, or -1
};

std::vector<Plan> PlanOf(sql::Db& from, pg::Conn& to, const std::vector<std::string>& tables) {
  std::vector<Plan> out;
  for (const auto& table : tables) {
    Plan p{table, Columns(from, table), "", -1};
    const auto where = CompanyRows(table, p.columns);
    if (!where) continue;
    p.where = *where;
    const auto identity = IdentityColumns(to, table);
    for (int i = 0; i < static_cast<int>(p.columns.size()); ++i) {
      if (identity.contains(p.columns[i])) p.numbered = i;
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::string SelectOf(const Plan& p, bool sqlite) {
  std::string sql = "SELECT " + Joined(p.columns) + " FROM \"" + p.table + "\" WHERE " +
                    (sqlite ? ForSqlite(p.where) : p.where);
  if (p.numbered >= 0) sql += " ORDER BY \"" + p.columns[p.numbered] + "\"";
  return sql;
}

std::int64_t MaxOf(sql::Db& db, const std::string& table, const std::string& column) {
  sql::Stmt s(db, "SELECT COALESCE(MAX(\"" + column + "\"), 0) FROM \"" + table + "\"");
  return s.Step() ? s.Int(0) : 0;
}

void CopyRows(sql::Db& from, pg::Conn& to, const Plan& p, const std::string& company_id) {
  std::string params;
  for (std::size_t i = 1; i <= p.columns.size(); ++i) {
    params += (i > 1 ? ", $" : "$") + std::to_string(i);
  }
  const std::string insert =
      "INSERT INTO \"" + p.table + "\" (" + Joined(p.columns) + ") VALUES (" + params + ")";
  std::int64_t next = 0;
  std::string sequence;
  if (p.numbered >= 0) {
    const std::string& col = p.columns[p.numbered];
    auto name = to.OneOff("SELECT pg_get_serial_sequence($1, $2)");
    name.Bind(p.table, col);
    if (!name.Step()) throw std::runtime_error("no sequence behind " + p.table + "." + col);
    sequence = name.Text(0);
    // After every number either side has handed out (see pg_company_copy.h): the target's
    // rows and its sequence (a rolled-back insert uses a number up without leaving a row),
    // and the SQLite file's rows of every company.
    auto handed =
        to.OneOff("SELECT GREATEST((SELECT COALESCE(MAX(\"" + col + "\"), 0) FROM \"" + p.table +
                  "\"), (SELECT CASE WHEN is_called THEN last_value ELSE 0 "
                  "END FROM " +
                  sequence + "))");
    next = (handed.Step() ? handed.Int(0) : 0);
    next = std::max(next, MaxOf(from, p.table, col));
  }
  sql::Stmt s(from, SelectOf(p, true));
  s.Bind(company_id);
  while (s.Step()) {
    auto row = to.Cached(insert);
    row.Clear();
    for (int i = 0; i < static_cast<int>(p.columns.size()); ++i) {
      if (i == p.numbered) {
        row.Add(++next);
      } else {
        AddSqliteValue(row, s, i);
      }
    }
    row.Run();
  }
  if (p.numbered >= 0 && next > 0) {
    to.OneOff("SELECT setval($1, $2)").Bind(sequence, next).Run();
  }
}

void RefuseConflicts(sql::Db& from, pg::Conn& to, const std::string& company_id) {
  {
    sql::Stmt s(from, "SELECT 1 FROM companies WHERE id = ?");
    s.Bind(company_id);
    if (!s.Step()) {
      throw std::runtime_error("the SQLite database holds no company " + company_id);
    }
  }
  {
    auto s = to.OneOff("SELECT 1 FROM companies WHERE id = $1");
    s.Bind(company_id);
    if (s.Step()) {
      throw std::runtime_error("company " + company_id +
                               " already exists in the PostgreSQL database; nothing was copied");
    }
  }
  sql::Stmt users(from, "SELECT username FROM users WHERE company_id = ? ORDER BY username");
  users.Bind(company_id);
  while (users.Step()) {
    const std::string username = users.Text(0);
    auto taken = to.OneOff("SELECT company_id FROM users WHERE username = $1");
    taken.Bind(username);
    if (taken.Step()) {
      throw std::runtime_error("username " + username + " of company " + company_id +
                               " is taken in the PostgreSQL database (company " + taken.Text(0) +
                               "); nothing was copied");
    }
  }
}

}  // namespace

std::vector<TableCheck> VerifyCompanyCopy(const std::string& sqlite_path, const std::string& pg_uri,
                                          const std::string& company_id) {
  sql::Db from(sqlite_path, sql::OpenOptions{.read_only = true});
  pg::Conn to(pg_uri);
  std::vector<TableCheck> out;
  for (const Plan& p : PlanOf(from, to, SqliteTables(from))) {
    const int n = static_cast<int>(p.columns.size());
    RowSum a, b;
    {
      sql::Stmt s(from, SelectOf(p, true));
      s.Bind(company_id);
      for (std::int64_t rank = 1; s.Step(); ++rank) a.Add(SqliteRowText(s, n, p.numbered, rank));
    }
    {
      auto s = to.OneOff(SelectOf(p, false));
      s.Bind(company_id);
      for (std::int64_t rank = 1; s.Step(); ++rank) b.Add(PgRowText(s, n, p.numbered, rank));
    }
    out.push_back({p.table, a.rows, b.rows, a.Text(), b.Text()});
  }
  return out;
}

std::vector<TableCheck> CopyCompanyToPg(const std::string& sqlite_path, const std::string& pg_uri,
                                        const std::string& company_id) {
  { SqliteStore migrate(sqlite_path, 0); }
  { PgStore migrate(pg_uri, 1); }
  {
    sql::Db from(sqlite_path);
    pg::Conn to(pg_uri);
    RequireSqliteMigrations(from, to);
    const auto plans = PlanOf(from, to, ParentsFirst(from, SqliteTables(from)));
    pg::Transaction tx(to);
    // Serialised with every running instance's writes; the checks below see what they
    // committed, and nothing commits between them and the copy.
    to.OneOff("SELECT pg_advisory_xact_lock($1)").Bind(PgStore::kWriteLock).Run();
    RefuseConflicts(from, to, company_id);
    for (const Plan& p : plans) {
      try {
        CopyRows(from, to, p, company_id);
      } catch (const pg::PgError& e) {
        throw std::runtime_error("copying table " + p.table + ": " + e.what() +
                                 "; nothing was copied");
      }
    }
    // Running instances start their cached live scores over, as after any write
    // (PgStore::ExternalWrites).
    to.Exec("UPDATE pg_store_writes SET n = n + 1 WHERE id = 1");
    tx.Commit();
  }
  return VerifyCompanyCopy(sqlite_path, pg_uri, company_id);
}

}  // namespace fieldledger::server
