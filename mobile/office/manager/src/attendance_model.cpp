#include "attendance_model.h"

#include <QFile>
#include <QLocale>
#include <QTimeZone>
#include <set>

#include "language.h"
#include "manager_export.h"
#include "manager_query.h"
#include "manager_rpc.h"
#include "manager_text.h"
#include "office_errors.h"
#include "shift_import_text.h"

namespace fieldledger::office {
namespace {

QTimeZone Zone() {
  const OfficeSession* s = OfficeSession::instance();
  return s ? s->zone() : QTimeZone::utc();
}

QDateTime Local(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Zone()); }

QString StateKey(v1::ShiftState s) {
  switch (s) {
    case v1::SHIFT_STATE_ATTENDED:
      return QStringLiteral("attended");
    case v1::SHIFT_STATE_LATE:
      return QStringLiteral("late");
    case v1::SHIFT_STATE_ABSENT:
      return QStringLiteral("absent");
    case v1::SHIFT_STATE_LEAVE:
      return QStringLiteral("leave");
    default:
      return QStringLiteral("upcoming");
  }
}

QString StateText(v1::ShiftState s) {
  switch (s) {
    case v1::SHIFT_STATE_ATTENDED:
      return ManagerAttendanceModel::tr("Attended");
    case v1::SHIFT_STATE_LATE:
      return ManagerAttendanceModel::tr("Late");
    case v1::SHIFT_STATE_ABSENT:
      return ManagerAttendanceModel::tr("Absent");
    case v1::SHIFT_STATE_LEAVE:
      return ManagerAttendanceModel::tr("On leave");
    default:
      return ManagerAttendanceModel::tr("Upcoming");
  }
}

}  // namespace

qint64 LocalMs(const QString& date, const QString& time, const QTimeZone& zone) {
  const QDate d = QDate::fromString(date.trimmed(), Qt::ISODate);
  const QTime t = QTime::fromString(time.trimmed(), QStringLiteral("H:mm"));
  if (!d.isValid() || !t.isValid()) return -1;
  return QDateTime(d, t, zone).toMSecsSinceEpoch();
}

ManagerAttendanceModel::ManagerAttendanceModel(QObject* parent) : QAbstractListModel(parent) {
  app::OnLanguageChange(this, [this] {
    beginResetModel();
    endResetModel();
    emit scheduleChanged();
  });
}

int ManagerAttendanceModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(shifts_.size());
}

QVariant ManagerAttendanceModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::Shift& s = shifts_[index.row()];
  const QDateTime start = Local(s.start_ms());
  switch (role) {
    case ShiftIdRole:
      return QString::fromStdString(s.id());
    case TechnicianIdRole:
      return QString::fromStdString(s.technician_id());
    case Qt::DisplayRole:
    case TechnicianNameRole:
      return QString::fromStdString(s.technician_name());
    case DateRole:
      return start.date().toString(Qt::ISODate);
    case DayRole:
      return QLocale().toString(start.date(), tr("ddd d MMM", "a shift's day"));
    case StartTimeRole:
      return start.time().toString(QStringLiteral("HH:mm"));
    case EndTimeRole:
      return s.end_ms() > 0 ? Local(s.end_ms()).time().toString(QStringLiteral("HH:mm"))
                            : QString();
    case StateKeyRole:
      return StateKey(s.state());
    case StateTextRole:
      return StateText(s.state());
    case CheckInRole:
      return s.check_in_ms() > 0 ? Local(s.check_in_ms()).time().toString(QStringLiteral("HH:mm"))
                                 : QString();
    case LeaveRole:
      return s.approved_leave();
    case LeaveReasonRole:
      return QString::fromStdString(s.leave_reason());
    case EditableRole:
      return s.check_in_ms() == 0;
    default:
      return {};
  }
}

QHash<int, QByteArray> ManagerAttendanceModel::roleNames() const {
  return {{ShiftIdRole, "shiftId"},
          {TechnicianIdRole, "technicianId"},
          {TechnicianNameRole, "name"},
          {DateRole, "date"},
          {DayRole, "day"},
          {StartTimeRole, "startTime"},
          {EndTimeRole, "endTime"},
          {StateKeyRole, "stateKey"},
          {StateTextRole, "stateText"},
          {CheckInRole, "checkIn"},
          {LeaveRole, "leave"},
          {LeaveReasonRole, "leaveReason"},
          {EditableRole, "editable"}};
}

QString ManagerAttendanceModel::monthText() const {
  return month_.isValid() ? QLocale().toString(month_, tr("MMMM yyyy", "the schedule's month"))
                          : QString();
}

QVariantList ManagerAttendanceModel::rates() const {
  QVariantList out;
  for (const auto& e : ranking_.entries()) {
    out.append(
        QVariantMap{{QStringLiteral("technicianId"), QString::fromStdString(e.technician_id())},
                    {QStringLiteral("name"), QString::fromStdString(e.technician_name())},
                    {QStringLiteral("fraction"), FractionOf(e.successes(), e.trials())},
                    {QStringLiteral("percent"), PercentOf(e.successes(), e.trials())}});
  }
  return out;
}

void ManagerAttendanceModel::load(const QVariantMap& query) {
  OfficeSession* session = OfficeSession::instance();
  if (!session || !session->signedIn()) return;
  query_ = query;
  ManagerQuery q = QueryFromMap(query);
  q.period_kind = QStringLiteral("month");
  const QDate anchor = q.anchor.isValid() ? q.anchor : QDate::currentDate();
  const QDate first(anchor.year(), anchor.month(), 1);
  const QTimeZone zone = session->zone();
  v1::ListShiftsRequest shifts;
  shifts.set_from_ms(QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch());
  shifts.set_to_ms(QDateTime(first.addMonths(1), QTime(0, 0), zone).toMSecsSinceEpoch());
  if (q.scope_kind == QLatin1String("technician")) {
    shifts.set_technician_id(q.scope_id.toStdString());
  }
  // The month's attendance, as the engine counts it: one ranking gives every technician's
  // attended / scheduled (leave excluded) for the company or the team.
  v1::RankingRequest rates;
  rates.set_metric(v1::METRIC_ATTENDANCE);
  q.anchor = anchor;
  *rates.mutable_period() = MakePeriod(q, zone);
  rates.set_team_id(TeamFilter(q));
  const bool by_team = q.scope_kind == QLatin1String("team");
  const QString only = q.scope_kind == QLatin1String("technician") ? q.scope_id : QString();
  const int generation = ++generation_;
  loading_ = true;
  error_.clear();
  emit stateChanged();
  const Link link = Link::Of(*session);
  struct Result {
    Reply<v1::ShiftList> shifts;
    Reply<v1::Ranking> rates;
  };
  OfficeSession::Run(
      this,
      [link, shifts, rates] {
        return Result{CallListShifts(link, shifts), CallRanking(link, rates)};
      },
      [this, generation, first, by_team, only](const Result& r) {
        if (generation != generation_) return;
        loading_ = false;
        month_ = first;
        const grpc::Status& bad = !r.shifts.status.ok() ? r.shifts.status : r.rates.status;
        if (!bad.ok()) {
          error_ = ErrorText(bad);
          set({}, {});
        } else {
          v1::Ranking ranking = r.rates.message;
          v1::ShiftList list = r.shifts.message;
          // The ranking is limited to the team (or names everyone); the schedule follows it.
          std::set<std::string> members;
          for (const auto& e : ranking.entries()) members.insert(e.technician_id());
          if (by_team || !only.isEmpty()) {
            v1::ShiftList kept;
            for (const auto& s : list.shifts()) {
              const bool in = by_team ? members.contains(s.technician_id())
                                      : s.technician_id() == only.toStdString();
              if (in) *kept.add_shifts() = s;
            }
            list = std::move(kept);
          }
          if (!only.isEmpty()) {
            v1::Ranking one = ranking;
            one.clear_entries();
            for (const auto& e : ranking.entries()) {
              if (e.technician_id() == only.toStdString()) *one.add_entries() = e;
            }
            ranking = std::move(one);
          }
          set(list, ranking);
        }
        emit stateChanged();
      });
}

void ManagerAttendanceModel::set(const v1::ShiftList& shifts, const v1::Ranking& ranking) {
  beginResetModel();
  shifts_ = QList<v1::Shift>(shifts.shifts().begin(), shifts.shifts().end());
  ranking_ = ranking;
  endResetModel();
  emit scheduleChanged();
}

template <class Reply, class Call>
void ManagerAttendanceModel::Change(Call call, const QString& done_text) {
  OfficeSession* session = OfficeSession::instance();
  if (!session || !session->signedIn()) return;
  busy_ = true;
  message_.clear();
  import_errors_.clear();
  emit stateChanged();
  const Link link = Link::Of(*session);
  OfficeSession::Run(
      this, [link, call] { return call(link); },
      [this, done_text](const Reply& r) {
        busy_ = false;
        message_is_error_ = !r.status.ok();
        if (r.status.ok()) {
          message_ = done_text;
        } else {
          import_errors_ = ShiftImportErrors(r.status);
          message_ = import_errors_.isEmpty() ? ErrorText(r.status)
                                              : tr("Nothing was imported: fix these lines.");
        }
        emit stateChanged();
        emit changed(r.status.ok());
        if (r.status.ok()) load(query_);
      });
}

void ManagerAttendanceModel::saveShift(const QString& id, const QString& technicianId,
                                       const QString& date, const QString& start,
                                       const QString& end, const QString& reason) {
  const QTimeZone zone = Zone();
  const qint64 from = LocalMs(date, start, zone);
  qint64 to = LocalMs(date, end, zone);
  if (from < 0 || to < 0) {
    message_ = tr("Write the day as YYYY-MM-DD and the times as HH:MM.");
    message_is_error_ = true;
    emit stateChanged();
    emit changed(false);
    return;
  }
  // A night shift: an end at or before the start is on the next day.
  if (to <= from)
    to = LocalMs(QDate::fromString(date.trimmed(), Qt::ISODate).addDays(1).toString(Qt::ISODate),
                 end, zone);
  v1::SaveShiftRequest req;
  req.set_id(id.toStdString());
  req.set_technician_id(technicianId.toStdString());
  req.set_start_ms(from);
  req.set_end_ms(to);
  req.set_reason(reason.toStdString());
  Change<Reply<v1::Shift>>([req](const Link& link) { return CallSaveShift(link, req); },
                           id.isEmpty() ? tr("Shift added") : tr("Shift moved"));
}

void ManagerAttendanceModel::deleteShift(const QString& id, const QString& reason) {
  v1::DeleteShiftRequest req;
  req.set_id(id.toStdString());
  req.set_reason(reason.toStdString());
  Change<Reply<v1::Shift>>([req](const Link& link) { return CallDeleteShift(link, req); },
                           tr("Shift deleted"));
}

void ManagerAttendanceModel::setLeave(const QString& id, bool approved, const QString& reason) {
  v1::SetLeaveRequest req;
  req.set_id(id.toStdString());
  req.set_approved_leave(approved);
  req.set_reason(reason.toStdString());
  Change<Reply<v1::Shift>>([req](const Link& link) { return CallSetLeave(link, req); },
                           approved ? tr("Leave approved") : tr("Leave withdrawn"));
}

void ManagerAttendanceModel::importCsv(const QString& fileUrl) {
  const QString path = LocalPath(fileUrl);
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    message_ = tr("Could not read %1: %2").arg(path, file.errorString());
    message_is_error_ = true;
    import_errors_.clear();
    emit stateChanged();
    emit changed(false);
    return;
  }
  v1::ImportShiftsRequest req;
  req.set_csv(file.readAll().toStdString());
  OfficeSession* session = OfficeSession::instance();
  if (!session || !session->signedIn()) return;
  busy_ = true;
  message_.clear();
  import_errors_.clear();
  emit stateChanged();
  const Link link = Link::Of(*session);
  OfficeSession::Run(
      this, [link, req] { return CallImportShifts(link, req); },
      [this](const Reply<v1::ImportShiftsResponse>& r) {
        busy_ = false;
        message_is_error_ = !r.status.ok();
        if (r.status.ok()) {
          message_ = tr("Imported %n shift(s)", "", r.message.created());
        } else {
          import_errors_ = ShiftImportErrors(r.status);
          message_ = import_errors_.isEmpty() ? ErrorText(r.status)
                                              : tr("Nothing was imported: fix these lines.");
        }
        emit stateChanged();
        emit changed(r.status.ok());
        if (r.status.ok()) load(query_);
      });
}

void ManagerAttendanceModel::clearMessage() {
  message_.clear();
  import_errors_.clear();
  emit stateChanged();
}

}  // namespace fieldledger::office
