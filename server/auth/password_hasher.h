#pragma once
// Argon2id password hashing (RFC 9106) via libargon2. Stored as the standard encoded
// string ($argon2id$v=19$m=...,t=...,p=...$salt$hash), so parameters can be raised
// later without invalidating existing hashes.
#include <string>
#include <string_view>

namespace fieldledger::server {

struct Argon2Params {
  // OWASP's 2023 minimum for argon2id: 19 MiB, 2 passes, 1 lane.
  unsigned memory_kib = 19 * 1024;
  unsigned iterations = 2;
  unsigned parallelism = 1;
};

std::string HashPassword(std::string_view password, const Argon2Params& params = {});
bool VerifyPassword(std::string_view password, const std::string& encoded);

// A password policy check with a reason a person can act on; empty when acceptable.
std::string WeakPasswordReason(std::string_view password);

}  // namespace fieldledger::server
