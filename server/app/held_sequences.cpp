#include "app/held_sequences.h"

#include <algorithm>

namespace fieldledger::server {

HeldSequences::Verdict HeldSequences::Compare(const std::string& job, std::int64_t seq) const {
  if (const auto found = seq_of_.find(job); found != seq_of_.end()) {
    return seq > found->second ? Verdict::kNewer : Verdict::kHeld;
  }
  // Held at most at the floor: anything later is newer; anything else may not be.
  return seq > floor_ ? Verdict::kNewer : Verdict::kUnknown;
}

void HeldSequences::Hold(const std::string& job, std::int64_t seq) {
  auto [it, inserted] = seq_of_.try_emplace(job, seq);
  if (!inserted) {
    if (seq <= it->second) return;
    it->second = seq;
  }
  order_.emplace_back(job, seq);
  while (order_.size() > remembered_) {
    auto& [old_job, old_seq] = order_.front();
    // Only the job's latest entry forgets it; older entries of a job held again since
    // are stale and just dropped.
    if (auto known = seq_of_.find(old_job); known != seq_of_.end() && known->second == old_seq) {
      floor_ = std::max(floor_, old_seq);
      seq_of_.erase(known);
    }
    order_.pop_front();
  }
}

}  // namespace fieldledger::server
