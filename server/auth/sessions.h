#pragma once
// Sign-ins, access tokens and refresh tokens. Every token is 32 random bytes (hex); only
// its SHA-256 is stored, so a copy of the database does not hand out live sessions.
// A sign-in is a session family: one short-lived access token at a time and one refresh
// token that rotates on every use. Presenting a refresh token that was already used
// means someone copied it, so the whole family ends (docs/security.md).
#include <optional>
#include <string>

#include "auth/caller.h"
#include "auth/password_hasher.h"
#include "storage/store.h"

namespace fieldledger::server {

struct LoginResult {
  std::string token;  // the access token
  TimeMs expires_ms = 0;
  DurationMs lifetime_ms = 0;
  std::string refresh_token;
  TimeMs refresh_expires_ms = 0;
  std::string family_id;
  UserRecord user;
  CompanyRecord company;
};

struct SessionLifetimes {
  DurationMs access = 15 * kMinuteMs;
  DurationMs refresh = 30 * kDayMs;
};

class Sessions {
 public:
  explicit Sessions(Store& store, SessionLifetimes lifetimes = {})
      : store_(store), lifetimes_(lifetimes) {}
  // Kept for callers that only choose the access token's lifetime.
  Sessions(Store& store, DurationMs access_lifetime)
      : Sessions(store, SessionLifetimes{access_lifetime, SessionLifetimes{}.refresh}) {}

  // nullopt for an unknown user, a wrong password or a disabled account: the caller
  // must not learn which.
  std::optional<LoginResult> Login(const std::string& username, const std::string& password,
                                   const std::string& device_name, TimeMs now,
                                   const std::string& address = "");

  enum class RefreshOutcome { kRotated, kUnknown, kEnded, kReused };
  struct Refreshed {
    RefreshOutcome outcome = RefreshOutcome::kUnknown;
    std::optional<LoginResult> result;          // set when kRotated
    std::optional<SessionFamilyRecord> family;  // the family concerned, when known
  };
  // Trades a current refresh token for a new pair; a retired one ends its family.
  Refreshed Refresh(const std::string& refresh_token, TimeMs now);

  // nullopt for an unknown, expired or ended token, or a disabled user.
  std::optional<Caller> Resolve(const std::string& token, TimeMs now);
  // Ends the sign-in the access token belongs to (all its tokens).
  void Logout(const std::string& token, TimeMs now = 0);
  // Ends every sign-in of the user (password change, disabling); returns how many.
  int EndAllOf(StoreTx& tx, const std::string& user_id, TimeMs now, const std::string& reason);

  const SessionLifetimes& lifetimes() const { return lifetimes_; }

 private:
  LoginResult Issue(StoreTx& tx, const UserRecord& user, const std::string& family_id, TimeMs now,
                    const std::string& device_name);
  Store& store_;
  SessionLifetimes lifetimes_;
};

}  // namespace fieldledger::server
