#include "my_scorecard.h"

#include <QDateTime>
#include <QLocale>
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

QVariantMap MyScorecard::Period(const std::optional<v1::Scorecard>& card) const {
  if (!card) return {};
  const auto rate = [](const char* key, const QString& name, const QString& hint,
                       const v1::RateFigure& r) {
    const bool has_value = r.denominator() > 0;
    return QVariantMap{{QStringLiteral("key"), QString::fromLatin1(key)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("hint"), hint},
                       {QStringLiteral("percent"), PercentText(r)},
                       {QStringLiteral("fraction"), FractionText(r)},
                       {QStringLiteral("hasValue"), has_value},
                       {QStringLiteral("value"),
                        has_value ? static_cast<double>(r.numerator()) / r.denominator() : 0.0}};
  };
  const bool month = card->period().kind() == v1::PERIOD_KIND_MONTH;
  return {
      {QStringLiteral("title"), month ? tr("This month") : tr("This week")},
      {QStringLiteral("range"), RangeText(card->period())},
      {QStringLiteral("rates"),
       QVariantList{
           rate("on_time", tr("On time"), tr("arrived within the window"), card->on_time().rate()),
           rate("retention", tr("Retention"), tr("repairs that held"), card->retention().rate()),
           rate("satisfaction", tr("Satisfaction"), tr("satisfied customers, of those reached"),
                card->satisfaction().rate())}}};
}

}  // namespace fieldledger::app
