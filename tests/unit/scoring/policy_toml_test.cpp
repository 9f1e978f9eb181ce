#include <gtest/gtest.h>

#include "fieldledger/scoring/policy_toml.h"

namespace fieldledger::scoring {
namespace {

TEST(PolicyToml, ShippedDefaultFileParsesToTheBuiltInDefaults) {
  auto r =
      LoadPolicyFile(std::string(FIELDLEDGER_SOURCE_DIR) + "/docs/policies/scoring-default.toml");
  ASSERT_TRUE(r.errors.empty()) << FormatPolicyError("default", r.errors.front());
  ASSERT_TRUE(r.policy);
  EXPECT_EQ(*r.policy, ScoringPolicy{});
}

TEST(PolicyToml, ValuesOverrideDefaultsAndOmittedKeysKeepThem) {
  auto r = ParsePolicyToml(R"(
version = "acme-2027"
[on_time]
grace_seconds = 300
unverified_arrival = "exclude"
[retention]
repair_days = 60
[targets]
first_time_fix = 0.5
[bonus_gate]
gated = ["on_time", "first_time_fix"]
)");
  ASSERT_TRUE(r.errors.empty()) << r.errors.front().message;
  const ScoringPolicy& p = *r.policy;
  EXPECT_EQ(p.version, "acme-2027");
  EXPECT_EQ(p.on_time_grace, 5 * kMinuteMs);
  EXPECT_EQ(p.unverified, UnverifiedArrival::kExclude);
  EXPECT_EQ(p.retention_days_repair, 60);
  EXPECT_EQ(p.retention_days_installation, 365);
  EXPECT_EQ(p.Target(Metric::kFirstTimeFix), 0.5);
  EXPECT_TRUE(p.IsGated(Metric::kOnTime));
  EXPECT_TRUE(p.IsGated(Metric::kFirstTimeFix));
  EXPECT_FALSE(p.IsGated(Metric::kRetention));
}

struct BadCase {
  const char* toml;
  int line;
  int column;
  const char* message_part;
};

class PolicyTomlErrors : public ::testing::TestWithParam<BadCase> {};

TEST_P(PolicyTomlErrors, ReportLineColumnAndReason) {
  const BadCase& c = GetParam();
  auto r = ParsePolicyToml(c.toml, "p.toml");
  EXPECT_FALSE(r.policy);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, c.line);
  EXPECT_EQ(r.errors[0].column, c.column);
  EXPECT_NE(r.errors[0].message.find(c.message_part), std::string::npos) << r.errors[0].message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PolicyTomlErrors,
    ::testing::Values(
        BadCase{"version = \"v\"\n[on_time]\ngrace_minutes = 5\n", 3, 1,
                "unknown key 'on_time.grace_minutes'"},
        BadCase{"version = \"v\"\ncolour = 1\n", 2, 1, "unknown key 'colour'"},
        BadCase{"version = \"v\"\n[satisfaction]\nthreshold = \"4\"\n", 3, 13,
                "must be an integer, not a string"},
        BadCase{"version = \"v\"\n[satisfaction]\nthreshold = 6\n", 3, 13, "out of range [1, 5]"},
        BadCase{"version = \"v\"\n[targets]\non_time = 1.5\n", 3, 11, "out of range"},
        BadCase{"version = \"v\"\n[on_time]\nunverified_arrival = \"ignore\"\n", 3, 22,
                "\"count_late\" or \"exclude\""},
        BadCase{"version = \"v\"\n[bonus_gate]\ngated = [\"on_time\", \"speed\"]\n", 3, 21,
                "unknown metric \"speed\""},
        BadCase{"version = \"v\"\nretention = 30\n", 2, 13, "must be a table"},
        BadCase{"version = \"v\"\n[ranking\n", 2, 9, ""},
        BadCase{"[ranking]\nmin_sample = 3\n", 0, 0, "missing required key 'version'"}));

TEST(PolicyToml, FormattedErrorNamesFileLineAndColumn) {
  auto r = ParsePolicyToml("version = \"v\"\n[ranking]\nmin_sample = 0\n", "acme.toml");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(FormatPolicyError("acme.toml", r.errors[0]),
            "acme.toml:3:14: 'ranking.min_sample' = 0 is out of range [1, 1000000]");
}

}  // namespace
}  // namespace fieldledger::scoring
