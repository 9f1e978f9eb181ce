#include "fieldledger/signature/smoothing.h"

#include <algorithm>

namespace fieldledger::signature {

ControlPoints CurveControlPoints(Vec2 s1, Vec2 s2, Vec2 s3) {
  const Vec2 m1 = (s1 + s2) * 0.5;
  const Vec2 m2 = (s2 + s3) * 0.5;
  const double l1 = Distance(s1, s2);
  const double l2 = Distance(s2, s3);
  if (l1 + l2 == 0) return {s2, s2};  // three coincident samples: no direction at all
  // cm divides m1..m2 in the ratio l1 : l2; shifting the pair (m1, m2) so that cm lands
  // on s2 puts each control at a distance proportional to its own chord.
  const double k = l2 / (l1 + l2);
  const Vec2 cm = m2 + (m1 - m2) * k;
  const Vec2 shift = s2 - cm;
  return {m1 + shift, m2 + shift};
}

double StrokeWidth(double velocity, const SmoothingOptions& options) {
  return std::max(options.max_width / (velocity + 1), options.min_width);
}

// The first segment starts at the mid width, as signature_pad's reset does: there is no
// velocity yet to derive one from.
StrokeSmoother::StrokeSmoother(SmoothingOptions options)
    : options_(options), last_width_(options.dot_width()) {}

std::optional<BezierSegment> StrokeSmoother::AddPoint(const TimedPoint& sample) {
  const Sample s{{sample.x, sample.y}, sample.t_ms};
  if (!window_.empty() && Distance(s.p, window_.back().p) <= options_.min_distance) {
    return std::nullopt;
  }
  if (kept_++ == 0) first_ = s.p;
  window_.push_back(s);
  return Step();
}

std::optional<BezierSegment> StrokeSmoother::Finish() {
  if (kept_ < 2) return std::nullopt;
  // Repeating the last sample gives the final segment a zero-length outgoing
  // neighbour, so its end control collapses towards the chord: the mirror image of how
  // the first segment is started.
  window_.push_back(window_.back());
  std::optional<BezierSegment> segment = Step();
  window_.clear();
  return segment;
}

std::optional<BezierSegment> StrokeSmoother::Step() {
  if (window_.size() < 3) return std::nullopt;
  // The first segment has no predecessor; repeating the first sample stands in for it
  // so that drawing starts after three samples rather than four.
  if (window_.size() == 3) window_.insert(window_.begin(), window_.front());
  const Sample& start = window_[1];
  const Sample& end = window_[2];

  const std::int64_t dt = end.t_ms - start.t_ms;
  const double raw_velocity = dt > 0 ? Distance(start.p, end.p) / static_cast<double>(dt) : 0;
  const double w = options_.velocity_filter_weight;
  const double velocity = w * raw_velocity + (1 - w) * last_velocity_;
  const double end_width = StrokeWidth(velocity, options_);

  // Textbook order: c1 is start's outgoing control, c2 is end's incoming one.
  // signature_pad computes the same two points but passes them to a constructor declared
  // (start, control2, control1, end), so its control1 is the one near the END.
  BezierSegment segment;
  segment.p0 = start.p;
  segment.c1 = CurveControlPoints(window_[0].p, start.p, end.p).toward_s3;
  segment.c2 = CurveControlPoints(start.p, end.p, window_[3].p).toward_s1;
  segment.p3 = end.p;
  segment.start_width = last_width_;
  segment.end_width = end_width;

  last_velocity_ = velocity;
  last_width_ = end_width;
  window_.erase(window_.begin());
  return segment;
}

SmoothedStroke SmoothStroke(const Stroke& stroke, const SmoothingOptions& options) {
  SmoothedStroke out;
  StrokeSmoother smoother(options);
  for (const TimedPoint& p : stroke.points) {
    if (auto segment = smoother.AddPoint(p)) out.segments.push_back(*segment);
  }
  if (auto segment = smoother.Finish()) out.segments.push_back(*segment);
  if (smoother.kept_points() == 1) {
    out.dot = InkPoint{smoother.first_point().x, smoother.first_point().y, options.dot_width()};
  }
  return out;
}

std::vector<SmoothedStroke> SmoothInk(const Ink& ink, const SmoothingOptions& options) {
  std::vector<SmoothedStroke> out;
  out.reserve(ink.strokes.size());
  for (const Stroke& stroke : ink.strokes) out.push_back(SmoothStroke(stroke, options));
  return out;
}

}  // namespace fieldledger::signature
