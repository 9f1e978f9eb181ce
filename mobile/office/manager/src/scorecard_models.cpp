#include "scorecard_models.h"

#include <QCoreApplication>
#include <QLocale>

#include "manager_text.h"

namespace fieldledger::office {
namespace {

const v1::GateCheck* CheckOf(const v1::Scorecard& card, v1::Metric metric) {
  for (const auto& c : card.bonus_gate().checks()) {
    if (c.metric() == metric) return &c;
  }
  return nullptr;
}

KpiListModel::Kpi Rate(const v1::Scorecard& card, const QString& key, v1::Metric metric,
                       const QString& title, const v1::RateFigure& r, QStringList detail) {
  KpiListModel::Kpi k;
  k.key = key;
  k.title = title;
  k.percent = PercentOf(r.numerator(), r.denominator());
  k.fraction = FractionOf(r.numerator(), r.denominator());
  k.has_value = r.denominator() > 0;
  k.value = k.has_value ? static_cast<double>(r.numerator()) / r.denominator() : 0.0;
  k.explainable = true;
  if (const v1::GateCheck* check = CheckOf(card, metric)) {
    k.gate = GateCode(check->status());
    k.target = QCoreApplication::translate("ManagerScorecard", "target %1")
                   .arg(PercentValue(check->target()));
  }
  k.detail = detail.join(QLatin1Char('\n'));
  return k;
}

KpiListModel::Kpi Duration(const QString& key, const QString& title, const v1::DurationFigures& d) {
  KpiListModel::Kpi k;
  k.key = key;
  k.title = title;
  k.has_value = d.has_value();
  k.percent = d.has_value() ? MinutesText(d.median_minutes())
                            : QCoreApplication::translate("ManagerScorecard", "No data");
  const int jobs = static_cast<int>(d.count());  // lupdate reads no casts in translate()
  k.fraction = QCoreApplication::translate("ManagerScorecard", "%n job(s)", "", jobs);
  if (d.has_value()) {
    k.detail = QCoreApplication::translate("ManagerScorecard", "median %1 · 90th percentile %2")
                   .arg(MinutesText(d.median_minutes()), MinutesText(d.p90_minutes()));
  }
  return k;
}

}  // namespace

const v1::RateFigure* FigureOf(const v1::Scorecard& card, const QString& key) {
  if (key == QLatin1String("on_time")) return &card.on_time().rate();
  if (key == QLatin1String("retention")) return &card.retention().rate();
  if (key == QLatin1String("satisfaction")) return &card.satisfaction().rate();
  if (key == QLatin1String("reach")) return &card.satisfaction().reach();
  if (key == QLatin1String("attendance")) return &card.attendance();
  if (key == QLatin1String("first_time_fix")) return &card.first_time_fix();
  return nullptr;
}

int KpiListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(kpis_.size());
}

QVariant KpiListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Kpi& k = kpis_[index.row()];
  switch (role) {
    case KeyRole:
      return k.key;
    case Qt::DisplayRole:
    case TitleRole:
      return k.title;
    case PercentRole:
      return k.percent;
    case FractionRole:
      return k.fraction;
    case HasValueRole:
      return k.has_value;
    case ValueRole:
      return k.value;
    case DetailRole:
      return k.detail;
    case TargetRole:
      return k.target;
    case GateRole:
      return k.gate;
    case ExplainableRole:
      return k.explainable;
    default:
      return {};
  }
}

QHash<int, QByteArray> KpiListModel::roleNames() const {
  return {{KeyRole, "key"},           {TitleRole, "title"},
          {PercentRole, "percent"},   {FractionRole, "fraction"},
          {HasValueRole, "hasValue"}, {ValueRole, "value"},
          {DetailRole, "detail"},     {TargetRole, "target"},
          {GateRole, "gate"},         {ExplainableRole, "explainable"}};
}

void KpiListModel::set(const v1::Scorecard& card) {
  beginResetModel();
  kpis_.clear();
  const auto& o = card.on_time();
  QStringList on_time{
      QCoreApplication::translate("ManagerScorecard",
                                  "early %1 · on time %2 · late %3 · no-show %4")
          .arg(o.early())
          .arg(o.on_time())
          .arg(o.late())
          .arg(o.no_show()),
      QCoreApplication::translate("ManagerScorecard",
                                  "excused %1 · pending %2 · unverified %3 · excluded %4")
          .arg(o.excused())
          .arg(o.pending())
          .arg(o.unverified())
          .arg(o.excluded())};
  if (o.has_minutes_late()) {
    on_time << QCoreApplication::translate("ManagerScorecard",
                                           "minutes late: median %1 · 90th percentile %2")
                   .arg(MinutesText(o.median_minutes_late()), MinutesText(o.p90_minutes_late()));
  }
  kpis_.append(Rate(card, QStringLiteral("on_time"), v1::METRIC_ON_TIME,
                    MetricText(v1::METRIC_ON_TIME), o.rate(), on_time));
  kpis_.append(Rate(
      card, QStringLiteral("retention"), v1::METRIC_RETENTION, MetricText(v1::METRIC_RETENTION),
      card.retention().rate(),
      {QCoreApplication::translate("ManagerScorecard", "pending %1 (retention window still open)")
           .arg(card.retention().pending())}));
  const auto& s = card.satisfaction();
  QStringList satisfaction;
  satisfaction << (s.has_mean_score()
                       ? QCoreApplication::translate("ManagerScorecard", "mean score %1 of 5")
                             .arg(QLocale().toString(s.mean_score(), 'f', 2))
                       : QCoreApplication::translate("ManagerScorecard", "mean score: no data"));
  const int answers = static_cast<int>(s.nps_responses());
  satisfaction << (s.has_nps() ? QCoreApplication::translate("ManagerScorecard",
                                                             "NPS %1 (%n answer(s))", "", answers)
                                     .arg(QLocale().toString(s.nps(), 'f', 0))
                               : QCoreApplication::translate("ManagerScorecard", "NPS: not asked"));
  satisfaction << QCoreApplication::translate("ManagerScorecard", "reached %1 of %2 call-backs")
                      .arg(s.reach().numerator())
                      .arg(s.reach().denominator());
  kpis_.append(Rate(card, QStringLiteral("satisfaction"), v1::METRIC_SATISFACTION,
                    MetricText(v1::METRIC_SATISFACTION), s.rate(), satisfaction));
  Kpi reach = Rate(card, QStringLiteral("reach"), v1::METRIC_UNSPECIFIED,
                   QCoreApplication::translate("ManagerScorecard", "Call-back reach"), s.reach(),
                   {QCoreApplication::translate("ManagerScorecard",
                                                "customers reached / call-backs attempted")});
  kpis_.append(reach);
  kpis_.append(Rate(
      card, QStringLiteral("attendance"), v1::METRIC_ATTENDANCE, MetricText(v1::METRIC_ATTENDANCE),
      card.attendance(),
      {QCoreApplication::translate("ManagerScorecard", "shifts attended / shifts scheduled")}));
  kpis_.append(Rate(card, QStringLiteral("first_time_fix"), v1::METRIC_FIRST_TIME_FIX,
                    MetricText(v1::METRIC_FIRST_TIME_FIX), card.first_time_fix(),
                    {QCoreApplication::translate("ManagerScorecard",
                                                 "resolved on the first visit / completed jobs")}));
  kpis_.append(Duration(QStringLiteral("response_time"),
                        QCoreApplication::translate("ManagerScorecard", "Response time"),
                        card.response_time()));
  kpis_.last().detail =
      (kpis_.last().detail.isEmpty() ? QString() : kpis_.last().detail + u'\n') +
      QCoreApplication::translate("ManagerScorecard", "job created → trusted arrival");
  kpis_.append(Duration(QStringLiteral("resolution_time"),
                        QCoreApplication::translate("ManagerScorecard", "Resolution time"),
                        card.resolution_time()));
  kpis_.last().detail = (kpis_.last().detail.isEmpty() ? QString() : kpis_.last().detail + u'\n') +
                        QCoreApplication::translate("ManagerScorecard", "job created → completed");
  endResetModel();
}

void KpiListModel::clear() {
  beginResetModel();
  kpis_.clear();
  endResetModel();
}

ExportTable KpiListModel::table() const {
  ExportTable t;
  t.title = QCoreApplication::translate("ManagerScorecard", "Scorecard");
  t.columns = {{QCoreApplication::translate("ManagerScorecard", "KPI")},
               {QCoreApplication::translate("ManagerScorecard", "Value")},
               {QCoreApplication::translate("ManagerScorecard", "Count")},
               {QCoreApplication::translate("ManagerScorecard", "Target")},
               {QCoreApplication::translate("ManagerScorecard", "Bonus gate")},
               {QCoreApplication::translate("ManagerScorecard", "Details")}};
  for (const Kpi& k : kpis_) {
    t.add({k.title, k.percent, k.fraction, k.target,
           k.gate.isEmpty() ? QString() : GateVerdictText(k.gate.toStdString()),
           QString(k.detail).replace(u'\n', QStringLiteral("; "))});
  }
  return t;
}

int ExplanationListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(items_.size());
}

QVariant ExplanationListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::JobExplanation& e = items_[index.row()];
  switch (role) {
    case JobIdRole:
      return QString::fromStdString(e.job_id());
    case Qt::DisplayRole:
    case ReferenceRole:
      return QString::fromStdString(e.reference().empty() ? e.job_id() : e.reference());
    case TechnicianIdRole:
      return QString::fromStdString(e.technician_id());
    case OutcomeRole:
      return OutcomeText(e.outcome());
    case SideRole:
      return SideText(e.in_numerator(), e.in_denominator());
    case InNumeratorRole:
      return e.in_numerator();
    case InDenominatorRole:
      return e.in_denominator();
    case ReasonRole:
      return ReasonText(e.reason());
    default:
      return {};
  }
}

QHash<int, QByteArray> ExplanationListModel::roleNames() const {
  return {{JobIdRole, "jobId"},
          {ReferenceRole, "reference"},
          {TechnicianIdRole, "technicianId"},
          {OutcomeRole, "outcome"},
          {SideRole, "side"},
          {InNumeratorRole, "inNumerator"},
          {InDenominatorRole, "inDenominator"},
          {ReasonRole, "reason"}};
}

void ExplanationListModel::set(
    const google::protobuf::RepeatedPtrField<v1::JobExplanation>& items) {
  beginResetModel();
  items_ = QList<v1::JobExplanation>(items.begin(), items.end());
  endResetModel();
  emit countChanged();
}

void ExplanationListModel::clear() {
  beginResetModel();
  items_.clear();
  endResetModel();
  emit countChanged();
}

ExportTable ExplanationTable(const v1::Scorecard& card, const QHash<QString, QString>& names) {
  ExportTable t;
  t.title = QCoreApplication::translate("ManagerScorecard", "Explanations");
  t.columns = {{QCoreApplication::translate("ManagerScorecard", "KPI")},
               {QCoreApplication::translate("ManagerScorecard", "Job")},
               {QCoreApplication::translate("ManagerScorecard", "Technician")},
               {QCoreApplication::translate("ManagerScorecard", "Outcome")},
               {QCoreApplication::translate("ManagerScorecard", "Counts in")},
               {QCoreApplication::translate("ManagerScorecard", "Reason")}};
  const QList<std::pair<QString, QString>> keys = {
      {QStringLiteral("on_time"), MetricText(v1::METRIC_ON_TIME)},
      {QStringLiteral("retention"), MetricText(v1::METRIC_RETENTION)},
      {QStringLiteral("satisfaction"), MetricText(v1::METRIC_SATISFACTION)},
      {QStringLiteral("reach"), QCoreApplication::translate("ManagerScorecard", "Call-back reach")},
      {QStringLiteral("attendance"), MetricText(v1::METRIC_ATTENDANCE)},
      {QStringLiteral("first_time_fix"), MetricText(v1::METRIC_FIRST_TIME_FIX)}};
  for (const auto& [key, title] : keys) {
    for (const auto& e : FigureOf(card, key)->explanations()) {
      t.add({title, QString::fromStdString(e.reference().empty() ? e.job_id() : e.reference()),
             names.value(QString::fromStdString(e.technician_id()),
                         QString::fromStdString(e.technician_id())),
             OutcomeText(e.outcome()), SideText(e.in_numerator(), e.in_denominator()),
             ReasonText(e.reason())});
    }
  }
  return t;
}

ExportTable GateTable(const v1::Scorecard& card) {
  ExportTable t;
  t.title = card.bonus_gate().passed()
                ? QCoreApplication::translate("ManagerScorecard", "Bonus gate: passed")
                : QCoreApplication::translate("ManagerScorecard", "Bonus gate: not passed");
  t.columns = {{QCoreApplication::translate("ManagerScorecard", "Metric")},
               {QCoreApplication::translate("ManagerScorecard", "Rate"), ColumnKind::kRate},
               {QCoreApplication::translate("ManagerScorecard", "Target"), ColumnKind::kRate},
               {QCoreApplication::translate("ManagerScorecard", "Verdict")}};
  for (const auto& c : card.bonus_gate().checks()) {
    t.add({MetricText(c.metric()), c.has_rate() ? QVariant(c.rate()) : QVariant(),
           QVariant(c.target()), GateVerdictText(c.status())});
  }
  return t;
}

}  // namespace fieldledger::office
