#include "fieldledger/signature/acceptance.h"

#include <gtest/gtest.h>

#include <cmath>

#include "ink_fixtures.h"

namespace fieldledger::signature {
namespace {

using testing::Pt;

Ink InkOf(std::vector<TimedPoint> points) {
  Ink ink;
  ink.canvas = {400, 200};
  ink.strokes.push_back(Stroke{std::move(points)});
  return ink;
}

TEST(CheckInk, AcceptsARealisticSignature) {
  const Verdict v = CheckInk(testing::MakeCursiveInk());
  EXPECT_TRUE(v.accepted()) << v.message;
}

TEST(CheckInk, RefusesBlank) {
  Ink ink;
  ink.canvas = {400, 200};
  EXPECT_EQ(CheckInk(ink).refusal, Refusal::kBlank);
  ink.strokes.push_back(Stroke{});
  const Verdict v = CheckInk(ink);
  EXPECT_EQ(v.refusal, Refusal::kBlank);
  EXPECT_FALSE(v.message.empty());
}

TEST(CheckInk, RefusesTooFewPointsEvenIfLarge) {
  std::vector<TimedPoint> points;
  for (int i = 0; i < static_cast<int>(kMinTotalPoints) - 1; ++i) {
    points.push_back(Pt(i * 40.f, (i % 2) * 100.f, i * 8));
  }
  EXPECT_EQ(CheckInk(InkOf(points)).refusal, Refusal::kTooFewPoints);
  points.push_back(Pt(0, 50, 200));
  EXPECT_TRUE(CheckInk(InkOf(points)).accepted());
}

TEST(CheckInk, RefusesShortInk) {
  // 20 samples 2 DIP apart on a diagonal: plenty of points but only 19 * 2 = 38 DIP
  // of ink, below kMinInkLengthDip.
  std::vector<TimedPoint> points;
  for (int i = 0; i < 20; ++i) {
    points.push_back(Pt(100 + i * 2 / std::sqrt(2.f), 100 + i * 2 / std::sqrt(2.f), i * 8));
  }
  EXPECT_NEAR(InkLengthDip(InkOf(points)), 38, 1e-3);
  EXPECT_EQ(CheckInk(InkOf(points)).refusal, Refusal::kTooShort);
}

TEST(CheckInk, RefusesAFlatDash) {
  // 200 DIP long but 0 high.
  std::vector<TimedPoint> points;
  for (int i = 0; i < 20; ++i) points.push_back(Pt(10.f * i, 100, i * 8));
  EXPECT_EQ(CheckInk(InkOf(points)).refusal, Refusal::kTooSmall);
}

TEST(CheckInk, RefusesATinyScribble) {
  // Back and forth inside a 30x30 box: long ink, small box.
  std::vector<TimedPoint> points;
  for (int i = 0; i < 40; ++i) points.push_back(Pt((i % 2) * 30.f, i * 0.75f, i * 8));
  EXPECT_GT(InkLengthDip(InkOf(points)), kMinInkLengthDip);
  EXPECT_EQ(CheckInk(InkOf(points)).refusal, Refusal::kTooSmall);
}

TEST(CheckSignerName, TrimsAndAcceptsUnicode) {
  EXPECT_EQ(TrimSignerName("\t Anna \xC3\x98"
                           "deg\xC3\xA5rd \n"),
            "Anna \xC3\x98"
            "deg\xC3\xA5rd");
  EXPECT_TRUE(CheckSignerName("  Anna \xC3\x98"
                              "deg\xC3\xA5rd ")
                  .accepted());
}

TEST(CheckSignerName, RefusesMissingName) {
  EXPECT_EQ(CheckSignerName("").refusal, Refusal::kNameMissing);
  EXPECT_EQ(CheckSignerName(" \t\r\n ").refusal, Refusal::kNameMissing);
}

TEST(CheckSignerName, LengthCountsCodePointsNotBytes) {
  std::string name;
  for (std::size_t i = 0; i < kMaxSignerNameCodePoints; ++i) name += "\xC3\xA9";  // é
  EXPECT_TRUE(CheckSignerName(name).accepted());
  name += "e";
  EXPECT_EQ(CheckSignerName(name).refusal, Refusal::kNameTooLong);
}

TEST(CheckSignerName, RefusesControlCharactersAndBrokenUtf8) {
  EXPECT_EQ(CheckSignerName("Bob\x1B[31m").refusal, Refusal::kNameInvalid);
  EXPECT_EQ(CheckSignerName("Bob\nSmith").refusal, Refusal::kNameInvalid);
  EXPECT_EQ(CheckSignerName("Bob \xC3").refusal, Refusal::kNameInvalid);  // truncated
  EXPECT_EQ(CheckSignerName("\xC0\xAF"
                            "Bob")
                .refusal,
            Refusal::kNameInvalid);  // overlong '/'
  EXPECT_EQ(CheckSignerName("\xED\xA0\x80"
                            "Bob")
                .refusal,
            Refusal::kNameInvalid);  // surrogate
}

TEST(CheckSignature, ReportsTheInkBeforeTheName) {
  Signature s;
  s.ink.canvas = {400, 200};
  EXPECT_EQ(CheckSignature(s).refusal, Refusal::kBlank);
  s.ink = testing::MakeCursiveInk();
  EXPECT_EQ(CheckSignature(s).refusal, Refusal::kNameMissing);
  s.signer_name = "Dana Ruiz";
  EXPECT_TRUE(CheckSignature(s).accepted());
}

}  // namespace
}  // namespace fieldledger::signature
