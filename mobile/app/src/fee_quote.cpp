#include "fee_quote.h"

#include <QCoreApplication>
#include <QLocale>

#include "job_kinds_wire.h"

namespace fieldledger::app {
namespace sp = service_policy;

namespace {
// Read and written on the UI thread only (AppSession::Refresh and the QML pages).
std::optional<sp::Policy>& SyncedPolicy() {
  static std::optional<sp::Policy> policy;
  return policy;
}
}  // namespace

const sp::Policy& DevicePolicy() { return SyncedPolicy() ? *SyncedPolicy() : sp::DefaultPolicy(); }

void SetDevicePolicy(sp::Policy policy) { SyncedPolicy() = std::move(policy); }

sp::JobFacts FactsFor(const v1::Job& job, const v1::WorkRecorded& work, QDate visit_date) {
  sp::JobFacts f;
  f.product_name = job.product();
  f.category = job.product_category();
  f.serial = job.serial_number();
  f.purchase_date = sp::Date::Parse(job.purchase_date()).value_or(sp::Date{0, 0, 0});
  if (!job.activation_date().empty()) {
    f.activation_date = sp::Date::Parse(job.activation_date()).value_or(sp::Date{0, 0, 0});
  }
  f.faults.assign(work.fault_types().begin(), work.fault_types().end());
  f.quality_fault_certified = work.quality_fault_certified();
  f.visit_date = {visit_date.year(), visit_date.month(), visit_date.day()};
  return f;
}

sp::Quote QuoteFor(const v1::Job& job, const v1::WorkRecorded& work, QDate visit_date) {
  return sp::Evaluate(DevicePolicy(), FactsFor(job, work, visit_date));
}

void StampQuote(const sp::Quote& quote, v1::WorkRecorded& work) {
  work.set_fee_total_fen(quote.fee_total_fen);
  work.set_service_policy_id(quote.policy_id);
  work.set_service_policy_version(quote.policy_version);
  work.set_quote_sha256(sp::CanonicalDigest(quote));
}

QString LocalText(const sp::Text& text) {
  const bool zh = QLocale().language() == QLocale::Chinese;
  return QString::fromStdString(zh ? text.zh : text.en);
}

QString MoneyText(sp::Fen fen, const QString& currency) {
  const QString amount = QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QChar('0'));
  if (QLocale().language() == QLocale::Chinese && currency == QLatin1String("CNY")) {
    return amount + QStringLiteral("元");
  }
  return currency + QLatin1Char(' ') + amount;
}

std::string JobKindName(v1::JobType type) {
  return JobTypeName(v1::FromWire(type).value_or(JobType::kRepair));
}

namespace {
const sp::JobTypeSpec* JobTypeOf(const v1::Job& job) {
  return DevicePolicy().FindJobType(JobKindName(job.type()), job.product_category());
}
}  // namespace

QVariantList FaultTypesFor(const v1::Job& job) {
  QVariantList out;
  for (const sp::FaultType* fault :
       DevicePolicy().WorkItemsFor(JobKindName(job.type()), job.product_category())) {
    out.append(QVariantMap{{QStringLiteral("id"), QString::fromStdString(fault->id)},
                           {QStringLiteral("name"), LocalText(fault->name)}});
  }
  return out;
}

QVariantList ChecksFor(const v1::Job& job) {
  QVariantList out;
  if (const sp::JobTypeSpec* type = JobTypeOf(job)) {
    for (const auto& check : type->checks) {
      out.append(QVariantMap{{QStringLiteral("id"), QString::fromStdString(check.id)},
                             {QStringLiteral("name"), LocalText(check.name)}});
    }
  }
  return out;
}

QString JobTypeNameFor(const v1::Job& job) {
  const sp::JobTypeSpec* type = JobTypeOf(job);
  return type ? LocalText(type->name) : QString();
}

QStringList CheckNamesFor(const v1::Job& job, const QStringList& ids) {
  QStringList out;
  const sp::JobTypeSpec* type = JobTypeOf(job);
  for (const auto& id : ids) {
    QString name = id;
    if (type) {
      for (const auto& check : type->checks) {
        if (QString::fromStdString(check.id) == id) name = LocalText(check.name);
      }
    }
    out << name;
  }
  return out;
}

QVariantMap QuoteView(const sp::Quote& quote) {
  const QString currency = QString::fromStdString(quote.currency);
  QVariantList lines;
  for (const auto& line : quote.lines) {
    const sp::FaultType* fault = DevicePolicy().FindFault(line.fault);
    lines.append(QVariantMap{{QStringLiteral("fault"),
                              fault ? LocalText(fault->name) : QString::fromStdString(line.fault)},
                             {QStringLiteral("amount"), MoneyText(line.amount_fen, currency)},
                             {QStringLiteral("charged"), line.amount_fen > 0},
                             {QStringLiteral("reason"), LocalText(line.reason)}});
  }
  QStringList errors;
  // A job the office sent without its product facts: say that, not "invalid date 0000-00-00".
  if (quote.job.category.empty() || !quote.job.purchase_date.IsValid()) {
    errors << QCoreApplication::translate(
        "FeeQuote",
        "The office has not given this job's product category and purchase date, so the "
        "fee cannot be worked out on the phone. The office will confirm it.");
  } else {
    for (const auto& e : quote.errors) errors << LocalText(e);
  }
  const auto& verdict = quote.free_repair.eligible ? quote.free_repair : quote.paid_repair;
  return {{QStringLiteral("ok"), quote.ok()},
          {QStringLiteral("total"), MoneyText(quote.fee_total_fen, currency)},
          {QStringLiteral("totalFen"), static_cast<qlonglong>(quote.fee_total_fen)},
          {QStringLiteral("free"), quote.free_repair.eligible},
          {QStringLiteral("verdict"), LocalText(verdict.reason)},
          {QStringLiteral("lines"), lines},
          {QStringLiteral("errors"), errors},
          {QStringLiteral("policy"), LocalText(DevicePolicy().name) + QStringLiteral(" ") +
                                         QString::fromStdString(quote.policy_version)}};
}

}  // namespace fieldledger::app
