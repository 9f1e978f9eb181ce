#pragma once
// The PostgreSQL implementation of Store (libpq through fieldledger_pg), for several
// server instances over one database. The same tables as SqliteStore
// (storage/pg_migrations.h) and the same behaviour, method by method.
//
// Concurrency: two pools of connections, one for reads and one for writes, so a Read
// never waits for a connection held by a writer queued on the write lock (a Read made
// inside a Write cannot deadlock). A Read is one REPEATABLE READ READ ONLY transaction
// (one snapshot), and runs beside writes. A Write is one transaction that
// first takes a transaction-scoped advisory lock shared by every PgStore on the
// database, so writes are serialised across instances exactly as SQLite serialises
// them in one file: the application's read-then-write steps (a device's sequence, an
// idempotency key, the change feed's order) need no other locking. That is correct, not
// yet scalable: finer locks (per device, per company) are a later step.
#include <atomic>
#include <string>

#include "fieldledger_pg/pool.h"
#include "storage/store.h"

namespace fieldledger::server {

class PgStore final : public Store {
 public:
  // Connects to `uri` (a libpq URI, "postgresql://user@host:port/db"), migrates the
  // database and opens the connections. Writes take turns anyway (the write lock), so
  // two write connections are enough: one writing, one ready.
  explicit PgStore(const std::string& uri, int read_connections = kDefaultReadConnections,
                   int write_connections = 2);
  ~PgStore() override;

  // Runs fn in a write transaction and returns once it is committed; when fn throws,
  // the transaction is rolled back and the exception propagates.
  void Write(const std::function<void(StoreTx&)>& fn) override;
  void Read(const std::function<void(StoreTx&)>& fn) override;
  // Commits by other PgStores (other instances, other processes) on this database: a
  // counter row every write bumps (pg_store_writes), less this store's own writes.
  std::int64_t ExternalWrites() override;

  int schema_version() const { return schema_version_; }
  // Whether the database takes a write now (the server's health): commits a transaction
  // that writes a 16 KiB row to health_probe and deletes it again.
  bool ProbeWritable();

  static constexpr int kDefaultReadConnections = 4;
  // Any constant: the transaction-level advisory lock every write takes first (above);
  // other writers to the same tables (the company copy, storage/pg_company_copy.h) take it
  // too, so they are serialised with every instance's writes.
  static constexpr std::int64_t kWriteLock = 0x46'4C'57'52'49'54;  // "FLWRIT"

 private:
  class Tx;
  int schema_version_ = 0;
  pg::Pool readers_;
  pg::Pool writers_;
  std::atomic<std::int64_t> own_writes_{0};
};

}  // namespace fieldledger::server
