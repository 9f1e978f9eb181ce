#pragma once
// The scorecard's two lists: every KPI of the card (KpiListModel) and the jobs behind one
// rate, each with the side it is on and the reason (ExplanationListModel).
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QTimeZone>

#include "fieldledger/v1/scoring.pb.h"
#include "manager_export.h"

namespace fieldledger::office {

class KpiListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by ManagerScorecard.kpis")

 public:
  enum Role {
    KeyRole = Qt::UserRole + 1,
    TitleRole,
    PercentRole,   // "92%", "No data"; a duration's median for the time KPIs
    FractionRole,  // "23/25"; "12 jobs" for the time KPIs
    HasValueRole,
    ValueRole,   // 0..1 for rates
    DetailRole,  // the breakdown, one line per fact
    TargetRole,  // "target 90%", empty when the policy sets none
    GateRole,    // "met", "missed", "no_data" when gated, else empty
    ExplainableRole,
  };
  Q_ENUM(Role)

  struct Kpi {
    QString key, title, percent, fraction;
    bool has_value = false;
    double value = 0;
    QString detail, target, gate;
    bool explainable = false;
  };

  explicit KpiListModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  void set(const v1::Scorecard& card);
  void clear();
  const QList<Kpi>& kpis() const { return kpis_; }
  ExportTable table() const;

 private:
  QList<Kpi> kpis_;
};

class ExplanationListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by ManagerScorecard.explanations")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  enum Role {
    JobIdRole = Qt::UserRole + 1,
    ReferenceRole,
    TechnicianIdRole,
    OutcomeRole,  // translated outcome ("late", "excused" ...)
    SideRole,     // translated side ("denominator only" ...)
    InNumeratorRole,
    InDenominatorRole,
    ReasonRole,  // the engine's reason, translated
  };
  Q_ENUM(Role)

  explicit ExplanationListModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  void set(const google::protobuf::RepeatedPtrField<v1::JobExplanation>& items);
  void clear();

 signals:
  void countChanged();

 private:
  QList<v1::JobExplanation> items_;
};

// The figure behind a KPI key ("on_time", "reach" ...); nullptr for keys without one.
const v1::RateFigure* FigureOf(const v1::Scorecard& card, const QString& key);
// Every explanation of the card as one table: metric, job, technician (named from `names`,
// technician id -> name, else the id), outcome, side, reason.
ExportTable ExplanationTable(const v1::Scorecard& card, const QHash<QString, QString>& names = {});
// The bonus gate as a table: metric, rate, target, verdict.
ExportTable GateTable(const v1::Scorecard& card);

}  // namespace fieldledger::office
