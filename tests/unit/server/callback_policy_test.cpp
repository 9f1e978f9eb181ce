// The [callback] section of the scoring policy: defaults, every key, and errors that name
// the line and column.
#include <gtest/gtest.h>

#include "fieldledger/scoring/policy_toml.h"

namespace fieldledger::scoring {
namespace {

TEST(CallBackPolicyTest, DefaultsAreThreeDaysThreeAttemptsFourHoursThenADay) {
  const CallBackPolicy p;
  EXPECT_EQ(p.delay_repair, 3 * kDayMs);
  EXPECT_EQ(p.delay_installation, 3 * kDayMs);
  EXPECT_EQ(p.delay_maintenance, 3 * kDayMs);
  EXPECT_EQ(p.max_attempts, 3);
  EXPECT_EQ(p.retry_after, (std::vector<DurationMs>{4 * kHourMs, kDayMs}));
  EXPECT_EQ(p.claim_ttl, 5 * kMinuteMs);
}

TEST(CallBackPolicyTest, EveryKeyIsRead) {
  const auto r = ParsePolicyToml(R"(version = "cb-1"
[callback]
repair_delay_hours = 48
installation_delay_hours = 24
maintenance_delay_hours = 96
max_attempts = 4
retry_after_hours = [2, 6, 24]
claim_ttl_seconds = 120
call_within_hours = 12
)");
  ASSERT_TRUE(r.policy) << (r.errors.empty() ? "" : r.errors[0].message);
  const CallBackPolicy& p = r.policy->callback;
  EXPECT_EQ(p.delay_repair, 48 * kHourMs);
  EXPECT_EQ(p.delay_installation, 24 * kHourMs);
  EXPECT_EQ(p.delay_maintenance, 96 * kHourMs);
  EXPECT_EQ(p.max_attempts, 4);
  EXPECT_EQ(p.retry_after, (std::vector<DurationMs>{2 * kHourMs, 6 * kHourMs, kDayMs}));
  EXPECT_EQ(p.claim_ttl, 120 * kSecondMs);
  EXPECT_EQ(p.call_within, 12 * kHourMs);
}

TEST(CallBackPolicyTest, ARetryScheduleThatDisagreesWithMaxAttemptsIsAnErrorAtItsLine) {
  const auto r = ParsePolicyToml(
      "version = \"x\"\n[callback]\nmax_attempts = 2\n"
      "retry_after_hours = [4, 24]\n");
  ASSERT_FALSE(r.policy);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 4);
  EXPECT_EQ(r.errors[0].column, 21);
  EXPECT_NE(r.errors[0].message.find("needs exactly 1"), std::string::npos) << r.errors[0].message;
  // Changing only max_attempts points at that key instead.
  const auto only_attempts = ParsePolicyToml("version = \"x\"\n[callback]\nmax_attempts = 5\n");
  ASSERT_EQ(only_attempts.errors.size(), 1u);
  EXPECT_EQ(only_attempts.errors[0].line, 3);
}

TEST(CallBackPolicyTest, OutOfRangeAndMistypedValuesNameTheKey) {
  const auto r = ParsePolicyToml(
      "version = \"x\"\n[callback]\nclaim_ttl_seconds = 5\nrepair_delay_hours = \"3d\"\n"
      "retry_after_hours = [4, 0]\nbogus = 1\n");
  ASSERT_FALSE(r.policy);
  std::vector<std::string> messages;
  for (const auto& e : r.errors) messages.push_back(FormatPolicyError("p.toml", e));
  ASSERT_EQ(messages.size(), 4u);
  // Keys are reported in the order the TOML table holds them (by name).
  EXPECT_EQ(messages[0], "p.toml:6:1: unknown key 'callback.bogus'");
  EXPECT_EQ(messages[1],
            "p.toml:3:21: 'callback.claim_ttl_seconds' = 5 is out of range [30, 3600]");
  EXPECT_EQ(messages[2],
            "p.toml:4:22: 'callback.repair_delay_hours' must be an integer, not a string");
  EXPECT_EQ(messages[3],
            "p.toml:5:25: 'callback.retry_after_hours[]' = 0 is out of range [1, 2160]");
}

}  // namespace
}  // namespace fieldledger::scoring
