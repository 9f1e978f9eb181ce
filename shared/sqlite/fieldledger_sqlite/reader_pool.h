#pragma once
// A fixed set of read-only connections to one database in WAL mode. Under WAL a reader
// sees the last committed state and never waits for the writer (nor the writer for
// it), so a pool of them lets reads run beside a write transaction. Each connection is
// used by one thread at a time: a Lease holds its lock (sql::Locked) while it lives.
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "fieldledger_sqlite/db.h"

namespace fieldledger::sql {

class ReaderPool {
 public:
  // Opens `size` read-only connections to the database at `path`, which must exist and
  // already be in WAL mode (the writer's connection sets it).
  ReaderPool(const std::string& path, int size, int busy_timeout_ms = 5000);
  ReaderPool(const ReaderPool&) = delete;
  ReaderPool& operator=(const ReaderPool&) = delete;

  // One connection, locked for this thread, handed back to the pool on destruction.
  class Lease {
   public:
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Locked& conn() { return *conn_; }

   private:
    friend class ReaderPool;
    Lease(ReaderPool& pool, std::size_t index);
    ReaderPool& pool_;
    std::size_t index_;
    std::optional<Locked> conn_;
  };

  // Waits while every connection is leased.
  Lease Acquire();
  std::size_t size() const { return connections_.size(); }

 private:
  void Release(std::size_t index);

  std::vector<std::unique_ptr<Db>> connections_;
  std::mutex mu_;
  std::condition_variable freed_;
  std::vector<std::size_t> free_;
};

}  // namespace fieldledger::sql
