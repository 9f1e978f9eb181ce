#pragma once
// RAII wrappers over sqlite3: a connection, a prepared statement, a transaction.
// Every failure throws SqliteError carrying SQLite's own message, so callers never
// continue after a failed step by accident.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fieldledger::sql {

class SqliteError : public std::runtime_error {
 public:
  SqliteError(int code, const std::string& what) : std::runtime_error(what), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

struct Blob {
  std::string_view bytes;
};

class Db;

class Stmt {
 public:
  Stmt(Db& db, std::string_view sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Binds parameters 1..N in order; std::nullopt binds NULL.
  template <typename... Args>
  Stmt& Bind(const Args&... args) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    int i = 1;
    (BindOne(i++, args), ...);
    return *this;
  }

  // Advances to the next row; false when done.
  bool Step();
  // Runs a statement that returns no rows.
  void Run();

  bool IsNull(int col) const;
  std::int64_t Int(int col) const;
  double Real(int col) const;
  std::string Text(int col) const;
  std::string BlobBytes(int col) const;
  std::optional<std::int64_t> OptInt(int col) const;

 private:
  void BindOne(int i, std::int64_t v);
  void BindOne(int i, int v) { BindOne(i, static_cast<std::int64_t>(v)); }
  void BindOne(int i, bool v) { BindOne(i, static_cast<std::int64_t>(v ? 1 : 0)); }
  void BindOne(int i, double v);
  void BindOne(int i, std::string_view v);
  void BindOne(int i, const std::string& v) { BindOne(i, std::string_view(v)); }
  void BindOne(int i, const char* v) { BindOne(i, std::string_view(v)); }
  void BindOne(int i, Blob v);
  void BindOne(int i, std::nullopt_t);
  template <typename T>
  void BindOne(int i, const std::optional<T>& v) {
    if (v) {
      BindOne(i, *v);
    } else {
      BindOne(i, std::nullopt);
    }
  }
  void Check(int rc) const;

  Db& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

struct OpenOptions {
  bool wal = true;
  // FULL makes a commit durable across power loss: the outbox and the server's
  // acknowledgement depend on it.
  bool synchronous_full = true;
  int busy_timeout_ms = 5000;
};

class Db {
 public:
  explicit Db(const std::string& path, const OpenOptions& options = {});
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  void Exec(std::string_view sql);
  std::int64_t LastInsertRowId() const;
  int Changes() const;
  sqlite3* handle() { return db_; }

  [[noreturn]] void Fail(int rc, std::string_view context) const;

 private:
  sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE on construction (so a writer never deadlocks upgrading a read lock);
// ROLLBACK on destruction unless Commit() was called.
class Transaction {
 public:
  explicit Transaction(Db& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit();

 private:
  Db& db_;
  bool done_ = false;
};

}  // namespace fieldledger::sql
