#pragma once
// The PK ranking of one metric and period (QML `ManagerRankingModel`, GetRanking): ranked
// technicians best first by the Wilson lower bound, ties sharing a place, then those under
// the policy's minimum sample, listed with the reason.
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>

#include "fieldledger/v1/manager.pb.h"
#include "fieldledger/v1/scoring.pb.h"
#include "manager_export.h"

namespace fieldledger::office {

class ManagerRankingModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
  Q_PROPERTY(QString error READ error NOTIFY stateChanged)
  Q_PROPERTY(QString metricTitle READ metricTitle NOTIFY rankingChanged)
  Q_PROPERTY(QString periodText READ periodText NOTIFY rankingChanged)
  Q_PROPERTY(QString policyVersion READ policyVersion NOTIFY rankingChanged)
  Q_PROPERTY(QString computedAtText READ computedAtText NOTIFY rankingChanged)
  Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exported)
  // Rank rewards are paid on a month's ranking: true when this is a month and the month's
  // pay (GetMonthPay) named each technician's reward; the pay policy's version with it.
  Q_PROPERTY(bool hasRewards READ hasRewards NOTIFY rankingChanged)
  Q_PROPERTY(QString payPolicyVersion READ payPolicyVersion NOTIFY rankingChanged)

 public:
  enum Role {
    RankRole = Qt::UserRole + 1,  // 1-based place; 0 when unranked
    PlaceRole,                    // "#1", "unranked"
    TiedRole,                     // shares its place with another technician
    TechnicianIdRole,
    NameRole,
    SuccessesRole,
    TrialsRole,
    FractionRole,
    RateRole,         // "92%", "No data"
    WilsonRole,       // "0.873"
    WilsonValueRole,  // 0..1
    RankedRole,
    NoteRole,    // why unranked, translated
    RewardRole,  // "¥300.00": the pay policy's reward for this place; empty when none
  };
  Q_ENUM(Role)

  explicit ManagerRankingModel(QObject* parent = nullptr);
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  bool loading() const { return loading_; }
  QString error() const { return error_; }
  QString metricTitle() const;
  QString periodText() const;
  QString policyVersion() const { return QString::fromStdString(ranking_.policy_version()); }
  QString computedAtText() const;
  QString exportMessage() const { return export_message_; }
  bool hasRewards() const { return has_rewards_; }
  QString payPolicyVersion() const { return pay_policy_version_; }

  // metric: "on_time", "retention", "satisfaction", "attendance" or "first_time_fix";
  // query as ManagerScorecard.load; a team scope ranks that team, otherwise the company.
  Q_INVOKABLE void load(const QString& metric, const QVariantMap& query);
  Q_INVOKABLE void exportCsv(const QString& path);

  void set(const v1::Ranking& ranking);
  // The rank rewards of the ranking's metric from the month's pay: technician id -> fen.
  void setRewards(const v1::MonthPay& pay);
  ExportTable table() const;

 signals:
  void stateChanged();
  void rankingChanged();
  void exported(bool ok, const QString& path);

 private:
  bool Tied(int row) const;

  v1::Ranking ranking_;
  QHash<QString, qint64> rewards_;
  bool has_rewards_ = false;
  QString pay_policy_version_;
  int generation_ = 0;
  bool loading_ = false;
  QString error_;
  QString export_message_;
};

}  // namespace fieldledger::office
