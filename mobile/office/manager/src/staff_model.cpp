#include "staff_model.h"

#include "language.h"
#include "manager_rpc.h"
#include "office_errors.h"

namespace fieldledger::office {

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
  OfficeSession::Run(
      this, [link] { return CallListStaff(link, v1::ListStaffRequest{}); },
      [this](const Reply<v1::Staff>& r) {
        loading_ = false;
        if (r.status.ok()) {
          set(r.message);
        } else {
          error_ = ErrorText(r.status);
        }
        emit stateChanged();
        emit loaded();
      });
}

void ManagerStaffModel::set(const v1::Staff& staff) {
  beginResetModel();
  entries_.clear();
  names_.clear();
  entries_.append({QStringLiteral("company"), QString(), QString(), QString()});
  // The server sends both lists by name already; kept in its order.
  for (const auto& team : staff.teams()) {
    const QString id = QString::fromStdString(team.id());
    const QString name = QString::fromStdString(team.name());
    entries_.append({QStringLiteral("team"), id, name, QString()});
    names_.insert(id, name);
  }
  for (const auto& m : staff.members()) {
    if (m.role() != "technician" || m.disabled()) continue;
    Entry e{QStringLiteral("technician"), QString::fromStdString(m.id()),
            QString::fromStdString(m.display_name()), QString::fromStdString(m.team_id())};
    names_.insert(e.id, e.name);
    entries_.append(e);
  }
  endResetModel();
}

QVariantList ManagerStaffModel::technicians() const {
  QVariantList out;
  for (const Entry& e : entries_) {
    if (e.kind != QLatin1String("technician")) continue;
    out.append(QVariantMap{{QStringLiteral("id"), e.id},
                           {QStringLiteral("name"), e.name},
                           {QStringLiteral("teamId"), e.team_id}});
  }
  return out;
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
