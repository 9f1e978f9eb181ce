#pragma once
// The embedded SQLite implementation of Store, in WAL mode: one writer connection used
// under its lock (SQLite allows one writer at a time anyway), whose concurrent writes
// share a transaction and a commit (group commit), and a pool of read-only
// connections, so a Read never waits for a write. Statements are prepared once per
// connection and cached (sql::Locked::Cached).
#include <atomic>
#include <memory>
#include <string>

#include "fieldledger_sqlite/db.h"
#include "fieldledger_sqlite/group_commit.h"
#include "fieldledger_sqlite/reader_pool.h"
#include "storage/store.h"

namespace fieldledger::server {

class SqliteStore final : public Store {
 public:
  // Opens (creating if needed) and migrates the database at path, with `readers`
  // read-only connections beside the writer. ":memory:" works, on the writer's
  // connection alone: every connection to it would open a database of its own.
  explicit SqliteStore(const std::string& path, int readers = kDefaultReaders);
  ~SqliteStore() override;

  void Write(const std::function<void(StoreTx&)>& fn) override;
  void Read(const std::function<void(StoreTx&)>& fn) override;
  std::int64_t ExternalWrites() override;

  int schema_version() const { return schema_version_; }
  // Whether the database can take a write now: commits a row that needs new pages (and
  // removes it in the same transaction), so a full disk, a full database
  // (max_page_count) or a failing device answers false. The server's health uses it.
  bool ProbeWritable();
  // Caps the database at `max_bytes` (rounded down to whole pages; PRAGMA max_page_count
  // on the writer; 0 lifts the cap): writes past it fail as on a full disk. It cannot go
  // below the pages already in use. The full-disk tests use it.
  void LimitSize(std::int64_t max_bytes);
  // Read connections beside the writer (0 for an in-memory database).
  std::size_t readers() const { return readers_ ? readers_->size() : 0; }

  // Enough for the short reads (token checks, scorecards, pulls) of a small server.
  static constexpr int kDefaultReaders = 4;
  // Writes sharing one commit at most: bounds how long the last of them waits.
  static constexpr std::size_t kMaxGroup = 64;

 private:
  class Tx;
  static void ReadOn(sql::Locked& conn, const std::function<void(StoreTx&)>& fn);
  sql::Db db_;  // the writer
  int schema_version_ = 0;
  std::unique_ptr<sql::ReaderPool> readers_;   // null for an in-memory database
  std::atomic<std::int64_t> data_version_{0};  // the writer's, after its last commit
  sql::GroupCommit group_;
};

}  // namespace fieldledger::server
