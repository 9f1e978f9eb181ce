#include "auth/login_door.h"

#include "app/app_error.h"

namespace fieldledger::server {

std::string ThrottledMessage(const LoginThrottle::Wait& wait) {
  const DurationMs seconds = (wait.ms + 999) / 1000;
  const std::string in =
      seconds < 120 ? std::to_string(seconds) + " s" : std::to_string((seconds + 59) / 60) + " min";
  return std::string("[login_throttled] too many failed sign-ins ") +
         (wait.by_user ? "for this account" : "from this address") + "; try again in " + in;
}

LoginResult LoginDoor::SignIn(const LoginAttempt& attempt, TimeMs now) {
  if (const auto wait = throttle_.Check(attempt.username, attempt.address, now); wait.ms > 0) {
    // Not recorded one row per refusal: a flood would fill the trail; the failure that
    // started the delay is there ("login_locked").
    Fail(ErrorKind::kResourceExhausted, ThrottledMessage(wait));
  }
  std::optional<LoginResult> result;
  {
    HashSlots::Slot slot(slots_);
    if (!slot.acquired()) {
      Fail(ErrorKind::kUnavailable,
           "[login_busy] too many sign-ins are being checked at once; try again in a few seconds");
    }
    // Failures counted while this attempt waited for its slot may have started a delay.
    if (const auto wait = throttle_.Check(attempt.username, attempt.address, now); wait.ms > 0) {
      Fail(ErrorKind::kResourceExhausted, ThrottledMessage(wait));
    }
    result = sessions_.Login(attempt.username, attempt.password, attempt.device_name, now,
                             attempt.address);
  }
  if (result) {
    throttle_.Succeeded(attempt.username);
    Record(result->user, "login_ok", attempt, "", now);
    return *std::move(result);
  }
  const bool locked = throttle_.Failed(attempt.username, attempt.address, now);
  std::optional<UserRecord> user;
  store_.Read([&](StoreTx& tx) { user = tx.FindUserByUsername(attempt.username); });
  std::string detail = !user ? "unknown username" : user->disabled ? "account disabled" : "";
  if (locked) {
    const auto wait = throttle_.Check(attempt.username, attempt.address, now);
    detail += std::string(detail.empty() ? "" : "; ") + "sign-ins delayed " +
              std::to_string(wait.ms / 1000) + " s " +
              (wait.by_user ? "for the account" : "for the address");
  }
  Record(user, locked ? "login_locked" : "login_failed", attempt, detail, now);
  Fail(ErrorKind::kUnauthenticated, "wrong username or password");
}

LoginResult LoginDoor::Refresh(const std::string& refresh_token, const std::string& address,
                               TimeMs now) {
  auto r = sessions_.Refresh(refresh_token, now);
  if (r.outcome == Sessions::RefreshOutcome::kRotated) return *std::move(r.result);
  if (r.outcome == Sessions::RefreshOutcome::kReused && r.family) {
    store_.Write([&](StoreTx& tx) {
      tx.InsertSecurityEvent({0, now, r.family->company_id, r.family->user_id, "refresh_reused",
                              address, r.family->device_name,
                              "a spent refresh token was presented; the sign-in was ended"});
    });
  }
  Fail(ErrorKind::kUnauthenticated,
       "[session_ended] this sign-in has ended or its refresh token was already used; sign in "
       "again");
}

void LoginDoor::SignedOut(const Caller& caller, const std::string& address, TimeMs now) {
  store_.Write([&](StoreTx& tx) {
    tx.InsertSecurityEvent({0, now, caller.company_id, caller.user_id, "logout", address, "", ""});
  });
}

void LoginDoor::Record(const std::optional<UserRecord>& user, const std::string& action,
                       const LoginAttempt& attempt, const std::string& detail, TimeMs now) {
  SecurityEventRecord e;
  e.at_ms = now;
  if (user) {
    e.company_id = user->company_id;
    e.user_id = user->id;
  }
  e.action = action;
  e.address = attempt.address;
  e.device = attempt.device_name;
  e.detail = detail;
  store_.Write([&](StoreTx& tx) { tx.InsertSecurityEvent(e); });
}

}  // namespace fieldledger::server
