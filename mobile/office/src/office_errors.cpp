#include "office_errors.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace fieldledger::office {
namespace {

QString Tr(const char* text) { return QCoreApplication::translate("OfficeErrors", text); }

// One entry per reason code the office services send (dispatch.proto lists them).
QString KnownReason(const QString& code) {
  static const QHash<QString, const char*> kTexts = {
      {QStringLiteral("job_not_found"),
       QT_TRANSLATE_NOOP("OfficeErrors", "That job no longer exists.")},
      {QStringLiteral("technician_not_found"),
       QT_TRANSLATE_NOOP("OfficeErrors", "That technician is not in your company.")},
      {QStringLiteral("reason_required"),
       QT_TRANSLATE_NOOP("OfficeErrors", "Give a reason: it is stored with the change.")},
      {QStringLiteral("window_invalid"),
       QT_TRANSLATE_NOOP("OfficeErrors", "The window must end after it starts.")},
      {QStringLiteral("job_closed"),
       QT_TRANSLATE_NOOP("OfficeErrors",
                         "That job is completed or cancelled and can no longer change.")},
      {QStringLiteral("already_arrived"),
       QT_TRANSLATE_NOOP("OfficeErrors",
                         "The technician has already arrived; the window can no longer move.")},
      {QStringLiteral("not_late"),
       QT_TRANSLATE_NOOP("OfficeErrors", "Only a late arrival or a no-show can be excused.")},
      {QStringLiteral("not_excused"),
       QT_TRANSLATE_NOOP("OfficeErrors", "That job has no excusal to revoke.")},
      {QStringLiteral("no_unverified_arrival"),
       QT_TRANSLATE_NOOP("OfficeErrors", "That job has no unverified arrival to accept.")},
      {QStringLiteral("field_required"),
       QT_TRANSLATE_NOOP("OfficeErrors", "A required field is empty: %1")},
      {QStringLiteral("bad_date"), QT_TRANSLATE_NOOP("OfficeErrors", "A date is not valid: %1")},
      {QStringLiteral("cursor_expired"),
       QT_TRANSLATE_NOOP("OfficeErrors", "The board fell too far behind and was reloaded.")},
  };
  const auto it = kTexts.constFind(code);
  return it == kTexts.constEnd() ? QString() : Tr(it.value());
}

}  // namespace

QString ReasonCode(const std::string& message) {
  static const QRegularExpression kCode(QStringLiteral("^\\[([a-z_]+)\\]"));
  const auto match = kCode.match(QString::fromStdString(message));
  return match.hasMatch() ? match.captured(1) : QString();
}

QString ErrorText(const grpc::Status& status) {
  const QString message = QString::fromStdString(status.error_message());
  const QString code = ReasonCode(status.error_message());
  // The detail after the code (a field name, a date) fills %1 where the text has one.
  QString detail = message;
  if (!code.isEmpty()) detail = message.mid(code.size() + 2).trimmed();
  if (const QString known = KnownReason(code); !known.isEmpty()) {
    return known.contains(QLatin1String("%1")) ? known.arg(detail) : known;
  }
  switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
      return Tr("Cannot reach the server; check the connection and try again.");
    case grpc::StatusCode::UNAUTHENTICATED:
      return Tr("Your sign-in has expired; sign in again.");
    case grpc::StatusCode::PERMISSION_DENIED:
      return Tr("Your role may not do that.");
    default:
      // No translation for this refusal: the server's own words, so nothing is hidden.
      return Tr("The server refused: %1").arg(detail);
  }
}

}  // namespace fieldledger::office
