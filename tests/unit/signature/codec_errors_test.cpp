// Decode's precise errors: one hand-made hostile buffer per error, with its offset. The
// buffers are version 1 (byte-aligned, so they can be written by hand); the same header
// checks apply to version 2, whose own errors are in codec_v2_test.cpp.
#include <gtest/gtest.h>

#include "fieldledger/signature/codec.h"
#include "fieldledger/signature/varint.h"

namespace fieldledger::signature {
namespace {

// "FLSG" v1, flags 0, canvas 400x200 (3200 and 1600 eighths).
const std::string kHeader("FLSG\x01\x00\x80\x19\xC0\x0C", 10);

CodecStatus StatusOf(const std::string& bytes) { return Decode(bytes).status; }

std::string V(std::uint64_t v) {
  std::string out;
  AppendVarint(v, out);
  return out;
}

// One stroke of one point at (1, 1) dip, t = 5 ms.
std::string OnePointBody() {
  return V(1) + V(2) + V(ZigZagEncode(8)) + V(ZigZagEncode(8)) + V(ZigZagEncode(5));
}

TEST(CodecErrors, ValidBaselineDecodes) {
  const DecodeResult r = Decode(kHeader + OnePointBody());
  ASSERT_TRUE(r.ok()) << r.status.message;
  ASSERT_EQ(r.ink.strokes.size(), 1u);
  EXPECT_EQ(r.ink.strokes[0].points[0], (TimedPoint{1, 1, 5, {}}));
}

TEST(CodecErrors, TruncatedAnywhere) {
  const std::string full = kHeader + OnePointBody();
  for (std::size_t n = 4; n < full.size(); ++n) {
    EXPECT_EQ(StatusOf(full.substr(0, n)).error, CodecError::kTruncated) << n;
  }
  EXPECT_EQ(StatusOf("FL").error, CodecError::kTruncated);
  EXPECT_EQ(StatusOf("").error, CodecError::kTruncated);
}

TEST(CodecErrors, BadMagicVersionAndFlags) {
  const CodecStatus magic = StatusOf("\x89PNG\r\n");
  EXPECT_EQ(magic.error, CodecError::kBadMagic);
  EXPECT_EQ(magic.offset, 0u);
  EXPECT_EQ(StatusOf("FLSX").offset, 3u);

  std::string v3 = kHeader + OnePointBody();
  v3[4] = 3;
  const CodecStatus version = StatusOf(v3);
  EXPECT_EQ(version.error, CodecError::kUnsupportedVersion);
  EXPECT_EQ(version.offset, 4u);
  EXPECT_EQ(version.message, "version 3");
  v3[4] = 0;
  EXPECT_EQ(StatusOf(v3).error, CodecError::kUnsupportedVersion);

  std::string flags = kHeader + OnePointBody();
  flags[5] = 1;
  EXPECT_EQ(StatusOf(flags).error, CodecError::kBadFlags);
}

TEST(CodecErrors, BadCanvas) {
  EXPECT_EQ(StatusOf(std::string("FLSG\x01\x00\x00\x08", 8) + V(0)).error, CodecError::kBadCanvas);
  const CodecStatus huge = StatusOf(std::string("FLSG\x01\x00", 6) + V(8) + V(4097 * 8) + V(0));
  EXPECT_EQ(huge.error, CodecError::kBadCanvas);
  EXPECT_EQ(huge.offset, 7u);
}

TEST(CodecErrors, AbsurdCountsFailBeforeAllocating) {
  // Enough bytes that the count, not the length, is what fails.
  const std::string kPadding(64, '\0');
  const CodecStatus strokes = StatusOf(kHeader + V(1'000'000'000));
  EXPECT_EQ(strokes.error, CodecError::kTooManyStrokes);
  EXPECT_EQ(strokes.offset, kHeader.size());
  // A plausible stroke count that the remaining bytes cannot possibly hold.
  EXPECT_EQ(StatusOf(kHeader + V(200) + OnePointBody()).error, CodecError::kTruncated);

  EXPECT_EQ(StatusOf(kHeader + V(1) + V((kMaxPointsPerStroke + 1) << 1) + kPadding).error,
            CodecError::kTooManyPoints);
  EXPECT_EQ(StatusOf(kHeader + V(1) + V(std::uint64_t{1} << 62) + kPadding).error,
            CodecError::kTooManyPoints);
  const CodecStatus lying = StatusOf(kHeader + V(1) + V(1000 << 1) + std::string(30, '\0'));
  EXPECT_EQ(lying.error, CodecError::kTruncated);
  EXPECT_EQ(lying.message, "stroke 0 declares 1000 points but only 30 bytes remain");
}

TEST(CodecErrors, TotalPointLimitAcrossStrokes) {
  // Five maximal strokes of zero deltas: 5 * 4096 > kMaxTotalPoints.
  std::string body = V(5);
  for (int s = 0; s < 5; ++s)
    body += V(kMaxPointsPerStroke << 1) + std::string(3 * kMaxPointsPerStroke, '\0');
  const CodecStatus status = StatusOf(kHeader + body);
  EXPECT_EQ(status.error, CodecError::kTooManyPoints);
  EXPECT_NE(status.message.find("stroke 4"), std::string::npos) << status.message;
}

TEST(CodecErrors, EmptyStroke) {
  EXPECT_EQ(StatusOf(kHeader + V(1) + V(0) + std::string(3, '\0')).error, CodecError::kEmptyStroke);
}

TEST(CodecErrors, ValuesOutOfRange) {
  const std::string one = V(1) + V(2);
  // x beyond kMaxAbsCoordinateDip.
  EXPECT_EQ(StatusOf(kHeader + one + V(ZigZagEncode(8193 * 8)) + V(0) + V(0)).error,
            CodecError::kValueOutOfRange);
  // Negative time.
  EXPECT_EQ(StatusOf(kHeader + one + V(0) + V(0) + V(ZigZagEncode(-1))).error,
            CodecError::kValueOutOfRange);
  // Pressure above 1.
  EXPECT_EQ(StatusOf(kHeader + V(1) + V(3) + V(0) + V(0) + V(0) + V(ZigZagEncode(1025))).error,
            CodecError::kValueOutOfRange);
  // A delta that would overflow a running sum if it were trusted.
  EXPECT_EQ(StatusOf(kHeader + one + V(~std::uint64_t{0}) + V(0) + V(0)).error,
            CodecError::kValueOutOfRange);
}

TEST(CodecErrors, NonCanonicalVarintsAndTrailingBytes) {
  const CodecStatus overlong =
      StatusOf(kHeader + std::string("\x81\x00", 2) + OnePointBody().substr(1));
  EXPECT_EQ(overlong.error, CodecError::kBadVarint);
  EXPECT_EQ(overlong.offset, kHeader.size());

  const CodecStatus trailing = StatusOf(kHeader + OnePointBody() + "x");
  EXPECT_EQ(trailing.error, CodecError::kTrailingBytes);
  EXPECT_EQ(trailing.offset, kHeader.size() + OnePointBody().size());
}

TEST(CodecErrors, TooLargeBeforeReadingAnything) {
  const CodecStatus status = StatusOf(std::string(kMaxEncodedBytes + 1, 'F'));
  EXPECT_EQ(status.error, CodecError::kTooLarge);
  EXPECT_FALSE(Decode(kHeader + OnePointBody() + "x").ok());
  EXPECT_TRUE(Decode(kHeader + OnePointBody() + "x").ink.strokes.empty())
      << "a failed decode must not hand back partial ink";
}

}  // namespace
}  // namespace fieldledger::signature
