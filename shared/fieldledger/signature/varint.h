#pragma once
// LEB128 varints and zigzag mapping: the codec's only primitive. Small magnitudes (the
// typical delta between two touch samples) take one byte whatever their sign.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace fieldledger::signature {

// Maps signed to unsigned so that small negative numbers stay small: 0,-1,1,-2 -> 0,1,2,3.
constexpr std::uint64_t ZigZagEncode(std::int64_t v) {
  return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
constexpr std::int64_t ZigZagDecode(std::uint64_t v) {
  return static_cast<std::int64_t>((v >> 1) ^ (~(v & 1) + 1));
}

// Appends 7 bits per byte, least significant group first, high bit = "more follows".
void AppendVarint(std::uint64_t value, std::string& out);

enum class VarintStatus {
  kOk,
  kTruncated,     // the input ended while the high bit still said "more follows"
  kOverflow,      // more than 64 bits of payload
  kNonCanonical,  // a redundant trailing zero group: two encodings of one value would
                  // give one signature two byte strings, so the decoder refuses them
};

// Reads one varint starting at `pos`; on success advances `pos` past it.
VarintStatus ReadVarint(std::string_view bytes, std::size_t& pos, std::uint64_t& value);

}  // namespace fieldledger::signature
