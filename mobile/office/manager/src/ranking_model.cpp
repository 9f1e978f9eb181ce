#include "ranking_model.h"

#include <QLocale>
#include <optional>

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

ManagerRankingModel::ManagerRankingModel(QObject* parent) : QAbstractListModel(parent) {
  // Every text is worded in data() and the properties: read them again.
  app::OnLanguageChange(this, [this] {
    beginResetModel();
    endResetModel();
    emit rankingChanged();
  });
}

int ManagerRankingModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ranking_.entries_size();
}

bool ManagerRankingModel::Tied(int row) const {
  const int rank = ranking_.entries(row).rank();
  if (rank == 0) return false;
  for (int i = 0; i < ranking_.entries_size(); ++i) {
    if (i != row && ranking_.entries(i).rank() == rank) return true;
  }
  return false;
}

QVariant ManagerRankingModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::RankingEntry& e = ranking_.entries(index.row());
  switch (role) {
    case RankRole:
      return e.rank();
    case PlaceRole:
      return PlaceText(e.rank());
    case TiedRole:
      return Tied(index.row());
    case TechnicianIdRole:
      return QString::fromStdString(e.technician_id());
    case Qt::DisplayRole:
    case NameRole:
      return QString::fromStdString(e.technician_name());
    case SuccessesRole:
      return static_cast<qint64>(e.successes());
    case TrialsRole:
      return static_cast<qint64>(e.trials());
    case FractionRole:
      return FractionOf(e.successes(), e.trials());
    case RateRole:
      return PercentOf(e.successes(), e.trials());
    case WilsonRole:
      return QLocale().toString(e.wilson_lower_bound(), 'f', 3);
    case WilsonValueRole:
      return e.wilson_lower_bound();
    case RankedRole:
      return e.rank() > 0;
    case NoteRole:
      return RankNoteText(e.note());
    case RewardRole: {
      const auto it = rewards_.constFind(QString::fromStdString(e.technician_id()));
      return it == rewards_.constEnd() ? QString() : YuanText(it.value());
    }
    default:
      return {};
  }
}

QHash<int, QByteArray> ManagerRankingModel::roleNames() const {
  return {{RankRole, "rank"},
          {PlaceRole, "place"},
          {TiedRole, "tied"},
          {TechnicianIdRole, "technicianId"},
          {NameRole, "name"},
          {SuccessesRole, "successes"},
          {TrialsRole, "trials"},
          {FractionRole, "fraction"},
          {RateRole, "rate"},
          {WilsonRole, "wilson"},
          {WilsonValueRole, "wilsonValue"},
          {RankedRole, "ranked"},
          {NoteRole, "note"},
          {RewardRole, "reward"}};
}

QString ManagerRankingModel::metricTitle() const { return MetricText(ranking_.metric()); }

QString ManagerRankingModel::periodText() const { return PeriodText(ranking_.period(), Zone()); }

QString ManagerRankingModel::computedAtText() const {
  return InstantText(ranking_.computed_at_ms(), Zone());
}

void ManagerRankingModel::load(const QString& metric, const QVariantMap& query) {
  OfficeSession* session = OfficeSession::instance();
  if (!session || !session->signedIn()) return;
  const ManagerQuery q = QueryFromMap(query);
  v1::RankingRequest req;
  req.set_metric(MetricFromKey(metric));
  *req.mutable_period() = MakePeriod(q, session->zone());
  req.set_team_id(TeamFilter(q));
  const int generation = ++generation_;
  loading_ = true;
  error_.clear();
  emit stateChanged();
  const Link link = Link::Of(*session);
  struct Result {
    Reply<v1::Ranking> ranking;
    std::optional<v1::MonthPay> pay;
  };
  const bool month = req.period().kind() == v1::PERIOD_KIND_MONTH;
  OfficeSession::Run(
      this,
      [link, req, month] {
        Result r{CallRanking(link, req), std::nullopt};
        if (r.ranking.status.ok() && month) {
          // The rewards of each place are the pay policy's, applied in the month's pay.
          v1::MonthPayRequest pay;
          pay.set_anchor_date(req.period().anchor_date());
          pay.set_team_id(req.team_id());
          auto reply = CallMonthPay(link, pay);
          if (reply.status.ok()) r.pay = std::move(reply.message);
        }
        return r;
      },
      [this, generation](const Result& r) {
        if (generation != generation_) return;
        loading_ = false;
        if (r.ranking.status.ok()) {
          set(r.ranking.message);
          if (r.pay) setRewards(*r.pay);
        } else {
          error_ = ErrorText(r.ranking.status);
          set(v1::Ranking{});
        }
        emit stateChanged();
      });
}

void ManagerRankingModel::set(const v1::Ranking& ranking) {
  beginResetModel();
  ranking_ = ranking;
  rewards_.clear();
  has_rewards_ = false;
  pay_policy_version_.clear();
  endResetModel();
  emit rankingChanged();
}

void ManagerRankingModel::setRewards(const v1::MonthPay& pay) {
  rewards_.clear();
  for (const auto& t : pay.technicians()) {
    for (const auto& line : t.lines()) {
      if (line.kind() == "rank_reward" && line.metric() == ranking_.metric()) {
        rewards_[QString::fromStdString(t.technician_id())] += line.amount_fen();
      }
    }
  }
  has_rewards_ = true;
  pay_policy_version_ = QString::fromStdString(pay.pay_policy_version());
  if (!ranking_.entries().empty()) {
    emit dataChanged(index(0), index(ranking_.entries_size() - 1), {RewardRole});
  }
  emit rankingChanged();
}

ExportTable ManagerRankingModel::table() const {
  ExportTable t;
  t.title =
      tr("Ranking %1 %2").arg(metricTitle(), QString::fromStdString(ranking_.period().label()));
  t.columns = {{tr("Place")},
               {tr("Technician")},
               {tr("Successes"), ColumnKind::kCount},
               {tr("Trials"), ColumnKind::kCount},
               {tr("Rate"), ColumnKind::kRate},
               {tr("Wilson lower bound")},
               {tr("Note")},
               {tr("Rank reward"), ColumnKind::kYuan}};
  for (const auto& e : ranking_.entries()) {
    t.add({PlaceText(e.rank()), QString::fromStdString(e.technician_name()),
           static_cast<qint64>(e.successes()), static_cast<qint64>(e.trials()),
           e.has_rate() ? QVariant(e.rate()) : QVariant(),
           QString::number(e.wilson_lower_bound(), 'f', 4), RankNoteText(e.note()),
           has_rewards_ ? QVariant(rewards_.value(QString::fromStdString(e.technician_id())))
                        : QVariant()});
  }
  return t;
}

void ManagerRankingModel::exportCsv(const QString& path) {
  const QString file = LocalPath(path);
  QString error;
  const bool ok = WriteCsv(table(), file, &error);
  export_message_ = ok ? tr("Saved %1").arg(file) : tr("Could not save %1: %2").arg(file, error);
  emit exported(ok, file);
}

}  // namespace fieldledger::office
