#pragma once
// The board's list models, all fed by DispatcherBoard: the day's jobs (with their
// computed state), a filtered and sorted view of them, one row per technician with
// that technician's bars on the time axis, and the windows at risk.
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QSortFilterProxyModel>
#include <QTimeZone>
#include <vector>

#include "board_state.h"
#include "fieldledger/v1/dispatch.pb.h"

namespace fieldledger::office {

// One job of the board with what the desk computed about it.
struct BoardRow {
  v1::BoardJob job;
  QString team_name;
  JobState state;
  QString state_text;
  std::vector<Alert> alerts;
};

class BoardJobsModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by DispatcherBoard")
 public:
  enum Role {
    JobIdRole = Qt::UserRole + 1,
    ReferenceRole,
    CustomerRole,
    PhoneRole,
    AddressRole,
    TechnicianIdRole,
    TechnicianNameRole,
    TeamIdRole,
    TeamNameRole,
    WindowStartRole,
    WindowEndRole,
    WindowTextRole,
    StateKeyRole,
    StateTextRole,
    ArrivedRole,
    OnMyWayRole,
    CompletedRole,
    ExcusedRole,
    CancelReasonRole,
    ProductRole,
    AtRiskRole,
    OpenRole,  // not completed or cancelled: actions apply
  };
  Q_ENUM(Role)
  explicit BoardJobsModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  void setZone(const QTimeZone& zone) { zone_ = zone; }
  void reset(std::vector<BoardRow> rows);
  // Replaces the row of the same job, or appends it; removes it when keep is false.
  void upsert(BoardRow row, bool keep);
  // States were recomputed for every row (the clock moved).
  void refreshAll(const std::vector<BoardRow>& rows);
  const std::vector<BoardRow>& rows() const { return rows_; }
  int indexOf(const QString& job_id) const;

 private:
  std::vector<BoardRow> rows_;
  QTimeZone zone_ = QTimeZone::utc();
};

// The list beside the timeline: filter by team, technician, state and text (reference,
// customer, phone, address); sort by any of window, reference, customer, technician,
// state.
class JobFilterModel : public QSortFilterProxyModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by DispatcherBoard")
  Q_PROPERTY(QString team READ team WRITE setTeam NOTIFY filterChanged)
  Q_PROPERTY(QString technicianId READ technicianId WRITE setTechnicianId NOTIFY filterChanged)
  Q_PROPERTY(QString state READ state WRITE setState NOTIFY filterChanged)
  Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
  // "window", "reference", "customer", "technician", "state"
  Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY filterChanged)
  Q_PROPERTY(bool ascending READ ascending WRITE setAscending NOTIFY filterChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
 public:
  explicit JobFilterModel(QObject* parent = nullptr);

  QString team() const { return team_; }
  void setTeam(const QString& v);
  QString technicianId() const { return technician_; }
  void setTechnicianId(const QString& v);
  QString state() const { return state_; }
  void setState(const QString& v);
  QString search() const { return search_; }
  void setSearch(const QString& v);
  QString sortKey() const { return sort_key_; }
  void setSortKey(const QString& v);
  bool ascending() const { return ascending_; }
  void setAscending(bool v);
  int count() const { return rowCount(); }
  Q_INVOKABLE QString jobIdAt(int row) const;

 signals:
  void filterChanged();
  void countChanged();

 protected:
  bool filterAcceptsRow(int source_row, const QModelIndex& source_parent) const override;
  bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

 private:
  void Apply();
  QString team_, technician_, state_, search_;
  QString sort_key_ = QStringLiteral("window");
  bool ascending_ = true;
};

// One row per technician: name, team, phone's last sync, and the bars of their jobs.
class TechnicianRowsModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by DispatcherBoard")
 public:
  enum Role {
    TechnicianIdRole = Qt::UserRole + 1,
    NameRole,
    TeamNameRole,
    LastSyncedMsRole,
    LastSyncedTextRole,
    PhoneQuietRole,
    BarsRole,  // list of {jobId, reference, customer, start, end, arrived, onMyWay,
               // completed, stateKey, stateText}
  };
  Q_ENUM(Role)
  explicit TechnicianRowsModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  void setZone(const QTimeZone& zone) { zone_ = zone; }
  void reset(std::vector<v1::BoardTechnician> technicians, const std::vector<BoardRow>* jobs,
             TimeMs now, DurationMs quiet_after);
  void upsert(const v1::BoardTechnician& t);
  // The jobs or the clock changed: every row's bars and texts are rebuilt.
  void refresh(TimeMs now);
  const std::vector<v1::BoardTechnician>& technicians() const { return techs_; }
  const v1::BoardTechnician* find(const std::string& id) const;

 private:
  std::vector<v1::BoardTechnician> techs_;
  const std::vector<BoardRow>* jobs_ = nullptr;
  TimeMs now_ = 0;
  DurationMs quiet_after_ = 15 * kMinuteMs;
  QTimeZone zone_ = QTimeZone::utc();
};

// The windows at risk, most urgent first; each links to its job.
class AlertsModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by DispatcherBoard")
  Q_PROPERTY(int count READ count NOTIFY countChanged)
 public:
  enum Role {
    JobIdRole = Qt::UserRole + 1,
    ReferenceRole,
    TechnicianNameRole,
    CustomerRole,
    ReasonTextRole,
    ReasonKeyRole,  // "not_set_off", "travel", "quiet"
    LeftMsRole,
  };
  Q_ENUM(Role)
  explicit AlertsModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  int count() const { return static_cast<int>(items_.size()); }

  void setZone(const QTimeZone& zone) { zone_ = zone; }
  void rebuild(const std::vector<BoardRow>& rows);

 signals:
  void countChanged();

 private:
  struct Item {
    QString job_id, reference, technician, customer;
    Alert alert;
  };
  std::vector<Item> items_;
  QTimeZone zone_ = QTimeZone::utc();
};

}  // namespace fieldledger::office
