#pragma once
// Plain geometry shared by smoothing and flattening: points, variable-width cubic Bezier
// segments, and evaluating them.
#include <cmath>

namespace fieldledger::signature {

// Geometry runs in double so that the app and a server-side renderer, both running this
// code, land on the same pixels (up to FMA contraction on some compilers).
struct Vec2 {
  double x = 0;
  double y = 0;

  friend bool operator==(const Vec2&, const Vec2&) = default;
};

inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
inline Vec2 operator*(Vec2 a, double k) { return {a.x * k, a.y * k}; }
inline double Distance(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

// A point of the flattened outline. `width` follows signature_pad: it is the RADIUS of
// the pen disc stamped at (x, y), so the visible line is 2 * width thick.
struct InkPoint {
  double x = 0;
  double y = 0;
  double width = 0;

  friend bool operator==(const InkPoint&, const InkPoint&) = default;
};

// A cubic Bezier in textbook order: B(t) = (1-t)^3 p0 + 3(1-t)^2 t c1 + 3(1-t) t^2 c2
// + t^3 p3, so c1 is the control near p0 and c2 the control near p3.
struct BezierSegment {
  Vec2 p0;
  Vec2 c1;
  Vec2 c2;
  Vec2 p3;
  double start_width = 0;
  double end_width = 0;

  friend bool operator==(const BezierSegment&, const BezierSegment&) = default;
};

Vec2 PointAt(const BezierSegment& s, double t);

// Width eases from start to end along t^3, as signature_pad draws it: the width of a
// segment mostly reflects the velocity at its start, and changes late and quickly.
double WidthAt(const BezierSegment& s, double t);

// Length of the 10-chord polyline through the curve: good to a few percent, which is
// all flattening needs to choose a step count.
double ApproxLength(const BezierSegment& s);

}  // namespace fieldledger::signature
