#include "my_scorecard.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QVariantList>
#include <algorithm>
#include <cmath>

#include "technician_device.h"
#include "when_text.h"

namespace fieldledger::app {

MyScorecard::MyScorecard(QObject* parent) : QObject(parent) {}

void MyScorecard::load(device::TechnicianDevice& device, const QTimeZone& zone) {
  set(device.CachedScorecard(v1::PERIOD_KIND_ISO_WEEK),
      device.CachedScorecard(v1::PERIOD_KIND_MONTH), zone);
}

void MyScorecard::set(std::optional<v1::Scorecard> week, std::optional<v1::Scorecard> month,
                      const QTimeZone& zone) {
  week_ = std::move(week);
  month_ = std::move(month);
  zone_ = zone;
  emit changed();
}

void MyScorecard::setState(bool fresh, bool offline) {
  if (fresh == fresh_ && offline == offline_) return;
  fresh_ = fresh;
  offline_ = offline;
  emit changed();
}

QString MyScorecard::statusText() const {
  if (!hasData()) {
    return offline_ ? tr("No scorecard on this phone yet. It is fetched after the next sync.")
                    : tr("No scorecard yet. It is fetched after each sync.");
  }
  qint64 at = 0;
  if (week_) at = week_->computed_at_ms();
  if (month_) at = std::max<qint64>(at, month_->computed_at_ms());
  const QString when = WhenText(at, zone_, QDateTime::currentMSecsSinceEpoch());
  if (fresh_) return tr("Updated %1").arg(when);
  return offline_ ? tr("Offline · as of %1").arg(when) : tr("As of %1").arg(when);
}

QString MyScorecard::PercentText(const v1::RateFigure& rate) {
  const qint64 n = rate.numerator(), d = rate.denominator();
  if (d <= 0) return tr("No data");  // 0/0 is neither 0% nor 100%
  int percent = static_cast<int>(std::lround(100.0 * static_cast<double>(n) / d));
  // Rounding must not claim a perfect or an empty record that is not one.
  if (n < d) percent = std::min(percent, 99);
  if (n > 0) percent = std::max(percent, 1);
  return tr("%1%").arg(percent);
}

QString MyScorecard::FractionText(const v1::RateFigure& rate) {
  return QStringLiteral("%1/%2").arg(rate.numerator()).arg(rate.denominator());
}

QString MyScorecard::RangeText(const v1::Period& period) const {
  if (period.start_ms() <= 0 || period.end_ms() <= period.start_ms())
    return QString::fromStdString(period.label());
  const QDate first = QDateTime::fromMSecsSinceEpoch(period.start_ms(), zone_).date();
  const QDate last = QDateTime::fromMSecsSinceEpoch(period.end_ms() - 1, zone_).date();
  if (period.kind() == v1::PERIOD_KIND_MONTH)
    return QLocale().toString(first, tr("MMMM yyyy", "a month, as a Qt date format"));
  const QString day_format = tr("d MMM", "a day in a week's range, as a Qt date format");
  return tr("%1 – %2", "first and last day of a week")
      .arg(QLocale().toString(first, day_format), QLocale().toString(last, day_format));
}

QString MyScorecard::OnTimeDetail(const v1::OnTimeFigures& f) {
  // What kept the rate down, so a low figure explains itself.
  QStringList parts;
  if (f.late() > 0) parts << tr("%n late", "", static_cast<int>(f.late()));
  if (f.no_show() > 0) parts << tr("%n no-show", "", static_cast<int>(f.no_show()));
  if (f.excused() > 0) parts << tr("%n excused", "", static_cast<int>(f.excused()));
  return parts.join(QStringLiteral(" · "));
}

QVariantMap MyScorecard::Period(const std::optional<v1::Scorecard>& card) const {
  if (!card) return {};
  // The bonus gate's verdict on a metric ("met", "missed", "no_data"; empty when the
  // company sets no target for it): the page colours the rate by it.
  const auto gate = [&](v1::Metric metric) {
    for (const auto& check : card->bonus_gate().checks()) {
      if (check.metric() == metric) return QString::fromStdString(check.status());
    }
    return QString();
  };
  const auto rate = [&gate](const char* key, v1::Metric metric, const QString& name,
                            const QString& hint, const v1::RateFigure& r,
                            const QString& detail = {}) {
    const bool has_value = r.denominator() > 0;
    return QVariantMap{{QStringLiteral("key"), QString::fromLatin1(key)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("hint"), hint},
                       {QStringLiteral("percent"), PercentText(r)},
                       {QStringLiteral("fraction"), FractionText(r)},
                       {QStringLiteral("hasValue"), has_value},
                       {QStringLiteral("detail"), detail},
                       {QStringLiteral("gate"), gate(metric)},
                       {QStringLiteral("value"),
                        has_value ? static_cast<double>(r.numerator()) / r.denominator() : 0.0}};
  };
  const bool month = card->period().kind() == v1::PERIOD_KIND_MONTH;
  return {{QStringLiteral("title"), month ? tr("This month") : tr("This week")},
          {QStringLiteral("range"), RangeText(card->period())},
          {QStringLiteral("rates"),
           QVariantList{
               rate("on_time", v1::METRIC_ON_TIME, tr("On time"), tr("arrived within the window"),
                    card->on_time().rate(), OnTimeDetail(card->on_time())),
               rate("retention", v1::METRIC_RETENTION, tr("Retention"), tr("repairs that held"),
                    card->retention().rate()),
               rate("satisfaction", v1::METRIC_SATISFACTION, tr("Satisfaction"),
                    tr("satisfied customers, of those reached"), card->satisfaction().rate())}}};
}

}  // namespace fieldledger::app
