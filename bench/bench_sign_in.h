#pragma once
// Signing in as a phone does: when the server is busy ([login_busy], UNAVAILABLE: it
// hashes a few passwords at a time by design; or RESOURCE_EXHAUSTED: its call threads
// are all taken) it tries again after a pause, for up to a minute. Hundreds of bench devices
// signing in at once queue for the hashing slots; sign-ins are never part of a timed phase.
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <thread>

#include "fieldledger/v1/auth.grpc.pb.h"

namespace fieldledger::bench {

inline grpc::Status SignIn(v1::AuthService::Stub& auth, const v1::LoginRequest& login,
                           v1::LoginResponse* session) {
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(1);
  for (;;) {
    grpc::ClientContext ctx;
    const grpc::Status status = auth.Login(&ctx, login, session);
    const bool busy = status.error_code() == grpc::StatusCode::UNAVAILABLE ||
                      status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED;
    if (!busy || std::chrono::steady_clock::now() > give_up) {
      return status;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }
}

}  // namespace fieldledger::bench
