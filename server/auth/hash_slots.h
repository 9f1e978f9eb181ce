#pragma once
// A bound on password hashing in flight. Each argon2id check takes Argon2Params::
// memory_kib (19 MiB by default) for its duration, so a flood of sign-ins would take
// that much per request at once; with N slots the hashing holds at most N of those.
// A request that finds every slot taken waits briefly, then is refused (the caller
// retries), so the wait cannot pile up either.
#include <chrono>
#include <semaphore>

namespace fieldledger::server {

class HashSlots {
 public:
  static constexpr int kMaxSlots = 64;
  HashSlots(int slots, std::chrono::milliseconds max_wait)
      : free_(slots < 1 ? 1 : (slots > kMaxSlots ? kMaxSlots : slots)), max_wait_(max_wait) {}

  // Holds a slot for its lifetime; `acquired()` is false when none came free in time.
  class Slot {
   public:
    explicit Slot(HashSlots& slots)
        : slots_(slots), acquired_(slots.free_.try_acquire_for(slots.max_wait_)) {}
    ~Slot() {
      if (acquired_) slots_.free_.release();
    }
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;
    bool acquired() const { return acquired_; }

   private:
    HashSlots& slots_;
    bool acquired_;
  };

 private:
  std::counting_semaphore<kMaxSlots> free_;
  std::chrono::milliseconds max_wait_;
};

}  // namespace fieldledger::server
