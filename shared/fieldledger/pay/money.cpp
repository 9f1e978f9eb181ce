#include "fieldledger/pay/money.h"

#include <cmath>
#include <cstdlib>
#include <limits>

namespace fieldledger::pay {

std::string FormatYuan(Fen amount) {
  const bool negative = amount < 0;
  // Work on the magnitude as unsigned so INT64_MIN does not overflow.
  const std::uint64_t magnitude =
      negative ? static_cast<std::uint64_t>(-(amount + 1)) + 1 : static_cast<std::uint64_t>(amount);
  std::string yuan = std::to_string(magnitude / 100);
  std::string grouped;
  for (std::size_t i = 0; i < yuan.size(); ++i) {
    if (i > 0 && (yuan.size() - i) % 3 == 0) grouped += ',';
    grouped += yuan[i];
  }
  const unsigned cents = static_cast<unsigned>(magnitude % 100);
  return (negative ? "-" : "") + grouped + "." + (cents < 10 ? "0" : "") + std::to_string(cents);
}

std::optional<Fen> YuanToFen(double yuan) {
  if (!std::isfinite(yuan)) return std::nullopt;
  const double fen = yuan * 100.0;
  if (std::fabs(fen) > 9.0e15) return std::nullopt;  // beyond exact doubles
  const double rounded = std::nearbyint(fen);
  // 4500.25 * 100 is 450025.00000000006 in binary: accept what is a whole fen to within
  // binary noise, refuse a third decimal.
  if (std::fabs(fen - rounded) > 1e-6 * std::max(1.0, std::fabs(fen))) return std::nullopt;
  return static_cast<Fen>(rounded);
}

Fen ShareOf(Fen amount, std::int64_t ppm) {
  // Split the amount so the products stay far inside 64 bits: amount = hi * kPpm + lo.
  const std::int64_t hi = amount / kPpm;
  const std::int64_t lo = amount % kPpm;
  const std::int64_t whole = hi * ppm;
  const std::int64_t part = lo * ppm;  // |lo| < 1e6 and ppm <= 1e6: < 1e12
  const std::int64_t half = kPpm / 2;
  const std::int64_t rounded = part >= 0 ? (part + half) / kPpm : (part - half) / kPpm;
  return whole + rounded;
}

}  // namespace fieldledger::pay
