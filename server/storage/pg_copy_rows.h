#pragma once
// What the SQLite-to-PostgreSQL copies share (storage/pg_copy.h, storage/pg_company_copy.h):
// the tables and columns of the SQLite file, one row's values in a canonical text both
// sides produce alike, the order-independent checksum over such rows, and a SQLite value
// bound into a PostgreSQL statement.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "fieldledger_pg/conn.h"
#include "fieldledger_sqlite/db.h"

namespace fieldledger::server::pg_copy_rows {

// Every table of the SQLite file that a copy carries, by name: not the migration history
// (each side records its own, compared as version sets) nor PgStore's commit counter.
std::vector<std::string> SqliteTables(sql::Db& db);
// `tables` ordered so that every table comes after the tables its foreign keys name
// (PostgreSQL checks a foreign key at each insert).
std::vector<std::string> ParentsFirst(sql::Db& db, const std::vector<std::string>& tables);
std::vector<std::string> Columns(sql::Db& db, const std::string& table);
// "\"a\", \"b\"".
std::string Joined(const std::vector<std::string>& names);
// The columns of `table` that PostgreSQL numbers itself (GENERATED ... AS IDENTITY).
std::set<std::string> IdentityColumns(pg::Conn& db, const std::string& table);

std::set<int> SqliteVersions(sql::Db& db);
std::set<int> PgVersions(pg::Conn& db);
// Throws std::runtime_error when the PostgreSQL database lacks a migration the file has.
void RequireSqliteMigrations(sql::Db& from, pg::Conn& to);

// The sum (mod 2^64) of the first 8 bytes of SHA-256 over each row's canonical text.
struct RowSum {
  std::uint64_t sum = 0;
  std::int64_t rows = 0;
  void Add(const std::string& row);
  std::string Text() const;  // 16 hex digits
};

// A row's canonical text: per value a type tag, the length and the text (integers in
// decimal, reals with 17 digits, bytes in hex). Column `rank_col` (if >= 0) is replaced
// by the integer `rank`.
std::string SqliteRowText(sql::Stmt& s, int columns, int rank_col = -1, std::int64_t rank = 0);
std::string PgRowText(pg::Stmt& s, int columns, int rank_col = -1, std::int64_t rank = 0);

// Appends column `col` of the SQLite row to the PostgreSQL statement's parameters.
void AddSqliteValue(pg::Stmt& to, sql::Stmt& from, int col);

}  // namespace fieldledger::server::pg_copy_rows
