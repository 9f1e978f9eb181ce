#include "server_messages.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <grpcpp/support/status_code_enum.h>

namespace fieldledger::app {
namespace {

QString Tr(const char* text) { return QCoreApplication::translate("ServerMessages", text); }

const QRegularExpression& CodePattern() {
  static const QRegularExpression re(QStringLiteral(R"(^\[([a-z0-9_]+)\]\s*(.*)$)"),
                                     QRegularExpression::DotMatchesEverythingOption);
  return re;
}

// The reason codes of server/app/event_rules.cpp, as the technician should read them.
QString KnownRejection(const QString& code) {
  static const QHash<QString, const char*> kTexts = {
      {QStringLiteral("unknown_job"),
       QT_TRANSLATE_NOOP("ServerMessages", "The office has removed this job.")},
      {QStringLiteral("not_assigned"),
       QT_TRANSLATE_NOOP("ServerMessages",
                         "This job is no longer assigned to you, so the server cannot take a "
                         "visit record for it.")},
      {QStringLiteral("future_time"),
       QT_TRANSLATE_NOOP("ServerMessages",
                         "The phone's clock was ahead of the server's when this was recorded.")},
      {QStringLiteral("impossible_time"),
       QT_TRANSLATE_NOOP("ServerMessages", "The phone's clock was wrong when this was recorded.")},
      {QStringLiteral("bad_position"),
       QT_TRANSLATE_NOOP("ServerMessages", "The position recorded with this was not valid.")},
      {QStringLiteral("work_invalid"),
       QT_TRANSLATE_NOOP("ServerMessages", "The work record breaks the server's limits.")},
      {QStringLiteral("no_payload"), QT_TRANSLATE_NOOP("ServerMessages", "The record was empty.")},
      {QStringLiteral("not_your_event"),
       QT_TRANSLATE_NOOP("ServerMessages", "That record belongs to another technician.")},
      {QStringLiteral("job_not_expected"),
       QT_TRANSLATE_NOOP("ServerMessages", "This record belongs to no job but named one.")},
      {QStringLiteral("text_required"),
       QT_TRANSLATE_NOOP("ServerMessages", "The self-assessment was empty.")},
      {QStringLiteral("text_invalid"),
       QT_TRANSLATE_NOOP("ServerMessages",
                         "The self-assessment holds characters that cannot be stored or is "
                         "longer than 4000 bytes.")},
      {QStringLiteral("anchor_date_invalid"),
       QT_TRANSLATE_NOOP("ServerMessages", "The self-assessment's month is not a valid date.")},
      {QStringLiteral("period_published"),
       QT_TRANSLATE_NOOP("ServerMessages",
                         "That month's assessment is already published; it can no longer "
                         "change.")},
      {QStringLiteral("idempotency_key_reused"),
       QT_TRANSLATE_NOOP("ServerMessages",
                         "The server already has a different record with this record's id.")},
      {QStringLiteral("not_rejected"),
       QT_TRANSLATE_NOOP("ServerMessages", "Only a refused record can be discarded.")},
  };
  const auto it = kTexts.constFind(code);
  return it == kTexts.constEnd() ? QString() : Tr(it.value());
}

}  // namespace

QString ReasonCode(const QString& message) {
  const auto m = CodePattern().match(message);
  return m.hasMatch() ? m.captured(1) : QString();
}

QString ReasonDetail(const QString& message) {
  const auto m = CodePattern().match(message);
  return m.hasMatch() ? m.captured(2) : message;
}

QString RejectionText(const QString& reason) {
  if (const QString known = KnownRejection(ReasonCode(reason)); !known.isEmpty()) return known;
  return QCoreApplication::translate("ServerMessages", "The server refused this record (%1).")
      .arg(ReasonDetail(reason));
}

QString SignInErrorText(const QString& code, const QStringList& args, const QString& detail) {
  const auto arg = [&](int i) { return i < args.size() ? args[i] : QString(); };
  if (code == QLatin1String("unreachable"))
    return QCoreApplication::translate(
        "ServerMessages",
        "Cannot reach the server. Check the connection and the server address, then try "
        "again.");
  if (code == QLatin1String("bad_credentials"))
    return QCoreApplication::translate("ServerMessages", "The username or password is wrong.");
  if (code == QLatin1String("throttled"))
    return QCoreApplication::translate("ServerMessages",
                                       "Too many attempts. Wait a few minutes, then try again.");
  if (code == QLatin1String("busy"))
    return QCoreApplication::translate(
        "ServerMessages",
        "The server is checking many sign-ins at once. Try again in a few seconds.");
  if (code == QLatin1String("session_ended"))
    return QCoreApplication::translate("ServerMessages", "This sign-in has ended. Sign in again.");
  if (code == QLatin1String("not_technician"))
    return QCoreApplication::translate(
               "ServerMessages", "This app is for technicians; %1 should use the office view.")
        .arg(arg(0));
  if (code == QLatin1String("other_unsent"))
    return QCoreApplication::translate(
               "ServerMessages",
               "%1 has %2 unsent records on this phone: they must sign in and sync first.")
        .arg(arg(0), arg(1));
  if (code == QLatin1String("previous_unsent"))
    return QCoreApplication::translate(
        "ServerMessages", "Unsent records from the previous technician are still on this phone.");
  if (code == QLatin1String("disabled"))
    return QCoreApplication::translate("ServerMessages", "This account is disabled.");
  return QCoreApplication::translate("ServerMessages", "The server refused the sign-in (%1).")
      .arg(ReasonDetail(detail));
}

QString SyncErrorText(int grpc_code, const QString& message) {
  if (grpc_code < 0)
    return QCoreApplication::translate("ServerMessages", "The phone could not sync (%1).")
        .arg(message);
  switch (grpc_code) {
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
      return QCoreApplication::translate(
          "ServerMessages", "The server cannot be reached; your work is saved on the phone.");
    case grpc::StatusCode::UNAUTHENTICATED:
      return QCoreApplication::translate("ServerMessages",
                                         "You were signed out. Sign in again to send your work.");
    case grpc::StatusCode::PERMISSION_DENIED:
      return QCoreApplication::translate("ServerMessages",
                                         "This account may not sync from this phone.");
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
      return QCoreApplication::translate("ServerMessages",
                                         "The server is busy. The phone tries again shortly.");
    default:
      break;
  }
  if (const QString known = KnownRejection(ReasonCode(message)); !known.isEmpty()) return known;
  return QCoreApplication::translate("ServerMessages", "The server refused the sync (%1).")
      .arg(ReasonDetail(message));
}

}  // namespace fieldledger::app
