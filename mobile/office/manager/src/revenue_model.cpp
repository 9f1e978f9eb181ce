#include "revenue_model.h"

#include "language.h"
#include "manager_query.h"
#include "manager_rpc.h"
#include "manager_text.h"
#include "office_errors.h"

namespace fieldledger::office {
namespace {

QTimeZone Zone() {
  const OfficeSession* s = OfficeSession::instance();
  return s ? s->zone() : QTimeZone::utc();
}

}  // namespace

int FeeDifferenceModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant FeeDifferenceModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Row& r = rows_[index.row()];
  switch (role) {
    case TechnicianRole:
      return r.technician;
    case Qt::DisplayRole:
    case ReferenceRole:
      return QString::fromStdString(r.difference.reference());
    case ServerFeeRole:
      return YuanText(r.difference.server_fen());
    case DeviceFeeRole:
      return YuanText(r.difference.device_fen());
    case CheckRole:
      return FeeCheckText(r.difference.check_code(), r.difference.check());
    default:
      return {};
  }
}

QHash<int, QByteArray> FeeDifferenceModel::roleNames() const {
  return {{TechnicianRole, "technician"},
          {ReferenceRole, "reference"},
          {ServerFeeRole, "serverFee"},
          {DeviceFeeRole, "deviceFee"},
          {CheckRole, "check"}};
}

void FeeDifferenceModel::set(QList<Row> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
  emit countChanged();
}

ExportTable FeeDifferenceModel::table() const {
  ExportTable t;
  t.title = tr("Fee differences");
  t.columns = {{tr("Technician")},
               {tr("Job")},
               {tr("Server fee"), ColumnKind::kYuan},
               {tr("Device fee"), ColumnKind::kYuan},
               {tr("Check")}};
  for (const Row& r : rows_) {
    t.add({r.technician, QString::fromStdString(r.difference.reference()),
           static_cast<qint64>(r.difference.server_fen()),
           static_cast<qint64>(r.difference.device_fen()),
           FeeCheckText(r.difference.check_code(), r.difference.check())});
  }
  return t;
}

ManagerRevenueModel::ManagerRevenueModel(QObject* parent)
    : QAbstractListModel(parent), differences_(this) {
  // Every text is worded in data() and the properties: read them again.
  app::OnLanguageChange(this, [this] { set(revenue_, only_technician_); });
}

int ManagerRevenueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant ManagerRevenueModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::RevenueRow& r = rows_[index.row()];
  switch (role) {
    case TechnicianIdRole:
      return QString::fromStdString(r.technician_id());
    case Qt::DisplayRole:
    case NameRole:
      return QString::fromStdString(r.technician_name());
    case TeamIdRole:
      return QString::fromStdString(r.team_id());
    case RevenueRole:
      return YuanText(r.revenue_fen());
    case RevenueFenRole:
      return static_cast<qint64>(r.revenue_fen());
    case JobsRole:
      return static_cast<qint64>(r.jobs());
    case FeeDifferencesRole:
      return r.fee_differences_size();
    default:
      return {};
  }
}

QHash<int, QByteArray> ManagerRevenueModel::roleNames() const {
  return {{TechnicianIdRole, "technicianId"},
          {NameRole, "name"},
          {TeamIdRole, "teamId"},
          {RevenueRole, "revenue"},
          {RevenueFenRole, "revenueFen"},
          {JobsRole, "jobs"},
          {FeeDifferencesRole, "feeDifferences"}};
}

QString ManagerRevenueModel::periodText() const { return PeriodText(revenue_.period(), Zone()); }

QString ManagerRevenueModel::totalText() const {
  qint64 total = 0;
  for (const auto& r : rows_) total += r.revenue_fen();
  return YuanText(total);
}

void ManagerRevenueModel::load(const QVariantMap& query) {
  OfficeSession* session = OfficeSession::instance();
  if (!session || !session->signedIn()) return;
  const ManagerQuery q = QueryFromMap(query);
  v1::RevenueRequest req;
  *req.mutable_period() = MakePeriod(q, session->zone());
  req.set_team_id(TeamFilter(q));
  const QString only = q.scope_kind == QLatin1String("technician") ? q.scope_id : QString();
  const int generation = ++generation_;
  loading_ = true;
  error_.clear();
  emit stateChanged();
  const Link link = Link::Of(*session);
  OfficeSession::Run(
      this, [link, req] { return CallRevenue(link, req); },
      [this, generation, only](const Reply<v1::Revenue>& r) {
        if (generation != generation_) return;
        loading_ = false;
        if (r.status.ok()) {
          set(r.message, only);
        } else {
          error_ = ErrorText(r.status);
          set(v1::Revenue{});
        }
        emit stateChanged();
      });
}

void ManagerRevenueModel::set(const v1::Revenue& revenue, const QString& only_technician) {
  beginResetModel();
  revenue_ = revenue;
  only_technician_ = only_technician;
  rows_.clear();
  QList<FeeDifferenceModel::Row> differences;
  for (const auto& r : revenue.rows()) {
    if (!only_technician.isEmpty() && QString::fromStdString(r.technician_id()) != only_technician)
      continue;
    rows_.append(r);
    for (const auto& d : r.fee_differences()) {
      differences.append({QString::fromStdString(r.technician_name()), d});
    }
  }
  endResetModel();
  differences_.set(std::move(differences));
  emit revenueChanged();
}

ExportTable ManagerRevenueModel::table() const {
  ExportTable t;
  t.title = tr("Service revenue %1").arg(QString::fromStdString(revenue_.period().label()));
  t.columns = {{tr("Technician")},
               {tr("Team")},
               {tr("Revenue"), ColumnKind::kYuan},
               {tr("Jobs"), ColumnKind::kCount},
               {tr("Fee differences left out"), ColumnKind::kCount}};
  for (const auto& r : rows_) {
    t.add({QString::fromStdString(r.technician_name()), TeamName(r.team_id()),
           static_cast<qint64>(r.revenue_fen()), static_cast<qint64>(r.jobs()),
           static_cast<qint64>(r.fee_differences_size())});
  }
  return t;
}

void ManagerRevenueModel::Report(bool ok, const QString& path, const QString& error) {
  export_message_ = ok ? tr("Saved %1").arg(path) : tr("Could not save %1: %2").arg(path, error);
  emit exported(ok, path);
}

void ManagerRevenueModel::exportCsv(const QString& path) {
  const QString file = LocalPath(path);
  QString error;
  Report(WriteCsv(table(), file, &error), file, error);
}

void ManagerRevenueModel::exportFeeDifferencesCsv(const QString& path) {
  const QString file = LocalPath(path);
  QString error;
  Report(WriteCsv(differences_.table(), file, &error), file, error);
}

}  // namespace fieldledger::office
