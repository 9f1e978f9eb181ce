#pragma once
// Overflow-checked integer arithmetic for values a device sends (clock readings are
// attacker-controlled int64s): nullopt instead of undefined behaviour.
#include <cstdint>
#include <optional>

namespace fieldledger {

inline std::optional<std::int64_t> CheckedAdd(std::int64_t a, std::int64_t b) {
  std::int64_t out = 0;
  if (__builtin_add_overflow(a, b, &out)) return std::nullopt;
  return out;
}

inline std::optional<std::int64_t> CheckedSub(std::int64_t a, std::int64_t b) {
  std::int64_t out = 0;
  if (__builtin_sub_overflow(a, b, &out)) return std::nullopt;
  return out;
}

// |v| without the overflow of std::llabs(INT64_MIN): saturates at INT64_MAX.
inline std::int64_t SaturatingAbs(std::int64_t v) {
  if (v == INT64_MIN) return INT64_MAX;
  return v < 0 ? -v : v;
}

}  // namespace fieldledger
