#include "auth/login_throttle.h"

#include <algorithm>

namespace fieldledger::server {

DurationMs LoginThrottle::DelayOf(const Entry& e, int free_failures) const {
  // The first failure past the free ones waits first_delay; each further one doubles it.
  const int over = e.failures - free_failures - 1;
  if (over < 0) return 0;
  // Doubling stops at the cap long before the shift could overflow.
  DurationMs delay = policy_.first_delay;
  for (int i = 0; i < over && delay < policy_.max_delay; ++i) delay *= 2;
  return std::min(delay, policy_.max_delay);
}

DurationMs LoginThrottle::RemainingOf(const std::unordered_map<std::string, Entry>& map,
                                      const std::string& key, int free_failures, TimeMs now) const {
  auto it = map.find(key);
  if (it == map.end()) return 0;
  if (now - it->second.last_failure_ms >= policy_.forget_after) return 0;
  const TimeMs until = it->second.last_failure_ms + DelayOf(it->second, free_failures);
  return std::max<DurationMs>(0, until - now);
}

LoginThrottle::Wait LoginThrottle::Check(const std::string& username, const std::string& address,
                                         TimeMs now) {
  std::lock_guard lock(mu_);
  const DurationMs user = RemainingOf(users_, username, policy_.free_user_failures, now);
  const DurationMs addr = RemainingOf(addresses_, address, policy_.free_address_failures, now);
  if (user == 0 && addr == 0) return {};
  return user >= addr ? Wait{user, true} : Wait{addr, false};
}

void LoginThrottle::Prune(std::unordered_map<std::string, Entry>& map, TimeMs now) {
  std::erase_if(map, [&](const auto& kv) {
    return now - kv.second.last_failure_ms >= std::min(policy_.forget_after, policy_.max_delay);
  });
}

bool LoginThrottle::Count(std::unordered_map<std::string, Entry>& map, const std::string& key,
                          int free_failures, TimeMs now) {
  auto it = map.find(key);
  if (it == map.end()) {
    if (map.size() >= policy_.max_keys) Prune(map, now);
    // Still full of live entries: track no new key rather than grow without bound; the
    // address key still slows a flood of different usernames.
    if (map.size() >= policy_.max_keys) return false;
    it = map.emplace(key, Entry{}).first;
  }
  Entry& e = it->second;
  if (now - e.last_failure_ms >= policy_.forget_after) e.failures = 0;
  ++e.failures;
  e.last_failure_ms = now;
  return e.failures == free_failures + 1;
}

bool LoginThrottle::Failed(const std::string& username, const std::string& address, TimeMs now) {
  std::lock_guard lock(mu_);
  const bool user = Count(users_, username, policy_.free_user_failures, now);
  const bool addr = Count(addresses_, address, policy_.free_address_failures, now);
  return user || addr;
}

void LoginThrottle::Succeeded(const std::string& username) {
  std::lock_guard lock(mu_);
  users_.erase(username);
}

}  // namespace fieldledger::server
