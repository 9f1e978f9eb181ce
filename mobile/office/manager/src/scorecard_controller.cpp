#include "scorecard_controller.h"

#include "language.h"
#include "manager_rpc.h"
#include "manager_text.h"
#include "office_errors.h"

namespace fieldledger::office {
namespace {

struct CardResult {
  grpc::Status status;
  v1::Scorecard card;
  qint64 revenue_fen = 0;
  qint64 revenue_jobs = 0;
  QHash<QString, QString> names;  // technician id -> name, from the revenue rows
};

QTimeZone Zone() {
  const OfficeSession* s = OfficeSession::instance();
  return s ? s->zone() : QTimeZone::utc();
}

}  // namespace

ManagerScorecard::ManagerScorecard(QObject* parent)
    : QObject(parent), kpis_(this), explanations_(this) {
  // The KPI texts are worded when the card is set: word them again in the new language.
  app::OnLanguageChange(this, [this] {
    if (card_) kpis_.set(*card_);
    if (explained_ && !explained_key_.isEmpty()) ShowExplanation();
    emit cardChanged();
    emit explanationChanged();
  });
}

QString ManagerScorecard::scopeLabel() const {
  if (!card_) return {};
  // The server's English label names the person or team; the kind is worded here.
  const QString label = QString::fromStdString(card_->scope_label());
  if (query_.scope_kind == QLatin1String("company")) return tr("Whole company");
  if (label.startsWith(QLatin1String("Team "))) return tr("Team %1").arg(label.mid(5));
  if (label.startsWith(QLatin1String("Technician "))) return label.mid(11);
  return label;
}

QString ManagerScorecard::periodText() const {
  return card_ ? PeriodText(card_->period(), Zone()) : QString();
}

QString ManagerScorecard::policyVersion() const {
  return card_ ? QString::fromStdString(card_->policy_version()) : QString();
}

QString ManagerScorecard::computedAtText() const {
  return card_ ? InstantText(card_->computed_at_ms(), Zone()) : QString();
}

QVariantList ManagerScorecard::gateChecks() const {
  QVariantList out;
  if (!card_) return out;
  for (const auto& c : card_->bonus_gate().checks()) {
    out.append(QVariantMap{
        {QStringLiteral("metric"), MetricKey(c.metric())},
        {QStringLiteral("name"), MetricText(c.metric())},
        {QStringLiteral("status"), GateCode(c.status())},
        {QStringLiteral("statusText"), GateVerdictText(c.status())},
        {QStringLiteral("rateText"), c.has_rate() ? PercentValue(c.rate()) : tr("No data")},
        {QStringLiteral("targetText"), PercentValue(c.target())}});
  }
  return out;
}

QString ManagerScorecard::revenueText() const { return card_ ? YuanText(revenue_fen_) : QString(); }

QString ManagerScorecard::explainedTitle() const {
  for (const auto& k : kpis_.kpis()) {
    if (k.key == explained_key_) return k.title;
  }
  return {};
}

QString ManagerScorecard::explainedSummary() const {
  if (!explained_ || explained_key_.isEmpty()) return {};
  const v1::RateFigure* f = FigureOf(*explained_, explained_key_);
  if (!f) return {};
  return tr("%1 = %2 / %3 (numerator / denominator)")
      .arg(PercentOf(f->numerator(), f->denominator()))
      .arg(f->numerator())
      .arg(f->denominator());
}

QString ManagerScorecard::explainedAtText() const {
  return explained_ ? InstantText(explained_->computed_at_ms(), Zone()) : QString();
}

void ManagerScorecard::load(const QVariantMap& query) {
  OfficeSession* session = OfficeSession::instance();
  if (!session || !session->signedIn()) return;
  query_ = QueryFromMap(query);
  const int generation = ++generation_;
  loading_ = true;
  error_.clear();
  explained_.reset();
  explained_key_.clear();
  explanations_.clear();
  emit stateChanged();
  emit explanationChanged();
  const Link link = Link::Of(*session);
  const v1::ScorecardRequest req = MakeScorecardRequest(query_, session->zone(), false);
  const ManagerQuery q = query_;
  OfficeSession::Run(
      this,
      [link, req, q] {
        CardResult r;
        auto card = CallScorecard(link, req);
        r.status = card.status;
        r.card = std::move(card.message);
        if (!r.status.ok()) return r;
        v1::RevenueRequest rev;
        *rev.mutable_period() = req.period();
        rev.set_team_id(TeamFilter(q));
        const auto revenue = CallRevenue(link, rev);
        if (!revenue.status.ok()) {
          r.status = revenue.status;
          return r;
        }
        for (const auto& row : revenue.message.rows()) {
          r.names.insert(QString::fromStdString(row.technician_id()),
                         QString::fromStdString(row.technician_name()));
          if (q.scope_kind == QLatin1String("technician") &&
              row.technician_id() != q.scope_id.toStdString()) {
            continue;
          }
          r.revenue_fen += row.revenue_fen();
          r.revenue_jobs += row.jobs();
        }
        return r;
      },
      [this, generation](const CardResult& r) {
        if (generation != generation_) return;  // a newer request replaced this one
        loading_ = false;
        if (r.status.ok()) {
          card_ = r.card;
          revenue_fen_ = r.revenue_fen;
          revenue_jobs_ = r.revenue_jobs;
          names_ = r.names;
          kpis_.set(*card_);
        } else {
          error_ = ErrorText(r.status);
          card_.reset();
          kpis_.clear();
        }
        emit stateChanged();
        emit cardChanged();
      });
}

void ManagerScorecard::WithExplained(std::function<void(const v1::Scorecard&)> then) {
  if (explained_) {
    then(*explained_);
    return;
  }
  OfficeSession* session = OfficeSession::instance();
  if (!session || !session->signedIn() || !card_) return;
  const Link link = Link::Of(*session);
  v1::ScorecardRequest req = MakeScorecardRequest(query_, session->zone(), true);
  // The explanation is of the card on screen: the same instant, so the jobs add up to it.
  req.set_as_of_ms(card_->computed_at_ms());
  const int generation = generation_;
  explain_loading_ = true;
  emit explanationChanged();
  OfficeSession::Run(
      this, [link, req] { return CallScorecard(link, req); },
      [this, generation, then = std::move(then)](const Reply<v1::Scorecard>& r) {
        if (generation != generation_) return;
        explain_loading_ = false;
        if (r.status.ok()) {
          explained_ = r.message;
          then(*explained_);
        } else {
          error_ = ErrorText(r.status);
          emit stateChanged();
        }
        emit explanationChanged();
      });
}

void ManagerScorecard::explain(const QString& key) {
  if (!card_ || !FigureOf(*card_, key)) return;
  explained_key_ = key;
  emit explanationChanged();
  WithExplained([this](const v1::Scorecard&) { ShowExplanation(); });
}

void ManagerScorecard::ShowExplanation() {
  if (const v1::RateFigure* f = explained_ ? FigureOf(*explained_, explained_key_) : nullptr) {
    explanations_.set(f->explanations());
  } else {
    explanations_.clear();
  }
  emit explanationChanged();
}

void ManagerScorecard::closeExplanation() {
  explained_key_.clear();
  explanations_.clear();
  emit explanationChanged();
}

void ManagerScorecard::Report(bool ok, const QString& path, const QString& error) {
  export_message_ = ok ? tr("Saved %1").arg(path) : tr("Could not save %1: %2").arg(path, error);
  emit exported(ok, path);
}

void ManagerScorecard::exportExplanationsCsv(const QString& path) {
  const QString file = LocalPath(path);
  WithExplained([this, file](const v1::Scorecard& card) {
    QString error;
    const bool ok = WriteCsv(ExplanationTable(card, names_), file, &error);
    Report(ok, file, error);
  });
}

ExportDocument ManagerScorecard::Document(const v1::Scorecard& explained) const {
  ExportDocument doc;
  doc.title = tr("Scorecard: %1").arg(scopeLabel());
  doc.facts << tr("Period: %1").arg(periodText())
            << tr("Scoring policy %1 · computed %2").arg(policyVersion(), computedAtText())
            << tr("Service revenue: %1 from %n job(s)", "", revenueJobs()).arg(revenueText())
            << (gatePassed() ? tr("Bonus gate: passed, every gated metric met its target")
                             : tr("Bonus gate: not passed"));
  doc.tables << kpis_.table() << GateTable(*card_) << ExplanationTable(explained, names_);
  return doc;
}

void ManagerScorecard::exportPdf(const QString& path) {
  const QString file = LocalPath(path);
  WithExplained([this, file](const v1::Scorecard& explained) {
    QString error;
    const bool ok = WritePdf({Document(explained)}, file, &error);
    Report(ok, file, error);
  });
}

}  // namespace fieldledger::office
