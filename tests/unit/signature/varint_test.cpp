#include "fieldledger/signature/varint.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

namespace fieldledger::signature {
namespace {

TEST(ZigZag, SmallMagnitudesStaySmallWhateverTheSign) {
  EXPECT_EQ(ZigZagEncode(0), 0u);
  EXPECT_EQ(ZigZagEncode(-1), 1u);
  EXPECT_EQ(ZigZagEncode(1), 2u);
  EXPECT_EQ(ZigZagEncode(-2), 3u);
  EXPECT_EQ(ZigZagEncode(63), 126u);
  EXPECT_EQ(ZigZagEncode(-64), 127u);  // still one varint byte
}

TEST(ZigZag, RoundTripsExtremes) {
  for (std::int64_t v :
       {std::int64_t{0}, std::int64_t{-1}, std::int64_t{123456789},
        std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()}) {
    EXPECT_EQ(ZigZagDecode(ZigZagEncode(v)), v);
  }
}

TEST(Varint, KnownEncodings) {
  std::string out;
  AppendVarint(0, out);
  EXPECT_EQ(out, std::string("\x00", 1));
  out.clear();
  AppendVarint(300, out);
  EXPECT_EQ(out, "\xAC\x02");
}

TEST(Varint, RoundTripsMaxValue) {
  std::string out;
  AppendVarint(std::numeric_limits<std::uint64_t>::max(), out);
  ASSERT_EQ(out.size(), 10u);
  std::size_t pos = 0;
  std::uint64_t value = 0;
  ASSERT_EQ(ReadVarint(out, pos, value), VarintStatus::kOk);
  EXPECT_EQ(value, std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(pos, 10u);
}

TEST(Varint, RejectsTruncatedOverlongAndNonCanonical) {
  std::size_t pos = 0;
  std::uint64_t value = 0;
  EXPECT_EQ(ReadVarint("\x80\x80", pos, value), VarintStatus::kTruncated);
  EXPECT_EQ(ReadVarint("", pos, value), VarintStatus::kTruncated);
  EXPECT_EQ(ReadVarint(std::string(10, '\xFF') + '\x01', pos, value), VarintStatus::kOverflow);
  EXPECT_EQ(ReadVarint("\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02", pos, value),
            VarintStatus::kOverflow);
  EXPECT_EQ(ReadVarint(std::string("\x81\x00", 2), pos, value), VarintStatus::kNonCanonical);
  EXPECT_EQ(pos, 0u) << "a failed read must not advance";
}

}  // namespace
}  // namespace fieldledger::signature
