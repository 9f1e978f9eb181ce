#include "fieldledger/signature/range_coder.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace fieldledger::signature {
namespace {

struct Coded {
  std::vector<bool> bits;
  std::vector<int> model_of_bit;
  std::string bytes;
};

// Random bits, each biased by the model it is coded with, so that the models adapt and
// the coder sees long runs (and carries through 0xFF bytes) as well as surprises.
Coded EncodeRandom(std::uint32_t seed, int count, int models) {
  std::mt19937 rng(seed);
  std::vector<double> bias(models);
  for (double& b : bias) b = std::uniform_real_distribution<double>(0, 1)(rng);
  Coded c;
  std::vector<BitModel> m(models);
  RangeEncoder enc(c.bytes);
  for (int i = 0; i < count; ++i) {
    const int k = static_cast<int>(rng() % models);
    const bool bit = std::uniform_real_distribution<double>(0, 1)(rng) < bias[k];
    c.bits.push_back(bit);
    c.model_of_bit.push_back(k);
    enc.Encode(m[k], bit);
  }
  enc.Finish();
  return c;
}

// Decodes c.bits.size() bits from `bytes`; false if the decoder ran out of input.
bool DecodeAll(const Coded& c, const std::string& bytes, std::vector<bool>& bits, bool& finished) {
  std::vector<BitModel> m(8);
  RangeDecoder dec(bytes, 0);
  if (!dec.Start()) return false;
  for (int k : c.model_of_bit) {
    bool bit = false;
    if (!dec.Decode(m[k], bit)) return false;
    bits.push_back(bit);
  }
  finished = dec.Finished();
  return true;
}

TEST(RangeCoder, RoundTripsAndEndsExactlyAtTheFlush) {
  for (std::uint32_t seed = 1; seed <= 200; ++seed) {
    const Coded c = EncodeRandom(seed, static_cast<int>(seed * 37 % 3000), 8);
    std::vector<bool> bits;
    bool finished = false;
    ASSERT_TRUE(DecodeAll(c, c.bytes, bits, finished)) << seed;
    EXPECT_EQ(bits, c.bits) << seed;
    EXPECT_TRUE(finished) << seed;
  }
}

TEST(RangeCoder, NoBitsIsJustTheFlush) {
  std::string out;
  RangeEncoder enc(out);
  enc.Finish();
  EXPECT_EQ(out, std::string(kRangeCoderFlushBytes, '\0'));
}

TEST(RangeCoder, CertainBitsCostLittle) {
  std::string out;
  RangeEncoder enc(out);
  BitModel m;
  for (int i = 0; i < 10000; ++i) enc.Encode(m, false);
  enc.Finish();
  // Each decision costs at least kMinMilliBitsPerDecision thousandths of a bit ...
  EXPECT_GE(out.size() * 8 * 1000 + 8000, 10000 * kMinMilliBitsPerDecision);
  // ... and, once the model has learnt, little more than the floor of ~0.011 bits.
  EXPECT_LT(out.size(), 30u);
}

TEST(RangeCoder, AnyChangedOrMissingByteIsNoticed) {
  const Coded c = EncodeRandom(7, 500, 8);
  for (std::size_t n = 0; n < c.bytes.size(); ++n) {
    std::vector<bool> bits;
    bool finished = false;
    const bool decoded = DecodeAll(c, c.bytes.substr(0, n), bits, finished);
    EXPECT_FALSE(decoded && finished) << "truncated to " << n;
  }
  std::vector<bool> bits;
  bool finished = false;
  ASSERT_TRUE(DecodeAll(c, c.bytes + "x", bits, finished));
  EXPECT_FALSE(finished) << "a trailing byte";
  // The last byte holds the low end of the final range: any other value is refused.
  std::string changed = c.bytes;
  changed.back() = static_cast<char>(changed.back() ^ 1);
  bits.clear();
  ASSERT_TRUE(DecodeAll(c, changed, bits, finished));
  EXPECT_FALSE(finished);
}

TEST(RangeCoder, StartRefusesACodeValueNoEncoderWrites) {
  RangeDecoder all_ones("\xFF\xFF\xFF\xFF", 0);
  EXPECT_FALSE(all_ones.Start());
  RangeDecoder short_input("\x00\x00\x00", 0);
  EXPECT_FALSE(short_input.Start());
  RangeDecoder fine(std::string_view("\xFF\xFF\xFF\xFE", 4), 0);
  EXPECT_TRUE(fine.Start());
}

TEST(RangeCoder, ModelsStayWithinTheirClamp) {
  BitModel m;
  for (int i = 0; i < 1000; ++i) m.Update(false);
  EXPECT_EQ(m.p0, 4065);
  for (int i = 0; i < 1000; ++i) m.Update(true);
  EXPECT_EQ(m.p0, 31);
}

}  // namespace
}  // namespace fieldledger::signature
