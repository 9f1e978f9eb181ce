#include "fieldledger/signature/varint.h"

namespace fieldledger::signature {

void AppendVarint(std::uint64_t value, std::string& out) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

VarintStatus ReadVarint(std::string_view bytes, std::size_t& pos, std::uint64_t& value) {
  constexpr int kMaxBytes = 10;  // ceil(64 / 7)
  std::uint64_t result = 0;
  std::size_t at = pos;
  for (int i = 0; i < kMaxBytes; ++i, ++at) {
    if (at >= bytes.size()) return VarintStatus::kTruncated;
    const auto byte = static_cast<std::uint8_t>(bytes[at]);
    const std::uint64_t group = byte & 0x7F;
    // The tenth byte may only carry the 64th bit.
    if (i == kMaxBytes - 1 && group > 1) return VarintStatus::kOverflow;
    result |= group << (7 * i);
    if ((byte & 0x80) == 0) {
      if (byte == 0 && i > 0) return VarintStatus::kNonCanonical;
      value = result;
      pos = at + 1;
      return VarintStatus::kOk;
    }
  }
  return VarintStatus::kOverflow;
}

}  // namespace fieldledger::signature
