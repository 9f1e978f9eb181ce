#pragma once
// The server's state that every call consults at the gate: whether it is draining for a
// shutdown (new calls are refused with UNAVAILABLE, the phone's "try again later", while
// calls under way finish), how many calls are under way, and whether the database can be
// written (health says NOT_SERVING while it cannot; reads keep being served).
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace fieldledger::server {

class ServerLifecycle {
 public:
  // One admitted call; leaves on destruction. Empty (admitted() false) while draining.
  class Call {
   public:
    explicit Call(ServerLifecycle* owner)
        : owner_(owner && owner->Enter() ? owner : nullptr), refused_(owner && !owner_) {}
    ~Call() {
      if (owner_) owner_->Leave();
    }
    Call(const Call&) = delete;
    Call& operator=(const Call&) = delete;
    bool refused() const { return refused_; }

   private:
    ServerLifecycle* owner_;
    bool refused_;
  };

  // From now on new calls are refused; health turns NOT_SERVING.
  void BeginDrain();
  bool draining() const { return draining_; }
  // Blocks until no admitted call is under way or the deadline passes; true if idle.
  bool WaitIdle(std::chrono::steady_clock::time_point deadline);
  int in_flight() const;

  // A write failed because the database cannot take it (disk full, I/O error, read-only).
  void StorageFailed();
  // A probe write succeeded again.
  void StorageRecovered();
  bool writable() const { return writable_; }

  // Called with the new serving status whenever it changes (writable and not draining).
  std::function<void(bool serving)> on_serving_changed;

 private:
  bool Enter();
  void Leave();
  void Publish();
  std::atomic<bool> draining_{false};
  std::atomic<bool> writable_{true};
  mutable std::mutex mu_;
  std::condition_variable idle_;
  int in_flight_ = 0;
  bool last_published_ = true;
};

// Whether a SQLite result code means the database cannot be written at all, as opposed to
// one statement failing (SQLITE_FULL, SQLITE_IOERR*, SQLITE_READONLY*, SQLITE_CANTOPEN).
bool IsStorageUnwritable(int sqlite_code);

}  // namespace fieldledger::server
