#pragma once
// Growing delays after failed sign-ins, per account and per address, so guessing a
// password costs hours instead of seconds. In memory: a restart forgets the counts,
// which costs an attacker a server restart, not a bypass.
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

#include "fieldledger/core/time.h"

namespace fieldledger::server {

struct ThrottlePolicy {
  // Failures allowed before the first delay; the address allows more, since a whole
  // office may sign in from behind one address.
  int free_user_failures = 5;
  int free_address_failures = 20;
  // The first delay, doubled by every further failure, never above the cap.
  DurationMs first_delay = 2'000;
  DurationMs max_delay = 15 * 60'000;
  // A key with no failure for this long starts again from zero.
  DurationMs forget_after = 60 * 60'000;
  // At most this many keys are tracked; stale ones are dropped first (memory bound).
  std::size_t max_keys = 100'000;
};

class LoginThrottle {
 public:
  explicit LoginThrottle(ThrottlePolicy policy = {}) : policy_(policy) {}

  struct Wait {
    DurationMs ms = 0;     // 0: the attempt may go ahead
    bool by_user = false;  // the account's delay (else the address's)
  };
  // How long an attempt for `username` from `address` must still wait.
  Wait Check(const std::string& username, const std::string& address, TimeMs now);
  // Counts a failure; true when it starts a delay (for the security trail).
  bool Failed(const std::string& username, const std::string& address, TimeMs now);
  // A right password clears the account's count. Not the address's: one account an
  // attacker owns must not buy more guesses at everyone else's.
  void Succeeded(const std::string& username);

  const ThrottlePolicy& policy() const { return policy_; }

 private:
  struct Entry {
    int failures = 0;
    TimeMs last_failure_ms = 0;
  };
  DurationMs DelayOf(const Entry& e, int free_failures) const;
  DurationMs RemainingOf(const std::unordered_map<std::string, Entry>& map, const std::string& key,
                         int free_failures, TimeMs now) const;
  bool Count(std::unordered_map<std::string, Entry>& map, const std::string& key, int free_failures,
             TimeMs now);
  void Prune(std::unordered_map<std::string, Entry>& map, TimeMs now);

  ThrottlePolicy policy_;
  std::mutex mu_;
  std::unordered_map<std::string, Entry> users_;
  std::unordered_map<std::string, Entry> addresses_;
};

}  // namespace fieldledger::server
