#include "auth/sessions.h"

#include <openssl/rand.h>

#include <array>
#include <stdexcept>

#include "fieldledger/core/sha256.h"

namespace fieldledger::server {
namespace {

std::string NewToken() {
  std::array<unsigned char, 32> bytes{};
  if (RAND_bytes(bytes.data(), bytes.size()) != 1) throw std::runtime_error("no randomness");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 0xF]);
  }
  return out;
}

// Verifying against a fixed hash when the user is unknown keeps the response time the
// same, so timing does not reveal which usernames exist.
const std::string& DummyHash() {
  static const std::string kHash = HashPassword("not-a-real-password");
  return kHash;
}

}  // namespace

LoginResult Sessions::Issue(StoreTx& tx, const UserRecord& user, const std::string& family_id,
                            TimeMs now, const std::string& device_name) {
  LoginResult result;
  result.token = NewToken();
  result.expires_ms = now + lifetimes_.access;
  result.lifetime_ms = lifetimes_.access;
  result.family_id = family_id;
  result.user = user;
  tx.InsertSession(
      {Sha256Hex(result.token), user.id, now, result.expires_ms, device_name, family_id});
  result.company = tx.FindCompany(user.company_id).value_or(CompanyRecord{});
  return result;
}

std::optional<LoginResult> Sessions::Login(const std::string& username, const std::string& password,
                                           const std::string& device_name, TimeMs now,
                                           const std::string& address) {
  std::optional<UserRecord> user;
  store_.Read([&](StoreTx& tx) { user = tx.FindUserByUsername(username); });
  if (!user) {
    VerifyPassword(password, DummyHash());
    return std::nullopt;
  }
  if (!VerifyPassword(password, user->password_hash) || user->disabled) return std::nullopt;

  LoginResult result;
  store_.Write([&](StoreTx& tx) {
    SessionFamilyRecord family;
    family.id = NewToken().substr(0, 32);
    family.user_id = user->id;
    family.company_id = user->company_id;
    family.device_name = device_name;
    family.address = address;
    family.created_ms = family.last_used_ms = now;
    const std::string refresh = NewToken();
    family.refresh_sha256 = Sha256Hex(refresh);
    family.refresh_expires_ms = now + lifetimes_.refresh;
    tx.InsertSessionFamily(family);
    result = Issue(tx, *user, family.id, now, device_name);
    result.refresh_token = refresh;
    result.refresh_expires_ms = family.refresh_expires_ms;
  });
  return result;
}

Sessions::Refreshed Sessions::Refresh(const std::string& refresh_token, TimeMs now) {
  Refreshed out;
  if (refresh_token.size() != 64) return out;
  const std::string hash = Sha256Hex(refresh_token);
  store_.Write([&](StoreTx& tx) {
    auto family = tx.FindSessionFamilyByRefresh(hash);
    if (!family) {
      // A spent token shown again: someone holds a copy. End the whole sign-in, so
      // neither the thief nor the owner keeps it; the owner signs in again.
      if (auto id = tx.FindFamilyOfRetiredRefresh(hash)) {
        out.family = tx.FindSessionFamily(*id);
        out.outcome = RefreshOutcome::kReused;
        if (out.family && !out.family->ended_ms) tx.EndSessionFamily(*id, now, "refresh_reused");
      }
      return;
    }
    out.family = family;
    auto user = tx.FindUser(family->user_id);
    if (family->ended_ms || family->refresh_expires_ms <= now || !user || user->disabled) {
      out.outcome = RefreshOutcome::kEnded;
      return;
    }
    const std::string refresh = NewToken();
    const TimeMs refresh_expires = now + lifetimes_.refresh;
    tx.RotateRefresh(family->id, Sha256Hex(refresh), refresh_expires, now);
    LoginResult result = Issue(tx, *user, family->id, now, family->device_name);
    result.refresh_token = refresh;
    result.refresh_expires_ms = refresh_expires;
    out.result = std::move(result);
    out.outcome = RefreshOutcome::kRotated;
  });
  return out;
}

std::optional<Caller> Sessions::Resolve(const std::string& token, TimeMs now) {
  if (token.size() != 64) return std::nullopt;
  std::optional<Caller> caller;
  store_.Read([&](StoreTx& tx) {
    auto session = tx.FindSession(Sha256Hex(token));
    if (!session || session->expires_ms <= now) return;
    auto user = tx.FindUser(session->user_id);
    if (!user || user->disabled) return;
    caller = Caller{user->id, user->company_id, user->display_name, user->team_id, user->role};
    caller->device = session->device_name;
  });
  return caller;
}

void Sessions::Logout(const std::string& token, TimeMs now) {
  store_.Write([&](StoreTx& tx) {
    const std::string hash = Sha256Hex(token);
    if (auto session = tx.FindSession(hash); session && !session->family_id.empty()) {
      tx.EndSessionFamily(session->family_id, now, "logout");
    }
    tx.DeleteSession(hash);
  });
}

int Sessions::EndAllOf(StoreTx& tx, const std::string& user_id, TimeMs now,
                       const std::string& reason) {
  auto user = tx.FindUser(user_id);
  if (!user) return 0;
  const auto families = tx.ListLiveSessionFamilies(user->company_id, user_id);
  for (const auto& f : families) tx.EndSessionFamily(f.id, now, reason);
  tx.DeleteSessionsOfUser(user_id);  // also tokens from before session families
  return static_cast<int>(families.size());
}

}  // namespace fieldledger::server
