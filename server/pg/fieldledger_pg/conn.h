#pragma once
// RAII wrappers over libpq, shaped like fieldledger_sqlite's: a connection, a statement
// whose parameters are bound in order, a transaction, and a per-connection cache of
// prepared statements (hot statements are parsed and planned once per connection, by
// PQprepare, not once per use). Parameters go as text, except Bytes, which go binary
// (bytea); results come back as text. Every failure throws PgError carrying
// PostgreSQL's SQLSTATE and message, so callers never continue after a failed
// statement by accident.
#include <libpq-fe.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fieldledger::pg {

// What a failure means for whoever asked, by SQLSTATE class: whether the same request
// may succeed when tried again later, and why not now.
enum class PgFailure {
  kConnection,      // class 08: the connection could not be made or was lost
  kServerStopping,  // 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now
  kResources,       // class 53: disk full, out of memory, too many connections, a limit
  kConflict,        // 40001 serialization failure, 40P01 deadlock: rolled back, try again
  kOther,           // everything else (a constraint, bad SQL, bad data): retrying will not help
};
PgFailure ClassifySqlstate(std::string_view sqlstate);

class PgError : public std::runtime_error {
 public:
  PgError(std::string sqlstate, const std::string& what)
      : std::runtime_error(what), sqlstate_(std::move(sqlstate)) {}
  // The five-character SQLSTATE ("23505" unique violation, "40001" serialization
  // failure, ...); "08006" when the connection itself failed.
  const std::string& sqlstate() const { return sqlstate_; }
  // Class 23: a constraint (unique, foreign key, not null, check) refused the row.
  bool constraint_violation() const { return sqlstate_.rfind("23", 0) == 0; }
  PgFailure failure() const { return ClassifySqlstate(sqlstate_); }

 private:
  std::string sqlstate_;
};

// A bytea parameter, sent in binary so no escaping is needed.
struct Bytes {
  std::string_view bytes;
};

// A text[] parameter (for `= ANY($1)`): one statement text serves every list length.
struct TextArray {
  const std::vector<std::string>& values;
};

class Conn;

// One statement execution. Bind sets the parameters ($1..$N in order; std::nullopt binds
// NULL); the first Step (or Run) executes it, and the whole result is then held here,
// so a cached statement may be executed again while an earlier result is being read.
class Stmt {
 public:
  Stmt(Stmt&&) noexcept;
  Stmt& operator=(Stmt&&) = delete;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt();

  template <typename... Args>
  Stmt& Bind(const Args&... args) {
    Reset();
    (BindOne(args), ...);
    return *this;
  }

  // Binding a number of parameters known only at run time: Clear(), then one Add() each,
  // in order.
  Stmt& Clear() {
    Reset();
    return *this;
  }
  template <typename T>
  Stmt& Add(const T& v) {
    BindOne(v);
    return *this;
  }

  // Advances to the next row; false when done. Executes on the first call.
  bool Step();
  // Executes a statement that returns no rows; returns how many rows it changed.
  std::int64_t Run();

  bool IsNull(int col) const;
  std::int64_t Int(int col) const;
  double Real(int col) const;
  std::string Text(int col) const;
  std::string BlobBytes(int col) const;
  std::optional<std::int64_t> OptInt(int col) const;
  std::optional<double> OptReal(int col) const;
  // The column's type OID (pg_type): 20 int8, 23 int4, 701 float8, 17 bytea, 25 text...
  unsigned int ColumnType(int col) const;
  int columns() const;

 private:
  friend class Conn;
  Stmt(Conn& conn, std::string name, std::string sql);

  void Reset();
  void Execute();
  const char* Cell(int col) const;
  void BindOne(std::int64_t v);
  void BindOne(int v) { BindOne(static_cast<std::int64_t>(v)); }
  void BindOne(bool v) { BindOne(static_cast<std::int64_t>(v ? 1 : 0)); }
  void BindOne(double v);
  void BindOne(std::string_view v);
  void BindOne(const std::string& v) { BindOne(std::string_view(v)); }
  void BindOne(const char* v) { BindOne(std::string_view(v)); }
  void BindOne(Bytes v);
  void BindOne(TextArray v);
  void BindOne(std::nullopt_t);
  template <typename T>
  void BindOne(const std::optional<T>& v) {
    if (v) {
      BindOne(*v);
    } else {
      BindOne(std::nullopt);
    }
  }

  Conn* conn_;
  std::string name_;  // the prepared statement's name; empty: a one-off (PQexecParams)
  std::string sql_;
  std::vector<std::string> values_;
  std::vector<bool> null_;
  std::vector<int> binary_;
  PGresult* result_ = nullptr;
  int row_ = -1;
  bool executed_ = false;
};

class Conn {
 public:
  // Connects to a libpq URI or key=value string ("postgresql://user@host/db?...").
  explicit Conn(const std::string& uri);
  ~Conn();
  Conn(const Conn&) = delete;
  Conn& operator=(const Conn&) = delete;

  // Runs one or more statements without parameters (the simple query protocol).
  void Exec(std::string_view sql);
  // The statement for `sql`, prepared on this connection on first use and kept.
  Stmt Cached(std::string_view sql);
  // A statement executed without preparing it (for texts that vary, such as DDL).
  Stmt OneOff(std::string_view sql);

  // Whether the connection is usable; after a failure Reset() reconnects (and forgets
  // the prepared statements, which belonged to the old session).
  bool ok() const;
  void Reset();
  // Whether a transaction is open (or failed and awaiting ROLLBACK).
  bool in_transaction() const;
  std::size_t cached_statements() const { return prepared_.size(); }
  PGconn* handle() { return conn_; }

  [[noreturn]] void Fail(const PGresult* result, std::string_view context) const;

 private:
  friend class Stmt;
  PGconn* conn_ = nullptr;
  // Keyed by the SQL text, valued by the server-side statement name. The program's own
  // statement texts are a fixed set, so the cache is not bounded.
  std::unordered_map<std::string, std::string> prepared_;
};

// BEGIN (or `begin`, e.g. "BEGIN ISOLATION LEVEL REPEATABLE READ") on construction;
// ROLLBACK on destruction unless Commit() was called.
class Transaction {
 public:
  explicit Transaction(Conn& conn, std::string_view begin = "BEGIN");
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit();

 private:
  Conn& conn_;
  bool done_ = false;
};

}  // namespace fieldledger::pg
