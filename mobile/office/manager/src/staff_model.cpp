#include "staff_model.h"

#include <QDate>
#include <QSet>
#include <algorithm>

#include "language.h"
#include "manager_rpc.h"
#include "office_errors.h"

namespace fieldledger::office {
namespace {

struct StaffResult {
  grpc::Status status;
  v1::Revenue revenue;
  QHash<QString, QString> team_names;
};

}  // namespace

ManagerStaffModel::ManagerStaffModel(QObject* parent) : QAbstractListModel(parent) {
  // The labels ("Whole company", "Team North") are worded in data(): read them again.
  app::OnLanguageChange(this, [this] {
    beginResetModel();
    endResetModel();
  });
}

int ManagerStaffModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QVariant ManagerStaffModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Entry& e = entries_[index.row()];
  switch (role) {
    case KindRole:
      return e.kind;
    case ScopeIdRole:
      return e.id;
    case NameRole:
      return e.name;
    case TeamIdRole:
      return e.team_id;
    case Qt::DisplayRole:
    case LabelRole:
      if (e.kind == QLatin1String("company")) return tr("Whole company");
      if (e.kind == QLatin1String("team")) return tr("Team %1").arg(e.name);
      return e.team_id.isEmpty()
                 ? e.name
                 : tr("%1 (%2)", "technician (team)").arg(e.name, teamNameOf(e.team_id));
    default:
      return {};
  }
}

QHash<int, QByteArray> ManagerStaffModel::roleNames() const {
  return {{KindRole, "kind"},
          {ScopeIdRole, "scopeId"},
          {NameRole, "name"},
          {TeamIdRole, "teamId"},
          {LabelRole, "label"}};
}

void ManagerStaffModel::load() {
  OfficeSession* session = OfficeSession::instance();
  if (!session || !session->signedIn()) return;
  const Link link = Link::Of(*session);
  loading_ = true;
  error_.clear();
  emit stateChanged();
  const std::string today = QDate::currentDate().toString(Qt::ISODate).toStdString();
  OfficeSession::Run(
      this,
      [link, today] {
        StaffResult r;
        v1::RevenueRequest req;
        req.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
        req.mutable_period()->set_anchor_date(today);
        auto reply = CallRevenue(link, req);
        r.status = reply.status;
        r.revenue = std::move(reply.message);
        if (!r.status.ok()) return r;
        QSet<QString> teams;
        for (const auto& row : r.revenue.rows()) {
          if (!row.team_id().empty()) teams.insert(QString::fromStdString(row.team_id()));
        }
        for (const QString& team : teams) {
          v1::ScorecardRequest card;
          card.set_team_id(team.toStdString());
          *card.mutable_period() = req.period();
          const auto named = CallScorecard(link, card);
          // "Team North" -> "North"; the id when the server could not say.
          QString label =
              named.status.ok() ? QString::fromStdString(named.message.scope_label()) : team;
          if (label.startsWith(QLatin1String("Team "))) label = label.mid(5);
          r.team_names.insert(team, label);
        }
        return r;
      },
      [this](const StaffResult& r) {
        loading_ = false;
        if (r.status.ok()) {
          set(r.revenue, r.team_names);
        } else {
          error_ = ErrorText(r.status);
        }
        emit stateChanged();
        emit loaded();
      });
}

void ManagerStaffModel::set(const v1::Revenue& revenue, const QHash<QString, QString>& team_names) {
  beginResetModel();
  entries_.clear();
  names_.clear();
  entries_.append({QStringLiteral("company"), QString(), QString(), QString()});
  QStringList teams = team_names.keys();
  std::sort(teams.begin(), teams.end(), [&](const QString& a, const QString& b) {
    return team_names.value(a) < team_names.value(b);
  });
  for (const QString& id : teams) {
    entries_.append({QStringLiteral("team"), id, team_names.value(id), QString()});
    names_.insert(id, team_names.value(id));
  }
  QList<Entry> people;
  for (const auto& row : revenue.rows()) {
    Entry e{QStringLiteral("technician"), QString::fromStdString(row.technician_id()),
            QString::fromStdString(row.technician_name()), QString::fromStdString(row.team_id())};
    names_.insert(e.id, e.name);
    people.append(e);
  }
  std::sort(people.begin(), people.end(),
            [](const Entry& a, const Entry& b) { return a.name < b.name; });
  entries_.append(people);
  endResetModel();
}

QString ManagerStaffModel::nameOf(const QString& id) const { return names_.value(id, id); }

QVariantMap ManagerStaffModel::teamNames() const {
  QVariantMap out;
  for (const Entry& e : entries_) {
    if (e.kind == QLatin1String("team")) out.insert(e.id, e.name);
  }
  return out;
}

QString ManagerStaffModel::teamNameOf(const QString& team_id) const {
  return names_.value(team_id, team_id);
}

QString ManagerStaffModel::kindAt(int row) const {
  return row >= 0 && row < entries_.size() ? entries_[row].kind : QString();
}

QString ManagerStaffModel::idAt(int row) const {
  return row >= 0 && row < entries_.size() ? entries_[row].id : QString();
}

int ManagerStaffModel::indexOf(const QString& kind, const QString& id) const {
  for (qsizetype i = 0; i < entries_.size(); ++i) {
    if (entries_[i].kind == kind && entries_[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace fieldledger::office
