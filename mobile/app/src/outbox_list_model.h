#pragma once
// What the phone holds that the server has not accepted, for the Sync page: events
// the server rejected (with its reason, newest first), then events waiting to be sent
// (oldest first, the order they will go in). AppSession refills it after every sync
// and every local write.
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QTimeZone>
#include <vector>

#include "local_store.h"

namespace fieldledger::app {

class OutboxListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by Session.outbox")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  enum Role {
    EventIdRole = Qt::UserRole + 1,
    StateRole,     // "outboxState": "rejected" | "pending", the list's sections
    KindRole,      // the outbox kind: "check_in", "on_my_way", ...
    KindTextRole,  // the kind in the technician's words, translated
    JobIdRole,
    ReferenceRole,  // the job's reference, or its id when the job has left the phone
    CustomerRole,
    RecordedAtRole,  // device wall time, ms
    TimeTextRole,
    ReasonRole,  // the server's words, for rejected rows
    // The first row of its state: the page draws the section header in it (a ListView
    // section delegate cannot be created from a bound component in Qt 6.4).
    SectionStartRole,
  };
  Q_ENUM(Role)

  explicit OutboxListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // Replaces the rows. Nothing is reset when the rows are the same as before, so a
  // periodic sync that changed nothing keeps the list's scroll position.
  void setItems(const std::vector<device::OutboxItem>& rejected,
                const std::vector<device::OutboxItem>& pending,
                const std::vector<device::LocalJob>& jobs, const QTimeZone& zone, qint64 now_ms);
  // The language changed: the translated roles are read again.
  void retranslate();

  // The kind in the technician's words, for texts made in QML (the discard dialog).
  Q_INVOKABLE static QString KindText(const QString& kind);

 signals:
  void countChanged();

 private:
  struct Row {
    device::OutboxItem item;
    QString reference;
    QString customer;
  };
  std::vector<Row> rows_;
  QTimeZone zone_;
  qint64 now_ms_ = 0;
};

}  // namespace fieldledger::app
