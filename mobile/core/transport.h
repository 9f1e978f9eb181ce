#pragma once
// How the device talks to the server: one channel with keepalive values that agree
// with the server's (server/rpc/server.cpp), and a deadline on every call.
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <memory>
#include <string>

namespace fieldledger::device {

struct TransportOptions {
  std::chrono::milliseconds call_deadline{15'000};
  // Ping an idle-but-open connection every 60 s; the server accepts pings 30 s apart.
  int keepalive_time_ms = 60'000;
  int keepalive_timeout_ms = 20'000;
  // The channel's own reconnect attempts while the server cannot be reached.
  int min_reconnect_backoff_ms = 500;
  int max_reconnect_backoff_ms = 5'000;
};

std::shared_ptr<grpc::Channel> MakeChannel(const std::string& address,
                                           const TransportOptions& options = {});

// Sets the deadline and the bearer token on a fresh call context.
void PrepareContext(grpc::ClientContext& ctx, const std::string& token,
                    const TransportOptions& options);

}  // namespace fieldledger::device
