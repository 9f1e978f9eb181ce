#include "visit_summary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include "fee_quote.h"

namespace fieldledger::app {
namespace {

QString Time(std::int64_t ms, const QTimeZone& zone) {
  if (ms <= 0) return QStringLiteral("–");
  return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Join(const google::protobuf::RepeatedPtrField<std::string>& items, const QString& sep) {
  QStringList out;
  for (const auto& s : items) out << QString::fromStdString(s);
  return out.join(sep);
}

}  // namespace

QString VisitSummaryText(const v1::Job& job, const VisitState& state,
                         const service_policy::Quote& quote, const QTimeZone& zone) {
  QStringList lines;
  const auto s = [](const std::string& v) { return QString::fromStdString(v); };
  lines << QCoreApplication::translate("VisitSummary", "Job %1").arg(s(job.reference()));
  if (const QString type = JobTypeNameFor(job); !type.isEmpty())
    lines << QCoreApplication::translate("VisitSummary", "Job type: %1").arg(type);
  lines << QCoreApplication::translate("VisitSummary", "Customer: %1").arg(s(job.customer_name()));
  lines << QCoreApplication::translate("VisitSummary", "Address: %1").arg(s(job.site().address()));
  if (!job.product().empty() || !job.serial_number().empty()) {
    lines << QCoreApplication::translate("VisitSummary", "Product: %1 %2")
                 .arg(s(job.product()), s(job.serial_number()))
                 .trimmed();
  }
  lines << QCoreApplication::translate("VisitSummary", "Arrived: %1")
               .arg(Time(state.arrived_ms, zone));
  if (!state.work) return lines.join(QLatin1Char('\n'));

  const auto& work = *state.work;
  QStringList faults;
  for (const auto& id : work.fault_types()) {
    const auto* fault = DevicePolicy().FindFault(id);
    faults << (fault ? LocalText(fault->name) : s(id));
  }
  lines << QCoreApplication::translate("VisitSummary", "Work: %1")
               .arg(faults.join(QStringLiteral(", ")));
  if (work.checks_done_size() > 0) {
    QStringList ids;
    for (const auto& id : work.checks_done()) ids << s(id);
    lines << QCoreApplication::translate("VisitSummary", "Checked: %1")
                 .arg(CheckNamesFor(job, ids).join(QStringLiteral(", ")));
  }
  if (work.parts_used_size() > 0) {
    lines << QCoreApplication::translate("VisitSummary", "Parts used: %1")
                 .arg(Join(work.parts_used(), QStringLiteral(", ")));
  }
  if (!work.notes().empty())
    lines << QCoreApplication::translate("VisitSummary", "Notes: %1").arg(s(work.notes()));
  lines << (work.resolved()
                ? QCoreApplication::translate("VisitSummary", "Outcome: resolved")
                : QCoreApplication::translate("VisitSummary", "Outcome: needs another visit"));
  if (work.quality_fault_certified())
    lines << QCoreApplication::translate("VisitSummary", "Quality fault certified");

  const QString currency = s(quote.currency);
  if (quote.ok()) {
    for (const auto& line : quote.lines) {
      const auto* fault = DevicePolicy().FindFault(line.fault);
      lines << QStringLiteral("  %1: %2 (%3)")
                   .arg(fault ? LocalText(fault->name) : s(line.fault),
                        MoneyText(line.amount_fen, currency), LocalText(line.reason));
    }
    lines << QCoreApplication::translate("VisitSummary", "Fee: %1")
                 .arg(MoneyText(quote.fee_total_fen, currency));
  } else {
    lines << QCoreApplication::translate("VisitSummary", "Fee: to be confirmed by the office");
  }
  return lines.join(QLatin1Char('\n'));
}

}  // namespace fieldledger::app
