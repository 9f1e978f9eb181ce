#include "outbox_list_model.h"

#include <QHash>

#include "server_messages.h"
#include "when_text.h"

namespace fieldledger::app {

OutboxListModel::OutboxListModel(QObject* parent) : QAbstractListModel(parent) {}

int OutboxListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QString OutboxListModel::KindText(const QString& kind) {
  if (kind == QLatin1String("on_my_way")) return tr("On my way");
  if (kind == QLatin1String("check_in")) return tr("Arrival");
  if (kind == QLatin1String("work_recorded")) return tr("Work record");
  if (kind == QLatin1String("completed")) return tr("Completion and signature");
  if (kind == QLatin1String("discarded")) return tr("Discard of a rejected record");
  if (kind == QLatin1String("shift_check_in")) return tr("Start of shift");
  if (kind == QLatin1String("shift_check_out")) return tr("End of shift");
  if (kind == QLatin1String("self_assessment")) return tr("Self-assessment");
  return kind;
}

QVariant OutboxListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const Row& row = rows_[static_cast<std::size_t>(index.row())];
  const device::OutboxItem& item = row.item;
  switch (role) {
    case EventIdRole:
      return QString::fromStdString(item.event_id);
    case StateRole:
      return QString::fromLatin1(device::OutboxStateName(item.state));
    case KindRole:
      return QString::fromStdString(item.kind);
    case Qt::DisplayRole:
    case KindTextRole:
      return KindText(QString::fromStdString(item.kind));
    case JobIdRole:
      return QString::fromStdString(item.job_id);
    case ReferenceRole:
      return row.reference;
    case CustomerRole:
      return row.customer;
    case RecordedAtRole:
      return QVariant::fromValue<qint64>(item.event.clock().wall_time_ms());
    case TimeTextRole:
      return WhenText(item.event.clock().wall_time_ms(), zone_, now_ms_);
    case ReasonRole:
      // The server's reason in the technician's language (server_messages.h).
      return item.reason.empty() ? QString() : RejectionText(QString::fromStdString(item.reason));
    case SectionStartRole:
      return index.row() == 0 ||
             rows_[static_cast<std::size_t>(index.row() - 1)].item.state != item.state;
    default:
      return {};
  }
}

QHash<int, QByteArray> OutboxListModel::roleNames() const {
  return {{EventIdRole, "eventId"},
          {StateRole, "outboxState"},
          {KindRole, "kind"},
          {KindTextRole, "kindText"},
          {JobIdRole, "jobId"},
          {ReferenceRole, "reference"},
          {CustomerRole, "customer"},
          {RecordedAtRole, "recordedAt"},
          {TimeTextRole, "timeText"},
          {ReasonRole, "reason"},
          {SectionStartRole, "sectionStart"}};
}

void OutboxListModel::setItems(const std::vector<device::OutboxItem>& rejected,
                               const std::vector<device::OutboxItem>& pending,
                               const std::vector<device::LocalJob>& jobs, const QTimeZone& zone,
                               qint64 now_ms) {
  QHash<QString, const device::LocalJob*> by_id;
  for (const auto& j : jobs) by_id.insert(QString::fromStdString(j.job.id()), &j);
  std::vector<Row> rows;
  rows.reserve(rejected.size() + pending.size());
  for (const auto* list : {&rejected, &pending}) {
    for (const auto& item : *list) {
      Row row{item, QString::fromStdString(item.job_id), {}};
      if (const auto* j = by_id.value(row.reference)) {
        row.reference = QString::fromStdString(j->job.reference());
        row.customer = QString::fromStdString(j->job.customer_name());
      }
      rows.push_back(std::move(row));
    }
  }
  const auto same = [](const Row& a, const Row& b) {
    return a.item.event_id == b.item.event_id && a.item.state == b.item.state &&
           a.item.reason == b.item.reason && a.reference == b.reference && a.customer == b.customer;
  };
  const bool unchanged = zone == zone_ && rows.size() == rows_.size() &&
                         std::equal(rows.begin(), rows.end(), rows_.begin(), same);
  now_ms_ = now_ms;
  if (unchanged) return;
  const bool count_changed = rows.size() != rows_.size();
  beginResetModel();
  rows_ = std::move(rows);
  zone_ = zone;
  endResetModel();
  if (count_changed) emit countChanged();
}

void OutboxListModel::retranslate() {
  if (rows_.empty()) return;
  emit dataChanged(index(0), index(rowCount() - 1),
                   {KindTextRole, TimeTextRole, ReasonRole, Qt::DisplayRole});
}

}  // namespace fieldledger::app
