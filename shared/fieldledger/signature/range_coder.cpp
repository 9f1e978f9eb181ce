#include "fieldledger/signature/range_coder.h"

namespace fieldledger::signature {
namespace {

constexpr std::uint32_t kTopValue = std::uint32_t{1} << 24;  // renormalise below this

}  // namespace

void RangeEncoder::Encode(BitModel& model, bool bit) {
  const std::uint32_t bound = (range_ >> kProbabilityBits) * model.p0;
  if (bit) {
    low_ += bound;
    range_ -= bound;
  } else {
    range_ = bound;
  }
  model.Update(bit);
  while (range_ < kTopValue) {
    range_ <<= 8;
    ShiftLow();
  }
}

// Moves the top byte of the 32-bit window out of `low_`. A byte is held back while a later
// carry could still increment it: the cache, and any run of 0xFF bytes behind it.
void RangeEncoder::ShiftLow() {
  if (low_ < 0xFF000000u || low_ >= (std::uint64_t{1} << 32)) {
    const auto carry = static_cast<std::uint8_t>(low_ >> 32);
    if (!cache_is_phantom_) out_.push_back(static_cast<char>(cache_ + carry));
    // LZMA's first byte: it starts at 0 and no carry ever reaches it, because the coded
    // interval never leaves the initial one, so the decoder can assume it.
    cache_is_phantom_ = false;
    for (; pending_ff_ > 0; --pending_ff_) out_.push_back(static_cast<char>(0xFF + carry));
    cache_ = static_cast<std::uint8_t>(low_ >> 24);
  } else {
    ++pending_ff_;
  }
  low_ = (low_ & 0x00FFFFFFu) << 8;
}

void RangeEncoder::Finish() {
  // Four bytes push the whole 32-bit low end out; the fifth shift writes the last of them.
  for (std::size_t i = 0; i <= kRangeCoderFlushBytes; ++i) ShiftLow();
}

bool RangeDecoder::Start() {
  if (remaining() < kRangeCoderFlushBytes) return false;
  for (std::size_t i = 0; i < kRangeCoderFlushBytes; ++i) {
    code_ = (code_ << 8) | static_cast<std::uint8_t>(bytes_[pos_++]);
  }
  // 0xFFFFFFFF is the only value >= the initial range; no encoder's low end reaches it.
  return code_ < range_;
}

bool RangeDecoder::Decode(BitModel& model, bool& bit) {
  const std::uint32_t bound = (range_ >> kProbabilityBits) * model.p0;
  if (code_ < bound) {
    range_ = bound;
    bit = false;
  } else {
    code_ -= bound;
    range_ -= bound;
    bit = true;
  }
  model.Update(bit);
  while (range_ < kTopValue) {
    if (pos_ >= bytes_.size()) return false;
    range_ <<= 8;
    code_ = (code_ << 8) | static_cast<std::uint8_t>(bytes_[pos_++]);
  }
  return true;
}

}  // namespace fieldledger::signature
