#include "auth/login_throttle.h"

#include <algorithm>

#include "fieldledger/core/sha256.h"

namespace fieldledger::server {

std::string LoginThrottle::AccountSubject(StoreTx& tx, const std::string& username) {
  if (const auto user = tx.FindUserByUsername(username)) return "user:" + user->id;
  return "name:" + Sha256Hex(username).substr(0, 6);
}

DurationMs LoginThrottle::DelayOf(std::int64_t failures, int free_failures) const {
  // The first failure past the free ones waits first_delay; each further one doubles it.
  const std::int64_t over = failures - free_failures - 1;
  if (over < 0) return 0;
  // Doubling stops at the cap long before the shift could overflow.
  DurationMs delay = policy_.first_delay;
  for (std::int64_t i = 0; i < over && delay < policy_.max_delay; ++i) delay *= 2;
  return std::min(delay, policy_.max_delay);
}

DurationMs LoginThrottle::RemainingOf(const std::optional<LoginFailureRecord>& r, int free_failures,
                                      TimeMs now) const {
  if (!r) return 0;
  if (now - r->last_failure_ms >= policy_.forget_after) return 0;
  const TimeMs until = r->last_failure_ms + DelayOf(r->failures, free_failures);
  return std::max<DurationMs>(0, until - now);
}

LoginThrottle::Wait LoginThrottle::Check(const std::string& username, const std::string& address,
                                         TimeMs now) {
  std::optional<LoginFailureRecord> user, addr;
  store_.Read([&](StoreTx& tx) {
    user = tx.FindLoginFailures(kAccount, AccountSubject(tx, username));
    addr = tx.FindLoginFailures(kAddress, address);
  });
  const DurationMs by_user = RemainingOf(user, policy_.free_user_failures, now);
  const DurationMs by_addr = RemainingOf(addr, policy_.free_address_failures, now);
  if (by_user == 0 && by_addr == 0) return {};
  return by_user >= by_addr ? Wait{by_user, true} : Wait{by_addr, false};
}

bool LoginThrottle::Count(StoreTx& tx, const std::string& scope, const std::string& subject,
                          int free_failures, TimeMs now) {
  auto r = tx.FindLoginFailures(scope, subject);
  if (!r) {
    // Rows quiet for forget_after count as zero anyway: drop them, so the table holds
    // only keys that still matter.
    tx.DeleteLoginFailuresUpTo(now - policy_.forget_after);
    const auto full = [&] {
      return tx.CountLoginFailures(scope) >= static_cast<std::int64_t>(policy_.max_keys);
    };
    if (full()) {
      tx.DeleteLoginFailuresUpTo(now - std::min(policy_.forget_after, policy_.max_delay));
      // Still full of live keys: count no new key rather than grow without bound.
      if (full()) return false;
    }
    r = LoginFailureRecord{scope, subject, 0, 0};
  }
  if (now - r->last_failure_ms >= policy_.forget_after) r->failures = 0;
  ++r->failures;
  r->last_failure_ms = now;
  tx.UpsertLoginFailures(*r);
  return r->failures == free_failures + 1;
}

bool LoginThrottle::Failed(const std::string& username, const std::string& address, TimeMs now) {
  bool started = false;
  // One write: the read-then-write of each count is serialised with every other
  // instance's (the store's write transaction), so no failure is lost.
  store_.Write([&](StoreTx& tx) {
    const bool user =
        Count(tx, kAccount, AccountSubject(tx, username), policy_.free_user_failures, now);
    const bool addr = Count(tx, kAddress, address, policy_.free_address_failures, now);
    started = user || addr;
  });
  return started;
}

void LoginThrottle::Succeeded(const std::string& username) {
  std::string subject;
  bool counted = false;
  store_.Read([&](StoreTx& tx) {
    subject = AccountSubject(tx, username);
    counted = tx.FindLoginFailures(kAccount, subject).has_value();
  });
  if (!counted) return;  // the usual case: no write for a clean sign-in
  store_.Write([&](StoreTx& tx) { tx.DeleteLoginFailures(kAccount, subject); });
}

}  // namespace fieldledger::server
