#include "call_queue_model.h"

#include "job_kinds_wire.h"

namespace fieldledger::office {

QString JobTypeName(v1::JobType t) {
  const auto type = v1::FromWire(t);
  return type ? QString::fromLatin1(fieldledger::JobTypeName(*type)) : QString();
}

QString CallBackStatusName(v1::CallBackStatus s) {
  switch (s) {
    case v1::CALL_BACK_STATUS_NOT_DUE:
      return QStringLiteral("not_due");
    case v1::CALL_BACK_STATUS_DUE:
      return QStringLiteral("due");
    case v1::CALL_BACK_STATUS_RETRY_WAITING:
      return QStringLiteral("retry_waiting");
    case v1::CALL_BACK_STATUS_RETRY_DUE:
      return QStringLiteral("retry_due");
    case v1::CALL_BACK_STATUS_REACHED:
      return QStringLiteral("reached");
    case v1::CALL_BACK_STATUS_UNREACHABLE:
      return QStringLiteral("unreachable");
    case v1::CALL_BACK_STATUS_WRONG_NUMBER:
      return QStringLiteral("wrong_number");
    default:
      return {};
  }
}

int CallQueueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QVariant CallQueueModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
    return {};
  }
  const v1::QueueEntry& e = entries_[static_cast<std::size_t>(index.row())];
  const auto s = [](const std::string& v) { return QString::fromStdString(v); };
  switch (role) {
    case Qt::DisplayRole:
    case ReferenceRole:
      return s(e.reference());
    case JobIdRole:
      return s(e.job_id());
    case JobTypeRole:
      return JobTypeName(e.job_type());
    case CustomerNameRole:
      return s(e.customer_name());
    case CustomerPhoneRole:
      return s(e.customer_phone());
    case TechnicianIdRole:
      return s(e.technician_id());
    case TechnicianNameRole:
      return s(e.technician_name());
    case TeamIdRole:
      return s(e.team_id());
    case ProductRole:
      return s(e.product());
    case CompletedMsRole:
      return QVariant::fromValue<qint64>(e.completed_ms());
    case DueMsRole:
      return QVariant::fromValue<qint64>(e.due_ms());
    case DeadlineMsRole:
      return QVariant::fromValue<qint64>(e.deadline_ms());
    case OverdueRole:
      return e.overdue();
    case AttemptsRole:
      return e.attempts();
    case StatusRole:
      return CallBackStatusName(e.status());
    case ClaimedByIdRole:
      return s(e.claimed_by_id());
    case ClaimedByNameRole:
      return s(e.claimed_by_name());
    case ClaimExpiresMsRole:
      return QVariant::fromValue<qint64>(e.claim_expires_ms());
    default:
      return {};
  }
}

QHash<int, QByteArray> CallQueueModel::roleNames() const {
  return {{JobIdRole, "jobId"},
          {ReferenceRole, "reference"},
          {JobTypeRole, "jobType"},
          {CustomerNameRole, "customerName"},
          {CustomerPhoneRole, "customerPhone"},
          {TechnicianIdRole, "technicianId"},
          {TechnicianNameRole, "technicianName"},
          {TeamIdRole, "teamId"},
          {ProductRole, "product"},
          {CompletedMsRole, "completedMs"},
          {DueMsRole, "dueMs"},
          {DeadlineMsRole, "deadlineMs"},
          {OverdueRole, "overdue"},
          {AttemptsRole, "attempts"},
          {StatusRole, "status"},
          {ClaimedByIdRole, "claimedById"},
          {ClaimedByNameRole, "claimedByName"},
          {ClaimExpiresMsRole, "claimExpiresMs"}};
}

void CallQueueModel::SetEntries(std::vector<v1::QueueEntry> entries) {
  // A reset is honest and cheap at queue sizes (a few hundred rows); the view keeps the
  // current visit by job id, not by row.
  const bool count_changes = entries.size() != entries_.size();
  beginResetModel();
  entries_ = std::move(entries);
  endResetModel();
  if (count_changes) emit countChanged();
}

int CallQueueModel::indexOf(const QString& job_id) const {
  const std::string id = job_id.toStdString();
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].job_id() == id) return static_cast<int>(i);
  }
  return -1;
}

QString CallQueueModel::jobIdAt(int row) const {
  if (row < 0 || row >= rowCount()) return {};
  return QString::fromStdString(entries_[static_cast<std::size_t>(row)].job_id());
}

}  // namespace fieldledger::office
