#pragma once
// Refusals of the dispatch desk's actions: "[code] detail", where the code is one of
// those dispatch.proto lists, so the app can translate it (mobile/office/src/office_errors).
#include <string>

#include "app/app_error.h"

namespace fieldledger::server {

[[noreturn]] inline void DispatchFail(ErrorKind kind, const std::string& code,
                                      const std::string& detail) {
  Fail(kind, "[" + code + "] " + detail);
}

}  // namespace fieldledger::server
