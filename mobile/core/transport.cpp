#include "transport.h"

namespace fieldledger::device {

std::shared_ptr<grpc::Channel> MakeChannel(const std::string& address,
                                           const TransportOptions& options) {
  grpc::ChannelArguments args;
  args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, options.keepalive_time_ms);
  args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, options.keepalive_timeout_ms);
  // No pings without calls: a phone's radio should sleep when nothing is syncing.
  args.SetInt(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 0);
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 1'000);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 30'000);
  args.SetInt(GRPC_ARG_ENABLE_RETRIES, 0);  // our outbox owns retries (sync_engine.h)
  return grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
}

void PrepareContext(grpc::ClientContext& ctx, const std::string& token,
                    const TransportOptions& options) {
  ctx.set_deadline(std::chrono::system_clock::now() + options.call_deadline);
  if (!token.empty()) ctx.AddMetadata("authorization", "Bearer " + token);
}

}  // namespace fieldledger::device
