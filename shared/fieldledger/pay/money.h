#pragma once
// Money is held in fen (1/100 yuan) as a signed 64-bit integer; shares and targets in parts
// per million, so every pay figure is exact integer arithmetic that two implementations
// reproduce to the fen.
#include <cstdint>
#include <optional>
#include <string>

namespace fieldledger::pay {

using Fen = std::int64_t;
inline constexpr std::int64_t kPpm = 1'000'000;

// "4,500.00": grouping commas, always two decimals, a leading '-' when negative.
std::string FormatYuan(Fen amount);

// A yuan amount written in a policy (4500 or 4500.5 or 4500.25) as fen; nullopt when it has
// more than two decimals or does not fit.
std::optional<Fen> YuanToFen(double yuan);

// amount * ppm / 1,000,000 rounded half away from zero, without overflow for any amount a
// company's month can hold (|amount| < 9.2e12 fen).
Fen ShareOf(Fen amount, std::int64_t ppm);

}  // namespace fieldledger::pay
