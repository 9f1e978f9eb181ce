#pragma once
// RAII wrappers over sqlite3: a connection, a prepared statement, a transaction, and a
// per-connection cache of prepared statements (as Chromium's
// sql::Database::GetCachedStatement): hot statements are parsed once per connection,
// not once per use. Every failure throws SqliteError carrying SQLite's own message, so
// callers never continue after a failed step by accident.
#include <sqlite3.h>

#include <cstdint>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
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
class Locked;

// A prepared statement. Made directly, it is prepared here and finalized on
// destruction; handed out by Locked::Cached, it belongs to the connection's cache and
// is reset and unbound on destruction, ready for the next use.
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
  // The underlying statement (tests compare handles to see the cache reuse one).
  sqlite3_stmt* handle() const { return stmt_; }

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

  friend class Locked;
  // A cached statement: `in_use` is its cache entry's flag, cleared on release.
  Stmt(Db& db, sqlite3_stmt* cached, bool* in_use) : db_(db), stmt_(cached), in_use_(in_use) {}

  Db& db_;
  sqlite3_stmt* stmt_ = nullptr;
  bool* in_use_ = nullptr;  // null: owned, finalized on destruction
};

struct OpenOptions {
  // A read-only connection (SQLITE_OPEN_READONLY) reads a database another connection
  // created; it sets no journal mode (WAL is a property of the file, set by the writer).
  bool read_only = false;
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

  // How many statements the cache holds (for tests).
  std::size_t cached_statements() const { return cache_.size(); }

 private:
  friend class Locked;
  struct CacheEntry {
    sqlite3_stmt* stmt = nullptr;
    bool in_use = false;
  };
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  sqlite3* db_ = nullptr;
  // A connection is used by one thread at a time (it is opened SQLITE_OPEN_NOMUTEX);
  // this is the lock a Locked holds.
  std::mutex mu_;
  // Keyed by the SQL text. The keys are the program's own statement texts, a fixed set,
  // so the cache is not bounded. SQLite re-prepares a cached statement by itself when
  // the schema changes (sqlite3_prepare_v2), so entries never go stale.
  std::unordered_map<std::string, CacheEntry, TextHash, std::equal_to<>> cache_;
};

// Proof that this thread holds a connection's lock, for as long as it lives: the only
// way to reach the connection's statement cache.
class Locked {
 public:
  explicit Locked(Db& db) : db_(&db), lock_(db.mu_) {}
  // nullopt when another thread holds the lock.
  static std::optional<Locked> TryLock(Db& db);

  // The statement for `sql`, prepared on first use and kept for this connection; it is
  // reset and its bindings cleared when the returned Stmt is destroyed. If the same
  // text is already in use (a statement run while another with the same text is still
  // being stepped), a one-off statement is prepared instead.
  Stmt Cached(std::string_view sql);
  Db& db() { return *db_; }

 private:
  Locked(Db& db, std::unique_lock<std::mutex> lock) : db_(&db), lock_(std::move(lock)) {}
  Db* db_;
  std::unique_lock<std::mutex> lock_;
};

// BEGIN IMMEDIATE on construction (so a writer never deadlocks upgrading a read lock);
// ROLLBACK on destruction unless Commit() was called. Made from a Locked, it runs
// BEGIN/COMMIT/ROLLBACK as cached statements.
class Transaction {
 public:
  explicit Transaction(Db& db);
  explicit Transaction(Locked& conn);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit();

 private:
  void Run(const char* sql);
  Db& db_;
  Locked* conn_ = nullptr;
  bool done_ = false;
};

}  // namespace fieldledger::sql
