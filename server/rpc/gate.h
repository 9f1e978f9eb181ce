#pragma once
// The single door every RPC passes: resolves the bearer token to a Caller and checks
// the role table (auth/rpc_policy.h). Also turns application errors into gRPC statuses,
// so each service method stays a few lines long.
#include <grpcpp/grpcpp.h>

#include <functional>
#include <string_view>

#include "app/app_error.h"
#include "auth/caller.h"
#include "auth/sessions.h"
#include "rpc/lifecycle.h"
#include "storage/store_unavailable.h"

namespace fieldledger::server {

using Clock = std::function<TimeMs()>;
using fieldledger::SystemNowMs;

class Gate {
 public:
  Gate(Sessions& sessions, Clock clock) : sessions_(sessions), clock_(std::move(clock)) {}

  // Authenticates, authorises for `method` ("Service/Method") and runs body(caller, now).
  grpc::Status Run(grpc::ServerContext* ctx, std::string_view method,
                   const std::function<void(const Caller&, TimeMs)>& body);
  // For RPCs that need no caller (Login): only the error mapping.
  grpc::Status RunAnonymous(std::string_view method, const std::function<void(TimeMs)>& body);

  TimeMs Now() const { return clock_(); }
  // Calls are counted and refused while draining; storage that cannot be written is
  // reported to it (health). Without one (unit tests), neither happens.
  void set_lifecycle(ServerLifecycle* lifecycle) { lifecycle_ = lifecycle; }

 private:
  Sessions& sessions_;
  Clock clock_;
  ServerLifecycle* lifecycle_ = nullptr;
};

grpc::Status ToStatus(const AppError& e);
// UNAVAILABLE with a message naming the cause in words (no SQL, no server detail).
grpc::Status StoreUnavailableStatus(StoreUnavailable::Cause cause);

}  // namespace fieldledger::server
