#include "app/dispatch_feed.h"

#include <algorithm>
#include <chrono>

namespace fieldledger::server {

std::int64_t BoardFeed::Head() const {
  std::lock_guard lock(mu_);
  return head_;
}

std::int64_t BoardFeed::Publish(const std::string& company_id, std::vector<std::string> job_ids,
                                std::vector<std::string> technician_ids) {
  std::int64_t seq = 0;
  {
    std::lock_guard lock(mu_);
    seq = ++head_;
    changes_.push_back({seq, company_id, std::move(job_ids), std::move(technician_ids)});
    if (changes_.size() > kCapacity) changes_.pop_front();
  }
  cv_.notify_all();
  return seq;
}

void BoardFeed::ResetAll() {
  {
    std::lock_guard lock(mu_);
    changes_.clear();
    ++head_;
  }
  cv_.notify_all();
}

BoardFeed::Wait BoardFeed::After(const std::string& company_id, std::int64_t epoch,
                                 std::int64_t after, DurationMs timeout,
                                 const std::function<bool()>& stop) const {
  using namespace std::chrono;
  const auto deadline = steady_clock::now() + milliseconds(timeout);
  std::unique_lock lock(mu_);
  Wait out;
  for (;;) {
    out.head = head_;
    const std::int64_t oldest = changes_.empty() ? head_ + 1 : changes_.front().seq;
    // A cursor ahead of the head, from another epoch, or behind what is kept: replay is
    // impossible, so say so rather than silently skip changes.
    if (epoch != epoch_ || after > head_ || (after + 1 < oldest && after < head_)) {
      out.reset = true;
      return out;
    }
    if (after < head_) {
      for (const auto& c : changes_) {
        if (c.seq > after && c.company_id == company_id) out.changes.push_back(c);
      }
      if (!out.changes.empty()) return out;
      // Only other companies' changes: this stream is now at the head.
      after = head_;
      out.head = head_;
    }
    if (steady_clock::now() >= deadline || (stop && stop())) return out;
    const auto until = std::min(deadline, steady_clock::now() + milliseconds(100));
    cv_.wait_until(lock, until);
  }
}

}  // namespace fieldledger::server
