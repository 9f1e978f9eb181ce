#include "when_text.h"

#include <QDateTime>
#include <QLocale>

namespace fieldledger::app {

QString WhenText(qint64 ms, const QTimeZone& zone, qint64 now_ms) {
  if (ms <= 0) return {};
  const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
  const QString time = at.toString(QStringLiteral("HH:mm"));
  if (at.date() == QDateTime::fromMSecsSinceEpoch(now_ms, zone).date()) return time;
  return QLocale().toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

}  // namespace fieldledger::app
