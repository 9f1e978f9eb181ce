#pragma once
// Whom the manager can look at: the company, each team and each technician, as the
// filter bar's scope list and the pickers of the attendance and assessment tabs (QML
// `ManagerStaffModel`), from StaffService.ListStaff: the company's teams and its enabled
// technicians (office users are not scopes).
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QHash>

#include "fieldledger/v1/staff.pb.h"

namespace fieldledger::office {

class ManagerStaffModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
  Q_PROPERTY(QString error READ error NOTIFY stateChanged)

 public:
  enum Role { KindRole = Qt::UserRole + 1, ScopeIdRole, NameRole, TeamIdRole, LabelRole };
  Q_ENUM(Role)

  struct Entry {
    QString kind;  // "company", "team", "technician"
    QString id;
    QString name;
    QString team_id;
  };

  explicit ManagerStaffModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  bool loading() const { return loading_; }
  QString error() const { return error_; }

  // Fetches the people through the signed-in OfficeSession.
  Q_INVOKABLE void load();
  // A technician's or team's display name by id; the id itself when unknown.
  Q_INVOKABLE QString nameOf(const QString& id) const;
  Q_INVOKABLE QString teamNameOf(const QString& team_id) const;
  // Team id -> name, for the exports of the pay and revenue tables.
  Q_INVOKABLE QVariantMap teamNames() const;
  Q_INVOKABLE int indexOf(const QString& kind, const QString& id) const;
  // The kind and id of a row, for the filter bar's query.
  Q_INVOKABLE QString kindAt(int row) const;
  Q_INVOKABLE QString idAt(int row) const;

  // Technicians only, as {id, name, teamId}, by name: the pickers' list.
  Q_INVOKABLE QVariantList technicians() const;

  // Builds the list from a ListStaff answer (used by load() and tests).
  void set(const v1::Staff& staff);

 signals:
  void stateChanged();
  void loaded();

 private:
  QList<Entry> entries_;
  QHash<QString, QString> names_;
  bool loading_ = false;
  QString error_;
};

}  // namespace fieldledger::office
