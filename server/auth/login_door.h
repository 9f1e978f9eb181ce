#pragma once
// Signing in as an attacker meets it: the throttle first (no password is hashed for a
// locked account or address), then a bounded hashing slot, then the password check; every
// outcome goes to the security trail (storage/security_records.h).
#include <string>

#include "auth/hash_slots.h"
#include "auth/login_throttle.h"
#include "auth/sessions.h"
#include "storage/store.h"

namespace fieldledger::server {

struct LoginAttempt {
  std::string username;
  std::string password;
  std::string device_name;
  std::string address;  // the caller's IP, for the per-address throttle and the trail
};

class LoginDoor {
 public:
  LoginDoor(Store& store, Sessions& sessions, LoginThrottle& throttle, HashSlots& slots)
      : store_(store), sessions_(sessions), throttle_(throttle), slots_(slots) {}

  // The session, or AppError: kResourceExhausted "[login_throttled] ..." while a delay
  // runs, kUnavailable "[login_busy] ..." when no hashing slot came free in time,
  // kUnauthenticated for a wrong username or password (never saying which).
  LoginResult SignIn(const LoginAttempt& attempt, TimeMs now);

  // A sign-out, for the trail.
  void SignedOut(const Caller& caller, const std::string& address, TimeMs now);

  // Trades a refresh token for a new pair, or AppError kUnauthenticated
  // "[session_ended] ..."; a spent token presented again ends its sign-in and is
  // recorded ("refresh_reused").
  LoginResult Refresh(const std::string& refresh_token, const std::string& address, TimeMs now);

 private:
  void Record(const std::optional<UserRecord>& user, const std::string& action,
              const LoginAttempt& attempt, const std::string& detail, TimeMs now);

  Store& store_;
  Sessions& sessions_;
  LoginThrottle& throttle_;
  HashSlots& slots_;
};

// "[login_throttled] too many failed sign-ins for this account; try again in 4 min".
std::string ThrottledMessage(const LoginThrottle::Wait& wait);

}  // namespace fieldledger::server
