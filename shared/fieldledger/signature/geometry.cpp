#include "fieldledger/signature/geometry.h"

namespace fieldledger::signature {

Vec2 PointAt(const BezierSegment& s, double t) {
  const double u = 1 - t;
  const double b0 = u * u * u;
  const double b1 = 3 * u * u * t;
  const double b2 = 3 * u * t * t;
  const double b3 = t * t * t;
  return {b0 * s.p0.x + b1 * s.c1.x + b2 * s.c2.x + b3 * s.p3.x,
          b0 * s.p0.y + b1 * s.c1.y + b2 * s.c2.y + b3 * s.p3.y};
}

double WidthAt(const BezierSegment& s, double t) {
  return s.start_width + t * t * t * (s.end_width - s.start_width);
}

double ApproxLength(const BezierSegment& s) {
  constexpr int kChords = 10;
  double length = 0;
  Vec2 previous = s.p0;
  for (int i = 1; i <= kChords; ++i) {
    const Vec2 p = PointAt(s, static_cast<double>(i) / kChords);
    length += Distance(previous, p);
    previous = p;
  }
  return length;
}

}  // namespace fieldledger::signature
