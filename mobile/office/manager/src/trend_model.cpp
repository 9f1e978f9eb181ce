#include "trend_model.h"

#include "language.h"
#include "manager_query.h"
#include "manager_rpc.h"
#include "manager_text.h"
#include "office_errors.h"

namespace fieldledger::office {

ManagerTrendModel::ManagerTrendModel(QObject* parent) : QAbstractListModel(parent) {
  // Every text is worded in data() and the properties: read them again.
  app::OnLanguageChange(this, [this] {
    beginResetModel();
    endResetModel();
    emit trendChanged();
  });
}

int ManagerTrendModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : trend_.points_size();
}

QVariant ManagerTrendModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::TrendPoint& p = trend_.points(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
      return QString::fromStdString(p.period().label());
    case SuccessesRole:
      return static_cast<qint64>(p.successes());
    case TrialsRole:
      return static_cast<qint64>(p.trials());
    case FractionRole:
      return FractionOf(p.successes(), p.trials());
    case HasRateRole:
      return p.has_rate();
    case RateRole:
      return p.rate();
    case RateTextRole:
      return PercentOf(p.successes(), p.trials());
    default:
      return {};
  }
}

QHash<int, QByteArray> ManagerTrendModel::roleNames() const {
  return {{LabelRole, "label"},       {SuccessesRole, "successes"}, {TrialsRole, "trials"},
          {FractionRole, "fraction"}, {HasRateRole, "hasRate"},     {RateRole, "rate"},
          {RateTextRole, "rateText"}};
}

QString ManagerTrendModel::metricTitle() const { return MetricText(trend_.metric()); }

QString ManagerTrendModel::targetText() const {
  return trend_.has_target() ? PercentValue(trend_.target()) : QString();
}

QString ManagerTrendModel::computedAtText() const {
  const OfficeSession* s = OfficeSession::instance();
  return InstantText(trend_.computed_at_ms(), s ? s->zone() : QTimeZone::utc());
}

QVariantList ManagerTrendModel::points() const {
  QVariantList out;
  for (const auto& p : trend_.points()) {
    out.append(QVariantMap{{QStringLiteral("label"), QString::fromStdString(p.period().label())},
                           {QStringLiteral("hasRate"), p.has_rate()},
                           {QStringLiteral("rate"), p.rate()},
                           {QStringLiteral("text"), PercentOf(p.successes(), p.trials())}});
  }
  return out;
}

void ManagerTrendModel::load(const QString& metric, const QString& kind, int count,
                             const QVariantMap& query) {
  OfficeSession* session = OfficeSession::instance();
  if (!session || !session->signedIn()) return;
  const ManagerQuery q = QueryFromMap(query);
  v1::TrendRequest req;
  req.set_metric(MetricFromKey(metric));
  req.set_kind(kind == QLatin1String("month") ? v1::PERIOD_KIND_MONTH : v1::PERIOD_KIND_ISO_WEEK);
  req.set_count(count);
  if (q.anchor.isValid()) req.set_anchor_date(q.anchor.toString(Qt::ISODate).toStdString());
  if (q.scope_kind == QLatin1String("technician")) {
    req.set_technician_id(q.scope_id.toStdString());
  } else if (q.scope_kind == QLatin1String("team")) {
    req.set_team_id(q.scope_id.toStdString());
  } else {
    req.set_company(true);
  }
  const int generation = ++generation_;
  loading_ = true;
  error_.clear();
  emit stateChanged();
  const Link link = Link::Of(*session);
  OfficeSession::Run(
      this, [link, req] { return CallTrend(link, req); },
      [this, generation](const Reply<v1::Trend>& r) {
        if (generation != generation_) return;
        loading_ = false;
        if (r.status.ok()) {
          set(r.message);
        } else {
          error_ = ErrorText(r.status);
          set(v1::Trend{});
        }
        emit stateChanged();
      });
}

void ManagerTrendModel::set(const v1::Trend& trend) {
  beginResetModel();
  trend_ = trend;
  endResetModel();
  emit trendChanged();
}

ExportTable ManagerTrendModel::table() const {
  ExportTable t;
  t.title = tr("Trend %1").arg(metricTitle());
  t.columns = {{tr("Period")},
               {tr("Successes"), ColumnKind::kCount},
               {tr("Trials"), ColumnKind::kCount},
               {tr("Rate"), ColumnKind::kRate},
               {tr("Target"), ColumnKind::kRate}};
  for (const auto& p : trend_.points()) {
    t.add({QString::fromStdString(p.period().label()), static_cast<qint64>(p.successes()),
           static_cast<qint64>(p.trials()), p.has_rate() ? QVariant(p.rate()) : QVariant(),
           trend_.has_target() ? QVariant(trend_.target()) : QVariant()});
  }
  return t;
}

void ManagerTrendModel::exportCsv(const QString& path) {
  const QString file = LocalPath(path);
  QString error;
  const bool ok = WriteCsv(table(), file, &error);
  export_message_ = ok ? tr("Saved %1").arg(file) : tr("Could not save %1: %2").arg(file, error);
  emit exported(ok, file);
}

}  // namespace fieldledger::office
