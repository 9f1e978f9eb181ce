#include "assessment_model.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

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

// The metrics in the order the desk shows them everywhere.
constexpr v1::Metric kMetrics[] = {v1::METRIC_ON_TIME, v1::METRIC_RETENTION,
                                   v1::METRIC_SATISFACTION, v1::METRIC_ATTENDANCE,
                                   v1::METRIC_FIRST_TIME_FIX};

const v1::MetricCount* Find(const google::protobuf::RepeatedPtrField<v1::MetricCount>& counts,
                            v1::Metric metric) {
  for (const auto& c : counts) {
    if (c.metric() == metric) return &c;
  }
  return nullptr;
}

QString CountText(const v1::MetricCount* c) {
  if (!c) return QString();
  return ManagerAssessmentModel::tr("%1 · %2", "fraction · percent")
      .arg(FractionOf(c->numerator(), c->denominator()),
           PercentOf(c->numerator(), c->denominator()));
}

}  // namespace

ManagerAssessmentModel::ManagerAssessmentModel(QObject* parent) : QAbstractListModel(parent) {
  app::OnLanguageChange(this, [this] {
    beginResetModel();
    endResetModel();
    emit assessmentChanged();
  });
}

int ManagerAssessmentModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : assessment_.technicians_size();
}

QString ManagerAssessmentModel::NameOf(const std::string& user_id) const {
  for (const auto& t : assessment_.technicians()) {
    if (t.technician_id() == user_id) return QString::fromStdString(t.technician_name());
  }
  const OfficeSession* s = OfficeSession::instance();
  if (s && s->userId().toStdString() == user_id) return s->displayName();
  return QString::fromStdString(user_id);
}

QVariant ManagerAssessmentModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::TechnicianAssessment& t = assessment_.technicians(index.row());
  const auto changed = [&](v1::Metric m) {
    for (int c : t.changed_metrics()) {
      if (c == m) return true;
    }
    return false;
  };
  switch (role) {
    case TechnicianIdRole:
      return QString::fromStdString(t.technician_id());
    case Qt::DisplayRole:
    case NameRole:
      return QString::fromStdString(t.technician_name());
    case TeamIdRole:
      return QString::fromStdString(t.team_id());
    case FiguresRole: {
      QVariantList out;
      for (v1::Metric m : kMetrics) {
        out.append(
            QVariantMap{{QStringLiteral("key"), MetricKey(m)},
                        {QStringLiteral("title"), MetricText(m)},
                        {QStringLiteral("live"), CountText(Find(t.live(), m))},
                        {QStringLiteral("frozen"),
                         t.published() ? CountText(Find(t.published_figures(), m)) : QString()},
                        {QStringLiteral("changed"), changed(m)}});
      }
      return out;
    }
    case LivePayRole:
      return YuanText(t.live_pay_fen());
    case LiveBonusRole:
      return t.live_bonus_earned();
    case FrozenPayRole:
      return t.published() ? YuanText(t.published_pay_fen()) : QString();
    case FrozenBonusRole:
      return t.published_bonus_earned();
    case PayChangedRole:
      return t.pay_changed();
    case ChangedRole:
      return t.pay_changed() || t.changed_metrics_size() > 0;
    case SelfTextRole:
      return t.has_self_assessment() ? QString::fromStdString(t.self_assessment().text())
                                     : QString();
    case SelfWrittenRole:
      if (!t.has_self_assessment()) return QString();
      return tr("written %1 · received %2")
          .arg(InstantText(t.self_assessment().written_ms(), Zone()),
               InstantText(t.self_assessment().received_ms(), Zone()));
    case CommentRole:
      return t.has_assessor_comment() ? QString::fromStdString(t.assessor_comment().comment())
                                      : QString();
    case CommentByRole:
      if (!t.has_assessor_comment()) return QString();
      return tr("%1, %2", "assessor, when")
          .arg(NameOf(t.assessor_comment().by()),
               InstantText(t.assessor_comment().at_ms(), Zone()));
    default:
      return {};
  }
}

QHash<int, QByteArray> ManagerAssessmentModel::roleNames() const {
  return {{TechnicianIdRole, "technicianId"},
          {NameRole, "name"},
          {TeamIdRole, "teamId"},
          {FiguresRole, "figures"},
          {LivePayRole, "livePay"},
          {LiveBonusRole, "liveBonus"},
          {FrozenPayRole, "frozenPay"},
          {FrozenBonusRole, "frozenBonus"},
          {PayChangedRole, "payChanged"},
          {ChangedRole, "changed"},
          {SelfTextRole, "selfText"},
          {SelfWrittenRole, "selfWritten"},
          {CommentRole, "comment"},
          {CommentByRole, "commentBy"}};
}

QString ManagerAssessmentModel::monthText() const {
  if (!assessment_.has_period()) return QString();
  return PeriodText(assessment_.period(), Zone());
}

bool ManagerAssessmentModel::monthEnded() const {
  return assessment_.has_period() &&
         assessment_.period().end_ms() <= QDateTime::currentMSecsSinceEpoch();
}

QString ManagerAssessmentModel::publicationText() const {
  if (!assessment_.published()) return QString();
  const v1::Publication& p = assessment_.publication();
  QString text = tr("Published by %1; figures frozen as of %2 (scoring policy %3, pay policy %4).")
                     .arg(NameOf(p.published_by()), InstantText(p.as_of_ms(), Zone()),
                          QString::fromStdString(p.scoring_policy_version()),
                          QString::fromStdString(p.pay_policy_version()));
  if (!p.note().empty())
    text += QLatin1Char(' ') + tr("Note: %1").arg(QString::fromStdString(p.note()));
  return text;
}

int ManagerAssessmentModel::rowOf(const QString& technicianId) const {
  for (int i = 0; i < assessment_.technicians_size(); ++i) {
    if (assessment_.technicians(i).technician_id() == technicianId.toStdString()) return i;
  }
  return -1;
}

void ManagerAssessmentModel::clearMessage() {
  message_.clear();
  emit stateChanged();
}

void ManagerAssessmentModel::load(const QVariantMap& query) {
  OfficeSession* session = OfficeSession::instance();
  if (!session || !session->signedIn()) return;
  const ManagerQuery q = QueryFromMap(query);
  const QDate anchor = q.anchor.isValid() ? q.anchor : QDate::currentDate();
  anchor_ = anchor.toString(Qt::ISODate).toStdString();
  v1::AssessmentRequest req;
  req.set_anchor_date(anchor_);
  const int generation = ++generation_;
  loading_ = true;
  error_.clear();
  emit stateChanged();
  const Link link = Link::Of(*session);
  OfficeSession::Run(
      this, [link, req] { return CallGetAssessment(link, req); },
      [this, generation](const Reply<v1::Assessment>& r) {
        if (generation != generation_) return;
        loading_ = false;
        if (r.status.ok()) {
          set(r.message);
        } else {
          error_ = ErrorText(r.status);
          set({});
        }
        emit stateChanged();
      });
}

void ManagerAssessmentModel::set(const v1::Assessment& assessment) {
  beginResetModel();
  assessment_ = assessment;
  endResetModel();
  emit assessmentChanged();
}

template <class Message, class Call>
void ManagerAssessmentModel::Change(Call call, const QString& done_text) {
  OfficeSession* session = OfficeSession::instance();
  if (!session || !session->signedIn()) return;
  busy_ = true;
  message_.clear();
  emit stateChanged();
  const Link link = Link::Of(*session);
  OfficeSession::Run(
      this, [link, call] { return call(link); },
      [this, done_text](const Reply<Message>& r) {
        busy_ = false;
        message_is_error_ = !r.status.ok();
        message_ = r.status.ok() ? done_text : ErrorText(r.status);
        emit stateChanged();
        emit changed(r.status.ok());
        if (r.status.ok()) load({{QStringLiteral("anchor"), QString::fromStdString(anchor_)}});
      });
}

void ManagerAssessmentModel::saveComment(const QString& technicianId, const QString& comment) {
  v1::SetAssessorCommentRequest req;
  req.set_anchor_date(anchor_);
  req.set_technician_id(technicianId.toStdString());
  req.set_comment(comment.toStdString());
  Change<v1::AssessorComment>([req](const Link& link) { return CallSetAssessorComment(link, req); },
                              tr("Comment saved"));
}

void ManagerAssessmentModel::publish(const QString& note) {
  v1::PublishPeriodRequest req;
  req.set_anchor_date(anchor_);
  req.set_note(note.toStdString());
  Change<v1::Publication>([req](const Link& link) { return CallPublishPeriod(link, req); },
                          tr("Month published"));
}

}  // namespace fieldledger::office
