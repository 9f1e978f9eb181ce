#pragma once
// The manager's scorecard (QML `ManagerScorecard`): one scope and period fetched with
// GetScorecard, every KPI in `kpis`, the bonus gate check by check, the scope's service
// revenue (GetRevenue), and on a click the jobs behind one rate (GetScorecard with
// explain=true, fetched once per card and kept for the other rates and the exports).
#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QVariantList>
#include <optional>

#include "manager_query.h"
#include "scorecard_models.h"

namespace fieldledger::office {

class ManagerScorecard : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
  Q_PROPERTY(QString error READ error NOTIFY stateChanged)
  Q_PROPERTY(bool hasCard READ hasCard NOTIFY cardChanged)
  Q_PROPERTY(QString scopeLabel READ scopeLabel NOTIFY cardChanged)
  Q_PROPERTY(QString periodText READ periodText NOTIFY cardChanged)
  Q_PROPERTY(QString policyVersion READ policyVersion NOTIFY cardChanged)
  Q_PROPERTY(QString computedAtText READ computedAtText NOTIFY cardChanged)
  Q_PROPERTY(bool gatePassed READ gatePassed NOTIFY cardChanged)
  // [{metric, name, status, statusText, rateText, targetText}]
  Q_PROPERTY(QVariantList gateChecks READ gateChecks NOTIFY cardChanged)
  Q_PROPERTY(QString revenueText READ revenueText NOTIFY cardChanged)
  Q_PROPERTY(int revenueJobs READ revenueJobs NOTIFY cardChanged)
  Q_PROPERTY(fieldledger::office::KpiListModel* kpis READ kpis CONSTANT)
  Q_PROPERTY(fieldledger::office::ExplanationListModel* explanations READ explanations CONSTANT)
  Q_PROPERTY(QString explainedKey READ explainedKey NOTIFY explanationChanged)
  Q_PROPERTY(QString explainedTitle READ explainedTitle NOTIFY explanationChanged)
  Q_PROPERTY(QString explainedSummary READ explainedSummary NOTIFY explanationChanged)
  Q_PROPERTY(QString explainedAtText READ explainedAtText NOTIFY explanationChanged)
  Q_PROPERTY(bool explainLoading READ explainLoading NOTIFY explanationChanged)
  Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exported)

 public:
  explicit ManagerScorecard(QObject* parent = nullptr);

  bool loading() const { return loading_; }
  QString error() const { return error_; }
  bool hasCard() const { return card_.has_value(); }
  QString scopeLabel() const;
  QString periodText() const;
  QString policyVersion() const;
  QString computedAtText() const;
  bool gatePassed() const { return card_ && card_->bonus_gate().passed(); }
  QVariantList gateChecks() const;
  QString revenueText() const;
  int revenueJobs() const { return static_cast<int>(revenue_jobs_); }
  KpiListModel* kpis() { return &kpis_; }
  ExplanationListModel* explanations() { return &explanations_; }
  QString explainedKey() const { return explained_key_; }
  QString explainedTitle() const;
  QString explainedSummary() const;
  QString explainedAtText() const;
  bool explainLoading() const { return explain_loading_; }
  QString exportMessage() const { return export_message_; }

  // query: {scopeKind, scopeId, periodKind, anchor, from, to} (see QueryFromMap).
  Q_INVOKABLE void load(const QVariantMap& query);
  // Shows the jobs behind one KPI ("on_time", "retention", "satisfaction", "reach",
  // "attendance", "first_time_fix"), fetching the explained card on first use.
  Q_INVOKABLE void explain(const QString& key);
  Q_INVOKABLE void closeExplanation();
  // Exports (path: a file:// URL or a local path). The explained card is fetched first
  // when it is not at hand; `exported` reports the outcome.
  Q_INVOKABLE void exportExplanationsCsv(const QString& path);
  Q_INVOKABLE void exportPdf(const QString& path);

  // The document the PDF export writes: the card, its gate and every explanation.
  ExportDocument Document(const v1::Scorecard& explained) const;

 signals:
  void stateChanged();
  void cardChanged();
  void explanationChanged();
  void exported(bool ok, const QString& path);

 private:
  void ShowExplanation();
  // Runs `then` with the explained card, fetching it first when needed.
  void WithExplained(std::function<void(const v1::Scorecard&)> then);
  void Report(bool ok, const QString& path, const QString& error);

  ManagerQuery query_;
  int generation_ = 0;
  bool loading_ = false;
  QString error_;
  std::optional<v1::Scorecard> card_;
  std::optional<v1::Scorecard> explained_;
  qint64 revenue_fen_ = 0;
  qint64 revenue_jobs_ = 0;
  QHash<QString, QString> names_;  // the exports name technicians, not ids
  KpiListModel kpis_;
  ExplanationListModel explanations_;
  QString explained_key_;
  bool explain_loading_ = false;
  QString export_message_;
};

}  // namespace fieldledger::office
