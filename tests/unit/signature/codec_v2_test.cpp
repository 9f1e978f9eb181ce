// Version 2: exact round trips, agreement with version 1, and hostile inputs. Streams
// that break a limit are written with the unchecked body writer (detail::EncodeV2Strokes),
// since Encode refuses such ink before writing a byte.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include "fieldledger/signature/codec.h"
#include "fieldledger/signature/codec_detail.h"
#include "fieldledger/signature/codec_v1.h"
#include "fieldledger/signature/range_coder.h"
#include "ink_fixtures.h"

namespace fieldledger::signature {
namespace {

using testing::MakeCursiveInk;
using testing::Pt;

// Version 2 bytes of `ink` without Encode's checks.
std::string UncheckedV2(const Ink& ink) {
  std::string out;
  detail::AppendHeader(kFormatVersion, ink, out);
  detail::EncodeV2Strokes(ink, out);
  return out;
}

Ink OneStroke(std::vector<TimedPoint> points) {
  Ink ink;
  ink.canvas = {400, 200};
  ink.strokes = {Stroke{std::move(points)}};
  return ink;
}

// A signature with the irregularities of a real digitiser: jitter of a few quanta,
// dropped and late samples, a pen that rests, pressure noise, and strokes without
// pressure among strokes with it.
Ink RealLookingInk(std::uint32_t seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<double> jitter(0, 0.3);
  Ink ink;
  ink.canvas = {360, 180};
  std::uint32_t t = 0;
  const int strokes = 1 + static_cast<int>(rng() % 12);
  for (int s = 0; s < strokes; ++s) {
    Stroke stroke;
    const bool pressure = rng() % 3 != 0;
    double x = 20 + rng() % 300, y = 30 + rng() % 120, vx = 2, vy = 0;
    const int n = 1 + static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) {
      vx += 0.4 * std::sin(i * 0.2 + s) + jitter(rng);
      vy += 0.5 * std::cos(i * 0.17 + 2 * s) + jitter(rng);
      if (rng() % 10 == 0) vx = vy = 0;  // the pen rests
      x += vx;
      y += vy;
      TimedPoint p{static_cast<float>(x + jitter(rng)), static_cast<float>(y + jitter(rng)), t, {}};
      if (pressure) {
        p.pressure = static_cast<float>(
            std::clamp(0.5 + 0.2 * std::sin(i * 0.05) + 0.02 * jitter(rng), 0.0, 1.0));
      }
      stroke.points.push_back(p);
      t += rng() % 20 == 0 ? 16 + rng() % 9 : 8;  // mostly 120 Hz, sometimes a late sample
    }
    ink.strokes.push_back(std::move(stroke));
    t += 100 + rng() % 900;
  }
  return ink;
}

void ExpectExactRoundTrip(const Ink& ink, const std::string& what) {
  const EncodeResult v2 = Encode(ink);
  ASSERT_TRUE(v2.ok()) << what << ": " << v2.status.message;
  EXPECT_EQ(v2.bytes[4], 2) << what;
  const DecodeResult decoded = Decode(v2.bytes);
  ASSERT_TRUE(decoded.ok()) << what << ": " << CodecErrorName(decoded.status.error) << " at "
                            << decoded.status.offset << ": " << decoded.status.message;
  EXPECT_EQ(decoded.ink, Quantise(ink)) << what;
  // Version 1 of the same ink decodes to exactly the same points.
  const DecodeResult from_v1 = Decode(EncodeV1(ink).bytes);
  ASSERT_TRUE(from_v1.ok()) << what;
  EXPECT_EQ(from_v1.ink, decoded.ink) << what;
  EXPECT_EQ(Encode(decoded.ink).bytes, v2.bytes) << what << ": re-encoding must be stable";
}

TEST(CodecV2, RoundTripsRealLookingInk) {
  for (std::uint32_t seed = 1; seed <= 300; ++seed) {
    ExpectExactRoundTrip(RealLookingInk(seed), "seed " + std::to_string(seed));
  }
}

TEST(CodecV2, RoundTripsTheFixtures) {
  for (bool pressure : {false, true}) {
    for (double phase : {0.0, 0.37, 1.1}) {
      ExpectExactRoundTrip(MakeCursiveInk(3, 100, pressure, phase), "cursive");
      ExpectExactRoundTrip(MakeCursiveInk(24, 25, pressure, phase), "many short strokes");
    }
  }
}

// Every value at the ends of its range, alternating so that the predictions are as far
// off as they can be: the longest residuals each component allows.
TEST(CodecV2, RoundTripsExtremeValues) {
  const float edge = kMaxAbsCoordinateDip;
  const std::uint32_t t_max = std::numeric_limits<std::uint32_t>::max();
  std::vector<TimedPoint> points;
  for (int i = 0; i < 40; ++i) {
    const bool odd = i % 2 != 0;
    points.push_back(
        TimedPoint{odd ? edge : -edge, odd ? -edge : edge, odd ? t_max : 0, odd ? 1.0f : 0.0f});
  }
  Ink ink = OneStroke(points);
  ink.canvas = {kMaxCanvasDip, kMaxCanvasDip};
  ink.strokes.push_back(Stroke{{Pt(edge, edge, t_max)}});
  ink.strokes.push_back(Stroke{{Pt(-edge, -edge, 0), Pt(edge, edge, t_max), Pt(-edge, 0, 0)}});
  ExpectExactRoundTrip(ink, "extremes");
}

TEST(CodecV2, RoundTripsRandomPointsOfEveryKind) {
  std::mt19937 rng(99);
  for (int round = 0; round < 200; ++round) {
    Ink ink;
    ink.canvas = {1 + static_cast<float>(rng() % 4096), 1 + static_cast<float>(rng() % 4096)};
    const int strokes = static_cast<int>(rng() % 6);
    for (int s = 0; s < strokes; ++s) {
      Stroke stroke;
      const bool pressure = rng() % 2 != 0;
      const int n = 1 + static_cast<int>(rng() % 50);
      for (int i = 0; i < n; ++i) {
        const auto coordinate = [&] {
          return static_cast<float>(static_cast<int>(rng() % 131073) - 65536) / 8.0f;
        };
        TimedPoint p{coordinate(), coordinate(), static_cast<std::uint32_t>(rng()), {}};
        if (pressure) p.pressure = static_cast<float>(rng() % 1025) / 1024.0f;
        stroke.points.push_back(p);
      }
      ink.strokes.push_back(std::move(stroke));
    }
    ExpectExactRoundTrip(ink, "round " + std::to_string(round));
  }
}

TEST(CodecV2, EmptyInkHasNoCodedStream) {
  Ink ink;
  ink.canvas = {400, 200};
  const EncodeResult encoded = Encode(ink);
  ASSERT_TRUE(encoded.ok());
  EXPECT_EQ(encoded.bytes, std::string("FLSG\x02\x00\x80\x19\xC0\x0C\x00", 11));
  EXPECT_EQ(Decode(encoded.bytes + std::string(4, '\0')).status.error, CodecError::kTrailingBytes);
}

// What version 2 bytes Encode writes today must keep decoding, whatever the encoder
// becomes: this is the tiny ink's encoding as this version wrote it, kept as a fixture.
const std::string kTinyV2(
    "FLSG\x02\x00\x80\x19\xC0\x0C\x01"
    "\x4B\xF2\x14\x97\xF0\x5F\xBC\x3E\x60\x00\x00",
    22);

TEST(CodecV2, StoredVersion2BytesKeepDecoding) {
  const Ink tiny = OneStroke({Pt(10, 20, 0), Pt(10.5f, 19.25f, 8)});
  const std::string stored = Encode(tiny).bytes;
  ASSERT_EQ(stored, kTinyV2) << "the format changed: bump the version, keep reading this one";
  const DecodeResult decoded = Decode(kTinyV2);
  ASSERT_TRUE(decoded.ok()) << decoded.status.message;
  EXPECT_EQ(decoded.ink, tiny);
}

TEST(CodecV2, TruncationAtEveryByteIsRefused) {
  for (const Ink& ink : {MakeCursiveInk(3, 100, true), RealLookingInk(5)}) {
    const std::string full = Encode(ink).bytes;
    for (std::size_t n = 0; n < full.size(); ++n) {
      const DecodeResult r = Decode(full.substr(0, n));
      ASSERT_FALSE(r.ok()) << n;
      EXPECT_LE(r.status.offset, n);
      EXPECT_TRUE(r.ink.strokes.empty());
    }
  }
}

// Every single bit flip of a real encoding: refused with a status, or (rarely) another
// valid ink, which must then be in range and canonical. Under ASan/UBSan in CI.
TEST(CodecV2, EveryBitFlipIsRefusedOrValid) {
  const std::string full = Encode(RealLookingInk(11)).bytes;
  int refused = 0;
  for (std::size_t bit = 0; bit < full.size() * 8; ++bit) {
    std::string bytes = full;
    bytes[bit / 8] = static_cast<char>(bytes[bit / 8] ^ (1 << (bit % 8)));
    const DecodeResult r = Decode(bytes);
    ASSERT_LE(r.status.offset, bytes.size());
    if (!r.ok()) {
      ++refused;
      ASSERT_FALSE(r.status.message.empty());
      continue;
    }
    const EncodeResult again = Encode(r.ink);  // checks every value's range again
    ASSERT_TRUE(again.ok()) << bit << ": " << again.status.message;
    ASSERT_EQ(again.bytes, bytes) << bit;
  }
  // The end check makes almost every flip in the coded stream fatal.
  EXPECT_GT(refused, static_cast<int>(full.size() * 8 * 9 / 10));
}

TEST(CodecV2, TrailingAndAlteredFinalBytes) {
  const std::string full = Encode(MakeCursiveInk(3, 100)).bytes;
  const CodecStatus trailing = Decode(full + "x").status;
  EXPECT_EQ(trailing.error, CodecError::kTrailingBytes);
  EXPECT_EQ(trailing.offset, full.size());
  std::string altered = full;
  altered.back() = static_cast<char>(altered.back() ^ 0x01);
  const CodecStatus end = Decode(altered).status;
  EXPECT_EQ(end.error, CodecError::kBadRangeCode);
  EXPECT_EQ(end.offset, full.size());
}

TEST(CodecV2, CodedStreamThatStartsAboveTheRange) {
  const std::string head("FLSG\x02\x00\x80\x19\xC0\x0C\x01", 11);
  const CodecStatus s = Decode(head + std::string(8, '\xFF')).status;
  EXPECT_EQ(s.error, CodecError::kBadRangeCode);
  EXPECT_EQ(s.offset, head.size());
  EXPECT_EQ(Decode(head + "\x01\x02").status.error, CodecError::kTruncated);
}

TEST(CodecV2, StrokeLimits) {
  // More strokes than a few bytes can hold.
  Ink many;
  many.canvas = {400, 200};
  many.strokes.assign(200, Stroke{{Pt(1, 1, 1)}});
  std::string bytes = UncheckedV2(many);
  bytes.resize(11 + 6);
  EXPECT_EQ(Decode(bytes).status.error, CodecError::kTruncated);

  // One stroke over kMaxPointsPerStroke, and five full strokes over kMaxTotalPoints.
  EXPECT_EQ(
      Decode(UncheckedV2(OneStroke(std::vector<TimedPoint>(kMaxPointsPerStroke + 1, Pt(1, 1, 1)))))
          .status.error,
      CodecError::kTooManyPoints);
  EXPECT_EQ(
      Decode(UncheckedV2(OneStroke(std::vector<TimedPoint>(9000, Pt(1, 1, 1))))).status.message,
      "stroke 0 declares over 8191 points");
  Ink total;
  total.canvas = {400, 200};
  total.strokes.assign(5, Stroke{std::vector<TimedPoint>(kMaxPointsPerStroke, Pt(1, 1, 1))});
  const CodecStatus status = Decode(UncheckedV2(total)).status;
  EXPECT_EQ(status.error, CodecError::kTooManyPoints);
  EXPECT_NE(status.message.find("stroke 4"), std::string::npos) << status.message;
}

TEST(CodecV2, ALyingPointCountFailsBeforeAllocating) {
  // 4096 identical points code to a handful of bytes; cut them off after the stroke's
  // header, and the count is refused before a point is read.
  const std::string full =
      UncheckedV2(OneStroke(std::vector<TimedPoint>(kMaxPointsPerStroke, Pt(1, 1, 1))));
  ASSERT_LT(full.size(), 60u) << "the certain bits should have cost almost nothing";
  const std::string expected = "stroke 0 declares 4096 points but only ";
  bool refused_by_count = false;
  for (std::size_t n = 11 + kRangeCoderFlushBytes; n < full.size(); ++n) {
    const CodecStatus status = Decode(full.substr(0, n)).status;
    ASSERT_EQ(status.error, CodecError::kTruncated) << n;
    if (status.message.starts_with(expected)) {
      refused_by_count = true;
      // Where the decoder stood when the stroke began: just after the range coder's
      // first four bytes.
      EXPECT_EQ(status.offset, 11u + kRangeCoderFlushBytes);
    }
  }
  EXPECT_TRUE(refused_by_count);
}

TEST(CodecV2, ValuesOutOfRange) {
  // x just past kMaxAbsCoordinateDip; then far enough past that its residual's length
  // prefix is longer than any valid ink needs.
  EXPECT_EQ(Decode(UncheckedV2(OneStroke({Pt(kMaxAbsCoordinateDip + 1, 0, 0)}))).status.message,
            "stroke 0 point 0 x out of range");
  const CodecStatus absurd = Decode(UncheckedV2(OneStroke({Pt(0, 70000, 0)}))).status;
  EXPECT_EQ(absurd.error, CodecError::kValueOutOfRange);
  EXPECT_EQ(absurd.message, "stroke 0 point 0 y residual is absurd");
  // Pressure above 1.
  TimedPoint a = Pt(1, 1, 1), b = Pt(2, 2, 9);
  a.pressure = 0.5f;
  b.pressure = 1.5f;
  EXPECT_EQ(Decode(UncheckedV2(OneStroke({a, b}))).status.message,
            "stroke 0 point 1 pressure out of range");
}

}  // namespace
}  // namespace fieldledger::signature
