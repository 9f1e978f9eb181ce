// The signing pad without a window: strokes in, quantised ink out, the acceptance
// refusals in plain words, and the rendered PNG.
#include <gtest/gtest.h>
#include <QImage>

#include "fieldledger/signature/codec.h"
#include "signature_pad.h"
#include "signature_render.h"

namespace fieldledger::app {
namespace {

std::vector<signature::TimedPoint> Zigzag(float x0, float y0, int n) {
  std::vector<signature::TimedPoint> points;
  for (int i = 0; i < n; ++i) {
    points.push_back(
        {x0 + i * 9.03f, y0 + (i % 2 ? -30.0f : 0.0f), static_cast<std::uint32_t>(i * 16)});
  }
  return points;
}

TEST(SignaturePad, KeepsQuantisedStrokesAndUndoesTheLast) {
  SignaturePad pad;
  pad.setSize({400, 200});
  EXPECT_TRUE(pad.empty());
  pad.addStroke(Zigzag(20, 100, 20));
  pad.addStroke(Zigzag(40, 150, 12));
  EXPECT_EQ(pad.strokeCount(), 2);
  EXPECT_EQ(pad.pointCount(), 32);
  const signature::Ink ink = pad.ink();
  EXPECT_EQ(ink.canvas.width, 400);
  // What the pad holds is exactly what the stored bytes decode to.
  const auto encoded = signature::Encode(ink);
  ASSERT_TRUE(encoded.ok());
  EXPECT_EQ(signature::Decode(encoded.bytes).ink, ink);
  pad.undo();
  EXPECT_EQ(pad.strokeCount(), 1);
  pad.clear();
  EXPECT_TRUE(pad.empty());
}

// Turning the phone while the customer signs: the strokes follow the box, none is lost
// and none ends up outside it, and the result still encodes.
TEST(SignaturePad, KeepsEveryStrokeInsideTheBoxAcrossARotation) {
  SignaturePad pad;
  pad.setSize({700, 200});             // landscape
  pad.addStroke(Zigzag(20, 100, 70));  // reaches x = 20 + 69 * 9.03 = 643
  pad.addStroke(Zigzag(300, 180, 10));
  ASSERT_EQ(pad.strokeCount(), 2);
  const int points = pad.pointCount();
  pad.setSize({380, 200});  // portrait: narrower
  EXPECT_EQ(pad.strokeCount(), 2);
  EXPECT_EQ(pad.pointCount(), points);
  const signature::Ink ink = pad.ink();
  EXPECT_EQ(ink.canvas.width, 380);
  float max_x = 0;
  for (const auto& s : ink.strokes) {
    for (const auto& p : s.points) {
      EXPECT_GE(p.x, 0);
      EXPECT_LE(p.x, 380);
      EXPECT_GE(p.y, 0);
      EXPECT_LE(p.y, 200);
      max_x = std::max(max_x, p.x);
    }
  }
  EXPECT_GT(max_x, 300);  // scaled, not clipped to a corner
  EXPECT_TRUE(signature::Encode(ink).ok());
  // A layout pass that squeezes the box for a moment, then the phone turned back: the
  // signature is as large as it was, not shrunk by the detour.
  pad.setSize({60, 200});
  pad.setSize({700, 200});
  float back_x = 0;
  for (const auto& s : pad.ink().strokes) {
    for (const auto& p : s.points) back_x = std::max(back_x, p.x);
  }
  EXPECT_GT(back_x, 600);
  EXPECT_EQ(pad.pointCount(), points);
}

TEST(SignaturePad, RefusesBlankShortAndNamelessSignatures) {
  SignaturePad pad;
  pad.setSize({400, 200});
  EXPECT_EQ(pad.refusal("Li Wei"), "Please sign in the box.");
  pad.addStroke(Zigzag(20, 100, 3));
  EXPECT_TRUE(pad.refusal("Li Wei").contains("too short"));
  pad.clear();
  pad.addStroke(Zigzag(20, 100, 20));
  EXPECT_EQ(pad.refusal("  "), "Please enter the signer's name.");
  EXPECT_EQ(pad.refusal("Li Wei"), "");
}

TEST(SignatureRender, DrawsInkOnATransparentPng) {
  SignaturePad pad;
  pad.setSize({400, 200});
  pad.addStroke(Zigzag(20, 100, 20));
  const QImage image = RenderInk(pad.ink(), 2.0);
  EXPECT_EQ(image.size(), QSize(800, 400));
  EXPECT_EQ(qAlpha(image.pixel(5, 5)), 0);
  // The first sample is stamped: ink at (20, 100) DIP, i.e. (40, 200) pixels.
  EXPECT_GT(qAlpha(image.pixel(40, 200)), 0);
  const QByteArray png = RenderInkPng(pad.ink());
  EXPECT_TRUE(png.startsWith("\x89PNG"));
}

}  // namespace
}  // namespace fieldledger::app
