#pragma once
// The security trail (migration 14): sign-ins that worked and that failed, lockouts and
// sign-outs, with who, when and from which address and device. Plain struct, no SQL.
#include <cstdint>
#include <string>

#include "fieldledger/core/time.h"

namespace fieldledger::server {

struct SecurityEventRecord {
  std::int64_t seq = 0;  // set by the store; orders rows of the same instant
  TimeMs at_ms = 0;
  // Empty when the username named no user: a typed name is not stored, since people
  // type passwords into the username field.
  std::string company_id;
  std::string user_id;
  // "login_ok", "login_failed", "login_locked" (this failure started a lockout),
  // "logout".
  std::string action;
  std::string address;  // the caller's IP address as gRPC saw it, without the port
  std::string device;   // the device name the client sent, if any
  std::string detail;   // no secrets: never a password, token or hash
};

// Failed sign-ins counted for one throttle key (migration 22; auth/login_throttle.h),
// shared by every server instance on the database.
struct LoginFailureRecord {
  std::string scope;    // "account" or "address"
  std::string subject;  // the key within the scope (auth/login_throttle.h says which)
  std::int64_t failures = 0;
  TimeMs last_failure_ms = 0;
};

}  // namespace fieldledger::server
