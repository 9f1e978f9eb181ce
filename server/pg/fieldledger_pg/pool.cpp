#include "fieldledger_pg/pool.h"

namespace fieldledger::pg {

Pool::Pool(const std::string& uri, int size) {
  for (int i = 0; i < size; ++i) {
    connections_.push_back(std::make_unique<Conn>(uri));
    free_.push_back(static_cast<std::size_t>(i));
  }
}

Pool::Lease Pool::Acquire() {
  std::size_t index = 0;
  {
    std::unique_lock lock(mu_);
    freed_.wait(lock, [&] { return !free_.empty(); });
    index = free_.back();
    free_.pop_back();
  }
  Conn& c = *connections_[index];
  if (!c.ok()) {
    try {
      c.Reset();
    } catch (...) {
      Release(index);
      throw;
    }
  }
  return Lease(*this, index);
}

Pool::Lease::~Lease() { pool_.Release(index_); }

void Pool::Release(std::size_t index) {
  {
    std::lock_guard lock(mu_);
    free_.push_back(index);
  }
  freed_.notify_one();
}

}  // namespace fieldledger::pg
