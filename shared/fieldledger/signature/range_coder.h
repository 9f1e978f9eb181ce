#pragma once
// Adaptive binary range coder for the version 2 stroke format (docs/signature.md).
// Every coded bit carries its own probability model, which learns from the bits already
// coded, so a bit that is nearly always 0 costs a small fraction of a bit. The scheme is
// the carry-propagating binary range coder of LZMA with 12-bit probabilities; the
// leading byte that coder always writes as 0 is left out.
//
// The decoder never invents input: a read past the last byte fails (no "virtual zeros"),
// and Finished() holds only when every byte was consumed and the code value is exactly
// the low end the encoder flushed, so each bit sequence has exactly one byte string.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace fieldledger::signature {

inline constexpr int kProbabilityBits = 12;
inline constexpr std::uint16_t kProbabilityOne = 1 << kProbabilityBits;
// A model moves 1/32 of the way towards each bit it sees. Its probability of a 0 then
// stays within [31, 4065] / 4096, so no decision is ever free: each one narrows the range
// by at least 0.0109 bits (see kMinMilliBitsPerDecision).
inline constexpr int kAdaptationShift = 5;
// A lower bound on what one coded decision costs, in thousandths of a bit, used to check
// a declared count against the bytes left. The range r is at least 2^24 before a
// decision. A 0 keeps (r >> 12) * p0 <= r * 4065/4096; a 1 keeps r - (r >> 12) * p0 <=
// r * (1 - 31/4096) + 31 (the shift drops less than 1 from r/4096), which is at most
// r * (1 - 31/4096 + 31/2^24). Either share is < 0.992434, -log2 of which is 0.01096
// bits; 10 thousandths rounds that down.
inline constexpr std::uint64_t kMinMilliBitsPerDecision = 10;
// Bytes the encoder writes after the last decision (the low end of the final range).
inline constexpr std::size_t kRangeCoderFlushBytes = 4;

// The probability, out of kProbabilityOne, that the next bit is 0.
struct BitModel {
  std::uint16_t p0 = kProbabilityOne / 2;
  void Update(bool bit) {
    if (bit) {
      p0 = static_cast<std::uint16_t>(p0 - (p0 >> kAdaptationShift));
    } else {
      p0 = static_cast<std::uint16_t>(p0 + ((kProbabilityOne - p0) >> kAdaptationShift));
    }
  }
};

class RangeEncoder {
 public:
  explicit RangeEncoder(std::string& out) : out_(out) {}
  void Encode(BitModel& model, bool bit);
  // Writes the final kRangeCoderFlushBytes; the encoder must not be used afterwards.
  void Finish();

 private:
  void ShiftLow();

  std::string& out_;
  std::uint64_t low_ = 0;  // 33 bits used: bit 32 is the carry
  std::uint32_t range_ = 0xFFFFFFFFu;
  std::uint8_t cache_ = 0;        // the byte held back until its carry is known
  std::uint64_t pending_ff_ = 0;  // 0xFF bytes held back behind the cache
  bool cache_is_phantom_ = true;  // the first held byte is LZMA's constant 0: never written
};

class RangeDecoder {
 public:
  // Starts reading `bytes` at `pos`; call Start() before decoding.
  RangeDecoder(std::string_view bytes, std::size_t pos) : bytes_(bytes), pos_(pos) {}
  // Reads the first four bytes. False if fewer remain, or if they hold a code value no
  // encoder writes (one at or above the initial range).
  bool Start();
  // False when the coder needed a byte past the end of the input (truncation); the bit
  // is then meaningless and the caller must stop.
  bool Decode(BitModel& model, bool& bit);
  // True when the input is exactly what the encoder's Finish() wrote: no byte left over
  // and the code value at the final range's low end.
  bool Finished() const { return pos_ == bytes_.size() && code_ == 0; }

  std::size_t pos() const { return pos_; }
  std::size_t remaining() const { return bytes_.size() - pos_; }

 private:
  std::string_view bytes_;
  std::size_t pos_;
  std::uint32_t range_ = 0xFFFFFFFFu;
  std::uint32_t code_ = 0;
};

}  // namespace fieldledger::signature
