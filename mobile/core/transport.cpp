#include "transport.h"

namespace fieldledger::device {

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
  args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, options.min_reconnect_backoff_ms);
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, options.min_reconnect_backoff_ms);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, options.max_reconnect_backoff_ms);
  args.SetInt(GRPC_ARG_ENABLE_RETRIES, 0);  // our outbox owns retries (sync_engine.h)
  return grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
}

void PrepareContext(grpc::ClientContext& ctx, const std::string& token,
                    const TransportOptions& options) {
  ctx.set_deadline(std::chrono::system_clock::now() + options.call_deadline);
  if (!token.empty()) ctx.AddMetadata("authorization", "Bearer " + token);
}

}  // namespace fieldledger::device
