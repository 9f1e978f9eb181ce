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

std::optional<LoginResult> Sessions::Login(const std::string& username, const std::string& password,
                                           const std::string& device_name, TimeMs now) {
  std::optional<UserRecord> user;
  store_.Read([&](StoreTx& tx) { user = tx.FindUserByUsername(username); });
  if (!user) {
    VerifyPassword(password, DummyHash());
    return std::nullopt;
  }
  if (!VerifyPassword(password, user->password_hash) || user->disabled) return std::nullopt;

  LoginResult result;
  result.token = NewToken();
  result.expires_ms = now + lifetime_;
  result.user = *user;
  store_.Write([&](StoreTx& tx) {
    tx.InsertSession({Sha256Hex(result.token), user->id, now, result.expires_ms, device_name});
    result.company = tx.FindCompany(user->company_id).value_or(CompanyRecord{});
  });
  return result;
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
  });
  return caller;
}

void Sessions::Logout(const std::string& token) {
  store_.Write([&](StoreTx& tx) { tx.DeleteSession(Sha256Hex(token)); });
}

}  // namespace fieldledger::server
