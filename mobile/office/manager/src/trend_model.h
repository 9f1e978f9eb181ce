#pragma once
// A KPI's trend (QML `ManagerTrendModel`, GetTrend): one point per ISO week or month for
// the last 6 or 12 periods of the company, a team or a technician, oldest first, with the
// scoring policy's target for the chart's target line.
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>

#include "fieldledger/v1/manager.pb.h"
#include "manager_export.h"

namespace fieldledger::office {

class ManagerTrendModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
  Q_PROPERTY(QString error READ error NOTIFY stateChanged)
  Q_PROPERTY(QString metricTitle READ metricTitle NOTIFY trendChanged)
  Q_PROPERTY(bool hasTarget READ hasTarget NOTIFY trendChanged)
  Q_PROPERTY(double target READ target NOTIFY trendChanged)
  Q_PROPERTY(QString targetText READ targetText NOTIFY trendChanged)
  Q_PROPERTY(QString policyVersion READ policyVersion NOTIFY trendChanged)
  Q_PROPERTY(QString computedAtText READ computedAtText NOTIFY trendChanged)
  // [{label, hasRate, rate, text}] for the chart, oldest first.
  Q_PROPERTY(QVariantList points READ points NOTIFY trendChanged)
  Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exported)

 public:
  enum Role {
    LabelRole = Qt::UserRole + 1,  // "2026-W48", "2026-11"
    SuccessesRole,
    TrialsRole,
    FractionRole,
    HasRateRole,
    RateRole,      // 0..1
    RateTextRole,  // "92%", "No data"
  };
  Q_ENUM(Role)

  explicit ManagerTrendModel(QObject* parent = nullptr);
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  bool loading() const { return loading_; }
  QString error() const { return error_; }
  QString metricTitle() const;
  bool hasTarget() const { return trend_.has_target(); }
  double target() const { return trend_.target(); }
  QString targetText() const;
  QString policyVersion() const { return QString::fromStdString(trend_.policy_version()); }
  QString computedAtText() const;
  QVariantList points() const;
  QString exportMessage() const { return export_message_; }

  // kind: "week" or "month"; count: how many periods ending with the query's anchor;
  // the query's scope (company, team or technician).
  Q_INVOKABLE void load(const QString& metric, const QString& kind, int count,
                        const QVariantMap& query);
  Q_INVOKABLE void exportCsv(const QString& path);

  void set(const v1::Trend& trend);
  ExportTable table() const;

 signals:
  void stateChanged();
  void trendChanged();
  void exported(bool ok, const QString& path);

 private:
  v1::Trend trend_;
  int generation_ = 0;
  bool loading_ = false;
  QString error_;
  QString export_message_;
};

}  // namespace fieldledger::office
