#pragma once
// Turns a refused call into text in the user's language. The server's office services
// put a stable reason code first in the status message, "[reason] English detail"
// (proto/fieldledger/v1/dispatch.proto lists the codes); a known code is translated
// here, anything else falls back to the status code's meaning and the server's words.
#include <grpcpp/support/status.h>
#include <QString>

namespace fieldledger::office {

// The reason code of a status message ("job_not_found"), or empty when it has none.
QString ReasonCode(const std::string& message);
// What the desk shows for a failed call, in the current language.
QString ErrorText(const grpc::Status& status);

}  // namespace fieldledger::office
