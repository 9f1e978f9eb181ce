#pragma once
// A job's whole history for the detail page, one row per entry in time order, with
// titles and details in the current language (server details are language-free).
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QTimeZone>

#include "fieldledger/v1/dispatch.pb.h"

namespace fieldledger::office {

class JobHistoryModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by DispatcherBoard")
  Q_PROPERTY(int count READ count NOTIFY countChanged)
 public:
  enum Role {
    KindRole = Qt::UserRole + 1,  // "created", "audit", "on_my_way", "arrived", ...
    ActionRole,
    TitleRole,
    AtTextRole,
    ByRole,
    DetailRole,
    ReasonRole,
    PositionTextRole,
    VerifiedRole,
    SignatureRole,  // data: URL of the signature PNG, empty when none
  };
  Q_ENUM(Role)
  explicit JobHistoryModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  int count() const { return history_.entries_size(); }

  void setZone(const QTimeZone& zone) { zone_ = zone; }
  void reset(v1::JobHistory history);
  void clear() { reset({}); }

 signals:
  void countChanged();

 private:
  QString Title(const v1::HistoryEntry& e) const;
  QString Detail(const v1::HistoryEntry& e) const;
  v1::JobHistory history_;
  QTimeZone zone_ = QTimeZone::utc();
};

}  // namespace fieldledger::office
