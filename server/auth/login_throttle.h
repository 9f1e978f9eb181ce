#pragma once
// Growing delays after failed sign-ins, per account and per address, so guessing a
// password costs hours instead of seconds. The counts are rows in the database
// (login_failures, migration 22), on SQLite as on PostgreSQL, so every server instance on
// one database counts the same failures and a restart forgets nothing.
//
// What is stored: for the account, "user:<id>" when the typed username names a user, else
// "name:" and the first 6 hex digits of the typed text's SHA-256 (people type passwords
// into the username field; 24 bits confirm no guess, and names that share them only share
// a count); for the address, the caller's IP address. Never a password.
//
// Instances compare their own clocks with the instants other instances stored, so a skew
// between servers lengthens or shortens a delay by that skew.
#include <cstdint>
#include <optional>
#include <string>

#include "fieldledger/core/time.h"
#include "storage/store.h"

namespace fieldledger::server {

struct ThrottlePolicy {
  // Failures allowed before the first delay; the address allows more, since a whole
  // office may sign in from behind one address.
  int free_user_failures = 5;
  int free_address_failures = 20;
  // The first delay, doubled by every further failure, never above the cap.
  DurationMs first_delay = 2'000;
  DurationMs max_delay = 15 * 60'000;
  // A key with no failure for this long starts again from zero (and its row is deleted
  // when a new key is counted).
  DurationMs forget_after = 60 * 60'000;
  // At most this many keys per scope (account, address) are stored; when full, keys whose
  // delay has run out are dropped first, and if it is still full a new key is not
  // counted (the address key still slows a flood of different usernames).
  std::size_t max_keys = 100'000;
};

class LoginThrottle {
 public:
  explicit LoginThrottle(Store& store, ThrottlePolicy policy = {})
      : store_(store), policy_(policy) {}

  struct Wait {
    DurationMs ms = 0;     // 0: the attempt may go ahead
    bool by_user = false;  // the account's delay (else the address's)
  };
  // How long an attempt for `username` from `address` must still wait (one read).
  Wait Check(const std::string& username, const std::string& address, TimeMs now);
  // Counts a failure (one write, both keys); true when it starts a delay (for the
  // security trail).
  bool Failed(const std::string& username, const std::string& address, TimeMs now);
  // A right password clears the account's count (a write only when there is one). Not
  // the address's: one account an attacker owns must not buy more guesses at everyone
  // else's.
  void Succeeded(const std::string& username);

  const ThrottlePolicy& policy() const { return policy_; }

  static constexpr char kAccount[] = "account";
  static constexpr char kAddress[] = "address";
  // The account key stored for a typed username (see above).
  static std::string AccountSubject(StoreTx& tx, const std::string& username);

 private:
  DurationMs DelayOf(std::int64_t failures, int free_failures) const;
  DurationMs RemainingOf(const std::optional<LoginFailureRecord>& r, int free_failures,
                         TimeMs now) const;
  bool Count(StoreTx& tx, const std::string& scope, const std::string& subject, int free_failures,
             TimeMs now);

  Store& store_;
  ThrottlePolicy policy_;
};

}  // namespace fieldledger::server
