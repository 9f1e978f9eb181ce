#include "shift_controller.h"

#include <QDateTime>

#include "app_session.h"
#include "language.h"
#include "my_scorecard.h"

namespace fieldledger::app {
namespace {

// The code the server puts first in a shift check-in's acknowledgement (sync.proto,
// EventAck.reason): "[untrusted] ...; [late] ..." gives "late" and untrusted.
QString CodeOf(const QString& reason, bool* untrusted) {
  *untrusted = reason.startsWith(QStringLiteral("[untrusted]"));
  static const char* kCodes[] = {"on_time", "late", "no_shift", "on_leave", "already_checked_in"};
  for (const char* code : kCodes) {
    if (reason.contains(QStringLiteral("[%1]").arg(QLatin1String(code)))) return code;
  }
  return {};
}

}  // namespace

ShiftController::ShiftController(QObject* parent) : ShiftController(nullptr, parent) {}

ShiftController::ShiftController(AppSession* session, QObject* parent)
    : QObject(parent), session_(session) {
  connect(&Session(), &AppSession::syncChanged, this, &ShiftController::reload);
  connect(&Session(), &AppSession::jobsChanged, this, &ShiftController::reload);
  // The shifts arrive with the scorecards (SyncWorker::FetchScorecards).
  connect(Session().scorecard(), &MyScorecard::changed, this, &ShiftController::reload);
  OnLanguageChange(this, [this] { reload(); });
  reload();
}

AppSession& ShiftController::Session() const {
  return session_ ? *session_ : *AppSession::create(nullptr, nullptr);
}

void ShiftController::reload() {
  auto& device = Session().device();
  const QTimeZone zone = Session().zone();
  const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
  const auto on_today = [&](qint64 ms) {
    return ms > 0 && QDateTime::fromMSecsSinceEpoch(ms, zone).date() == today;
  };
  has_shift_ = false;
  shift_text_.clear();
  shift_start_ms_ = 0;
  if (auto list = device.CachedShifts()) {
    for (const auto& s : list->shifts()) {
      if (!on_today(s.start_ms()) || s.approved_leave()) continue;
      has_shift_ = true;
      shift_start_ms_ = s.start_ms();
      shift_text_ = s.end_ms() > 0 ? QStringLiteral("%1–%2").arg(Session().formatTime(s.start_ms()),
                                                                 Session().formatTime(s.end_ms()))
                                   : Session().formatTime(s.start_ms());
      break;
    }
  }
  check_in_ms_ = 0;
  check_out_ms_ = 0;
  server_reason_.clear();
  pending_ = false;
  for (const auto& item : device.store().ItemsOfKind("shift_check_in")) {
    const qint64 at = item.event.clock().wall_time_ms();
    if (!on_today(at) || check_in_ms_ > 0) continue;  // the first of today is the one
    check_in_ms_ = at;
    pending_ = item.state == device::OutboxState::kPending;
    server_reason_ = QString::fromStdString(item.reason);
  }
  for (const auto& item : device.store().ItemsOfKind("shift_check_out")) {
    const qint64 at = item.event.clock().wall_time_ms();
    if (on_today(at)) check_out_ms_ = at;
  }
  verdict_.clear();
  if (check_in_ms_ > 0) {
    if (!has_shift_) {
      verdict_ = QStringLiteral("none");
    } else {
      // The server's rule (scoring::EvaluateAttendance), compared to the second.
      qint64 grace_ms = 10 * 60 * 1000;
      if (auto rules = device.ScoringRules(); rules && rules->attendance_grace_seconds() > 0) {
        grace_ms = rules->attendance_grace_seconds() * 1000;
      }
      verdict_ = check_in_ms_ / 1000 <= (shift_start_ms_ + grace_ms) / 1000
                     ? QStringLiteral("on_time")
                     : QStringLiteral("late");
    }
  }
  emit changed();
}

QString ShiftController::checkInText() const {
  if (check_in_ms_ <= 0) return {};
  QString text = tr("Checked in at %1").arg(Session().formatTime(check_in_ms_));
  if (check_out_ms_ > 0)
    text += tr(" · checked out at %1").arg(Session().formatTime(check_out_ms_));
  return text;
}

QString ShiftController::verdictText() const {
  if (verdict_ == QLatin1String("on_time")) return tr("on time");
  if (verdict_ == QLatin1String("late")) return tr("late");
  if (verdict_ == QLatin1String("none")) return tr("no shift scheduled today");
  return {};
}

QString ShiftController::serverText() const {
  if (server_reason_.isEmpty()) return {};
  bool untrusted = false;
  const QString code = CodeOf(server_reason_, &untrusted);
  QString text;
  if (code == QLatin1String("on_time"))
    text = tr("The office has it: on time.");
  else if (code == QLatin1String("late"))
    text = tr("The office has it: late.");
  else if (code == QLatin1String("no_shift"))
    text = tr("The office has it, but no shift was scheduled for you that day.");
  else if (code == QLatin1String("on_leave"))
    text = tr("The office has it; that day is approved leave.");
  else if (code == QLatin1String("already_checked_in"))
    text = tr("The shift was already checked in.");
  else
    text = server_reason_;  // a rejection: the server's own words
  if (untrusted) text += QLatin1Char(' ') + tr("Its time or place could not be verified.");
  return text;
}

bool ShiftController::startShift(bool has_fix, double latitude, double longitude,
                                 double accuracy_m) {
  if (check_in_ms_ > 0) return false;
  Session().device().StartShift({has_fix, latitude, longitude, accuracy_m, false});
  Session().recorded();
  reload();
  return true;
}

bool ShiftController::endShift(bool has_fix, double latitude, double longitude, double accuracy_m) {
  if (check_in_ms_ <= 0 || check_out_ms_ > 0) return false;
  Session().device().EndShift({has_fix, latitude, longitude, accuracy_m, false});
  Session().recorded();
  reload();
  return true;
}

}  // namespace fieldledger::app
