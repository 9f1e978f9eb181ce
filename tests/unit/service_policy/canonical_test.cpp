#include "fieldledger/service_policy/canonical.h"

#include <gtest/gtest.h>

#include "fieldledger/core/sha256.h"
#include "fieldledger/service_policy/default_policy.h"

namespace fieldledger::service_policy {
namespace {

// A hand-built quote, so this golden text pins the format itself and does not change
// when the default policy's wording or file does.
Quote SmallQuote() {
  Quote q;
  q.job.product_name = "Model \"X\"";
  q.job.category = "phone";
  q.job.serial = "SN\\1";
  q.job.purchase_date = {2024, 3, 1};
  q.job.faults = {"a"};
  q.job.visit_date = {2024, 3, 9};
  q.policy_id = "p";
  q.policy_version = "2";
  q.policy_sha256 = "ab";
  q.currency = "CNY";
  q.warranty_basis = WarrantyStart::kPurchase;
  q.warranty_start = {2024, 3, 1};
  q.warranty_last_day = {2025, 3, 1};
  q.warranty_day = 8;
  q.purchase_day = 8;
  q.in_warranty = true;
  q.product_return = {false, {"否", "no"}};
  q.exchange = {true, {"是", "yes"}};
  q.free_repair = {true, {"免费", "free"}};
  q.paid_repair = {false, {"无", "none\n"}};
  q.lines = {{"a", 0, {"甲", "A"}}};
  return q;
}

TEST(Canonical, GoldenText) {
  EXPECT_EQ(
      CanonicalJson(SmallQuote()),
      R"({"format":"fieldledger.quote.v1",)"
      R"("job":{"product_name":"Model \"X\"","category":"phone","serial":"SN\\1",)"
      R"("purchase_date":"2024-03-01","activation_date":null,"faults":["a"],)"
      R"("quality_fault_certified":false,"visit_date":"2024-03-09"},)"
      R"("policy":{"id":"p","version":"2","sha256":"ab"},"currency":"CNY","in_warranty":true,)"
      R"("warranty":{"basis":"purchase","start":"2024-03-01","last_day":"2025-03-01","day":8},)"
      R"("purchase_day":8,"entitlements":{"return":{"eligible":false,"reason":{"zh":"否","en":"no"}},)"
      R"("exchange":{"eligible":true,"reason":{"zh":"是","en":"yes"}},)"
      R"("free_repair":{"eligible":true,"reason":{"zh":"免费","en":"free"}},)"
      R"("paid_repair":{"eligible":false,"reason":{"zh":"无","en":"none\u000a"}}},)"
      R"("lines":[{"fault":"a","amount_fen":0,"reason":{"zh":"甲","en":"A"}}],)"
      R"("fee_total_fen":0,"errors":[]})");
}

TEST(Canonical, DigestIsTheSha256OfTheText) {
  const Quote q = SmallQuote();
  EXPECT_EQ(CanonicalDigest(q), Sha256Hex(CanonicalJson(q)));
}

JobFacts Job() {
  JobFacts f;
  f.product_name = "Model X";
  f.category = "phone";
  f.serial = "SN-1";
  f.purchase_date = {2024, 3, 1};
  f.activation_date = Date{2024, 3, 2};
  f.visit_date = {2025, 6, 1};
  f.faults = {"disassembly_repair", "mainboard_component_repair"};
  return f;
}

TEST(Canonical, RecomputingGivesTheSameBytes) {
  // What the server does: evaluate the synced facts again and compare with the device.
  EXPECT_EQ(CanonicalJson(Evaluate(DefaultPolicy(), Job())),
            CanonicalJson(Evaluate(DefaultPolicy(), Job())));
}

TEST(Canonical, AnyDifferenceInFactsOrFigureShows) {
  const std::string base = CanonicalDigest(Evaluate(DefaultPolicy(), Job()));
  JobFacts other_serial = Job();
  other_serial.serial = "SN-2";
  EXPECT_NE(CanonicalDigest(Evaluate(DefaultPolicy(), other_serial)), base);
  Quote tampered = Evaluate(DefaultPolicy(), Job());
  tampered.fee_total_fen -= 1;
  EXPECT_NE(CanonicalDigest(tampered), base);
}

TEST(Canonical, ContainsTheFigures) {
  const std::string text = CanonicalJson(Evaluate(DefaultPolicy(), Job()));
  EXPECT_NE(text.find(R"("fee_total_fen":8000)"), std::string::npos) << text;
  EXPECT_NE(text.find(R"("fault":"mainboard_component_repair","amount_fen":8000)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(R"("activation_date":"2024-03-02")"), std::string::npos) << text;
}

}  // namespace
}  // namespace fieldledger::service_policy
