#pragma once
// Shared test inputs: realistic signatures and tiny hand-made ones.
#include <cmath>
#include <cstdint>

#include "fieldledger/signature/ink.h"

namespace fieldledger::signature::testing {

// A handwriting-like signature on a 400x200 canvas: `strokes` strokes of `points_each`
// samples 8 ms apart (a 120 Hz digitiser), 300 ms pen-up between strokes. `phase` shifts
// the curves, so each value gives another signature of the same shape (0: the usual one).
inline Ink MakeCursiveInk(int strokes = 3, int points_each = 100, bool with_pressure = false,
                          double phase = 0) {
  Ink ink;
  ink.canvas = {400, 200};
  std::uint32_t t = 0;
  for (int s = 0; s < strokes; ++s) {
    Stroke stroke;
    for (int i = 0; i < points_each; ++i) {
      TimedPoint p;
      p.x = static_cast<float>(30 + s * 110 + i * 1.0 + 12 * std::sin(i * 0.21 + s + phase));
      p.y =
          static_cast<float>(100 + 40 * std::sin(i * 0.13 + 2 * s + phase) + 8 * std::cos(i * 0.5));
      p.t_ms = t;
      if (with_pressure) p.pressure = static_cast<float>(0.5 + 0.3 * std::sin(i * 0.1));
      stroke.points.push_back(p);
      t += 8;
    }
    ink.strokes.push_back(stroke);
    t += 300;
  }
  return ink;
}

inline TimedPoint Pt(float x, float y, std::uint32_t t_ms) { return TimedPoint{x, y, t_ms, {}}; }

}  // namespace fieldledger::signature::testing
