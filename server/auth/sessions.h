#pragma once
// Logins and bearer tokens. A token is 32 random bytes (hex); only its SHA-256 is
// stored, so a copy of the database does not hand out live sessions.
#include <optional>
#include <string>

#include "auth/caller.h"
#include "auth/password_hasher.h"
#include "storage/store.h"

namespace fieldledger::server {

struct LoginResult {
  std::string token;
  TimeMs expires_ms = 0;
  UserRecord user;
  CompanyRecord company;
};

class Sessions {
 public:
  Sessions(Store& store, DurationMs token_lifetime = 12 * kHourMs)
      : store_(store), lifetime_(token_lifetime) {}

  // nullopt for an unknown user, a wrong password or a disabled account: the caller
  // must not learn which.
  std::optional<LoginResult> Login(const std::string& username, const std::string& password,
                                   const std::string& device_name, TimeMs now);
  // nullopt for an unknown or expired token.
  std::optional<Caller> Resolve(const std::string& token, TimeMs now);
  void Logout(const std::string& token);

 private:
  Store& store_;
  DurationMs lifetime_;
};

}  // namespace fieldledger::server
