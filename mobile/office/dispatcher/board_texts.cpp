#include "board_texts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <cmath>

namespace fieldledger::office {
namespace {

// "12 min", "5 h 45 min", "2 h".
QString MinutesText(long long minutes) {
  if (minutes < 60) return QCoreApplication::translate("BoardTexts", "%1 min").arg(minutes);
  if (minutes % 60 == 0) return QCoreApplication::translate("BoardTexts", "%1 h").arg(minutes / 60);
  return QCoreApplication::translate("BoardTexts", "%1 h %2 min")
      .arg(minutes / 60)
      .arg(minutes % 60);
}

QString Minutes(DurationMs ms) {
  return MinutesText(static_cast<long long>(std::llround(static_cast<double>(ms) / kMinuteMs)));
}

}  // namespace

QString ClockText(TimeMs ms, const QTimeZone& zone) {
  if (ms <= 0) return {};
  return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("HH:mm"));
}

QString StateKey(JobStateKind k) {
  switch (k) {
    case JobStateKind::kNotYetDue:
      return QStringLiteral("due");
    case JobStateKind::kOnTheWay:
      return QStringLiteral("way");
    case JobStateKind::kArrivedEarly:
      return QStringLiteral("early");
    case JobStateKind::kOnTime:
      return QStringLiteral("ontime");
    case JobStateKind::kLate:
      return QStringLiteral("late");
    case JobStateKind::kNoShow:
      return QStringLiteral("noshow");
    case JobStateKind::kUnverified:
      return QStringLiteral("unverified");
    case JobStateKind::kCompleted:
      return QStringLiteral("done");
    case JobStateKind::kCancelled:
      return QStringLiteral("cancelled");
    case JobStateKind::kExcused:
      return QStringLiteral("excused");
    case JobStateKind::kUnknownPhoneOffline:
      return QStringLiteral("unknown");
  }
  return {};
}

QString UnverifiedText(const Unverified& why) {
  QStringList parts;
  if (why.outside_fence) {
    parts << QCoreApplication::translate("BoardTexts", "outside the fence by %1 m")
                 .arg(std::llround(why.distance_m));
  }
  if (why.clock_corrected) {
    parts << QCoreApplication::translate("BoardTexts", "clock corrected by %1")
                 .arg(Minutes(std::llabs(why.clock_correction_ms)));
  }
  if (why.mock_location) parts << QCoreApplication::translate("BoardTexts", "mock location");
  if (why.no_position) parts << QCoreApplication::translate("BoardTexts", "no position");
  return parts.join(QCoreApplication::translate("BoardTexts", ", "));
}

QString StateText(const JobState& s, const QTimeZone& zone) {
  switch (s.kind) {
    case JobStateKind::kNotYetDue:
      return QCoreApplication::translate("BoardTexts", "not yet due");
    case JobStateKind::kOnTheWay:
      return QCoreApplication::translate("BoardTexts", "on the way");
    case JobStateKind::kArrivedEarly:
      return QCoreApplication::translate("BoardTexts", "arrived early");
    case JobStateKind::kOnTime:
      return QCoreApplication::translate("BoardTexts", "on time");
    case JobStateKind::kLate:
      return QCoreApplication::translate("BoardTexts", "late by %1")
          .arg(MinutesText(s.minutes_late));
    case JobStateKind::kNoShow:
      return QCoreApplication::translate("BoardTexts", "no-show");
    case JobStateKind::kUnverified:
      return QCoreApplication::translate("BoardTexts", "unverified arrival: %1")
          .arg(UnverifiedText(s.why.value_or(Unverified{})));
    case JobStateKind::kCompleted:
      return QCoreApplication::translate("BoardTexts", "completed");
    case JobStateKind::kCancelled:
      return QCoreApplication::translate("BoardTexts", "cancelled");
    case JobStateKind::kExcused:
      return QCoreApplication::translate("BoardTexts", "excused");
    case JobStateKind::kUnknownPhoneOffline:
      return s.offline_since_ms > 0
                 ? QCoreApplication::translate("BoardTexts", "unknown: phone offline since %1")
                       .arg(ClockText(s.offline_since_ms, zone))
                 : QCoreApplication::translate("BoardTexts", "unknown: phone has never synced");
  }
  return {};
}

QString AlertText(const Alert& a, const QTimeZone& zone) {
  switch (a.reason) {
    case AlertReason::kNotSetOff:
      return QCoreApplication::translate("BoardTexts", "not set off; window ends in %1")
          .arg(Minutes(a.left_ms));
    case AlertReason::kTravelTooLong:
      return QCoreApplication::translate("BoardTexts", "about %1 away; window ends in %2")
          .arg(Minutes(a.travel_ms), Minutes(a.left_ms));
    case AlertReason::kPhoneQuiet:
      return a.quiet_since_ms > 0
                 ? QCoreApplication::translate("BoardTexts", "phone quiet since %1")
                       .arg(ClockText(a.quiet_since_ms, zone))
                 : QCoreApplication::translate("BoardTexts", "phone has never synced");
  }
  return {};
}

}  // namespace fieldledger::office
