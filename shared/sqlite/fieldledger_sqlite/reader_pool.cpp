#include "fieldledger_sqlite/reader_pool.h"

namespace fieldledger::sql {

ReaderPool::ReaderPool(const std::string& path, int size, int busy_timeout_ms) {
  OpenOptions options;
  options.read_only = true;
  options.busy_timeout_ms = busy_timeout_ms;
  for (int i = 0; i < size; ++i) {
    connections_.push_back(std::make_unique<Db>(path, options));
    free_.push_back(static_cast<std::size_t>(i));
  }
}

ReaderPool::Lease ReaderPool::Acquire() {
  std::unique_lock lock(mu_);
  freed_.wait(lock, [&] { return !free_.empty(); });
  const std::size_t index = free_.back();
  free_.pop_back();
  lock.unlock();
  return Lease(*this, index);
}

void ReaderPool::Release(std::size_t index) {
  {
    std::lock_guard lock(mu_);
    free_.push_back(index);
  }
  freed_.notify_one();
}

ReaderPool::Lease::Lease(ReaderPool& pool, std::size_t index)
    : pool_(pool), index_(index), conn_(std::in_place, *pool.connections_[index]) {}

ReaderPool::Lease::~Lease() {
  conn_.reset();  // unlock before the connection is offered to the next thread
  pool_.Release(index_);
}

}  // namespace fieldledger::sql
