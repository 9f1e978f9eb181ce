#pragma once
// Idempotency keys (request_id) remember the SHA-256 of the request body they first came
// with. The same key with the same body is a retry and gets the first answer; the same
// key with another body is refused, FAILED_PRECONDITION "[idempotency_key_reused] ...",
// and changes nothing. Keys stored before migration 17 have no hash and are taken as
// retries, as they were before.
#include <string>

#include "app/app_error.h"

namespace fieldledger::server {

inline bool IsRetryOf(const std::string& stored_sha256, const std::string& body_sha256) {
  return stored_sha256.empty() || stored_sha256 == body_sha256;
}

[[noreturn]] inline void RefuseReusedKey(const std::string& field, const std::string& key) {
  Fail(ErrorKind::kFailedPrecondition,
       "[idempotency_key_reused] " + field + " '" + key.substr(0, 100) +
           "' was first sent with a different request; a retry must repeat the request "
           "exactly, and a new request needs a new " +
           field);
}

}  // namespace fieldledger::server
