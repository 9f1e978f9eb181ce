#include "fieldledger/signature/codec.h"

#include <gtest/gtest.h>

#include "fieldledger/signature/codec_v1.h"

#include "ink_fixtures.h"

namespace fieldledger::signature {
namespace {

using testing::MakeCursiveInk;
using testing::Pt;

Ink TinyInk() {
  Ink ink;
  ink.canvas = {400, 200};
  ink.strokes = {Stroke{{Pt(10, 20, 0), Pt(10.5f, 19.25f, 8)}}};
  return ink;
}

// Version 1 is no longer written by Encode, but phones that have not updated still upload
// it: these bytes, worked out by hand from the layout, must keep decoding.
TEST(Codec, Version1BytesFromTheLayoutStillDecode) {
  const EncodeResult encoded = EncodeV1(TinyInk());
  ASSERT_TRUE(encoded.ok()) << encoded.status.message;
  // Header: "FLSG", version 1, flags 0, width 3200 (400*8) = 0x80 0x19,
  // height 1600 (200*8) = 0xC0 0x0C, 1 stroke.
  // Stroke: 2 points, no pressure -> header 4.
  // Point 0: dx 80 -> zigzag 160 = 0xA0 0x01, dy 160 -> 320 = 0xC0 0x02, dt 0.
  // Point 1: dx +4 -> 8, dy -6 -> 11, dt +8 -> 16.
  const std::string expected(
      "FLSG\x01\x00"
      "\x80\x19\xC0\x0C\x01"
      "\x04"
      "\xA0\x01\xC0\x02\x00"
      "\x08\x0B\x10",
      20);
  EXPECT_EQ(encoded.bytes, expected);
  const DecodeResult decoded = Decode(expected);
  ASSERT_TRUE(decoded.ok()) << decoded.status.message;
  EXPECT_EQ(decoded.ink, TinyInk());
}

TEST(Codec, EncodeWritesVersion2) {
  const EncodeResult encoded = Encode(TinyInk());
  ASSERT_TRUE(encoded.ok()) << encoded.status.message;
  // The byte-aligned part: "FLSG", version 2, flags 0, canvas and stroke count as in
  // version 1; then the range-coded strokes, which always end in 4 flush bytes.
  EXPECT_EQ(encoded.bytes.substr(0, 11), std::string("FLSG\x02\x00\x80\x19\xC0\x0C\x01", 11));
  EXPECT_GE(encoded.bytes.size(), 11u + 4u);
  const DecodeResult decoded = Decode(encoded.bytes);
  ASSERT_TRUE(decoded.ok()) << decoded.status.message;
  EXPECT_EQ(decoded.ink, TinyInk());
}

TEST(Codec, RoundTripIsExactAfterQuantisation) {
  Ink ink = MakeCursiveInk(3, 100, /*with_pressure=*/true);
  ink.strokes[1].points[5].x = -3.3f;  // touches a little outside the canvas survive
  const EncodeResult encoded = Encode(ink);
  ASSERT_TRUE(encoded.ok()) << encoded.status.message;
  const DecodeResult decoded = Decode(encoded.bytes);
  ASSERT_TRUE(decoded.ok()) << decoded.status.message;
  EXPECT_EQ(decoded.ink, Quantise(ink));
  // Quantisation moves a coordinate by at most half a quantum.
  EXPECT_NEAR(decoded.ink.strokes[0].points[7].x, ink.strokes[0].points[7].x, 1.0 / 16);
  EXPECT_EQ(Encode(decoded.ink).bytes, encoded.bytes) << "re-encoding must be stable";
}

TEST(Codec, RoundTripsEmptyInk) {
  Ink ink;
  ink.canvas = {320.5f, 180};
  const EncodeResult encoded = Encode(ink);
  ASSERT_TRUE(encoded.ok());
  const DecodeResult decoded = Decode(encoded.bytes);
  ASSERT_TRUE(decoded.ok()) << decoded.status.message;
  EXPECT_EQ(decoded.ink, ink);
}

TEST(Codec, TypicalSignatureIsAboutThreeBytesPerPointInVersion1) {
  const EncodeResult encoded = EncodeV1(MakeCursiveInk(3, 100));
  ASSERT_TRUE(encoded.ok());
  EXPECT_LT(encoded.bytes.size(), 1200u);
  EXPECT_GT(encoded.bytes.size(), 900u);
}

TEST(Codec, Version2IsUnderTwoBytesPerPointWithPressure) {
  for (bool with_pressure : {false, true}) {
    const Ink ink = MakeCursiveInk(3, 100, with_pressure);
    const EncodeResult v1 = EncodeV1(ink);
    const EncodeResult v2 = Encode(ink);
    ASSERT_TRUE(v1.ok() && v2.ok());
    EXPECT_LT(v2.bytes.size(), 2 * TotalPoints(ink)) << with_pressure;
    EXPECT_LT(2 * v2.bytes.size(), v1.bytes.size())
        << "v1 " << v1.bytes.size() << ", v2 " << v2.bytes.size();
  }
}

TEST(Codec, EncodeRefusesWhatDecodeWouldRefuse) {
  const auto error_of = [](const Ink& ink) { return Encode(ink).status.error; };
  Ink ink = TinyInk();
  ink.canvas.width = 0;
  EXPECT_EQ(error_of(ink), CodecError::kBadCanvas);
  ink.canvas.width = kMaxCanvasDip + 1;
  EXPECT_EQ(error_of(ink), CodecError::kBadCanvas);

  ink = TinyInk();
  ink.strokes.push_back(Stroke{});
  EXPECT_EQ(error_of(ink), CodecError::kEmptyStroke);

  ink = TinyInk();
  ink.strokes[0].points[1].pressure = 0.5f;
  EXPECT_EQ(error_of(ink), CodecError::kMixedPressure);

  ink = TinyInk();
  ink.strokes[0].points[0].y = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(error_of(ink), CodecError::kNonFinite);

  ink = TinyInk();
  ink.strokes[0].points[0].x = kMaxAbsCoordinateDip + 1;
  EXPECT_EQ(error_of(ink), CodecError::kValueOutOfRange);

  ink = TinyInk();
  ink.strokes.assign(kMaxStrokes + 1, ink.strokes[0]);
  EXPECT_EQ(error_of(ink), CodecError::kTooManyStrokes);

  ink = TinyInk();
  ink.strokes[0].points.assign(kMaxPointsPerStroke + 1, Pt(1, 1, 1));
  EXPECT_EQ(error_of(ink), CodecError::kTooManyPoints);

  ink = TinyInk();
  ink.strokes.assign(kMaxTotalPoints / kMaxPointsPerStroke + 1,
                     Stroke{std::vector<TimedPoint>(kMaxPointsPerStroke, Pt(1, 1, 1))});
  EXPECT_EQ(error_of(ink), CodecError::kTooManyPoints);
}

TEST(Codec, EncodeRefusesInkThatWouldExceedTheByteLimit) {
  // Within the point limits, but every point jumps across the canvas so no delta is small.
  Ink ink;
  ink.canvas = {4000, 4000};
  for (int s = 0; s < 4; ++s) {
    Stroke stroke;
    for (int i = 0; i < 4096; ++i) {
      stroke.points.push_back(Pt(i % 2 ? 3900.f : 0.f, i % 2 ? 0.f : 3900.f, 1'000'000u * (i % 2)));
    }
    ink.strokes.push_back(stroke);
  }
  EXPECT_EQ(Encode(ink).status.error, CodecError::kTooLarge);
}

}  // namespace
}  // namespace fieldledger::signature
