#include "fieldledger_sqlite/db.h"

#include <string>

namespace fieldledger::sql {

Db::Db(const std::string& path, const OpenOptions& options) {
  const int mode =
      options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(path.c_str(), &db_, mode | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw SqliteError(rc, "cannot open database '" + path + "': " + msg);
  }
  sqlite3_busy_timeout(db_, options.busy_timeout_ms);
  sqlite3_extended_result_codes(db_, 1);
  Exec("PRAGMA foreign_keys = ON");
  if (options.read_only) return;
  if (options.wal) Exec("PRAGMA journal_mode = WAL");
  Exec(options.synchronous_full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
}

Db::~Db() {
  for (auto& [sql, entry] : cache_) sqlite3_finalize(entry.stmt);
  sqlite3_close_v2(db_);
}

std::optional<Locked> Locked::TryLock(Db& db) {
  std::unique_lock lock(db.mu_, std::try_to_lock);
  if (!lock.owns_lock()) return std::nullopt;
  return Locked(db, std::move(lock));
}

Stmt Locked::Cached(std::string_view sql) {
  auto it = db_->cache_.find(sql);
  if (it == db_->cache_.end()) {
    sqlite3_stmt* stmt = nullptr;
    const int rc =
        sqlite3_prepare_v2(db_->db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) db_->Fail(rc, "prepare '" + std::string(sql.substr(0, 80)) + "'");
    it = db_->cache_.emplace(std::string(sql), Db::CacheEntry{stmt, false}).first;
  }
  if (it->second.in_use) return Stmt(*db_, sql);
  it->second.in_use = true;
  return Stmt(*db_, it->second.stmt, &it->second.in_use);
}

void Db::Fail(int rc, std::string_view context) const {
  throw SqliteError(rc, std::string(context) + ": " + sqlite3_errmsg(db_));
}

void Db::Exec(std::string_view sql) {
  char* err = nullptr;
  const std::string text(sql);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    throw SqliteError(rc, msg + " (in: " + text.substr(0, 80) + ")");
  }
}

std::int64_t Db::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }
int Db::Changes() const { return sqlite3_changes(db_); }

Stmt::Stmt(Db& db, std::string_view sql) : db_(db) {
  const int rc =
      sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc != SQLITE_OK) db_.Fail(rc, "prepare '" + std::string(sql.substr(0, 80)) + "'");
}

Stmt::~Stmt() {
  if (!in_use_) {
    sqlite3_finalize(stmt_);
    return;
  }
  // Back to the cache: a reset statement holds no read snapshot open, and unbound
  // parameters keep no caller's bytes alive.
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  *in_use_ = false;
}

void Stmt::Check(int rc) const {
  if (rc != SQLITE_OK) db_.Fail(rc, "bind");
}

void Stmt::BindOne(int i, std::int64_t v) { Check(sqlite3_bind_int64(stmt_, i, v)); }
void Stmt::BindOne(int i, double v) { Check(sqlite3_bind_double(stmt_, i, v)); }
void Stmt::BindOne(int i, std::string_view v) {
  Check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
}
void Stmt::BindOne(int i, Blob v) {
  Check(sqlite3_bind_blob(stmt_, i, v.bytes.data(), static_cast<int>(v.bytes.size()),
                          SQLITE_TRANSIENT));
}
void Stmt::BindOne(int i, std::nullopt_t) { Check(sqlite3_bind_null(stmt_, i)); }

bool Stmt::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_.Fail(rc, "step");
}

void Stmt::Run() {
  while (Step()) {
  }
}

bool Stmt::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
std::int64_t Stmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Stmt::Real(int col) const { return sqlite3_column_double(stmt_, col); }
std::string Stmt::Text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
           : std::string();
}
std::string Stmt::BlobBytes(int col) const {
  const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
           : std::string();
}
std::optional<std::int64_t> Stmt::OptInt(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Int(col);
}

Transaction::Transaction(Db& db) : db_(db) { Run("BEGIN IMMEDIATE"); }
Transaction::Transaction(Locked& conn) : db_(conn.db()), conn_(&conn) { Run("BEGIN IMMEDIATE"); }

void Transaction::Run(const char* sql) {
  if (conn_) {
    conn_->Cached(sql).Run();
  } else {
    db_.Exec(sql);
  }
}

Transaction::~Transaction() {
  if (!done_) {
    try {
      Run("ROLLBACK");
    } catch (...) {
      // Destructors must not throw; SQLite has already rolled back on most errors.
    }
  }
}

void Transaction::Commit() {
  Run("COMMIT");
  done_ = true;
}

}  // namespace fieldledger::sql
