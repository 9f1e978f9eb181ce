#pragma once
// The call-back queue as QML sees it: one row per visit due for a call, in the server's
// order (oldest due first), with who holds a claim on it.
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <vector>

#include "fieldledger/v1/callbacks.pb.h"

namespace fieldledger::office {

class CallQueueModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("The call-back desk owns its queue")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  enum Role {
    JobIdRole = Qt::UserRole + 1,
    ReferenceRole,
    JobTypeRole,  // "repair", "installation", "maintenance"
    CustomerNameRole,
    CustomerPhoneRole,
    TechnicianIdRole,
    TechnicianNameRole,
    TeamIdRole,
    ProductRole,
    CompletedMsRole,
    DueMsRole,
    DeadlineMsRole,
    OverdueRole,
    AttemptsRole,
    StatusRole,  // "due", "retry_due", "unreachable", "wrong_number", ...
    ClaimedByIdRole,
    ClaimedByNameRole,
    ClaimExpiresMsRole,
  };
  Q_ENUM(Role)

  explicit CallQueueModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // Replaces the rows; rows whose job id stays keep their place in the view.
  void SetEntries(std::vector<v1::QueueEntry> entries);
  const std::vector<v1::QueueEntry>& entries() const { return entries_; }
  Q_INVOKABLE int indexOf(const QString& job_id) const;
  Q_INVOKABLE QString jobIdAt(int row) const;

 signals:
  void countChanged();

 private:
  std::vector<v1::QueueEntry> entries_;
};

QString JobTypeName(v1::JobType t);
QString CallBackStatusName(v1::CallBackStatus s);

}  // namespace fieldledger::office
