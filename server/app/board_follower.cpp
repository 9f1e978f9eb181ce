#include "app/board_follower.h"

#include <iostream>
#include <string>
#include <vector>

namespace fieldledger::server {

std::optional<std::int64_t> BoardFollower::cursor() const {
  std::lock_guard lock(mu_);
  return cursor_;
}

int BoardFollower::PollOnce() {
  std::optional<std::int64_t> at = cursor();
  if (!at) {
    std::int64_t last = 0;
    store_.Read([&](StoreTx& tx) { last = tx.LastBoardChangeSeq(); });
    std::lock_guard lock(mu_);
    cursor_ = last;
    return 0;
  }
  int published = 0;
  for (;;) {
    std::vector<BoardChangeRecord> rows;
    bool behind = false;
    store_.Read([&](StoreTx& tx) {
      rows = tx.ListBoardChanges(*at, kBatch);
      // A gap after the cursor: numbers used by rolled-back writes (PostgreSQL hands them
      // out anyway), or rows pruned (storage/board_changes.h). The log is pruned from its
      // start, so while a row at or before the cursor remains, nothing after it was.
      if (!rows.empty() && rows.front().seq > *at + 1) {
        const auto oldest = tx.ListBoardChanges(0, 1);
        behind = oldest.empty() || oldest.front().seq > *at;
      }
    });
    if (behind) {
      std::cerr << "board follower: the board change log was pruned past this instance's "
                   "cursor; its open boards reload\n";
      feed_.ResetAll();
      ++resets_;
    }
    // Consecutive rows of one company become one feed change (one write's jobs, usually).
    for (std::size_t i = 0; i < rows.size();) {
      const std::string& company = rows[i].company_id;
      std::vector<std::string> jobs;
      for (; i < rows.size() && rows[i].company_id == company; ++i) {
        if (jobs.empty() || jobs.back() != rows[i].job_id) jobs.push_back(rows[i].job_id);
      }
      feed_.Publish(company, std::move(jobs), {});
    }
    published += static_cast<int>(rows.size());
    if (!rows.empty()) {
      at = rows.back().seq;
      std::lock_guard lock(mu_);
      cursor_ = at;
    }
    if (rows.size() < static_cast<std::size_t>(kBatch)) return published;
  }
}

void BoardFollower::Start() {
  try {
    PollOnce();  // takes the cursor: the log's end
  } catch (const std::exception& e) {
    std::cerr << "board follower: cannot read the board change log yet (" << e.what()
              << "); trying again every " << interval_.count() << " ms\n";
  }
  {
    std::lock_guard lock(mu_);
    stop_ = false;
  }
  thread_ = std::thread([this] { Loop(); });
}

void BoardFollower::Stop() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void BoardFollower::Loop() {
  bool failing = false;
  for (;;) {
    {
      std::unique_lock lock(mu_);
      if (wake_.wait_for(lock, interval_, [this] { return stop_; })) return;
    }
    try {
      PollOnce();
      if (failing) std::cerr << "board follower: reading the board change log again\n";
      failing = false;
    } catch (const std::exception& e) {
      // Logged once per outage, not every interval; the cursor stays where it was.
      if (!failing) {
        std::cerr << "board follower: cannot read the board change log (" << e.what()
                  << "); trying again every " << interval_.count() << " ms\n";
      }
      failing = true;
    }
  }
}

}  // namespace fieldledger::server
