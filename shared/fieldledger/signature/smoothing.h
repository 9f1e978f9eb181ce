#pragma once
// Turns raw touch samples into variable-width cubic Bezier segments, following
// signature_pad (github.com/szimek/signature_pad) so signatures look the way people
// expect from web signing pads:
//   * samples within min_distance of the last kept sample are dropped (jitter);
//   * each segment between kept samples P1 and P2 is a cubic whose control points come
//     from the neighbours P0 and P3 (CurveControlPoints), so consecutive segments share
//     a tangent at every sample and the stroke has no corners;
//   * the pen is thinner when it moves fast: width = max(max_width / (v + 1), min_width)
//     with v the velocity in DIP/ms low-pass filtered by velocity_filter_weight.
// Differences from signature_pad, on purpose:
//   * controls are stored in textbook order (see BezierSegment); signature_pad's Bezier
//     constructor takes (start, control2, control1, end) and so swaps them;
//   * Finish() emits the last segment, which signature_pad never draws;
//   * a non-increasing timestamp gives velocity 0 rather than a negative velocity.
#include <cstddef>
#include <optional>
#include <vector>

#include "fieldledger/signature/geometry.h"
#include "fieldledger/signature/ink.h"

namespace fieldledger::signature {

struct SmoothingOptions {
  double velocity_filter_weight = 0.7;  // weight of the newest velocity sample
  double min_width = 0.5;               // DIP, pen radius
  double max_width = 2.5;               // DIP, pen radius
  double min_distance = 5;              // DIP
  double dot_width() const { return (min_width + max_width) / 2; }  // lone-tap radius
};

// Control points around s2 for a smooth curve through s1, s2, s3: the tangent at s2 is
// parallel to s1->s3, and each control sits on the side of its neighbour, at a distance
// proportional to that neighbour's chord. `toward_s1` is the incoming control (c2 of the
// segment ending at s2), `toward_s3` the outgoing one (c1 of the segment starting at s2).
struct ControlPoints {
  Vec2 toward_s1;
  Vec2 toward_s3;
};
ControlPoints CurveControlPoints(Vec2 s1, Vec2 s2, Vec2 s3);

double StrokeWidth(double velocity, const SmoothingOptions& options);

// Incremental smoother for ONE stroke (make a new one per stroke), for live drawing: feed samples
// as they arrive and draw each segment as it is returned; call Finish() at pen-up.
class StrokeSmoother {
 public:
  explicit StrokeSmoother(SmoothingOptions options = {});

  // Returns the segment that the new sample completes, if any. A segment needs the
  // sample after its end point to fix its end tangent, so it lags one sample behind.
  std::optional<BezierSegment> AddPoint(const TimedPoint& sample);
  // The final segment, ending at the last kept sample (needs two kept samples).
  std::optional<BezierSegment> Finish();

  std::size_t kept_points() const { return kept_; }
  // The first kept sample, for drawing a lone tap as a dot.
  Vec2 first_point() const { return first_; }

 private:
  struct Sample {
    Vec2 p;
    std::int64_t t_ms = 0;
  };
  std::optional<BezierSegment> Step();

  SmoothingOptions options_;
  std::vector<Sample> window_;  // the last kept samples, at most 4
  std::size_t kept_ = 0;
  Vec2 first_;
  double last_velocity_ = 0;
  double last_width_ = 0;
};

struct SmoothedStroke {
  std::vector<BezierSegment> segments;
  // Set instead of segments when only one sample survived filtering (a tap).
  std::optional<InkPoint> dot;
};

SmoothedStroke SmoothStroke(const Stroke& stroke, const SmoothingOptions& options = {});
std::vector<SmoothedStroke> SmoothInk(const Ink& ink, const SmoothingOptions& options = {});

}  // namespace fieldledger::signature
