#pragma once
// The technician's jobs for one day, in order of their arrival window, with the
// countdown state the list shows (upcoming, open, closing, late, arrived, done).
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QDateTime>
#include <QTimeZone>
#include <vector>

#include "local_store.h"

namespace fieldledger::app {

class JobListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by Session.jobs")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  enum Role {
    JobIdRole = Qt::UserRole + 1,
    ReferenceRole,
    CustomerRole,
    AddressRole,
    WindowTextRole,
    WindowStartRole,
    WindowEndRole,
    DueStateRole,  // "upcoming" | "open" | "closing" | "late" | "arrived" | "done"
    DueTextRole,   // "opens in 40 min", "closes in 12 min", "late by 5 min", ...
    ArrivedRole,
    PendingSyncRole,
  };
  Q_ENUM(Role)

  explicit JobListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // Replaces the rows with the jobs whose window starts on `day` in `zone`.
  void setJobs(const std::vector<device::LocalJob>& jobs, QDate day, const QTimeZone& zone,
               const QSet<QString>& pending_job_ids);
  // Recomputes countdowns against `now` (called by a timer).
  void setNow(qint64 now_ms);

  static QString DueState(qint64 now, qint64 start, qint64 end, bool arrived, bool done);
  // "25 min", "4 h 24 min": whole minutes, rounded up.
  static QString DurationText(qint64 ms);
  static QString DueText(const QString& state, qint64 now, qint64 start, qint64 end);

 signals:
  void countChanged();

 private:
  struct Row {
    device::LocalJob job;
    bool pending_sync = false;
  };
  std::vector<Row> rows_;
  QTimeZone zone_;
  qint64 now_ms_ = 0;
};

}  // namespace fieldledger::app
