#include "transport.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fieldledger::device {

std::shared_ptr<grpc::ChannelCredentials> ChannelCredentials(const TransportOptions& options) {
  if (options.insecure) return grpc::InsecureChannelCredentials();
  std::string ca_file = options.ca_file;
  if (ca_file.empty()) {
    if (const char* env = std::getenv(kCaFileVariable)) ca_file = env;
  }
  grpc::SslCredentialsOptions ssl;
  if (!ca_file.empty()) {
    std::ifstream in(ca_file, std::ios::binary);
    std::ostringstream pem;
    pem << in.rdbuf();
    if (!in || pem.str().find("-----BEGIN CERTIFICATE") == std::string::npos) {
      throw std::runtime_error("cannot read the CA certificate " + ca_file);
    }
    ssl.pem_root_certs = pem.str();
  }
  return grpc::SslCredentials(ssl);
}

std::shared_ptr<grpc::Channel> MakeChannel(const std::string& address,
                                           const TransportOptions& options) {
  grpc::ChannelArguments args;
  args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, options.keepalive_time_ms);
  args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, options.keepalive_timeout_ms);
  // No pings without calls: a phone's radio should sleep when nothing is syncing.
  args.SetInt(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 0);
  // Short reconnect backoff: a call made while the channel waits out its backoff fails
  // at once, so a long backoff here (gRPC's default is 2 minutes) delays the first send
  // after the server or the network is back by as much. A TCP connect every few seconds
  // while offline is cheap next to that (docs/sync.md, "Recovery").
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, options.initial_reconnect_backoff_ms);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, options.max_reconnect_backoff_ms);
  // Despite its name, gRPC's subchannel uses this as the deadline of each connection
  // attempt (max(next backoff, now + this)), not as a bound on the backoff.
  args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, options.connect_timeout_ms);
  args.SetInt(GRPC_ARG_ENABLE_RETRIES, 0);  // our outbox owns retries (sync_engine.h)
  return grpc::CreateCustomChannel(address, ChannelCredentials(options), args);
}

void PrepareContext(grpc::ClientContext& ctx, const std::string& token,
                    const TransportOptions& options) {
  ctx.set_deadline(std::chrono::system_clock::now() + options.call_deadline);
  if (!token.empty()) ctx.AddMetadata("authorization", "Bearer " + token);
}

}  // namespace fieldledger::device
