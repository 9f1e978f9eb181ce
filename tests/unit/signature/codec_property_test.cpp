// Property tests: round trip for arbitrary valid ink, and no crash on hostile bytes.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <random>

#include "fieldledger/signature/codec.h"
#include "fieldledger/signature/codec_v1.h"
#include "ink_fixtures.h"

namespace fieldledger::signature {
namespace {

rc::Gen<TimedPoint> GenPoint(bool with_pressure) {
  return rc::gen::apply(
      [with_pressure](int x8, int y8, std::uint32_t t, int p) {
        TimedPoint point{x8 / 8.0f + 0.03f, y8 / 8.0f - 0.02f, t, {}};
        if (with_pressure) point.pressure = p / 1000.0f;
        return point;
      },
      rc::gen::inRange(-8 * 600, 8 * 600), rc::gen::inRange(-8 * 600, 8 * 600),
      rc::gen::arbitrary<std::uint32_t>(), rc::gen::inRange(0, 1001));
}

rc::Gen<Stroke> GenStroke() {
  return rc::gen::mapcat(rc::gen::arbitrary<bool>(), [](bool with_pressure) {
    return rc::gen::map(
        rc::gen::nonEmpty(rc::gen::container<std::vector<TimedPoint>>(GenPoint(with_pressure))),
        [](std::vector<TimedPoint> points) { return Stroke{std::move(points)}; });
  });
}

RC_GTEST_PROP(CodecProperty, RoundTripIsExactAfterQuantisation, ()) {
  Ink ink;
  ink.canvas = {static_cast<float>(*rc::gen::inRange(1, 4096)),
                static_cast<float>(*rc::gen::inRange(1, 4096))};
  ink.strokes = *rc::gen::resize(20, rc::gen::container<std::vector<Stroke>>(GenStroke()));
  const EncodeResult encoded = Encode(ink);
  RC_ASSERT(encoded.ok());
  const DecodeResult decoded = Decode(encoded.bytes);
  RC_ASSERT(decoded.ok());
  RC_ASSERT(decoded.ink == Quantise(ink));
}

RC_GTEST_PROP(CodecProperty, ArbitraryBytesNeverCrash, (const std::string& tail)) {
  // Half the inputs carry a valid magic and version so they get past the first checks.
  const std::string bytes =
      *rc::gen::arbitrary<bool>() ? "FLSG" + std::string("\x01\x00", 2) + tail : tail;
  const DecodeResult r = Decode(bytes);
  RC_ASSERT(r.ok() == (r.status.error == CodecError::kOk));
  RC_ASSERT(r.status.offset <= bytes.size());
}

// Thousands of random and mutated buffers: the decoder must reject or accept each one
// cleanly (run under ASan/UBSan to make "cleanly" strict). Mutating a valid encoding
// reaches deep into the stroke loop, which pure noise rarely does.
TEST(CodecHostile, RandomAndMutatedBuffers) {
  std::mt19937 rng(20240611);
  const Ink ink = testing::MakeCursiveInk(3, 100, true);
  const std::string valid[2] = {EncodeV1(ink).bytes, Encode(ink).bytes};
  ASSERT_FALSE(valid[0].empty() || valid[1].empty());
  int accepted = 0;
  for (int i = 0; i < 8000; ++i) {
    std::string bytes;
    const int version = 1 + (i / 2) % 2;
    if (i % 4 < 2) {
      bytes.resize(rng() % 256);
      for (char& c : bytes) c = static_cast<char>(rng());
      if (i % 8 < 4 && bytes.size() >= 6) {
        bytes.replace(0, 6, std::string("FLSG") + static_cast<char>(version) + '\0');
      }
    } else {
      bytes = valid[version - 1];
      const int flips = 1 + static_cast<int>(rng() % 4);
      for (int f = 0; f < flips; ++f) bytes[rng() % bytes.size()] = static_cast<char>(rng());
      if (rng() % 3 == 0) bytes.resize(rng() % bytes.size());
    }
    const DecodeResult r = Decode(bytes);
    ASSERT_LE(r.status.offset, bytes.size());
    if (r.ok()) {
      ++accepted;
      // Anything accepted is canonical: it re-encodes to exactly the same bytes in its
      // own version.
      ASSERT_EQ(bytes[4] == 1 ? EncodeV1(r.ink).bytes : Encode(r.ink).bytes, bytes);
    } else {
      ASSERT_TRUE(r.ink.strokes.empty());
      ASSERT_FALSE(r.status.message.empty());
    }
  }
  // Mutations that only alter a delta still decode; the loop exercised both outcomes.
  EXPECT_GT(accepted, 0);
  EXPECT_LT(accepted, 8000);
}

}  // namespace
}  // namespace fieldledger::signature
