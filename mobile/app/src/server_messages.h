#pragma once
// Everything the server or the network says, in the technician's language. The server
// starts a refusal with a stable code in brackets ("[unknown_job] unknown job j1"); the
// app translates the code and keeps the English detail only for a code it does not know.
// Sign-in and sync failures are translated from the device core's codes and the gRPC
// status, never shown as the library's English text.
#include <QString>
#include <QStringList>

namespace fieldledger::app {

// "unknown_job" for "[unknown_job] unknown job j1"; "" when the message has no code.
QString ReasonCode(const QString& message);
// The text after the code ("unknown job j1"), or the whole message when it has none.
QString ReasonDetail(const QString& message);

// Why the server refused a record, for the Sync page.
QString RejectionText(const QString& reason);

// Why signing in failed: `code` is device::LoginOutcome::code, `args` its parameters,
// `detail` the server's message (used only for an unknown server code).
QString SignInErrorText(const QString& code, const QStringList& args, const QString& detail);

// Why a sync pass failed: `grpc_code` is the pass's gRPC status code (-1: the device
// itself failed), `message` the status message.
QString SyncErrorText(int grpc_code, const QString& message);

}  // namespace fieldledger::app
