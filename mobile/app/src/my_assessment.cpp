#include "my_assessment.h"

#include <QDateTime>
#include <QLocale>

#include "app_session.h"
#include "language.h"

namespace fieldledger::app {

MyAssessment::MyAssessment(QObject* parent) : MyAssessment(nullptr, parent) {}

MyAssessment::MyAssessment(AppSession* session, QObject* parent)
    : QObject(parent), session_(session) {
  connect(&Session(), &AppSession::syncChanged, this, &MyAssessment::reload);
  OnLanguageChange(this, [this] { reload(); });
  reload();
}

AppSession& MyAssessment::Session() const {
  return session_ ? *session_ : *AppSession::create(nullptr, nullptr);
}

QString MyAssessment::AnchorDate() const {
  return QDateTime::currentDateTimeUtc().toTimeZone(Session().zone()).date().toString(Qt::ISODate);
}

QString MyAssessment::monthTitle() const {
  const QDate today = QDate::fromString(AnchorDate(), Qt::ISODate);
  //: The month being assessed; %1 is e.g. "December 2026" / "2026年12月"
  return tr("Self-assessment for %1").arg(QLocale().toString(today, tr("MMMM yyyy")));
}

void MyAssessment::reload() {
  const QString month = AnchorDate().left(7);
  saved_text_.clear();
  state_ = QStringLiteral("none");
  reason_.clear();
  for (const auto& item : Session().device().store().ItemsOfKind("self_assessment")) {
    const auto& a = item.event.self_assessment();
    if (QString::fromStdString(a.anchor_date()).left(7) != month) continue;
    // The latest recorded one is what the office gets (a later one replaces it).
    saved_text_ = QString::fromStdString(a.text());
    reason_ = QString::fromStdString(item.reason);
    switch (item.state) {
      case device::OutboxState::kPending:
        state_ = QStringLiteral("pending");
        break;
      case device::OutboxState::kRejected:
        state_ = QStringLiteral("rejected");
        break;
      default:
        state_ = QStringLiteral("sent");
        break;
    }
  }
  emit changed();
}

QString MyAssessment::stateText() const {
  if (state_ == QLatin1String("pending"))
    return tr("Saved on the phone; it is sent at the next sync.");
  if (state_ == QLatin1String("sent")) return tr("Your manager can read it.");
  if (state_ == QLatin1String("rejected")) {
    if (reason_.startsWith(QStringLiteral("[period_published]"))) {
      return tr("Not accepted: this month is already published.");
    }
    if (reason_.startsWith(QStringLiteral("[text_invalid]"))) {
      return tr("Not accepted: the text holds characters that are not allowed.");
    }
    return tr("Not accepted: %1").arg(reason_);
  }
  return tr("Not written yet.");
}

bool MyAssessment::save(const QString& text) {
  std::string why;
  const std::string bytes = text.toStdString();
  const bool too_long = bytes.size() > static_cast<std::size_t>(maxBytes());
  if (text.trimmed().isEmpty() || too_long) {
    error_ = too_long ? tr("At most %1 bytes; this text has %2.").arg(maxBytes()).arg(bytes.size())
                      : tr("Write something first.");
    emit changed();
    return false;
  }
  auto e = Session().device().WriteSelfAssessment(AnchorDate().toStdString(), bytes, &why);
  if (!e) {
    error_ = QString::fromStdString(why);
    emit changed();
    return false;
  }
  error_.clear();
  Session().recorded();
  reload();
  return true;
}

}  // namespace fieldledger::app
