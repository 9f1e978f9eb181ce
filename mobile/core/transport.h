#pragma once
// How the device talks to the server: one TLS channel with keepalive values that agree
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
  // The CA certificate (PEM file) the server's certificate must chain to. When set, it is
  // the only root trusted (the system's are not): the channel is pinned to that CA.
  // Empty: the file named by FIELDLEDGER_CA_FILE, else the system's roots.
  std::string ca_file;
  // Plaintext, for a server started with --insecure on loopback. Never the default.
  bool insecure = false;
  // The channel's own reconnect attempts while the server cannot be reached: the first
  // after this long, growing to at most the maximum.
  int initial_reconnect_backoff_ms = 500;
  int max_reconnect_backoff_ms = 5'000;
  // How long one connection attempt (TCP, TLS handshake, HTTP/2 settings) may take. gRPC
  // spells it GRPC_ARG_MIN_RECONNECT_BACKOFF_MS and its default is 20 s; it must stay far
  // above a TLS handshake over a slow mobile network, or no attempt ever completes.
  int connect_timeout_ms = 20'000;
};

// The environment variable naming the CA file when TransportOptions::ca_file is empty.
inline constexpr char kCaFileVariable[] = "FIELDLEDGER_CA_FILE";

// The credentials MakeChannel uses. Throws std::runtime_error if the CA file is unreadable.
std::shared_ptr<grpc::ChannelCredentials> ChannelCredentials(const TransportOptions& options);

std::shared_ptr<grpc::Channel> MakeChannel(const std::string& address,
                                           const TransportOptions& options = {});

// Sets the deadline and the bearer token on a fresh call context.
void PrepareContext(grpc::ClientContext& ctx, const std::string& token,
                    const TransportOptions& options);

}  // namespace fieldledger::device
