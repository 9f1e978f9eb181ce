#pragma once
// Flattening smoothed strokes into polylines with a width at every point: the contract
// between the smoother and any renderer (the Qt app, a server-side PNG renderer). To
// draw, stamp a filled disc of radius `width` at every InkPoint; points are at most
// step_dip apart, so the discs overlap into a solid stroke.
#include <cstddef>
#include <vector>

#include "fieldledger/signature/geometry.h"
#include "fieldledger/signature/smoothing.h"

namespace fieldledger::signature {

// Half a DIP, as signature_pad uses (two steps per pixel of curve length).
inline constexpr double kDefaultFlattenStepDip = 0.5;
// Bounds the output for hostile-but-valid ink whose samples are far apart.
inline constexpr std::size_t kMaxFlattenStepsPerSegment = 512;

// Points at t = 0, 1/n, ..., 1 with n = ceil(ApproxLength / step_dip), clamped to
// [1, kMaxFlattenStepsPerSegment]. Includes both end points.
std::vector<InkPoint> FlattenSegment(const BezierSegment& segment,
                                     double step_dip = kDefaultFlattenStepDip);

// One polyline per stroke: segments joined without repeating the shared end points; a
// tap is a single point.
std::vector<InkPoint> FlattenStroke(const SmoothedStroke& stroke,
                                    double step_dip = kDefaultFlattenStepDip);

// Smooth and flatten every stroke: what both renderers should draw for a signature.
std::vector<std::vector<InkPoint>> FlattenInk(const Ink& ink, const SmoothingOptions& options = {},
                                              double step_dip = kDefaultFlattenStepDip);

}  // namespace fieldledger::signature
