// StringIndex: dense ids in first-seen order, found again after the table grows.
#include "fieldledger/scoring/string_index.h"

#include <gtest/gtest.h>

#include <string>

namespace fieldledger::scoring {
namespace {

TEST(StringIndex, InternsInFirstSeenOrderAndFindsAgain) {
  StringIndex index;
  EXPECT_EQ(index.Intern("job-b"), 0u);
  EXPECT_EQ(index.Intern("job-a"), 1u);
  EXPECT_EQ(index.Intern("job-b"), 0u);
  EXPECT_EQ(index.Intern(""), 2u);  // the empty string is a string like any other
  EXPECT_EQ(index.size(), 3u);
  EXPECT_EQ(index.At(1), "job-a");
  EXPECT_EQ(index.At(2), "");
  EXPECT_EQ(index.Find("job-a"), 1u);
  EXPECT_FALSE(index.Find("job-c").has_value());
}

TEST(StringIndex, SurvivesGrowthAndReservation) {
  StringIndex index;
  index.ReserveMore(10, 50);
  for (int i = 0; i < 50'000; ++i) {
    ASSERT_EQ(index.Intern("id-" + std::to_string(i)), static_cast<std::uint32_t>(i));
    if (i == 20'000) index.ReserveMore(100'000, 1'000'000);  // a large batch mid-way
  }
  for (int i = 0; i < 50'000; i += 7) {
    const std::string id = "id-" + std::to_string(i);
    ASSERT_EQ(index.Find(id), static_cast<std::uint32_t>(i));
    ASSERT_EQ(index.At(static_cast<std::uint32_t>(i)), id);
  }
  EXPECT_FALSE(index.Find("id-50000").has_value());
}

}  // namespace
}  // namespace fieldledger::scoring
