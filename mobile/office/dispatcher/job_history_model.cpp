#include "job_history_model.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include "board_state.h"
#include "board_texts.h"

namespace fieldledger::office {
namespace {

QString Q(const std::string& s) { return QString::fromStdString(s); }

Unverified FromWire(const v1::UnverifiedWhy& w) {
  return {w.outside_fence(),       w.distance_m(),    w.clock_corrected(),
          w.clock_correction_ms(), w.mock_location(), w.no_position()};
}

QString KindKey(v1::HistoryEntry::Kind k) {
  switch (k) {
    case v1::HistoryEntry::KIND_CREATED:
      return QStringLiteral("created");
    case v1::HistoryEntry::KIND_AUDIT:
      return QStringLiteral("audit");
    case v1::HistoryEntry::KIND_ON_MY_WAY:
      return QStringLiteral("on_my_way");
    case v1::HistoryEntry::KIND_ARRIVED:
      return QStringLiteral("arrived");
    case v1::HistoryEntry::KIND_WORK_RECORDED:
      return QStringLiteral("work");
    case v1::HistoryEntry::KIND_COMPLETED:
      return QStringLiteral("completed");
    case v1::HistoryEntry::KIND_CALL_BACK:
      return QStringLiteral("call_back");
    case v1::HistoryEntry::KIND_EXCUSAL:
      return QStringLiteral("excusal");
    case v1::HistoryEntry::KIND_EVENT_REJECTED:
      return QStringLiteral("rejected");
    default:
      return {};
  }
}

}  // namespace

int JobHistoryModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : history_.entries_size();
}

QString JobHistoryModel::Title(const v1::HistoryEntry& e) const {
  const std::string& a = e.action();
  switch (e.kind()) {
    case v1::HistoryEntry::KIND_CREATED:
      return tr("Job created");
    case v1::HistoryEntry::KIND_ON_MY_WAY:
      return tr("On my way");
    case v1::HistoryEntry::KIND_ARRIVED:
      return e.verified() ? tr("Arrived (verified)") : tr("Arrived (unverified)");
    case v1::HistoryEntry::KIND_WORK_RECORDED:
      return tr("Work recorded");
    case v1::HistoryEntry::KIND_COMPLETED:
      return tr("Completed and signed");
    case v1::HistoryEntry::KIND_CALL_BACK:
      return tr("Call-back");
    case v1::HistoryEntry::KIND_EVENT_REJECTED:
      return tr("Phone record refused by the server");
    default:
      break;
  }
  if (a == "assigned") return tr("Reassigned");
  if (a == "rescheduled") return tr("Rescheduled");
  if (a == "cancelled") return tr("Cancelled");
  if (a == "excused") return tr("Excused");
  if (a == "excusal_revoked") return tr("Excusal revoked");
  if (a == "arrival_accepted") return tr("Unverified arrival accepted");
  return Q(a);
}

QString JobHistoryModel::Detail(const v1::HistoryEntry& e) const {
  QStringList parts;
  if (e.kind() == v1::HistoryEntry::KIND_ARRIVED && e.has_unverified()) {
    parts << UnverifiedText(FromWire(e.unverified()));
  }
  if (e.kind() == v1::HistoryEntry::KIND_WORK_RECORDED) {
    const auto& w = e.work();
    QStringList faults;
    for (const auto& f : w.fault_types()) faults << Q(f);
    if (!faults.isEmpty()) parts << tr("faults: %1").arg(faults.join(QStringLiteral(", ")));
    parts << (w.resolved() ? tr("resolved") : tr("needs another visit"));
    if (!w.notes().empty()) parts << Q(w.notes());
    if (!e.fee_check().empty()) {
      const QString fee = QLocale().toString(static_cast<double>(e.fee_fen()) / 100.0, 'f', 2);
      parts << (e.fee_check() == "match"
                    ? tr("fee %1 yuan, checked by the server").arg(fee)
                    : tr("fee %1 yuan; server check: %2").arg(fee, Q(e.fee_check())));
    }
  }
  if (e.kind() == v1::HistoryEntry::KIND_COMPLETED && !e.signer_name().empty()) {
    parts << tr("signed by %1").arg(Q(e.signer_name()));
  }
  if (e.kind() == v1::HistoryEntry::KIND_CALL_BACK) {
    const auto& c = e.call_back();
    if (!c.reached()) {
      parts << tr("customer not reached");
    } else {
      parts << tr("score %1 of 5").arg(c.score());
      if (c.problem_returned()) parts << tr("the problem came back");
      if (!c.comment().empty()) parts << Q(c.comment());
    }
  }
  if (e.action() == "excused" && !e.detail().empty()) {
    const std::string& cls = e.detail();
    parts << (cls == "no_show" ? tr("was a no-show")
              : cls == "late"  ? tr("was late")
                               : tr("excused in advance"));
  } else if (!e.detail().empty() && e.kind() != v1::HistoryEntry::KIND_ARRIVED) {
    parts << Q(e.detail());
  }
  return parts.join(QStringLiteral(" · "));
}

QVariant JobHistoryModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const v1::HistoryEntry& e = history_.entries(index.row());
  switch (role) {
    case KindRole:
      return KindKey(e.kind());
    case ActionRole:
      return Q(e.action());
    case Qt::DisplayRole:
    case TitleRole:
      return Title(e);
    case AtTextRole:
      return QDateTime::fromMSecsSinceEpoch(e.at_ms(), zone_).toString(QStringLiteral("HH:mm"));
    case ByRole:
      return Q(e.by());
    case DetailRole:
      return Detail(e);
    case ReasonRole:
      return Q(e.reason());
    case PositionTextRole:
      if (!e.has_position()) return QString();
      if (!e.position().present()) return tr("no position");
      return tr("%1, %2 (±%3 m)%4")
          .arg(e.position().latitude(), 0, 'f', 5)
          .arg(e.position().longitude(), 0, 'f', 5)
          .arg(qRound(e.position().accuracy_m()))
          .arg(e.position().mock() ? tr(", mock location") : QString());
    case VerifiedRole:
      return e.verified();
    case SignatureRole:
      if (e.signature_png().empty()) return QString();
      return QStringLiteral("data:image/png;base64,") +
             QString::fromLatin1(QByteArray::fromStdString(e.signature_png()).toBase64());
    default:
      return {};
  }
}

QHash<int, QByteArray> JobHistoryModel::roleNames() const {
  return {{KindRole, "kind"},
          {ActionRole, "action"},
          {TitleRole, "title"},
          {AtTextRole, "atText"},
          {ByRole, "by"},
          {DetailRole, "detail"},
          {ReasonRole, "reason"},
          {PositionTextRole, "positionText"},
          {VerifiedRole, "verified"},
          {SignatureRole, "signature"}};
}

void JobHistoryModel::reset(v1::JobHistory history) {
  beginResetModel();
  history_ = std::move(history);
  endResetModel();
  emit countChanged();
}

}  // namespace fieldledger::office
