#include "board_texts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <cmath>

namespace fieldledger::office {
namespace {

QString Tr(const char* text) { return QCoreApplication::translate("BoardTexts", text); }

QString Minutes(DurationMs ms) {
  const auto minutes = static_cast<long long>(std::llround(static_cast<double>(ms) / kMinuteMs));
  return Tr("%1 min").arg(minutes);
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
    parts << Tr("outside the fence by %1 m").arg(std::llround(why.distance_m));
  }
  if (why.clock_corrected) {
    parts << Tr("clock corrected by %1").arg(Minutes(std::llabs(why.clock_correction_ms)));
  }
  if (why.mock_location) parts << Tr("mock location");
  if (why.no_position) parts << Tr("no position");
  return parts.join(Tr(", "));
}

QString StateText(const JobState& s, const QTimeZone& zone) {
  switch (s.kind) {
    case JobStateKind::kNotYetDue:
      return Tr("not yet due");
    case JobStateKind::kOnTheWay:
      return Tr("on the way");
    case JobStateKind::kArrivedEarly:
      return Tr("arrived early");
    case JobStateKind::kOnTime:
      return Tr("on time");
    case JobStateKind::kLate:
      return Tr("late by %1").arg(Tr("%1 min").arg(s.minutes_late));
    case JobStateKind::kNoShow:
      return Tr("no-show");
    case JobStateKind::kUnverified:
      return Tr("unverified arrival: %1").arg(UnverifiedText(s.why.value_or(Unverified{})));
    case JobStateKind::kCompleted:
      return Tr("completed");
    case JobStateKind::kCancelled:
      return Tr("cancelled");
    case JobStateKind::kExcused:
      return Tr("excused");
    case JobStateKind::kUnknownPhoneOffline:
      return s.offline_since_ms > 0
                 ? Tr("unknown: phone offline since %1").arg(ClockText(s.offline_since_ms, zone))
                 : Tr("unknown: phone has never synced");
  }
  return {};
}

QString AlertText(const Alert& a, const QTimeZone& zone) {
  switch (a.reason) {
    case AlertReason::kNotSetOff:
      return Tr("not set off; window ends in %1").arg(Minutes(a.left_ms));
    case AlertReason::kTravelTooLong:
      return Tr("about %1 away; window ends in %2").arg(Minutes(a.travel_ms), Minutes(a.left_ms));
    case AlertReason::kPhoneQuiet:
      return a.quiet_since_ms > 0
                 ? Tr("phone quiet since %1").arg(ClockText(a.quiet_since_ms, zone))
                 : Tr("phone has never synced");
  }
  return {};
}

}  // namespace fieldledger::office
