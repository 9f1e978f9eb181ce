#include "auth/password_hasher.h"

#include <argon2.h>
#include <malloc.h>
#include <openssl/rand.h>

#include <array>
#include <stdexcept>
#include <vector>

namespace fieldledger::server {
namespace {

// Each argon2 pass allocates its whole memory (19 MiB) at once. glibc's malloc raises its
// mmap threshold after such a block is freed, so later blocks come from per-thread heaps
// and stay allocated: a sign-in flood would leave hundreds of MB behind. A fixed
// threshold keeps every block this large an mmap that is returned when freed.
void ReturnLargeBlocksToTheSystem() {
  static const bool once = [] {
#ifdef M_MMAP_THRESHOLD
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
    return true;
  }();
  (void)once;
}

}  // namespace

std::string HashPassword(std::string_view password, const Argon2Params& params) {
  ReturnLargeBlocksToTheSystem();
  std::array<unsigned char, 16> salt{};
  if (RAND_bytes(salt.data(), salt.size()) != 1) throw std::runtime_error("no randomness");
  constexpr std::size_t kHashLen = 32;
  const std::size_t len = argon2_encodedlen(params.iterations, params.memory_kib,
                                            params.parallelism, salt.size(), kHashLen, Argon2_id);
  std::vector<char> encoded(len);
  const int rc = argon2id_hash_encoded(params.iterations, params.memory_kib, params.parallelism,
                                       password.data(), password.size(), salt.data(), salt.size(),
                                       kHashLen, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) throw std::runtime_error(std::string("argon2: ") + argon2_error_message(rc));
  return std::string(encoded.data());
}

bool VerifyPassword(std::string_view password, const std::string& encoded) {
  if (encoded.rfind("$argon2id$", 0) != 0) return false;
  ReturnLargeBlocksToTheSystem();
  return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

std::string WeakPasswordReason(std::string_view password) {
  if (password.size() < 8) return "password must have at least 8 characters";
  if (password.size() > 256) return "password must have at most 256 characters";
  return {};
}

}  // namespace fieldledger::server
