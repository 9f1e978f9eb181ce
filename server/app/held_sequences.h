#pragma once
// How new the state a cache holds of each job is, in job-change sequences (which follow
// commit order: writers are serialised). Exact for the jobs applied most recently, a
// bound for the rest: "at most `floor`", where the floor is the sequence the cache was
// built at, raised past every job it forgets. Memory stays bounded however many jobs
// change.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <utility>

namespace fieldledger::server {

class HeldSequences {
 public:
  enum class Verdict {
    kNewer,    // the held state is older than `seq`: apply
    kHeld,     // the held state is at least as new: nothing to do
    kUnknown,  // forgotten, and the bound does not decide it: read the job again
  };

  explicit HeldSequences(std::int64_t built_at, std::size_t remembered = 4096)
      : floor_(built_at), remembered_(remembered == 0 ? 1 : remembered) {}

  // Where a state of `job` written by the commit that appended `seq` stands.
  Verdict Compare(const std::string& job, std::int64_t seq) const;
  // The state now held of `job` includes every commit up to `seq`.
  void Hold(const std::string& job, std::int64_t seq);

  std::int64_t floor() const { return floor_; }

 private:
  std::int64_t floor_;
  std::size_t remembered_;
  std::unordered_map<std::string, std::int64_t> seq_of_;
  std::deque<std::pair<std::string, std::int64_t>> order_;  // oldest Hold first
};

}  // namespace fieldledger::server
