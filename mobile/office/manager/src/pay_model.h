#pragma once
// A month's pay (QML `ManagerPayModel`, GetMonthPay): one row per technician with revenue,
// base, revenue share, metric bonus, rank rewards and total; detail(row) has the payslip
// line by line, the bonus gate check by check and the fee differences left out of
// revenue. Exports: CSV of the pay table, an Excel workbook of the month, a PDF payslip.
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>

#include "fieldledger/v1/manager.pb.h"
#include "manager_export.h"

namespace fieldledger::office {

class ManagerPayModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
  Q_PROPERTY(QString error READ error NOTIFY stateChanged)
  Q_PROPERTY(QString periodText READ periodText NOTIFY payChanged)
  Q_PROPERTY(QString payPolicyVersion READ payPolicyVersion NOTIFY payChanged)
  Q_PROPERTY(QString scoringPolicyVersion READ scoringPolicyVersion NOTIFY payChanged)
  Q_PROPERTY(QString computedAtText READ computedAtText NOTIFY payChanged)
  Q_PROPERTY(QString totalText READ totalText NOTIFY payChanged)
  Q_PROPERTY(int feeDifferenceCount READ feeDifferenceCount NOTIFY payChanged)
  Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exported)

 public:
  enum Role {
    TechnicianIdRole = Qt::UserRole + 1,
    NameRole,
    TeamIdRole,
    RevenueRole,  // texts in yuan: "¥1,234.00"
    RevenueJobsRole,
    BaseRole,
    ShareRole,
    BonusRole,
    RankRewardsRole,
    TotalRole,
    TotalFenRole,
    BonusEarnedRole,
    GateSummaryRole,     // "every gated metric met" or the failures, translated
    FeeDifferencesRole,  // how many
  };
  Q_ENUM(Role)

  explicit ManagerPayModel(QObject* parent = nullptr);
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  bool loading() const { return loading_; }
  QString error() const { return error_; }
  QString periodText() const;
  QString payPolicyVersion() const { return QString::fromStdString(pay_.pay_policy_version()); }
  QString scoringPolicyVersion() const {
    return QString::fromStdString(pay_.scoring_policy_version());
  }
  QString computedAtText() const;
  QString totalText() const;
  int feeDifferenceCount() const;
  QString exportMessage() const { return export_message_; }

  // The month containing query.anchor; a team scope pays that team only.
  Q_INVOKABLE void load(const QVariantMap& query);
  // {name, total, bonusEarned, lines: [{kind, text, amount, server}], gate: [{metric,
  //  name, fraction, percent, target, verdict, verdictText}], feeDifferences: [{reference,
  //  server, device, check}]}
  Q_INVOKABLE QVariantMap detail(int row) const;
  Q_INVOKABLE int rowOf(const QString& technician_id) const;
  Q_INVOKABLE void exportCsv(const QString& path);
  // Team id -> name (ManagerStaffModel.teamNames()): the exports name teams, not ids.
  Q_INVOKABLE void setTeamNames(const QVariantMap& names) { team_names_ = names; }
  Q_INVOKABLE void exportXlsx(const QString& path);
  // One technician's payslip; row -1: every technician, one page each.
  Q_INVOKABLE void exportPayslipPdf(int row, const QString& path);

  void set(const v1::MonthPay& pay);
  // The tables every export is made of.
  ExportTable PayTable() const;
  ExportTable LinesTable() const;
  ExportTable GateTable() const;
  ExportTable FeeDifferenceTable() const;
  ExportDocument Payslip(int row) const;

 signals:
  void stateChanged();
  void payChanged();
  void exported(bool ok, const QString& path);

 private:
  qint64 Sum(const v1::TechnicianPay& t, const char* kind) const;
  QString GateSummary(const v1::TechnicianPay& t) const;
  void Report(bool ok, const QString& path, const QString& error);
  QString TeamName(const std::string& id) const {
    const QString key = QString::fromStdString(id);
    return team_names_.value(key, key).toString();
  }

  v1::MonthPay pay_;
  int generation_ = 0;
  bool loading_ = false;
  QString error_;
  QString export_message_;
  QVariantMap team_names_;
};

}  // namespace fieldledger::office
