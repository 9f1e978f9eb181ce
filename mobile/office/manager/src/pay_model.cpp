#include "pay_model.h"

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

ManagerPayModel::ManagerPayModel(QObject* parent) : QAbstractListModel(parent) {
  // Every text is worded in data() and the properties: read them again.
  app::OnLanguageChange(this, [this] {
    beginResetModel();
    endResetModel();
    emit payChanged();
  });
}

int ManagerPayModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : pay_.technicians_size();
}

qint64 ManagerPayModel::Sum(const v1::TechnicianPay& t, const char* kind) const {
  qint64 sum = 0;
  for (const auto& l : t.lines()) {
    if (l.kind() == kind) sum += l.amount_fen();
  }
  return sum;
}

QString ManagerPayModel::GateSummary(const v1::TechnicianPay& t) const {
  for (const auto& l : t.lines()) {
    if (l.kind() == "metric_bonus") return PayLineText(l, t, pay_.revenue_share_ppm());
  }
  return {};
}

QVariant ManagerPayModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::TechnicianPay& t = pay_.technicians(index.row());
  switch (role) {
    case TechnicianIdRole:
      return QString::fromStdString(t.technician_id());
    case Qt::DisplayRole:
    case NameRole:
      return QString::fromStdString(t.technician_name());
    case TeamIdRole:
      return QString::fromStdString(t.team_id());
    case RevenueRole:
      return YuanText(t.revenue_fen());
    case RevenueJobsRole:
      return static_cast<qint64>(t.revenue_jobs());
    case BaseRole:
      return YuanText(Sum(t, "base"));
    case ShareRole:
      return YuanText(Sum(t, "revenue_share"));
    case BonusRole:
      return YuanText(Sum(t, "metric_bonus"));
    case RankRewardsRole:
      return YuanText(Sum(t, "rank_reward"));
    case TotalRole:
      return YuanText(t.total_fen());
    case TotalFenRole:
      return static_cast<qint64>(t.total_fen());
    case BonusEarnedRole:
      return t.bonus_earned();
    case GateSummaryRole:
      return GateSummary(t);
    case FeeDifferencesRole:
      return t.fee_differences_size();
    default:
      return {};
  }
}

QHash<int, QByteArray> ManagerPayModel::roleNames() const {
  return {{TechnicianIdRole, "technicianId"},
          {NameRole, "name"},
          {TeamIdRole, "teamId"},
          {RevenueRole, "revenue"},
          {RevenueJobsRole, "revenueJobs"},
          {BaseRole, "base"},
          {ShareRole, "share"},
          {BonusRole, "bonus"},
          {RankRewardsRole, "rankRewards"},
          {TotalRole, "total"},
          {TotalFenRole, "totalFen"},
          {BonusEarnedRole, "bonusEarned"},
          {GateSummaryRole, "gateSummary"},
          {FeeDifferencesRole, "feeDifferences"}};
}

QString ManagerPayModel::periodText() const { return PeriodText(pay_.period(), Zone()); }

QString ManagerPayModel::computedAtText() const {
  return InstantText(pay_.computed_at_ms(), Zone());
}

QString ManagerPayModel::totalText() const {
  qint64 total = 0;
  for (const auto& t : pay_.technicians()) total += t.total_fen();
  return YuanText(total);
}

int ManagerPayModel::feeDifferenceCount() const {
  int n = 0;
  for (const auto& t : pay_.technicians()) n += t.fee_differences_size();
  return n;
}

void ManagerPayModel::load(const QVariantMap& query) {
  OfficeSession* session = OfficeSession::instance();
  if (!session || !session->signedIn()) return;
  const ManagerQuery q = QueryFromMap(query);
  v1::MonthPayRequest req;
  req.set_anchor_date(
      (q.anchor.isValid() ? q.anchor : QDate::currentDate()).toString(Qt::ISODate).toStdString());
  req.set_team_id(TeamFilter(q));
  const int generation = ++generation_;
  loading_ = true;
  error_.clear();
  emit stateChanged();
  const Link link = Link::Of(*session);
  OfficeSession::Run(
      this, [link, req] { return CallMonthPay(link, req); },
      [this, generation](const Reply<v1::MonthPay>& r) {
        if (generation != generation_) return;
        loading_ = false;
        if (r.status.ok()) {
          set(r.message);
        } else {
          error_ = ErrorText(r.status);
          set(v1::MonthPay{});
        }
        emit stateChanged();
      });
}

void ManagerPayModel::set(const v1::MonthPay& pay) {
  beginResetModel();
  pay_ = pay;
  endResetModel();
  emit payChanged();
}

int ManagerPayModel::rowOf(const QString& technician_id) const {
  for (int i = 0; i < pay_.technicians_size(); ++i) {
    if (QString::fromStdString(pay_.technicians(i).technician_id()) == technician_id) return i;
  }
  return -1;
}

QVariantMap ManagerPayModel::detail(int row) const {
  if (row < 0 || row >= pay_.technicians_size()) return {};
  const v1::TechnicianPay& t = pay_.technicians(row);
  QVariantList lines, gate, differences;
  for (const auto& l : t.lines()) {
    lines.append(QVariantMap{{QStringLiteral("kind"), QString::fromStdString(l.kind())},
                             {QStringLiteral("text"), PayLineText(l, t, pay_.revenue_share_ppm())},
                             {QStringLiteral("amount"), YuanText(l.amount_fen())},
                             {QStringLiteral("server"), QString::fromStdString(l.explanation())}});
  }
  for (const auto& g : t.gate()) {
    gate.append(QVariantMap{{QStringLiteral("metric"), MetricKey(g.metric())},
                            {QStringLiteral("name"), MetricText(g.metric())},
                            {QStringLiteral("fraction"), FractionOf(g.successes(), g.trials())},
                            {QStringLiteral("percent"), PercentOf(g.successes(), g.trials())},
                            {QStringLiteral("target"), TargetPpmText(g.target_ppm())},
                            {QStringLiteral("verdict"), QString::fromStdString(g.verdict())},
                            {QStringLiteral("verdictText"), GateVerdictText(g.verdict())}});
  }
  for (const auto& d : t.fee_differences()) {
    differences.append(
        QVariantMap{{QStringLiteral("reference"), QString::fromStdString(d.reference())},
                    {QStringLiteral("server"), YuanText(d.server_fen())},
                    {QStringLiteral("device"), YuanText(d.device_fen())},
                    {QStringLiteral("check"), FeeCheckText(d.check_code(), d.check())}});
  }
  return {{QStringLiteral("name"), QString::fromStdString(t.technician_name())},
          {QStringLiteral("total"), YuanText(t.total_fen())},
          {QStringLiteral("bonusEarned"), t.bonus_earned()},
          {QStringLiteral("lines"), lines},
          {QStringLiteral("gate"), gate},
          {QStringLiteral("feeDifferences"), differences}};
}

ExportTable ManagerPayModel::PayTable() const {
  ExportTable t;
  t.title = tr("Pay %1").arg(QString::fromStdString(pay_.period().label()));
  t.columns = {{tr("Technician")},
               {tr("Team")},
               {tr("Revenue"), ColumnKind::kYuan},
               {tr("Jobs"), ColumnKind::kCount},
               {tr("Base"), ColumnKind::kYuan},
               {tr("Revenue share"), ColumnKind::kYuan},
               {tr("Metric bonus"), ColumnKind::kYuan},
               {tr("Rank rewards"), ColumnKind::kYuan},
               {tr("Total"), ColumnKind::kYuan},
               {tr("Bonus gate")}};
  for (const auto& p : pay_.technicians()) {
    t.add({QString::fromStdString(p.technician_name()), TeamName(p.team_id()),
           static_cast<qint64>(p.revenue_fen()), static_cast<qint64>(p.revenue_jobs()),
           Sum(p, "base"), Sum(p, "revenue_share"), Sum(p, "metric_bonus"), Sum(p, "rank_reward"),
           static_cast<qint64>(p.total_fen()), GateSummary(p)});
  }
  return t;
}

ExportTable ManagerPayModel::LinesTable() const {
  ExportTable t;
  t.title = tr("Pay lines");
  t.columns = {{tr("Technician")}, {tr("Line")}, {tr("Amount"), ColumnKind::kYuan}};
  for (const auto& p : pay_.technicians()) {
    for (const auto& l : p.lines()) {
      t.add({QString::fromStdString(p.technician_name()),
             PayLineText(l, p, pay_.revenue_share_ppm()), static_cast<qint64>(l.amount_fen())});
    }
  }
  return t;
}

ExportTable ManagerPayModel::GateTable() const {
  ExportTable t;
  t.title = tr("Bonus gate");
  t.columns = {{tr("Technician")},
               {tr("Metric")},
               {tr("Successes"), ColumnKind::kCount},
               {tr("Trials"), ColumnKind::kCount},
               {tr("Rate"), ColumnKind::kRate},
               {tr("Target"), ColumnKind::kRate},
               {tr("Verdict")}};
  for (const auto& p : pay_.technicians()) {
    for (const auto& g : p.gate()) {
      t.add(
          {QString::fromStdString(p.technician_name()), MetricText(g.metric()),
           static_cast<qint64>(g.successes()), static_cast<qint64>(g.trials()),
           g.trials() > 0 ? QVariant(static_cast<double>(g.successes()) / g.trials()) : QVariant(),
           static_cast<double>(g.target_ppm()) / 1e6, GateVerdictText(g.verdict())});
    }
  }
  return t;
}

ExportTable ManagerPayModel::FeeDifferenceTable() const {
  ExportTable t;
  t.title = tr("Fee differences");
  t.columns = {{tr("Technician")},
               {tr("Job")},
               {tr("Server fee"), ColumnKind::kYuan},
               {tr("Device fee"), ColumnKind::kYuan},
               {tr("Check")}};
  for (const auto& p : pay_.technicians()) {
    for (const auto& d : p.fee_differences()) {
      t.add({QString::fromStdString(p.technician_name()), QString::fromStdString(d.reference()),
             static_cast<qint64>(d.server_fen()), static_cast<qint64>(d.device_fen()),
             FeeCheckText(d.check_code(), d.check())});
    }
  }
  return t;
}

ExportDocument ManagerPayModel::Payslip(int row) const {
  const v1::TechnicianPay& p = pay_.technicians(row);
  ExportDocument doc;
  doc.title = tr("Payslip %1: %2")
                  .arg(QString::fromStdString(pay_.period().label()),
                       QString::fromStdString(p.technician_name()));
  doc.facts << tr("Month: %1").arg(periodText())
            << tr("Pay policy %1 · scoring policy %2 · computed %3")
                   .arg(payPolicyVersion(), scoringPolicyVersion(), computedAtText())
            << tr("Service revenue %1 from %n job(s)", "", static_cast<int>(p.revenue_jobs()))
                   .arg(YuanText(p.revenue_fen()))
            << tr("Total %1").arg(YuanText(p.total_fen()));
  ExportTable lines;
  lines.title = tr("Pay lines");
  lines.columns = {{tr("Line")}, {tr("Amount"), ColumnKind::kYuan}};
  for (const auto& l : p.lines())
    lines.add({PayLineText(l, p, pay_.revenue_share_ppm()), static_cast<qint64>(l.amount_fen())});
  lines.add({tr("Total"), static_cast<qint64>(p.total_fen())});
  ExportTable gate;
  gate.title = p.bonus_earned() ? tr("Bonus gate: passed") : tr("Bonus gate: not passed");
  gate.columns = {{tr("Metric")}, {tr("Result")}, {tr("Target")}, {tr("Verdict")}};
  for (const auto& g : p.gate()) {
    gate.add({MetricText(g.metric()),
              tr("%1 (%2)").arg(PercentOf(g.successes(), g.trials()),
                                FractionOf(g.successes(), g.trials())),
              TargetPpmText(g.target_ppm()), GateVerdictText(g.verdict())});
  }
  doc.tables << lines << gate;
  if (p.fee_differences_size() > 0) {
    ExportTable fees;
    fees.title = tr("Fee differences (not counted as revenue)");
    fees.columns = {{tr("Job")},
                    {tr("Server fee"), ColumnKind::kYuan},
                    {tr("Device fee"), ColumnKind::kYuan},
                    {tr("Check")}};
    for (const auto& d : p.fee_differences()) {
      fees.add({QString::fromStdString(d.reference()), static_cast<qint64>(d.server_fen()),
                static_cast<qint64>(d.device_fen()), FeeCheckText(d.check_code(), d.check())});
    }
    doc.tables << fees;
  }
  return doc;
}

void ManagerPayModel::Report(bool ok, const QString& path, const QString& error) {
  export_message_ = ok ? tr("Saved %1").arg(path) : tr("Could not save %1: %2").arg(path, error);
  emit exported(ok, path);
}

void ManagerPayModel::exportCsv(const QString& path) {
  const QString file = LocalPath(path);
  QString error;
  Report(WriteCsv(PayTable(), file, &error), file, error);
}

void ManagerPayModel::exportXlsx(const QString& path) {
  const QString file = LocalPath(path);
  QString error;
  Report(WriteXlsx({PayTable(), LinesTable(), GateTable(), FeeDifferenceTable()}, file, &error),
         file, error);
}

void ManagerPayModel::exportPayslipPdf(int row, const QString& path) {
  const QString file = LocalPath(path);
  QList<ExportDocument> docs;
  if (row < 0) {
    for (int i = 0; i < pay_.technicians_size(); ++i) docs << Payslip(i);
  } else if (row < pay_.technicians_size()) {
    docs << Payslip(row);
  }
  if (docs.isEmpty()) {
    Report(false, file, tr("no payslip to write"));
    return;
  }
  QString error;
  Report(WritePdf(docs, file, &error), file, error);
}

}  // namespace fieldledger::office
