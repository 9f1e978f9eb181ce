#pragma once
// Errors the application logic reports to a caller. The gRPC layer maps each kind to
// its status code; the message is written for the person who sent the request.
#include <stdexcept>
#include <string>

namespace fieldledger::server {

enum class ErrorKind {
  kInvalidArgument,
  kNotFound,
  kPermissionDenied,
  kFailedPrecondition,
  kAlreadyExists,
  kOutOfRange,
  kUnauthenticated,
  kResourceExhausted,  // the caller must slow down (e.g. sign-in throttling)
  kUnavailable,        // busy right now; the same request may be retried shortly
};

class AppError : public std::runtime_error {
 public:
  AppError(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;
};

[[noreturn]] inline void Fail(ErrorKind kind, const std::string& message) {
  throw AppError(kind, message);
}

}  // namespace fieldledger::server
