#pragma once
// Service revenue of a period (QML `ManagerRevenueModel`, GetRevenue): the server-checked
// fees of completed jobs per technician; jobs whose device fee differed from the server's
// are left out of revenue and listed apart in `feeDifferences`.
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>

#include "fieldledger/v1/manager.pb.h"
#include "manager_export.h"

namespace fieldledger::office {

class FeeDifferenceModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by ManagerRevenueModel.feeDifferences")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  enum Role {
    TechnicianRole = Qt::UserRole + 1,
    ReferenceRole,
    ServerFeeRole,
    DeviceFeeRole,
    CheckRole
  };
  Q_ENUM(Role)
  struct Row {
    QString technician;
    v1::FeeDifference difference;
  };

  explicit FeeDifferenceModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  void set(QList<Row> rows);
  ExportTable table() const;

 signals:
  void countChanged();

 private:
  QList<Row> rows_;
};

class ManagerRevenueModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
  Q_PROPERTY(QString error READ error NOTIFY stateChanged)
  Q_PROPERTY(QString periodText READ periodText NOTIFY revenueChanged)
  Q_PROPERTY(QString totalText READ totalText NOTIFY revenueChanged)
  Q_PROPERTY(fieldledger::office::FeeDifferenceModel* feeDifferences READ feeDifferences CONSTANT)
  Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exported)

 public:
  enum Role {
    TechnicianIdRole = Qt::UserRole + 1,
    NameRole,
    TeamIdRole,
    RevenueRole,  // "¥1,234.00"
    RevenueFenRole,
    JobsRole,
    FeeDifferencesRole,  // how many were left out
  };
  Q_ENUM(Role)

  explicit ManagerRevenueModel(QObject* parent = nullptr);
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  bool loading() const { return loading_; }
  QString error() const { return error_; }
  QString periodText() const;
  QString totalText() const;
  FeeDifferenceModel* feeDifferences() { return &differences_; }
  QString exportMessage() const { return export_message_; }

  // Any period; a team scope lists that team, a technician scope only that technician.
  Q_INVOKABLE void load(const QVariantMap& query);
  Q_INVOKABLE void exportCsv(const QString& path);
  // Team id -> name (ManagerStaffModel.teamNames()): the exports name teams, not ids.
  Q_INVOKABLE void setTeamNames(const QVariantMap& names) { team_names_ = names; }
  Q_INVOKABLE void exportFeeDifferencesCsv(const QString& path);

  void set(const v1::Revenue& revenue, const QString& only_technician = {});
  ExportTable table() const;

 signals:
  void stateChanged();
  void revenueChanged();
  void exported(bool ok, const QString& path);

 private:
  void Report(bool ok, const QString& path, const QString& error);
  QString TeamName(const std::string& id) const {
    const QString key = QString::fromStdString(id);
    return team_names_.value(key, key).toString();
  }

  v1::Revenue revenue_;
  QList<v1::RevenueRow> rows_;
  QString only_technician_;
  FeeDifferenceModel differences_;
  int generation_ = 0;
  bool loading_ = false;
  QString error_;
  QString export_message_;
  QVariantMap team_names_;
};

}  // namespace fieldledger::office
