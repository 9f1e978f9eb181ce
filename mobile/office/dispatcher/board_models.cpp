#include "board_models.h"

#include <QDateTime>
#include <algorithm>

#include "board_texts.h"

namespace fieldledger::office {
namespace {

QString Q(const std::string& s) { return QString::fromStdString(s); }

bool IsOpen(const v1::Job& j) {
  return j.status() != v1::JOB_STATUS_COMPLETED && j.status() != v1::JOB_STATUS_CANCELLED;
}

}  // namespace

// --- BoardJobsModel -----------------------------------------------------------------

int BoardJobsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant BoardJobsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const BoardRow& r = rows_[static_cast<std::size_t>(index.row())];
  const v1::Job& j = r.job.job();
  switch (role) {
    case JobIdRole:
      return Q(j.id());
    case Qt::DisplayRole:
    case ReferenceRole:
      return Q(j.reference());
    case CustomerRole:
      return Q(j.customer_name());
    case PhoneRole:
      return Q(j.customer_phone());
    case AddressRole:
      return Q(j.site().address());
    case TechnicianIdRole:
      return Q(j.technician_id());
    case TechnicianNameRole:
      return Q(j.technician_name());
    case TeamIdRole:
      return Q(r.job.team_id());
    case TeamNameRole:
      return r.team_name;
    case WindowStartRole:
      return QVariant::fromValue<qint64>(j.window().start_ms());
    case WindowEndRole:
      return QVariant::fromValue<qint64>(j.window().end_ms());
    case WindowTextRole:
      return ClockText(j.window().start_ms(), zone_) + QStringLiteral("–") +
             ClockText(j.window().end_ms(), zone_);
    case StateKeyRole:
      return StateKey(r.state.kind);
    case StateTextRole:
      return r.state_text;
    case ArrivedRole:
      return QVariant::fromValue<qint64>(j.arrived_ms());
    case OnMyWayRole:
      return QVariant::fromValue<qint64>(r.job.on_my_way_ms());
    case CompletedRole:
      return QVariant::fromValue<qint64>(j.completed_ms());
    case ExcusedRole:
      return r.job.excused();
    case CancelReasonRole:
      return Q(r.job.cancel_reason());
    case ProductRole:
      return Q(j.product());
    case AtRiskRole:
      return !r.alerts.empty();
    case OpenRole:
      return IsOpen(j);
    default:
      return {};
  }
}

QHash<int, QByteArray> BoardJobsModel::roleNames() const {
  return {{JobIdRole, "jobId"},
          {ReferenceRole, "reference"},
          {CustomerRole, "customer"},
          {PhoneRole, "phone"},
          {AddressRole, "address"},
          {TechnicianIdRole, "technicianId"},
          {TechnicianNameRole, "technicianName"},
          {TeamIdRole, "teamId"},
          {TeamNameRole, "teamName"},
          {WindowStartRole, "windowStart"},
          {WindowEndRole, "windowEnd"},
          {WindowTextRole, "windowText"},
          {StateKeyRole, "stateKey"},
          {StateTextRole, "stateText"},
          {ArrivedRole, "arrivedMs"},
          {OnMyWayRole, "onMyWayMs"},
          {CompletedRole, "completedMs"},
          {ExcusedRole, "excused"},
          {CancelReasonRole, "cancelReason"},
          {ProductRole, "product"},
          {AtRiskRole, "atRisk"},
          {OpenRole, "open"}};
}

void BoardJobsModel::reset(std::vector<BoardRow> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
}

int BoardJobsModel::indexOf(const QString& job_id) const {
  const std::string id = job_id.toStdString();
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    if (rows_[i].job.job().id() == id) return static_cast<int>(i);
  }
  return -1;
}

void BoardJobsModel::upsert(BoardRow row, bool keep) {
  const int i = indexOf(Q(row.job.job().id()));
  if (i >= 0 && keep) {
    rows_[static_cast<std::size_t>(i)] = std::move(row);
    emit dataChanged(index(i), index(i));
  } else if (i >= 0) {
    beginRemoveRows({}, i, i);
    rows_.erase(rows_.begin() + i);
    endRemoveRows();
  } else if (keep) {
    const int n = rowCount();
    beginInsertRows({}, n, n);
    rows_.push_back(std::move(row));
    endInsertRows();
  }
}

void BoardJobsModel::refreshAll(const std::vector<BoardRow>& rows) {
  if (rows.size() != rows_.size()) {
    reset(rows);
    return;
  }
  rows_ = rows;
  if (!rows_.empty()) emit dataChanged(index(0), index(rowCount() - 1));
}

// --- JobFilterModel -----------------------------------------------------------------

JobFilterModel::JobFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
  setDynamicSortFilter(true);
  connect(this, &QAbstractItemModel::rowsInserted, this, &JobFilterModel::countChanged);
  connect(this, &QAbstractItemModel::rowsRemoved, this, &JobFilterModel::countChanged);
  connect(this, &QAbstractItemModel::modelReset, this, &JobFilterModel::countChanged);
  connect(this, &QAbstractItemModel::layoutChanged, this, &JobFilterModel::countChanged);
  sort(0);
}

void JobFilterModel::Apply() {
  invalidate();
  sort(0, ascending_ ? Qt::AscendingOrder : Qt::DescendingOrder);
  emit filterChanged();
  emit countChanged();
}

void JobFilterModel::setTeam(const QString& v) {
  if (v == team_) return;
  team_ = v;
  Apply();
}
void JobFilterModel::setTechnicianId(const QString& v) {
  if (v == technician_) return;
  technician_ = v;
  Apply();
}
void JobFilterModel::setState(const QString& v) {
  if (v == state_) return;
  state_ = v;
  Apply();
}
void JobFilterModel::setSearch(const QString& v) {
  if (v == search_) return;
  search_ = v;
  Apply();
}
void JobFilterModel::setSortKey(const QString& v) {
  if (v == sort_key_) return;
  sort_key_ = v;
  Apply();
}
void JobFilterModel::setAscending(bool v) {
  if (v == ascending_) return;
  ascending_ = v;
  Apply();
}

QString JobFilterModel::jobIdAt(int row) const {
  return data(index(row, 0), BoardJobsModel::JobIdRole).toString();
}

bool JobFilterModel::filterAcceptsRow(int source_row, const QModelIndex& source_parent) const {
  const QModelIndex i = sourceModel()->index(source_row, 0, source_parent);
  const auto text = [&](int role) { return i.data(role).toString(); };
  if (!team_.isEmpty() && text(BoardJobsModel::TeamIdRole) != team_) return false;
  if (!technician_.isEmpty() && text(BoardJobsModel::TechnicianIdRole) != technician_) return false;
  if (!state_.isEmpty()) {
    // "risk" is the alerts' filter; every other value is a state key.
    if (state_ == QLatin1String("risk")) {
      if (!i.data(BoardJobsModel::AtRiskRole).toBool()) return false;
    } else if (text(BoardJobsModel::StateKeyRole) != state_) {
      return false;
    }
  }
  const QString needle = search_.trimmed();
  if (needle.isEmpty()) return true;
  for (int role : {BoardJobsModel::ReferenceRole, BoardJobsModel::CustomerRole,
                   BoardJobsModel::PhoneRole, BoardJobsModel::AddressRole}) {
    if (text(role).contains(needle, Qt::CaseInsensitive)) return true;
  }
  // Phone numbers are typed without the spaces they are stored with.
  QString phone = text(BoardJobsModel::PhoneRole);
  phone.remove(QLatin1Char(' '));
  return phone.contains(QString(needle).remove(QLatin1Char(' ')));
}

bool JobFilterModel::lessThan(const QModelIndex& l, const QModelIndex& r) const {
  const auto key = [&](const QModelIndex& i) -> QVariant {
    if (sort_key_ == QLatin1String("reference")) return i.data(BoardJobsModel::ReferenceRole);
    if (sort_key_ == QLatin1String("customer")) return i.data(BoardJobsModel::CustomerRole);
    if (sort_key_ == QLatin1String("technician")) return i.data(BoardJobsModel::TechnicianNameRole);
    if (sort_key_ == QLatin1String("state")) return i.data(BoardJobsModel::StateTextRole);
    return i.data(BoardJobsModel::WindowStartRole);
  };
  const QVariant a = key(l), b = key(r);
  if (a.typeId() == QMetaType::LongLong) {
    if (a.toLongLong() != b.toLongLong()) return a.toLongLong() < b.toLongLong();
  } else {
    const int c = QString::localeAwareCompare(a.toString(), b.toString());
    if (c != 0) return c < 0;
  }
  // Ties by window start, then reference, so the order never flickers.
  const qint64 sa = l.data(BoardJobsModel::WindowStartRole).toLongLong();
  const qint64 sb = r.data(BoardJobsModel::WindowStartRole).toLongLong();
  if (sa != sb) return sa < sb;
  return l.data(BoardJobsModel::ReferenceRole).toString() <
         r.data(BoardJobsModel::ReferenceRole).toString();
}

// --- TechnicianRowsModel ------------------------------------------------------------

int TechnicianRowsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(techs_.size());
}

QVariant TechnicianRowsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const v1::BoardTechnician& t = techs_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case TechnicianIdRole:
      return Q(t.id());
    case Qt::DisplayRole:
    case NameRole:
      return Q(t.display_name());
    case TeamNameRole:
      return Q(t.team_name());
    case LastSyncedMsRole:
      return QVariant::fromValue<qint64>(t.last_synced_ms());
    case LastSyncedTextRole: {
      if (t.last_synced_ms() <= 0) return tr("phone never synced");
      const QDateTime at = QDateTime::fromMSecsSinceEpoch(t.last_synced_ms(), zone_);
      const QDateTime now = QDateTime::fromMSecsSinceEpoch(now_, zone_);
      // Another day's sync says which day, so "09:12" is never read as today's.
      return at.date() == now.date()
                 ? tr("synced %1").arg(at.toString(QStringLiteral("HH:mm")))
                 : tr("synced %1").arg(QLocale().toString(at, QLocale::ShortFormat));
    }
    case PhoneQuietRole:
      return now_ - t.last_synced_ms() > quiet_after_;
    case BarsRole: {
      QVariantList bars;
      if (!jobs_) return bars;
      for (const BoardRow& r : *jobs_) {
        const v1::Job& j = r.job.job();
        if (j.technician_id() != t.id()) continue;
        bars.append(QVariantMap{
            {QStringLiteral("jobId"), Q(j.id())},
            {QStringLiteral("reference"), Q(j.reference())},
            {QStringLiteral("customer"), Q(j.customer_name())},
            {QStringLiteral("start"), QVariant::fromValue<qint64>(j.window().start_ms())},
            {QStringLiteral("end"), QVariant::fromValue<qint64>(j.window().end_ms())},
            {QStringLiteral("arrived"), QVariant::fromValue<qint64>(j.arrived_ms())},
            {QStringLiteral("onMyWay"), QVariant::fromValue<qint64>(r.job.on_my_way_ms())},
            {QStringLiteral("completed"), QVariant::fromValue<qint64>(j.completed_ms())},
            {QStringLiteral("stateKey"), StateKey(r.state.kind)},
            {QStringLiteral("stateText"), r.state_text},
            {QStringLiteral("open"), IsOpen(j)},
        });
      }
      return bars;
    }
    default:
      return {};
  }
}

QHash<int, QByteArray> TechnicianRowsModel::roleNames() const {
  return {{TechnicianIdRole, "technicianId"},
          {NameRole, "name"},
          {TeamNameRole, "teamName"},
          {LastSyncedMsRole, "lastSyncedMs"},
          {LastSyncedTextRole, "lastSyncedText"},
          {PhoneQuietRole, "phoneQuiet"},
          {BarsRole, "bars"}};
}

void TechnicianRowsModel::reset(std::vector<v1::BoardTechnician> technicians,
                                const std::vector<BoardRow>* jobs, TimeMs now,
                                DurationMs quiet_after) {
  beginResetModel();
  techs_ = std::move(technicians);
  jobs_ = jobs;
  now_ = now;
  quiet_after_ = quiet_after;
  endResetModel();
}

const v1::BoardTechnician* TechnicianRowsModel::find(const std::string& id) const {
  for (const auto& t : techs_) {
    if (t.id() == id) return &t;
  }
  return nullptr;
}

void TechnicianRowsModel::upsert(const v1::BoardTechnician& t) {
  for (std::size_t i = 0; i < techs_.size(); ++i) {
    if (techs_[i].id() == t.id()) {
      techs_[i] = t;
      emit dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
      return;
    }
  }
  const int n = rowCount();
  beginInsertRows({}, n, n);
  techs_.push_back(t);
  endInsertRows();
}

void TechnicianRowsModel::refresh(TimeMs now) {
  now_ = now;
  if (!techs_.empty()) emit dataChanged(index(0), index(rowCount() - 1));
}

// --- AlertsModel --------------------------------------------------------------------

int AlertsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(items_.size());
}

QVariant AlertsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const Item& it = items_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case JobIdRole:
      return it.job_id;
    case Qt::DisplayRole:
    case ReferenceRole:
      return it.reference;
    case TechnicianNameRole:
      return it.technician;
    case CustomerRole:
      return it.customer;
    case ReasonTextRole:
      return AlertText(it.alert, zone_);
    case ReasonKeyRole:
      switch (it.alert.reason) {
        case AlertReason::kNotSetOff:
          return QStringLiteral("not_set_off");
        case AlertReason::kTravelTooLong:
          return QStringLiteral("travel");
        case AlertReason::kPhoneQuiet:
          return QStringLiteral("quiet");
      }
      return {};
    case LeftMsRole:
      return QVariant::fromValue<qint64>(it.alert.left_ms);
    default:
      return {};
  }
}

QHash<int, QByteArray> AlertsModel::roleNames() const {
  return {{JobIdRole, "jobId"},
          {ReferenceRole, "reference"},
          {TechnicianNameRole, "technicianName"},
          {CustomerRole, "customer"},
          {ReasonTextRole, "reasonText"},
          {ReasonKeyRole, "reasonKey"},
          {LeftMsRole, "leftMs"}};
}

void AlertsModel::rebuild(const std::vector<BoardRow>& rows) {
  beginResetModel();
  items_.clear();
  for (const BoardRow& r : rows) {
    const v1::Job& j = r.job.job();
    for (const Alert& a : r.alerts) {
      items_.push_back(
          {Q(j.id()), Q(j.reference()), Q(j.technician_name()), Q(j.customer_name()), a});
    }
  }
  // Most urgent first: the least time left; at equal time, the more serious reason.
  std::stable_sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) {
    if (a.alert.left_ms != b.alert.left_ms) return a.alert.left_ms < b.alert.left_ms;
    return static_cast<int>(a.alert.reason) < static_cast<int>(b.alert.reason);
  });
  endResetModel();
  emit countChanged();
}

}  // namespace fieldledger::office
