#pragma once
// The move from SQLite to PostgreSQL (fieldledger-admin copy-to-postgresql): every row of
// every table of a SQLite database copied into an empty PostgreSQL database with the same
// schema, then verified table by table: the row count and an order-independent checksum of
// the rows' values on both sides (over the columns the SQLite table has). The whole
// database is copied (every company in it); one company alone: storage/pg_company_copy.h.
#include <cstdint>
#include <string>
#include <vector>

namespace fieldledger::server {

struct TableCheck {
  std::string table;
  std::int64_t source_rows = 0;
  std::int64_t target_rows = 0;
  // The sum (mod 2^64) of the first 8 bytes of SHA-256 over each row's canonical text,
  // as 16 hex digits: the same rows give the same sum whatever their order.
  std::string source_sum;
  std::string target_sum;
  bool ok() const { return source_rows == target_rows && source_sum == target_sum; }
};

// Migrates both databases to the latest schema, refuses (std::runtime_error) when the
// target lacks a migration the SQLite file has or already holds rows, copies every table in
// one PostgreSQL transaction (advancing identity sequences past the copied values), and
// returns VerifyCopy's result.
std::vector<TableCheck> CopySqliteToPg(const std::string& sqlite_path, const std::string& pg_uri);

// Compares every table of the two databases (row counts and checksums), changing nothing.
std::vector<TableCheck> VerifyCopy(const std::string& sqlite_path, const std::string& pg_uri);

}  // namespace fieldledger::server
