#pragma once
// Makes a dispatcher board open on this server instance hear of changes committed through
// any other instance on the same database. Every write that changes what a board shows
// adds its jobs to the board change log in its own transaction
// (Store::AppendBoardChanges); this follower reads the rows after its cursor every
// `interval` and publishes them into this instance's BoardFeed, which wakes the open
// WatchBoard streams, as a change made here does.
//
// It starts at the log's end: changes committed before it started are in any board
// snapshot taken since. A read that fails (the database restarting, a lost connection)
// is logged, the cursor kept, and the read tried again at the next interval, so nothing
// committed meanwhile is skipped. Reading "after the cursor" misses nothing only because
// the log's sequence numbers become visible in order: every write on PostgreSQL holds the
// store's one advisory write lock until it commits (docs/postgresql.md), so no row with a
// lower number can commit after a higher one was read. Finer write locks must keep that.
//
// Changes made through this instance are published twice: at once by the write path
// (DispatchBoard::JobsChanged), and again when the follower reads them back. That is
// harmless: a board reloads the rows of the jobs named, and gets the same rows.
//
// The log is pruned (storage/board_changes.h): a follower whose cursor fell behind the
// rows kept (a read failing for long while other instances write) cannot replay what it
// missed, so it resets its feed (BoardFeed::ResetAll): every open board on this instance
// gets a reset and reloads. A gap after the cursor with every row up to the cursor pruned
// is taken for that too, also when the gap was only numbers of rolled-back writes; the
// boards then reload needlessly once.
//
// Phones "seen" (DispatchBoard::PhoneSeen) are not in the log: a pull changes nothing
// stored, so a phone's last contact through another instance reaches this instance's
// board only as the stored time of the device's last push, when the board reloads.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>

#include "app/dispatch_feed.h"
#include "storage/store.h"

namespace fieldledger::server {

class BoardFollower {
 public:
  static constexpr std::chrono::milliseconds kDefaultInterval{500};
  // Rows read per query; a longer backlog is read in several, without waiting between.
  static constexpr int kBatch = 500;

  BoardFollower(Store& store, BoardFeed& feed,
                std::chrono::milliseconds interval = kDefaultInterval)
      : store_(store), feed_(feed), interval_(interval) {}
  ~BoardFollower() { Stop(); }
  BoardFollower(const BoardFollower&) = delete;
  BoardFollower& operator=(const BoardFollower&) = delete;

  // Starts the thread. The cursor is taken from the log's end first, on this thread;
  // when that read fails, the thread takes it once the database answers.
  void Start();
  // Ends the thread (waking it from its wait) and returns once it has ended.
  void Stop();

  // One step of the thread, for tests: takes the cursor if it has none yet, then
  // publishes every row after it; returns how many rows were published. Throws what the
  // store throws, with the cursor unchanged.
  int PollOnce();
  std::optional<std::int64_t> cursor() const;
  // How often the follower found itself behind the pruned log and reset the feed.
  int resets() const { return resets_.load(); }

 private:
  void Loop();

  Store& store_;
  BoardFeed& feed_;
  const std::chrono::milliseconds interval_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::optional<std::int64_t> cursor_;  // guarded by mu_; written by PollOnce only
  std::atomic<int> resets_{0};
  std::thread thread_;
};

}  // namespace fieldledger::server
