#pragma once
// A fixed set of connections to one database, each used by one thread at a time: a Lease
// holds one while it lives. A connection found broken when leased (the server restarted,
// the network dropped) is reconnected first.
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "fieldledger_pg/conn.h"

namespace fieldledger::pg {

class Pool {
 public:
  Pool(const std::string& uri, int size);
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  class Lease {
   public:
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Conn& conn() { return *pool_.connections_[index_]; }

   private:
    friend class Pool;
    Lease(Pool& pool, std::size_t index) : pool_(pool), index_(index) {}
    Pool& pool_;
    std::size_t index_;
  };

  // Waits while every connection is leased.
  Lease Acquire();
  std::size_t size() const { return connections_.size(); }

 private:
  void Release(std::size_t index);

  std::vector<std::unique_ptr<Conn>> connections_;
  std::mutex mu_;
  std::condition_variable freed_;
  std::vector<std::size_t> free_;
};

}  // namespace fieldledger::pg
