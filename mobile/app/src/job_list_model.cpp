#include "job_list_model.h"

#include <algorithm>

namespace fieldledger::app {

namespace {
constexpr qint64 kMinute = 60'000;
// The countdown turns amber when the window has this little time left.
constexpr qint64 kClosingSoon = 30 * kMinute;
}  // namespace

JobListModel::JobListModel(QObject* parent)
    : QAbstractListModel(parent), now_ms_(QDateTime::currentMSecsSinceEpoch()) {}

int JobListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QString JobListModel::DueState(qint64 now, qint64 start, qint64 end, bool arrived, bool done) {
  if (done) return QStringLiteral("done");
  if (arrived) return QStringLiteral("arrived");
  if (now < start) return QStringLiteral("upcoming");
  if (now > end) return QStringLiteral("late");
  if (end - now <= kClosingSoon) return QStringLiteral("closing");
  return QStringLiteral("open");
}

QString JobListModel::DurationText(qint64 ms) {
  const qint64 m = (std::max<qint64>(ms, 0) + kMinute - 1) / kMinute;
  if (m < 60) return QObject::tr("%1 min").arg(m);
  if (m % 60 == 0) return QObject::tr("%1 h").arg(m / 60);
  return QObject::tr("%1 h %2 min").arg(m / 60).arg(m % 60);
}

QString JobListModel::DueText(const QString& state, qint64 now, qint64 start, qint64 end) {
  const auto minutes = &JobListModel::DurationText;
  if (state == QLatin1String("done")) return QObject::tr("Completed");
  if (state == QLatin1String("arrived")) return QObject::tr("Arrived");
  if (state == QLatin1String("upcoming"))
    return QObject::tr("Opens in %1").arg(minutes(start - now));
  if (state == QLatin1String("late")) return QObject::tr("Late by %1").arg(minutes(now - end));
  return QObject::tr("Closes in %1").arg(minutes(end - now));
}

QVariant JobListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const auto& row = rows_[static_cast<std::size_t>(index.row())];
  const auto& j = row.job.job;
  const qint64 start = j.window().start_ms(), end = j.window().end_ms();
  const bool arrived = row.job.local_arrived_ms > 0 || j.arrived_ms() > 0;
  const bool done = j.status() == v1::JOB_STATUS_COMPLETED;
  switch (role) {
    case JobIdRole:
      return QString::fromStdString(j.id());
    case ReferenceRole:
      return QString::fromStdString(j.reference());
    case CustomerRole:
      return QString::fromStdString(j.customer_name());
    case AddressRole:
      return QString::fromStdString(j.site().address());
    case WindowTextRole: {
      const auto s = QDateTime::fromMSecsSinceEpoch(start, zone_);
      const auto e = QDateTime::fromMSecsSinceEpoch(end, zone_);
      return s.toString(QStringLiteral("HH:mm")) + QStringLiteral(" – ") +
             e.toString(QStringLiteral("HH:mm"));
    }
    case WindowStartRole:
      return QVariant::fromValue<qint64>(start);
    case WindowEndRole:
      return QVariant::fromValue<qint64>(end);
    case DueStateRole:
      return DueState(now_ms_, start, end, arrived, done);
    case DueTextRole:
      return DueText(DueState(now_ms_, start, end, arrived, done), now_ms_, start, end);
    case ArrivedRole:
      return arrived;
    case PendingSyncRole:
      return row.pending_sync;
    case Qt::DisplayRole:
      return QString::fromStdString(j.customer_name());
    default:
      return {};
  }
}

QHash<int, QByteArray> JobListModel::roleNames() const {
  return {{JobIdRole, "jobId"},
          {ReferenceRole, "reference"},
          {CustomerRole, "customer"},
          {AddressRole, "address"},
          {WindowTextRole, "windowText"},
          {WindowStartRole, "windowStart"},
          {WindowEndRole, "windowEnd"},
          {DueStateRole, "dueState"},
          {DueTextRole, "dueText"},
          {ArrivedRole, "arrived"},
          {PendingSyncRole, "pendingSync"}};
}

void JobListModel::setJobs(const std::vector<device::LocalJob>& jobs, QDate day,
                           const QTimeZone& zone, const QSet<QString>& pending_job_ids) {
  beginResetModel();
  zone_ = zone;
  rows_.clear();
  for (const auto& j : jobs) {
    const QDate start_day = QDateTime::fromMSecsSinceEpoch(j.job.window().start_ms(), zone).date();
    if (start_day != day) continue;
    rows_.push_back({j, pending_job_ids.contains(QString::fromStdString(j.job.id()))});
  }
  std::stable_sort(rows_.begin(), rows_.end(), [](const Row& a, const Row& b) {
    return a.job.job.window().start_ms() < b.job.job.window().start_ms();
  });
  endResetModel();
  emit countChanged();
}

void JobListModel::setNow(qint64 now_ms) {
  now_ms_ = now_ms;
  if (!rows_.empty()) {
    emit dataChanged(index(0), index(rowCount() - 1), {DueStateRole, DueTextRole});
  }
}

}  // namespace fieldledger::app
