#pragma once
// How the app names a moment in a list: the time alone for today, the date with it
// otherwise (a record left unsent since yesterday must not read as today's).
#include <QString>
#include <QTimeZone>

namespace fieldledger::app {

// "14:05" when ms falls on the same day as now_ms in zone, else "<short date> 14:05";
// empty for ms <= 0.
QString WhenText(qint64 ms, const QTimeZone& zone, qint64 now_ms);

}  // namespace fieldledger::app
