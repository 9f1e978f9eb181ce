#pragma once
// The month's shift schedule on the manager's desk (QML `ManagerAttendanceModel`): every
// shift of the month from AttendanceService.ListShifts, for the filter bar's technician,
// team or the whole company, each with its state; the month's attendance rate of each
// technician as the scoring engine counts it (GetRanking on the attendance metric, so the
// figure is the server's, not recounted here); and the editor's calls (add, move, delete,
// approve or withdraw leave, import a CSV). Every change is made and audited by the
// server; after one, the month is read again.
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QDate>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

#include "fieldledger/v1/attendance.pb.h"
#include "fieldledger/v1/scoring.pb.h"

namespace fieldledger::office {

class ManagerAttendanceModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
  Q_PROPERTY(QString error READ error NOTIFY stateChanged)
  // The last change's outcome ("Shift saved"), or why it was refused.
  Q_PROPERTY(QString message READ message NOTIFY stateChanged)
  Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY stateChanged)
  // A refused import: one translated entry per bad CSV line; nothing was imported.
  Q_PROPERTY(QStringList importErrors READ importErrors NOTIFY stateChanged)
  Q_PROPERTY(QString monthText READ monthText NOTIFY scheduleChanged)
  // [{technicianId, name, fraction "18/20", percent "90%", note}] from the server's ranking.
  Q_PROPERTY(QVariantList rates READ rates NOTIFY scheduleChanged)
  Q_PROPERTY(QString policyVersion READ policyVersion NOTIFY scheduleChanged)

 public:
  enum Role {
    ShiftIdRole = Qt::UserRole + 1,
    TechnicianIdRole,
    TechnicianNameRole,
    DateRole,       // "2026-03-02" in the company's zone
    DayRole,        // "Mon 2 Mar" in the user's language
    StartTimeRole,  // "08:30"
    EndTimeRole,    // "17:30"; empty when the shift has no end recorded
    StateKeyRole,   // "upcoming", "attended", "late", "absent", "leave"
    StateTextRole,
    CheckInRole,  // "08:27"; empty when not checked in
    LeaveRole,
    LeaveReasonRole,
    EditableRole,  // not checked in yet: may be moved or deleted
  };
  Q_ENUM(Role)

  explicit ManagerAttendanceModel(QObject* parent = nullptr);
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  bool loading() const { return loading_; }
  bool busy() const { return busy_; }
  QString error() const { return error_; }
  QString message() const { return message_; }
  bool messageIsError() const { return message_is_error_; }
  QStringList importErrors() const { return import_errors_; }
  QString monthText() const;
  QVariantList rates() const;
  QString policyVersion() const { return QString::fromStdString(ranking_.policy_version()); }

  // The calendar month of the query's anchor; its scope as the filter bar sets it.
  Q_INVOKABLE void load(const QVariantMap& query);
  // A new shift (empty id) or a moved one, on `date` ("YYYY-MM-DD") from `start` to `end`
  // ("HH:MM", company time); an end at or before the start ends the next day.
  Q_INVOKABLE void saveShift(const QString& id, const QString& technicianId, const QString& date,
                             const QString& start, const QString& end, const QString& reason);
  Q_INVOKABLE void deleteShift(const QString& id, const QString& reason);
  Q_INVOKABLE void setLeave(const QString& id, bool approved, const QString& reason);
  // Reads the file (a URL or path) and sends it whole; the server imports all or nothing.
  Q_INVOKABLE void importCsv(const QString& fileUrl);
  Q_INVOKABLE void clearMessage();

  void set(const v1::ShiftList& shifts, const v1::Ranking& ranking);

 signals:
  void stateChanged();
  void scheduleChanged();
  // A change or import went through (ok) or was refused; the month is read again on ok.
  void changed(bool ok);

 private:
  template <class Reply, class Call>
  void Change(Call call, const QString& done_text);

  QVariantMap query_;
  QDate month_;
  QList<v1::Shift> shifts_;
  v1::Ranking ranking_;
  int generation_ = 0;
  bool loading_ = false;
  bool busy_ = false;
  QString error_;
  QString message_;
  bool message_is_error_ = false;
  QStringList import_errors_;
};

// "08:30" on `date` in `zone`, as epoch milliseconds; -1 when either text is not valid.
qint64 LocalMs(const QString& date, const QString& time, const QTimeZone& zone);

}  // namespace fieldledger::office
