#include "rpc/gate.h"

#include <google/protobuf/message.h>

#include <chrono>
#include <iostream>

#include "auth/rpc_policy.h"
#include "fieldledger_sqlite/db.h"
#include "rpc/peer_address.h"
#include "storage/store_unavailable.h"

namespace fieldledger::server {

grpc::Status ToStatus(const AppError& e) {
  switch (e.kind()) {
    case ErrorKind::kInvalidArgument:
      return {grpc::StatusCode::INVALID_ARGUMENT, e.what()};
    case ErrorKind::kNotFound:
      return {grpc::StatusCode::NOT_FOUND, e.what()};
    case ErrorKind::kPermissionDenied:
      return {grpc::StatusCode::PERMISSION_DENIED, e.what()};
    case ErrorKind::kFailedPrecondition:
      return {grpc::StatusCode::FAILED_PRECONDITION, e.what()};
    case ErrorKind::kAlreadyExists:
      return {grpc::StatusCode::ALREADY_EXISTS, e.what()};
    case ErrorKind::kOutOfRange:
      return {grpc::StatusCode::OUT_OF_RANGE, e.what()};
    case ErrorKind::kUnauthenticated:
      return {grpc::StatusCode::UNAUTHENTICATED, e.what()};
    case ErrorKind::kResourceExhausted:
      return {grpc::StatusCode::RESOURCE_EXHAUSTED, e.what()};
    case ErrorKind::kUnavailable:
      return {grpc::StatusCode::UNAVAILABLE, e.what()};
  }
  return {grpc::StatusCode::UNKNOWN, e.what()};
}

namespace {

std::string BearerToken(const grpc::ServerContext* ctx) {
  const auto& md = ctx->client_metadata();
  auto it = md.find("authorization");
  if (it == md.end()) return {};
  std::string_view v(it->second.data(), it->second.size());
  constexpr std::string_view kPrefix = "Bearer ";
  if (v.substr(0, kPrefix.size()) != kPrefix) return {};
  return std::string(v.substr(kPrefix.size()));
}

}  // namespace

grpc::Status StoreUnavailableStatus(StoreUnavailable::Cause cause) {
  using Cause = StoreUnavailable::Cause;
  switch (cause) {
    // A connection lost during COMMIT leaves its outcome unknown, so these three do not
    // say "nothing was changed"; the calls a phone retries are idempotent.
    case Cause::kConnectionLost:
      return {grpc::StatusCode::UNAVAILABLE,
              "[storage_unavailable] the server has lost its connection to the database; "
              "try again later"};
    case Cause::kRestarting:
      return {grpc::StatusCode::UNAVAILABLE,
              "[storage_unavailable] the database is restarting; try again later"};
    case Cause::kOutOfResources:
      return {grpc::StatusCode::UNAVAILABLE,
              "[storage_unavailable] the database is out of resources (disk, memory or "
              "connections); try again later"};
    case Cause::kConflict:
      return {grpc::StatusCode::UNAVAILABLE,
              "[storage_busy] the change collided with another one at the database; nothing "
              "was changed, try again"};
  }
  return {grpc::StatusCode::UNAVAILABLE, "[storage_unavailable] try again later"};
}

namespace {

const grpc::Status kDraining{grpc::StatusCode::UNAVAILABLE,
                             "[shutting_down] the server is restarting; try again shortly"};

grpc::Status Guarded(std::string_view method, ServerLifecycle* lifecycle,
                     const std::function<void()>& body) {
  const ServerLifecycle::Call call(lifecycle);
  if (call.refused()) return kDraining;
  try {
    body();
    return grpc::Status::OK;
  } catch (const AppError& e) {
    return ToStatus(e);
  } catch (const StoreUnavailable& e) {
    // The database is unreachable, restarting or overloaded, or the transaction lost a
    // conflict: the caller keeps its work and retries. The detail (SQL, server text) is
    // logged only.
    std::cerr << "storage unavailable in " << method << ": " << e.what() << "\n";
    if (lifecycle && e.cause() != StoreUnavailable::Cause::kConflict) {
      // Health says NOT_SERVING until a probe write succeeds again (ProbeLoop).
      lifecycle->StorageFailed();
    }
    return StoreUnavailableStatus(e.cause());
  } catch (const sql::SqliteError& e) {
    // Storage trouble is ours, not the caller's: log the detail, return a retryable code.
    std::cerr << "storage error in " << method << ": " << e.what() << "\n";
    if (IsStorageUnwritable(e.code())) {
      // A full disk or a failing one: the caller keeps its work and retries later; health
      // says NOT_SERVING until a probe write succeeds again.
      if (lifecycle) lifecycle->StorageFailed();
      return {grpc::StatusCode::UNAVAILABLE,
              "[storage_unavailable] the server cannot store anything right now; nothing was "
              "changed, try again later"};
    }
    const bool busy = (e.code() & 0xFF) == SQLITE_BUSY || (e.code() & 0xFF) == SQLITE_LOCKED;
    return {busy ? grpc::StatusCode::UNAVAILABLE : grpc::StatusCode::INTERNAL,
            busy ? "storage is busy; retry" : "storage error; nothing was changed"};
  } catch (const std::exception& e) {
    std::cerr << "internal error in " << method << ": " << e.what() << "\n";
    return {grpc::StatusCode::INTERNAL, "internal error; nothing was changed"};
  }
}

}  // namespace

grpc::Status Gate::Run(grpc::ServerContext* ctx, std::string_view method,
                       const std::function<void(const Caller&, TimeMs)>& body) {
  const RpcRule* rule = FindRpcRule(method);
  if (!rule) return {grpc::StatusCode::PERMISSION_DENIED, "no role may call this method"};
  const std::string token = BearerToken(ctx);
  if (token.empty()) {
    return {grpc::StatusCode::UNAUTHENTICATED,
            "missing 'authorization: Bearer <token>' metadata; log in first"};
  }
  return Guarded(method, lifecycle_, [&] {
    const TimeMs now = clock_();
    auto caller = sessions_.Resolve(token, now);
    if (!caller) {
      Fail(ErrorKind::kUnauthenticated,
           "[session_expired] the session has expired or was ended; refresh or log in again");
    }
    caller->address = PeerAddress(ctx->peer());
    bool allowed = false;
    for (Role r : rule->roles) allowed = allowed || r == caller->role;
    if (!allowed) {
      Fail(ErrorKind::kPermissionDenied, std::string("role '") + RoleName(caller->role) +
                                             "' may not call " + std::string(method));
    }
    body(*caller, now);
  });
}

grpc::Status Gate::RunAnonymous(std::string_view method, const std::function<void(TimeMs)>& body) {
  return Guarded(method, lifecycle_, [&] { body(clock_()); });
}

}  // namespace fieldledger::server
