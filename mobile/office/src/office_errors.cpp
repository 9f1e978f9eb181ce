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
       QT_TRANSLATE_NOOP("OfficeErrors",
                         "The window must end after it starts, in the future, within 7 days.")},
      {QStringLiteral("job_closed"),
       QT_TRANSLATE_NOOP("OfficeErrors",
                         "That job is completed or cancelled and can no longer change.")},
      {QStringLiteral("already_arrived"),
       QT_TRANSLATE_NOOP("OfficeErrors",
                         "The technician has already arrived; the window can no longer move.")},
      {QStringLiteral("not_late"),
       QT_TRANSLATE_NOOP("OfficeErrors",
                         "The arrival was early or on time: there is nothing to excuse.")},
      {QStringLiteral("no_window"),
       QT_TRANSLATE_NOOP("OfficeErrors",
                         "That job has no promised window: there is nothing to excuse.")},
      {QStringLiteral("arrival_excluded"),
       QT_TRANSLATE_NOOP("OfficeErrors",
                         "The arrival is unverified and the scoring policy leaves it out of "
                         "the on-time rate: an excusal would change nothing.")},
      {QStringLiteral("not_a_technician"),
       QT_TRANSLATE_NOOP("OfficeErrors", "Jobs can only be assigned to technicians.")},
      {QStringLiteral("technician_disabled"),
       QT_TRANSLATE_NOOP("OfficeErrors", "That technician's account is disabled.")},
      {QStringLiteral("field_too_long"),
       QT_TRANSLATE_NOOP("OfficeErrors", "A field is longer than 500 characters: %1")},
      {QStringLiteral("bad_coordinates"),
       QT_TRANSLATE_NOOP("OfficeErrors",
                         "The coordinates are out of range (latitude -90 to 90, longitude -180 "
                         "to 180).")},
      {QStringLiteral("window_passed"),
       QT_TRANSLATE_NOOP("OfficeErrors",
                         "The window closed with no arrival: excuse the no-show instead of "
                         "moving it.")},
      {QStringLiteral("bad_day"), QT_TRANSLATE_NOOP("OfficeErrors", "The day must be YYYY-MM-DD.")},
      {QStringLiteral("not_excused"),
       QT_TRANSLATE_NOOP("OfficeErrors", "That job has no excusal to revoke.")},
      {QStringLiteral("no_unverified_arrival"),
       QT_TRANSLATE_NOOP("OfficeErrors", "That job has no unverified arrival to accept.")},
      {QStringLiteral("field_required"),
       QT_TRANSLATE_NOOP("OfficeErrors", "A required field is empty: %1")},
      {QStringLiteral("bad_date"), QT_TRANSLATE_NOOP("OfficeErrors", "A date is not valid: %1")},
      {QStringLiteral("bad_text"),
       QT_TRANSLATE_NOOP("OfficeErrors",
                         "A field holds characters that cannot be stored (control characters "
                         "or broken text): %1")},
      {QStringLiteral("idempotency_key_reused"),
       QT_TRANSLATE_NOOP("OfficeErrors",
                         "This request was already sent with different content; reload and "
                         "try again.")},
  };
  const auto it = kTexts.constFind(code);
  return it == kTexts.constEnd() ? QString() : Tr(it.value());
}

// The wire's field names as the desk's forms call them.
QString FieldLabel(const QString& field) {
  static const QHash<QString, const char*> kLabels = {
      {QStringLiteral("customer_name"), QT_TRANSLATE_NOOP("OfficeErrors", "customer")},
      {QStringLiteral("customer_phone"), QT_TRANSLATE_NOOP("OfficeErrors", "phone")},
      {QStringLiteral("site.address"), QT_TRANSLATE_NOOP("OfficeErrors", "address")},
      {QStringLiteral("technician_id"), QT_TRANSLATE_NOOP("OfficeErrors", "technician")},
      {QStringLiteral("product"), QT_TRANSLATE_NOOP("OfficeErrors", "product")},
      {QStringLiteral("serial_number"), QT_TRANSLATE_NOOP("OfficeErrors", "serial")},
      {QStringLiteral("product_category"), QT_TRANSLATE_NOOP("OfficeErrors", "category")},
      {QStringLiteral("purchase_date"), QT_TRANSLATE_NOOP("OfficeErrors", "purchase date")},
      {QStringLiteral("activation_date"), QT_TRANSLATE_NOOP("OfficeErrors", "activation date")},
      {QStringLiteral("description"), QT_TRANSLATE_NOOP("OfficeErrors", "problem")},
      {QStringLiteral("reason"), QT_TRANSLATE_NOOP("OfficeErrors", "reason")},
      {QStringLiteral("reference"), QT_TRANSLATE_NOOP("OfficeErrors", "reference")},
  };
  const auto it = kLabels.constFind(field);
  return it == kLabels.constEnd() ? field : Tr(it.value());
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
    // The detail starts with the wire's field name ("site.address contains a control
    // character (byte 3)"); the desk names the field in the user's words.
    return known.contains(QLatin1String("%1")) ? known.arg(FieldLabel(detail.section(' ', 0, 0)))
                                               : known;
  }
  switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
      return QCoreApplication::translate(
          "OfficeErrors", "Cannot reach the server; check the connection and try again.");
    case grpc::StatusCode::UNAUTHENTICATED:
      return QCoreApplication::translate("OfficeErrors",
                                         "Your sign-in has expired; sign in again.");
    case grpc::StatusCode::PERMISSION_DENIED:
      return QCoreApplication::translate("OfficeErrors", "Your role may not do that.");
    default:
      // No translation for this refusal: the server's own words, so nothing is hidden.
      return QCoreApplication::translate("OfficeErrors", "The server refused: %1").arg(detail);
  }
}

}  // namespace fieldledger::office
