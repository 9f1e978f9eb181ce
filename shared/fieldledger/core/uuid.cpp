#include "fieldledger/core/uuid.h"

#include <openssl/rand.h>

#include <array>
#include <cstdint>
#include <stdexcept>

#include "fieldledger/core/time.h"

namespace fieldledger {

std::string NewUuidV7(TimeMs now) {
  std::array<unsigned char, 16> b{};
  // A CSPRNG: ids double as idempotency keys, so collisions must be out of reach.
  if (RAND_bytes(b.data() + 6, 10) != 1) throw std::runtime_error("no randomness for UUIDv7");
  const auto ms = static_cast<std::uint64_t>(now);
  for (int i = 0; i < 6; ++i) b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
  b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F));  // version 7
  b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F));  // RFC 4122 variant
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
    out.push_back(kHex[b[i] >> 4]);
    out.push_back(kHex[b[i] & 0xF]);
  }
  return out;
}

std::string NewUuidV7() { return NewUuidV7(SystemNowMs()); }

bool IsCanonicalUuid(const std::string& s) {
  if (s.size() != 36) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return false;
    } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return false;
    }
  }
  return true;
}

}  // namespace fieldledger
