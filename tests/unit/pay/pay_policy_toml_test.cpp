// The pay policy file: the shipped default parses, and every mistake names its line and
// column.
#include <gtest/gtest.h>

#include "fieldledger/pay/pay_policy.h"

namespace fieldledger::pay {
namespace {

TEST(PayPolicyToml, TheShippedDefaultParses) {
  const auto r =
      LoadPayPolicyFile(std::string(FIELDLEDGER_SOURCE_DIR) + "/docs/policies/pay-default.toml");
  ASSERT_TRUE(r.errors.empty()) << FormatPayPolicyError("pay-default.toml", r.errors[0]);
  const PayPolicy& p = *r.policy;
  EXPECT_EQ(p.version, "pay-default-1");
  EXPECT_EQ(p.base_fen, 4'500'00);
  EXPECT_EQ(p.revenue_share_ppm, 3'000);
  EXPECT_EQ(p.metric_bonus_fen, 800'00);
  EXPECT_EQ(p.Gate(Metric::kFirstTimeFix), 850'000);
  EXPECT_EQ(p.Gate(Metric::kAttendance), 950'000);
  EXPECT_EQ(p.RankReward(Metric::kOnTime), (std::vector<Fen>{300'00, 200'00, 100'00}));
  EXPECT_EQ(p, DefaultPayPolicy()) << "the built-in default and the shipped file differ";
}

TEST(PayPolicyToml, ReadsEveryKey) {
  const auto r = ParsePayPolicyToml(R"(version = "v7"
[pay]
base_yuan = 3000.5
revenue_share_percent = 0.25
metric_bonus_yuan = 0
[gate]
retention = 0.95
[rank_reward]
satisfaction = [100, 50.25]
)");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].message;
  EXPECT_EQ(r.policy->base_fen, 3'000'50);
  EXPECT_EQ(r.policy->revenue_share_ppm, 2'500);
  EXPECT_EQ(r.policy->Gate(Metric::kRetention), 950'000);
  EXPECT_EQ(r.policy->Gate(Metric::kOnTime), std::nullopt);
  EXPECT_EQ(r.policy->RankReward(Metric::kSatisfaction), (std::vector<Fen>{100'00, 50'25}));
}

struct BadCase {
  const char* text;
  int line;
  int column;
  const char* message;
};

TEST(PayPolicyToml, MistakesNameLineAndColumn) {
  const BadCase cases[] = {
      {"version = \"v\"\n[pay]\nbase_yuan = 1\nrevenue_share_percent = 0.3\nmetric_bonus_yuan = 1\n"
       "bonus = 3\n",
       6, 1, "unknown key 'pay.bonus'"},
      {"version = \"v\"\n[pay]\nbase_yuan = \"lots\"\nrevenue_share_percent = 0.3\n"
       "metric_bonus_yuan = 1\n",
       3, 13, "'pay.base_yuan' must be a number"},
      {"version = \"v\"\n[pay]\nbase_yuan = 1.005\nrevenue_share_percent = 0.3\n"
       "metric_bonus_yuan = 1\n",
       3, 13, "'pay.base_yuan' has more than two decimals"},
      {"version = \"v\"\n[pay]\nbase_yuan = 1\nrevenue_share_percent = 0.3\nmetric_bonus_yuan = 1\n"
       "[gate]\npunctuality = 0.9\n",
       7, 1, "unknown metric 'punctuality'"},
      {"version = \"v\"\n[pay]\nbase_yuan = 1\nrevenue_share_percent = 0.3\nmetric_bonus_yuan = 1\n"
       "[gate]\non_time = 90\n",
       7, 11, "'gate.on_time' must be between 0 and 1"},
  };
  for (const BadCase& c : cases) {
    const auto r = ParsePayPolicyToml(c.text);
    ASSERT_FALSE(r.policy) << c.text;
    ASSERT_EQ(r.errors.size(), 1u) << c.text;
    EXPECT_EQ(r.errors[0].line, c.line) << c.text;
    EXPECT_EQ(r.errors[0].column, c.column) << c.text;
    EXPECT_EQ(r.errors[0].message, c.message);
  }
}

TEST(PayPolicyToml, MissingKeysAreListed) {
  const auto r = ParsePayPolicyToml("[pay]\nbase_yuan = 1\n");
  ASSERT_FALSE(r.policy);
  std::vector<std::string> messages;
  for (const auto& e : r.errors) messages.push_back(e.message);
  EXPECT_EQ(messages, (std::vector<std::string>{"missing required key 'pay.revenue_share_percent'",
                                                "missing required key 'pay.metric_bonus_yuan'",
                                                "missing required key 'version'"}));
}

}  // namespace
}  // namespace fieldledger::pay
