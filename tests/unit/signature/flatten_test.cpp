#include "fieldledger/signature/flatten.h"

#include <gtest/gtest.h>

#include "ink_fixtures.h"

namespace fieldledger::signature {
namespace {

// Segment P1->P2 of the hand-computed stroke in smoothing_test.cpp.
const BezierSegment kSegment{{6, 0}, {8, 4}, {3, 9}, {6, 12}, 1.0, 2.0};

TEST(Geometry, PointAndWidthAtHalf) {
  // B(1/2) = (p0 + 3 c1 + 3 c2 + p3) / 8 = ((6+24+9+6)/8, (0+12+27+12)/8).
  const Vec2 mid = PointAt(kSegment, 0.5);
  EXPECT_DOUBLE_EQ(mid.x, 45.0 / 8);
  EXPECT_DOUBLE_EQ(mid.y, 51.0 / 8);
  // Width eases along t^3: 1 + (1/8) * (2 - 1).
  EXPECT_DOUBLE_EQ(WidthAt(kSegment, 0.5), 1.125);
}

TEST(Flatten, SegmentKeepsEndPointsAndWidths) {
  const std::vector<InkPoint> points = FlattenSegment(kSegment);
  ASSERT_GE(points.size(), 2u);
  EXPECT_EQ(points.front(), (InkPoint{6, 0, 1.0}));
  EXPECT_EQ(points.back(), (InkPoint{6, 12, 2.0}));
}

TEST(Flatten, StraightSegmentStepsAtMostHalfADip) {
  // 10 DIP long with evenly spaced controls: ceil(10 / 0.5) = 20 steps, 21 points.
  const BezierSegment line{{0, 0}, {10.0 / 3, 0}, {20.0 / 3, 0}, {10, 0}, 1, 1};
  const std::vector<InkPoint> points = FlattenSegment(line);
  ASSERT_EQ(points.size(), 21u);
  for (std::size_t i = 1; i < points.size(); ++i) {
    EXPECT_NEAR(points[i].x - points[i - 1].x, 0.5, 1e-12);
  }
}

TEST(Flatten, HugeSegmentIsCapped) {
  const BezierSegment far{{-8000, -8000}, {0, 0}, {0, 0}, {8000, 8000}, 1, 1};
  EXPECT_EQ(FlattenSegment(far).size(), kMaxFlattenStepsPerSegment + 1);
}

TEST(Flatten, StrokeJoinsSegmentsWithoutRepeatingJoints) {
  const Stroke stroke{{testing::Pt(0, 0, 0), testing::Pt(6, 0, 3), testing::Pt(6, 12, 15),
                       testing::Pt(18, 12, 19)}};
  const SmoothedStroke smoothed = SmoothStroke(stroke);
  std::size_t separate = 0;
  for (const BezierSegment& s : smoothed.segments) separate += FlattenSegment(s).size();
  const std::vector<InkPoint> joined = FlattenStroke(smoothed);
  EXPECT_EQ(joined.size(), separate - (smoothed.segments.size() - 1));
  for (std::size_t i = 1; i < joined.size(); ++i) EXPECT_NE(joined[i], joined[i - 1]);
}

TEST(Flatten, InkGivesOnePolylinePerStrokeAndTapsAsDots) {
  Ink ink = testing::MakeCursiveInk(2, 50);
  ink.strokes.push_back(Stroke{{testing::Pt(200, 150, 5000)}});
  const auto lines = FlattenInk(ink);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_GT(lines[0].size(), 50u);
  EXPECT_EQ(lines[2], (std::vector<InkPoint>{{200, 150, 1.5}}));
}

}  // namespace
}  // namespace fieldledger::signature
