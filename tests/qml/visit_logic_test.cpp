// The visit's pure parts: the step read back from events, the fee, the summary.
#include <gtest/gtest.h>
#include <QLocale>

#include "fee_quote.h"
#include "fieldledger/service_policy/canonical.h"
#include "visit_state.h"
#include "visit_summary.h"

namespace fieldledger::app {
namespace {

v1::DeviceEvent Event(std::int64_t at, const std::function<void(v1::DeviceEvent&)>& fill) {
  v1::DeviceEvent e;
  e.mutable_clock()->set_wall_time_ms(at);
  fill(e);
  return e;
}

v1::Job PhoneBought(QDate bought) {
  v1::Job job;
  job.set_id("j");
  job.set_reference("FL-1");
  job.set_customer_name("Li Wei");
  job.set_product_category("phone");
  job.set_purchase_date(bought.toString(Qt::ISODate).toStdString());
  job.set_activation_date(bought.toString(Qt::ISODate).toStdString());
  return job;
}

v1::WorkRecorded Faults(std::initializer_list<const char*> ids) {
  v1::WorkRecorded w;
  for (const char* id : ids) w.add_fault_types(id);
  return w;
}

TEST(VisitState, FollowsTheEventsAndKeepsTheLatestWorkRecord) {
  v1::Job job;
  std::vector<v1::DeviceEvent> events;
  EXPECT_EQ(ReadVisitState(job, 0, events).step, VisitStep::kNotStarted);
  events.push_back(Event(10, [](auto& e) { e.mutable_on_my_way(); }));
  EXPECT_EQ(ReadVisitState(job, 0, events).step, VisitStep::kOnTheWay);
  events.push_back(Event(20, [](auto& e) { e.mutable_check_in(); }));
  EXPECT_EQ(ReadVisitState(job, 0, events).arrived_ms, 20);
  events.push_back(Event(30, [](auto& e) { e.mutable_work_recorded()->set_notes("first"); }));
  events.push_back(Event(40, [](auto& e) { e.mutable_work_recorded()->set_notes("second"); }));
  auto s = ReadVisitState(job, 0, events);
  EXPECT_EQ(s.step, VisitStep::kWorkRecorded);
  EXPECT_EQ(s.work->notes(), "second");
  EXPECT_EQ(s.work_recorded_ms, 40);
  events.push_back(Event(50, [](auto& e) { e.mutable_completed()->set_signer_name("A"); }));
  EXPECT_EQ(ReadVisitState(job, 0, events).step, VisitStep::kCompleted);
}

TEST(VisitState, TakesTheServersWordWhenThePhoneHasNoEvents) {
  v1::Job job;
  job.set_arrived_ms(5);
  EXPECT_EQ(ReadVisitState(job, 0, {}).step, VisitStep::kArrived);
  job.set_status(v1::JOB_STATUS_COMPLETED);
  EXPECT_EQ(ReadVisitState(job, 0, {}).step, VisitStep::kCompleted);
}

TEST(FeeQuote, InWarrantyIsFreeAndSeveralFaultsAreChargedOnceAtTheHighest) {
  QLocale::setDefault(QLocale(QLocale::English));
  const QDate visit(2026, 3, 1);
  const auto work = Faults({"disassembly_repair", "mainboard_component_repair"});
  const auto free = QuoteFor(PhoneBought(visit.addDays(-100)), work, visit);
  ASSERT_TRUE(free.ok());
  EXPECT_EQ(free.fee_total_fen, 0);
  EXPECT_TRUE(QuoteView(free)[QStringLiteral("free")].toBool());

  const auto paid = QuoteFor(PhoneBought(visit.addDays(-400)), work, visit);
  ASSERT_TRUE(paid.ok());
  EXPECT_EQ(paid.fee_total_fen, 8000);
  const auto view = QuoteView(paid);
  EXPECT_EQ(view[QStringLiteral("total")].toString(), "CNY 80.00");
  const auto lines = view[QStringLiteral("lines")].toList();
  ASSERT_EQ(lines.size(), 2);
  EXPECT_EQ(lines[0].toMap()[QStringLiteral("amount")].toString(), "CNY 0.00");
  EXPECT_EQ(lines[1].toMap()[QStringLiteral("amount")].toString(), "CNY 80.00");
  EXPECT_FALSE(lines[0].toMap()[QStringLiteral("reason")].toString().isEmpty());
}

TEST(FeeQuote, ChineseFollowsTheLocaleAndStampCarriesTheDigest) {
  QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
  const QDate visit(2026, 3, 1);
  auto work = Faults({"mainboard_component_repair"});
  const auto quote = QuoteFor(PhoneBought(visit.addDays(-400)), work, visit);
  EXPECT_EQ(QuoteView(quote)[QStringLiteral("total")].toString(), QStringLiteral("80.00元"));
  StampQuote(quote, work);
  EXPECT_EQ(work.fee_total_fen(), 8000);
  EXPECT_EQ(work.service_policy_id(), "phone-maker-default");
  EXPECT_EQ(work.quote_sha256(), service_policy::CanonicalDigest(quote));
  QLocale::setDefault(QLocale(QLocale::English));
}

TEST(FeeQuote, AJobWithoutAPurchaseDateCannotBeQuoted) {
  v1::Job job = PhoneBought(QDate(2025, 1, 1));
  job.clear_purchase_date();
  job.clear_activation_date();
  const auto quote = QuoteFor(job, Faults({"disassembly_repair"}), QDate(2026, 3, 1));
  EXPECT_FALSE(quote.ok());
  EXPECT_EQ(quote.fee_total_fen, 0);
}

QStringList Ids(const QVariantList& items) {
  QStringList out;
  for (const auto& item : items) out << item.toMap()[QStringLiteral("id")].toString();
  return out;
}

TEST(FeeQuote, FaultTypesComeFromThePolicy) {
  v1::Job job = PhoneBought(QDate(2025, 1, 1));
  job.set_type(v1::JOB_TYPE_REPAIR);
  EXPECT_EQ(Ids(FaultTypesFor(job)),
            (QStringList{"firmware_reflash", "disassembly_repair", "mainboard_component_repair"}));
  EXPECT_EQ(Ids(ChecksFor(job)), (QStringList{"data_backup_offered", "power_on_test"}));
}

// An air-conditioner installation offers its own work items and checks, never a phone's
// fault types, and its quote prices the piping and bracket under the policy's rules.
TEST(FeeQuote, AnAirConditionerInstallationHasItsOwnWorkAndChecks) {
  QLocale::setDefault(QLocale(QLocale::English));
  v1::Job job = PhoneBought(QDate(2024, 1, 1));  // out of warranty on the visit below
  job.set_product_category("aircon");
  job.set_type(v1::JOB_TYPE_INSTALLATION);
  EXPECT_EQ(Ids(FaultTypesFor(job)), (QStringList{"aircon_standard_install", "aircon_extra_piping",
                                                  "aircon_outdoor_bracket"}));
  EXPECT_EQ(Ids(ChecksFor(job)),
            (QStringList{"vacuum_done", "leak_test", "drain_test", "cooling_test"}));
  EXPECT_EQ(JobTypeNameFor(job), "Air-conditioner installation");
  const auto quote =
      QuoteFor(job, Faults({"aircon_standard_install", "aircon_extra_piping"}), QDate(2026, 3, 1));
  ASSERT_TRUE(quote.ok());
  EXPECT_EQ(quote.fee_total_fen, 6000);  // installation free, piping 60 yuan
  // A phone fault type on an air conditioner cannot be quoted.
  EXPECT_FALSE(QuoteFor(job, Faults({"firmware_reflash"}), QDate(2026, 3, 1)).ok());

  VisitState state;
  state.work = Faults({"aircon_standard_install"});
  state.work->add_checks_done("vacuum_done");
  const QString text =
      VisitSummaryText(job, state, QuoteFor(job, *state.work, QDate(2026, 3, 1)), QTimeZone::utc());
  EXPECT_TRUE(text.contains("Job type: Air-conditioner installation")) << text.toStdString();
  EXPECT_TRUE(text.contains("Work: Air-conditioner standard installation")) << text.toStdString();
  EXPECT_TRUE(text.contains("Checked: Lines vacuumed")) << text.toStdString();
  EXPECT_FALSE(text.contains("Firmware")) << text.toStdString();
}

TEST(VisitSummary, NamesTheCustomerWorkAndFee) {
  QLocale::setDefault(QLocale(QLocale::English));
  const QDate today(2026, 3, 1);
  const v1::Job job = PhoneBought(today.addDays(-400));
  VisitState state;
  state.arrived_ms = QDateTime(today, QTime(9, 5), QTimeZone::utc()).toMSecsSinceEpoch();
  state.work = Faults({"mainboard_component_repair"});
  state.work->add_parts_used("Capacitor");
  state.work->set_resolved(true);
  const QString text =
      VisitSummaryText(job, state, QuoteFor(job, *state.work, today), QTimeZone::utc());
  EXPECT_TRUE(text.contains("Customer: Li Wei")) << text.toStdString();
  EXPECT_TRUE(text.contains("Arrived: 2026-03-01 09:05"));
  EXPECT_TRUE(text.contains("Parts used: Capacitor"));
  EXPECT_TRUE(text.contains("Outcome: resolved"));
  EXPECT_TRUE(text.contains("Fee: CNY 80.00"));
}

}  // namespace
}  // namespace fieldledger::app
