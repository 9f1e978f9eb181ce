#include "fieldledger/signature/flatten.h"

#include <algorithm>
#include <cmath>

namespace fieldledger::signature {

std::vector<InkPoint> FlattenSegment(const BezierSegment& segment, double step_dip) {
  const double wanted = step_dip > 0 ? std::ceil(ApproxLength(segment) / step_dip) : 1;
  // std::clamp on the double first: a huge or NaN length must not overflow the cast.
  const auto steps = static_cast<std::size_t>(
      std::isnan(wanted) ? 1.0 : std::clamp(wanted, 1.0, double{kMaxFlattenStepsPerSegment}));
  std::vector<InkPoint> out;
  out.reserve(steps + 1);
  for (std::size_t i = 0; i <= steps; ++i) {
    const double t = static_cast<double>(i) / static_cast<double>(steps);
    const Vec2 p = PointAt(segment, t);
    out.push_back({p.x, p.y, WidthAt(segment, t)});
  }
  return out;
}

std::vector<InkPoint> FlattenStroke(const SmoothedStroke& stroke, double step_dip) {
  if (stroke.dot) return {*stroke.dot};
  std::vector<InkPoint> out;
  for (const BezierSegment& segment : stroke.segments) {
    std::vector<InkPoint> points = FlattenSegment(segment, step_dip);
    // Each segment starts where the previous one ended.
    const std::size_t skip = out.empty() ? 0 : 1;
    out.insert(out.end(), points.begin() + static_cast<std::ptrdiff_t>(skip), points.end());
  }
  return out;
}

std::vector<std::vector<InkPoint>> FlattenInk(const Ink& ink, const SmoothingOptions& options,
                                              double step_dip) {
  std::vector<std::vector<InkPoint>> out;
  out.reserve(ink.strokes.size());
  for (const SmoothedStroke& stroke : SmoothInk(ink, options)) {
    out.push_back(FlattenStroke(stroke, step_dip));
  }
  return out;
}

}  // namespace fieldledger::signature
