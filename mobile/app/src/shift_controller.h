#pragma once
// Today's shift on the Today page (QML `ShiftCard`): the schedule the server last sent
// (TechnicianDevice::CachedShifts, fetched with the scorecards after each sync), the
// start-of-shift check-in recorded on this phone, whether it is on time by the attendance
// grace the server sent with the last pull, and the server's own verdict once it has the
// check-in (docs/attendance.md). Starting and ending the shift are events in the outbox,
// recorded offline like an arrival.
#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>

namespace fieldledger::app {

class AppSession;

class ShiftController : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(ShiftCard)
  Q_PROPERTY(bool hasShift READ hasShift NOTIFY changed)
  Q_PROPERTY(QString shiftText READ shiftText NOTIFY changed)
  Q_PROPERTY(bool checkedIn READ checkedIn NOTIFY changed)
  Q_PROPERTY(bool checkedOut READ checkedOut NOTIFY changed)
  Q_PROPERTY(QString checkInText READ checkInText NOTIFY changed)
  // "on_time", "late", "none" (no shift to compare with), "" before the check-in.
  Q_PROPERTY(QString verdict READ verdict NOTIFY changed)
  Q_PROPERTY(QString verdictText READ verdictText NOTIFY changed)
  // What the server made of the check-in, translated from its code; "" until synced.
  Q_PROPERTY(QString serverText READ serverText NOTIFY changed)
  Q_PROPERTY(bool pendingSync READ pendingSync NOTIFY changed)

 public:
  explicit ShiftController(QObject* parent = nullptr);
  ShiftController(AppSession* session, QObject* parent = nullptr);

  bool hasShift() const { return has_shift_; }
  QString shiftText() const { return shift_text_; }
  bool checkedIn() const { return check_in_ms_ > 0; }
  bool checkedOut() const { return check_out_ms_ > 0; }
  QString checkInText() const;
  QString verdict() const { return verdict_; }
  QString verdictText() const;
  QString serverText() const;
  bool pendingSync() const { return pending_; }

  // Record the start (end) of the shift now; committed before this returns.
  Q_INVOKABLE bool startShift(bool has_fix, double latitude, double longitude, double accuracy_m);
  Q_INVOKABLE bool endShift(bool has_fix, double latitude, double longitude, double accuracy_m);
  Q_INVOKABLE void reload();

 signals:
  void changed();

 private:
  AppSession& Session() const;
  AppSession* session_ = nullptr;
  bool has_shift_ = false;
  QString shift_text_;
  qint64 shift_start_ms_ = 0;
  qint64 check_in_ms_ = 0;
  qint64 check_out_ms_ = 0;
  QString verdict_;
  QString server_reason_;
  bool pending_ = false;
};

}  // namespace fieldledger::app
