#include "fieldledger/service_policy/default_policy.h"

#include <gtest/gtest.h>

#include "fieldledger/core/sha256.h"
#include "fieldledger/service_policy/parse.h"
#include "test_support.h"

namespace fieldledger::service_policy {
namespace {

TEST(DefaultPolicy, EmbeddedTextIsByteIdenticalToTheDocsFile) {
  const std::string file = testing::ReadSourceFile("docs/policies/service-default.toml");
  ASSERT_FALSE(file.empty()) << "docs/policies/service-default.toml not found";
  EXPECT_EQ(std::string(DefaultPolicyText()), file)
      << "Update shared/fieldledger/service_policy/default_policy_text.cpp to match the file";
}

TEST(DefaultPolicy, ParsesWithoutErrors) {
  const ParseResult r = ParsePolicy(DefaultPolicyText(), "service-default.toml");
  for (const auto& e : r.errors) ADD_FAILURE() << e.ToString();
  EXPECT_TRUE(r.ok());
}

TEST(DefaultPolicy, IsThePhoneMakersRules) {
  const Policy& p = DefaultPolicy();
  EXPECT_EQ(p.id, "phone-maker-default");
  EXPECT_EQ(p.version, "1.1.0");
  EXPECT_EQ(p.currency, "CNY");
  EXPECT_EQ(p.several_faults, SeveralFaultsRule::kHighestOnce);
  EXPECT_EQ(p.source_sha256, Sha256Hex(DefaultPolicyText()));

  const Category* phone = p.FindCategory("phone");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->warranty_days, 365);
  EXPECT_EQ(phone->warranty_starts, WarrantyStart::kActivation);
  EXPECT_EQ(phone->return_days, 7);
  EXPECT_EQ(phone->exchange_days, 15);
  EXPECT_EQ(phone->free_repair_days, 365);
  const Category* tv = p.FindCategory("tv");
  ASSERT_NE(tv, nullptr);
  EXPECT_EQ(tv->exchange_days, 30);
  EXPECT_EQ(tv->return_days, 7);

  const FaultType* reflash = p.FindFault("firmware_reflash");
  ASSERT_NE(reflash, nullptr);
  EXPECT_TRUE(reflash->always_free);
  const FaultType* disassembly = p.FindFault("disassembly_repair");
  ASSERT_NE(disassembly, nullptr);
  EXPECT_EQ(disassembly->fee_fen, 4000);
  EXPECT_FALSE(disassembly->always_free);
  const FaultType* mainboard = p.FindFault("mainboard_component_repair");
  ASSERT_NE(mainboard, nullptr);
  EXPECT_EQ(mainboard->fee_fen, 8000);
  EXPECT_EQ(mainboard->name, (Text{"主板元器件维修", "Mainboard component repair"}));
}

TEST(DefaultPolicy, IsParsedOnceAndShared) { EXPECT_EQ(&DefaultPolicy(), &DefaultPolicy()); }

}  // namespace
}  // namespace fieldledger::service_policy
