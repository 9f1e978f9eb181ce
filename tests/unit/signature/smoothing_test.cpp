// Pins the smoothing geometry to hand-computed numbers, so a refactor that changes what
// a signature looks like fails here rather than in a customer's PDF.
#include "fieldledger/signature/smoothing.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "ink_fixtures.h"

namespace fieldledger::signature {
namespace {

using testing::Pt;

constexpr double kEps = 1e-9;

void ExpectVec(Vec2 actual, double x, double y) {
  EXPECT_NEAR(actual.x, x, kEps);
  EXPECT_NEAR(actual.y, y, kEps);
}

TEST(CurveControlPoints, RightAngleWithEqualChords) {
  // s1=(0,0) s2=(10,0) s3=(10,10): m1=(5,0) m2=(10,5), l1=l2=10 so k=1/2,
  // cm = m2 + (m1-m2)/2 = (7.5,2.5), shift = s2-cm = (2.5,-2.5),
  // controls m1+shift = (7.5,-2.5) and m2+shift = (12.5,2.5).
  const ControlPoints c = CurveControlPoints({0, 0}, {10, 0}, {10, 10});
  ExpectVec(c.toward_s1, 7.5, -2.5);
  ExpectVec(c.toward_s3, 12.5, 2.5);
}

TEST(CurveControlPoints, UnequalChordsScaleEachControl) {
  // s1=(0,0) s2=(6,0) s3=(6,12): m1=(3,0) m2=(6,6), l1=6 l2=12 so k=12/18=2/3,
  // cm = (6,6) + (-3,-6)*2/3 = (4,2), shift = (2,-2), controls (5,-2) and (8,4).
  // |c - s2| is 2.83 towards the short chord and 5.66 towards the long one: l1 : l2.
  const ControlPoints c = CurveControlPoints({0, 0}, {6, 0}, {6, 12});
  ExpectVec(c.toward_s1, 5, -2);
  ExpectVec(c.toward_s3, 8, 4);
}

TEST(CurveControlPoints, CoincidentSamplesDoNotDivideByZero) {
  const ControlPoints c = CurveControlPoints({3, 4}, {3, 4}, {3, 4});
  ExpectVec(c.toward_s1, 3, 4);
  ExpectVec(c.toward_s3, 3, 4);
}

TEST(StrokeWidth, FromKnownVelocities) {
  const SmoothingOptions o;
  EXPECT_DOUBLE_EQ(StrokeWidth(0, o), 2.5);   // 2.5 / 1
  EXPECT_DOUBLE_EQ(StrokeWidth(1, o), 1.25);  // 2.5 / 2
  EXPECT_DOUBLE_EQ(StrokeWidth(1.5, o), 1.0);
  EXPECT_DOUBLE_EQ(StrokeWidth(4, o), 0.5);  // 2.5 / 5 = min exactly
  EXPECT_DOUBLE_EQ(StrokeWidth(9, o), 0.5);  // 2.5 / 10 = 0.25, clamped to min
}

// P0=(0,0)@0ms P1=(6,0)@3ms P2=(6,12)@15ms P3=(18,12)@19ms; all chords exceed 5 DIP.
Stroke ZigZagStroke() { return Stroke{{Pt(0, 0, 0), Pt(6, 0, 3), Pt(6, 12, 15), Pt(18, 12, 19)}}; }

TEST(SmoothStroke, HandComputedSegments) {
  const SmoothedStroke s = SmoothStroke(ZigZagStroke());
  ASSERT_EQ(s.segments.size(), 3u);
  EXPECT_FALSE(s.dot.has_value());

  // Segment P0->P1, window [P0,P0,P1,P2].
  // c1 = outgoing control at P0 from (P0,P0,P1): l1=0 so k=1, cm=m1=P0, shift 0,
  //      c1 = m2 = (3,0).
  // c2 = incoming control at P1 from (P0,P1,P2) = (5,-2) (see UnequalChords above).
  // Velocity 6 DIP / 3 ms = 2, filtered 0.7*2 + 0.3*0 = 1.4, width 2.5/2.4.
  // Start width is signature_pad's initial (min+max)/2 = 1.5.
  const BezierSegment& a = s.segments[0];
  ExpectVec(a.p0, 0, 0);
  ExpectVec(a.c1, 3, 0);
  ExpectVec(a.c2, 5, -2);
  ExpectVec(a.p3, 6, 0);
  EXPECT_NEAR(a.start_width, 1.5, kEps);
  EXPECT_NEAR(a.end_width, 2.5 / 2.4, kEps);

  // Segment P1->P2, window [P0,P1,P2,P3].
  // c1 = outgoing control at P1 from (P0,P1,P2) = (8,4).
  // c2 = incoming control at P2 from (P1,P2,P3): m1=(6,6) m2=(12,12), l1=l2=12, k=1/2,
  //      cm=(9,9), shift=(-3,3), c2 = m1+shift = (3,9).
  // Velocity 12/12 = 1, filtered 0.7*1 + 0.3*1.4 = 1.12, width 2.5/2.12.
  const BezierSegment& b = s.segments[1];
  ExpectVec(b.p0, 6, 0);
  ExpectVec(b.c1, 8, 4);
  ExpectVec(b.c2, 3, 9);
  ExpectVec(b.p3, 6, 12);
  EXPECT_NEAR(b.start_width, 2.5 / 2.4, kEps);
  EXPECT_NEAR(b.end_width, 2.5 / 2.12, kEps);

  // Segment P2->P3 from Finish(), window [P1,P2,P3,P3].
  // c1 = outgoing control at P2 from (P1,P2,P3) = m2+shift = (9,15).
  // c2 = incoming control at P3 from (P2,P3,P3): l2=0 so k=0, cm=m2=P3, shift 0,
  //      c2 = m1 = (12,12).
  // Velocity 12/4 = 3, filtered 0.7*3 + 0.3*1.12 = 2.436, width 2.5/3.436.
  const BezierSegment& c = s.segments[2];
  ExpectVec(c.p0, 6, 12);
  ExpectVec(c.c1, 9, 15);
  ExpectVec(c.c2, 12, 12);
  ExpectVec(c.p3, 18, 12);
  EXPECT_NEAR(c.start_width, 2.5 / 2.12, kEps);
  EXPECT_NEAR(c.end_width, 2.5 / 3.436, kEps);
}

TEST(SmoothStroke, ControlsAreInTextbookOrder) {
  // signature_pad would store (3,9) as control1 of segment P1->P2; we keep it as c2,
  // next to the end point it shapes.
  const SmoothedStroke s = SmoothStroke(ZigZagStroke());
  const BezierSegment& middle = s.segments[1];
  EXPECT_LT(Distance(middle.c1, middle.p0), Distance(middle.c1, middle.p3));
  EXPECT_LT(Distance(middle.c2, middle.p3), Distance(middle.c2, middle.p0));
  // The first segment's c1 and the last one's c2 degenerate to the chord midpoint
  // ((3,0) and (12,12)): equidistant, never on the wrong side.
  for (const BezierSegment& seg : s.segments) {
    EXPECT_LE(Distance(seg.c1, seg.p0), Distance(seg.c1, seg.p3));
    EXPECT_LE(Distance(seg.c2, seg.p3), Distance(seg.c2, seg.p0));
  }
}

TEST(StrokeSmoother, EmitsEachSegmentOneSampleLate) {
  const Stroke stroke = ZigZagStroke();
  StrokeSmoother smoother;
  EXPECT_FALSE(smoother.AddPoint(stroke.points[0]));
  EXPECT_FALSE(smoother.AddPoint(stroke.points[1]));
  const auto first = smoother.AddPoint(stroke.points[2]);
  ASSERT_TRUE(first);
  ExpectVec(first->p3, 6, 0);
  const auto second = smoother.AddPoint(stroke.points[3]);
  ASSERT_TRUE(second);
  ExpectVec(second->p3, 6, 12);
  const auto last = smoother.Finish();
  ASSERT_TRUE(last);
  ExpectVec(last->p3, 18, 12);
}

TEST(StrokeSmoother, DropsSamplesWithinMinDistanceOfTheLastKeptOne) {
  StrokeSmoother smoother;
  smoother.AddPoint(Pt(0, 0, 0));
  smoother.AddPoint(Pt(3, 0, 8));      // 3 from (0,0): dropped
  smoother.AddPoint(Pt(5, 0, 16));     // exactly 5: dropped (signature_pad uses <=)
  smoother.AddPoint(Pt(4, 3, 24));     // 5 again, diagonally: dropped
  smoother.AddPoint(Pt(5.1f, 0, 32));  // kept
  EXPECT_EQ(smoother.kept_points(), 2u);
}

TEST(SmoothStroke, TwoSamplesMakeAStraightSegment) {
  // Window [A,A,B,B]: both controls degenerate to the midpoint (10,5).
  const SmoothedStroke s = SmoothStroke(Stroke{{Pt(0, 0, 0), Pt(20, 10, 10)}});
  ASSERT_EQ(s.segments.size(), 1u);
  ExpectVec(s.segments[0].c1, 10, 5);
  ExpectVec(s.segments[0].c2, 10, 5);
}

TEST(SmoothStroke, ATapIsADot) {
  const SmoothedStroke s = SmoothStroke(Stroke{{Pt(7, 8, 0), Pt(8, 8, 5), Pt(7, 9, 9)}});
  EXPECT_TRUE(s.segments.empty());
  ASSERT_TRUE(s.dot);
  EXPECT_EQ(*s.dot, (InkPoint{7, 8, 1.5}));
}

TEST(SmoothStroke, NonIncreasingTimeCountsAsStandingStill) {
  // Same instant: raw velocity 0, so width is max_width / (0 + 1).
  const SmoothedStroke s = SmoothStroke(Stroke{{Pt(0, 0, 50), Pt(10, 0, 50)}});
  ASSERT_EQ(s.segments.size(), 1u);
  EXPECT_DOUBLE_EQ(s.segments[0].end_width, 2.5);
}

TEST(SmoothStroke, StraightLineGivesCollinearControls) {
  // Samples on y = 2x + 1 at irregular spacing and speed; every gap is at least
  // 2.5 * sqrt(5) = 5.6 DIP so none is filtered out.
  Stroke stroke;
  const float xs[] = {0, 3, 7, 9.5f, 15, 17.5f, 30, 33};
  std::uint32_t t = 0;
  for (float x : xs) stroke.points.push_back(Pt(x, 2 * x + 1, t += 7));
  const SmoothedStroke s = SmoothStroke(stroke);
  ASSERT_EQ(s.segments.size(), stroke.points.size() - 1);
  const auto off_line = [](Vec2 p) { return p.y - (2 * p.x + 1); };
  for (const BezierSegment& seg : s.segments) {
    EXPECT_NEAR(off_line(seg.c1), 0, 1e-9);
    EXPECT_NEAR(off_line(seg.c2), 0, 1e-9);
    // ... and between the end points, so the curve never doubles back.
    EXPECT_GE(seg.c1.x, seg.p0.x);
    EXPECT_LE(seg.c2.x, seg.p3.x);
  }
}

// |c1 - p0| <= chord/2 <= |c1 - p3| holds for any three samples (the control's offset
// from its sample is half of |s3 - s1| scaled by l2/(l1+l2)), so check it at random.
RC_GTEST_PROP(SmoothingProperty, ControlsStayOnTheirOwnSide, ()) {
  const auto coords = *rc::gen::container<std::vector<int>>(rc::gen::inRange(0, 4000));
  Stroke stroke;
  for (std::size_t i = 0; i + 1 < coords.size(); i += 2) {
    stroke.points.push_back(
        Pt(coords[i] / 8.0f, coords[i + 1] / 8.0f, static_cast<std::uint32_t>(i)));
  }
  for (const BezierSegment& s : SmoothStroke(stroke).segments) {
    RC_ASSERT(Distance(s.c1, s.p0) <= Distance(s.c1, s.p3) + 1e-9);
    RC_ASSERT(Distance(s.c2, s.p3) <= Distance(s.c2, s.p0) + 1e-9);
    RC_ASSERT(s.end_width >= 0.5 && s.end_width <= 2.5);
  }
}

}  // namespace
}  // namespace fieldledger::signature
