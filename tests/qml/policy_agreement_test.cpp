// Issue 6's promise: the engine, the policy file and the app agree — on the customer's
// example policy and on a second, made-up company's (an air-conditioner installer that
// sums faults and gives two years from purchase) — and the server's recomputation of
// the app's figure says "match".
#include <gtest/gtest.h>
#include <QDate>
#include <QLocale>

#include <fstream>
#include <sstream>

#include "app/fee_check.h"
#include "fee_quote.h"
#include "fieldledger/service_policy/service_policy.h"
#include "rpc/sync_convert.h"

namespace fieldledger::app {
namespace {

namespace sp = service_policy;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Case {
  std::string category;
  int purchase_days_ago;
  std::vector<std::string> faults;
  sp::Fen expected_fen;
};

void ExpectAgreement(const std::string& policy_file, const std::vector<Case>& cases) {
  const std::string text = ReadFile(std::string(FIELDLEDGER_SOURCE_DIR) + "/" + policy_file);
  auto parsed = sp::ParsePolicy(text, policy_file);
  ASSERT_TRUE(parsed.policy) << policy_file;
  const sp::Policy& policy = *parsed.policy;
  SetDevicePolicy(policy);  // as the app does after a sync delivered this file

  server::ServicePolicies server_policies;
  server_policies.Add(policy, text);

  const QDate visit(2026, 11, 27);
  for (const auto& c : cases) {
    SCOPED_TRACE(policy.id + " " + c.category + " bought " + std::to_string(c.purchase_days_ago) +
                 " days before");
    const std::string bought =
        visit.addDays(-c.purchase_days_ago).toString(Qt::ISODate).toStdString();
    v1::Job job;
    job.set_product("Unit");
    job.set_product_category(c.category);
    job.set_serial_number("SN-1");
    job.set_purchase_date(bought);
    job.set_activation_date(bought);
    v1::WorkRecorded work;
    for (const auto& f : c.faults) work.add_fault_types(f);

    // The app.
    const sp::Quote app = QuoteFor(job, work, visit);
    ASSERT_TRUE(app.ok());
    EXPECT_EQ(app.fee_total_fen, c.expected_fen);
    EXPECT_EQ(QuoteView(app)[QStringLiteral("totalFen")].toLongLong(), c.expected_fen);

    // The engine on the file, with facts written out by hand.
    sp::JobFacts facts;
    facts.product_name = "Unit";
    facts.category = c.category;
    facts.serial = "SN-1";
    facts.purchase_date = *sp::Date::Parse(bought);
    facts.activation_date = *sp::Date::Parse(bought);
    facts.faults = c.faults;
    facts.visit_date = {2026, 11, 27};
    const sp::Quote engine = sp::Evaluate(policy, facts);
    EXPECT_EQ(sp::CanonicalJson(engine), sp::CanonicalJson(app));

    // The server checks the figure the app recorded.
    StampQuote(app, work);
    server::JobRecord record;
    record.product = "Unit";
    record.product_category = c.category;
    record.serial_number = "SN-1";
    record.purchase_date = bought;
    record.activation_date = bought;
    const auto check =
        server::CheckFee(server_policies, record, server::FromWire(work), {2026, 11, 27});
    EXPECT_EQ(check.verdict, "match");
    EXPECT_EQ(check.server_fen, c.expected_fen);
  }
}

// The device policy is process-wide: put the default back for the tests that follow.
class PolicyAgreement : public ::testing::Test {
 protected:
  void SetUp() override { QLocale::setDefault(QLocale(QLocale::English)); }
  void TearDown() override { SetDevicePolicy(sp::DefaultPolicy()); }
};

TEST_F(PolicyAgreement, TheCustomersExamplePolicy) {
  ExpectAgreement("docs/policies/service-default.toml",
                  {
                      {"phone", 30, {"mainboard_component_repair"}, 0},  // in warranty
                      {"phone", 500, {"disassembly_repair", "mainboard_component_repair"}, 8000},
                      {"phone", 500, {"firmware_reflash"}, 0},  // always free
                      {"tv", 400, {"disassembly_repair"}, 4000},
                  });
}

TEST_F(PolicyAgreement, AMadeUpAirConditionerInstaller) {
  ExpectAgreement("docs/policies/examples/aircon-installer.toml",
                  {
                      {"air_conditioner", 700, {"drain_unblocking", "pipe_rewelding"}, 0},
                      {"air_conditioner", 800, {"drain_unblocking", "pipe_rewelding"}, 13000},
                      {"air_conditioner", 800, {"remote_pairing"}, 0},
                      {"central_air", 1200, {"compressor_replacement"}, 180000},
                  });
}

}  // namespace
}  // namespace fieldledger::app
