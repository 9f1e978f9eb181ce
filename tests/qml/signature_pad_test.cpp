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
