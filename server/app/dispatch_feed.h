#pragma once
// The board's live feed: every committed change that a dispatcher's board shows (a job
// created, assigned, rescheduled, cancelled, excused; an event applied; a phone seen),
// numbered in order, so WatchBoard streams can wait for the next one and resume after
// the last one they sent.
//
// The feed lives in memory: the last kCapacity changes are kept. Its epoch (the
// server's start time) is part of every cursor; a cursor from another epoch or older
// than the oldest change kept cannot be replayed, and the client reloads the board.
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/core/time.h"

namespace fieldledger::server {

struct BoardChange {
  std::int64_t seq = 0;
  std::string company_id;
  std::vector<std::string> job_ids;
  std::vector<std::string> technician_ids;  // phones seen
};

class BoardFeed {
 public:
  static constexpr std::size_t kCapacity = 10'000;

  explicit BoardFeed(std::int64_t epoch) : epoch_(epoch) {}

  std::int64_t epoch() const { return epoch_; }
  // The number of the last change published (0 before the first).
  std::int64_t Head() const;
  // Records a change and wakes every waiting stream. Returns its number.
  std::int64_t Publish(const std::string& company_id, std::vector<std::string> job_ids,
                       std::vector<std::string> technician_ids);

  // Drops every kept change and moves the head on, so every stream's cursor is behind what
  // is kept: each answers reset and its client reloads the board. For a follower that
  // fell behind the pruned board change log (app/board_follower.h).
  void ResetAll();

  struct Wait {
    bool reset = false;  // the cursor cannot be replayed
    std::vector<BoardChange> changes;
    std::int64_t head = 0;
  };
  // The company's changes after `after`, waiting up to `timeout` for one to come;
  // returns early, empty, when stop() turns true (checked every 100 ms).
  Wait After(const std::string& company_id, std::int64_t epoch, std::int64_t after,
             DurationMs timeout, const std::function<bool()>& stop) const;

 private:
  const std::int64_t epoch_;
  mutable std::mutex mu_;
  mutable std::condition_variable cv_;
  std::deque<BoardChange> changes_;
  std::int64_t head_ = 0;
};

}  // namespace fieldledger::server
