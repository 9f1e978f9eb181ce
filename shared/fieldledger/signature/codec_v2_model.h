#pragma once
// The version 2 model (docs/signature.md, "Binary format, version 2"): how each value is
// predicted, how a prediction error becomes bits, and which adaptive model codes each
// bit. Encoder and decoder (codec_v2.cpp) walk the same model in the same order.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "fieldledger/signature/range_coder.h"

namespace fieldledger::signature::detail::v2 {

enum Component { kX, kY, kTime, kPressure, kComponents };

// A point's place in its stroke picks its predictor and its models: the first point
// jumps from the previous stroke's end, the second has one point to go by, the rest two.
enum PointClass { kFirstPoint, kSecondPoint, kLaterPoint, kPointClasses };
inline PointClass ClassOf(std::uint64_t index_in_stroke) {
  return index_in_stroke == 0 ? kFirstPoint : index_in_stroke == 1 ? kSecondPoint : kLaterPoint;
}

// Longest magnitude prefix a residual can need: bit_width(|residual|) - 1 for the largest
// residual a valid ink can produce (coordinates: |x| <= 2^16 and a prediction within
// 3 * 2^16, so under 2^18; time: a uint32 minus a prediction within (-2^32, 2^33), so
// under 2^33; pressure: 0..1024 minus a prediction within [-1024, 2048]). The decoder
// refuses a longer prefix before it could build a value that overflows.
inline constexpr std::array<int, kComponents> kMaxPrefix = {18, 18, 32, 11};
// The stroke's point count: 1 .. 4096 needs a prefix of at most 12.
inline constexpr int kMaxCountPrefix = 12;

// Residual magnitude contexts: the previous residual of the same component in the same
// stroke (0, 1-2, 3-6, 7-14, 15+). Smooth pen motion keeps successive residuals alike.
inline constexpr int kMagnitudeContexts = 5;
inline int MagnitudeContext(std::int64_t previous_residual) {
  const std::uint64_t m = previous_residual < 0 ? 0 - static_cast<std::uint64_t>(previous_residual)
                                                : static_cast<std::uint64_t>(previous_residual);
  if (m == 0) return 0;
  return std::min(static_cast<int>(std::bit_width(m + 1)) - 1, kMagnitudeContexts - 1);
}
// Sign contexts: the previous residual was zero, positive or negative.
inline constexpr int kSignContexts = 3;
inline int SignContext(std::int64_t previous_residual) {
  return previous_residual == 0 ? 0 : previous_residual > 0 ? 1 : 2;
}

// Prefix bits beyond this position share the last model; suffix bits below the first
// kSuffixModels share the last model of their length.
inline constexpr int kPrefixModels = 12;
inline constexpr int kSuffixModels = 3;
inline constexpr int kMaxSuffixLength = 32;

// One signed residual: "is it zero", its sign, then |r| in Elias-gamma form: the length
// n = bit_width(|r|) - 1 in unary (n ones and a zero), then the n bits below the leading
// one, most significant first.
struct ResidualModels {
  BitModel nonzero[kMagnitudeContexts];
  BitModel negative[kSignContexts];
  BitModel prefix[kMagnitudeContexts][kPrefixModels];
  BitModel suffix[kMaxSuffixLength + 1][kSuffixModels];
};

struct Models {
  ResidualModels residual[kComponents][kPointClasses];
  BitModel has_pressure[2];  // context: did the previous stroke have pressure
  BitModel count_prefix[kPrefixModels];
  // Sized for any length the writer can be handed; the reader refuses lengths above
  // kMaxCountPrefix.
  BitModel count_suffix[kMaxSuffixLength + 1][kSuffixModels];
};

// What the predictor remembers about one component.
struct ComponentState {
  std::int64_t last = 0;         // at the previous point of the signature (0 at the start)
  std::int64_t before_last = 0;  // two points back; used only from a stroke's third point
  std::int64_t residual = 0;     // at the previous point of this stroke
};

struct PredictorState {
  std::array<ComponentState, kComponents> c;
  // The last time step inside a stroke (t minus the previous t): the digitiser's rate,
  // carried from one stroke into the next.
  std::int64_t sample_step = 0;
  bool previous_had_pressure = false;
};

// Time: a stroke's first point is predicted at the previous point's time (the pen-up
// gap is the residual), later points one sample step after the previous point.
// Position and pressure: the first and second points are predicted at the previous
// value, later points by linear extrapolation of the previous two, 2*last - before_last.
// Every term is within +-2^33, so nothing here can overflow.
inline std::int64_t Predict(const PredictorState& s, Component k, PointClass cls) {
  const ComponentState& c = s.c[k];
  if (k == kTime) return cls == kFirstPoint ? c.last : c.last + s.sample_step;
  return cls == kLaterPoint ? 2 * c.last - c.before_last : c.last;
}

// Records the value just coded at a point of class `cls`.
inline void Advance(PredictorState& s, Component k, PointClass cls, std::int64_t value,
                    std::int64_t residual) {
  ComponentState& c = s.c[k];
  if (k == kTime && cls != kFirstPoint) s.sample_step = value - c.last;
  c.before_last = c.last;
  c.last = value;
  c.residual = residual;
}

}  // namespace fieldledger::signature::detail::v2
