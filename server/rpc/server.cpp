#include "rpc/server.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>

#include <chrono>
#include <stdexcept>

#include "app/trust_policy.h"
#include "rpc/blob_service.h"
#include "rpc/malformed_request_interceptor.h"
#include "rpc/services.h"

namespace fieldledger::server {

struct FieldLedgerServer::Parts {
  Parts(Store& store, Clock clock, scoring::ScoringPolicy policy,
        const std::vector<std::pair<service_policy::Policy, std::string>>& fee_policies)
      : sessions(store),
        gate(sessions, std::move(clock)),
        service_policies(WithAll(fee_policies)),
        sync_logic(store, SyncPolicyFrom(policy), &service_policies),
        jobs_logic(store),
        live_scores(store, policy),
        scorecard_logic(store, std::move(policy), &live_scores),
        callback_logic(store),
        auth(gate, sessions),
        sync(gate, sync_logic),
        jobs(gate, jobs_logic),
        scoring(gate, scorecard_logic, callback_logic) {
    // Every committed change to jobs keeps the live technician scores current.
    auto follow = [this](const std::string& company, const std::vector<std::string>& jobs,
                         TimeMs now) { live_scores.JobsChanged(company, jobs, now); };
    sync_logic.on_jobs_changed = follow;
    jobs_logic.on_jobs_changed = follow;
    callback_logic.on_jobs_changed = follow;
  }
  static ServicePolicies WithAll(
      const std::vector<std::pair<service_policy::Policy, std::string>>& extra) {
    ServicePolicies all;
    for (const auto& [p, text] : extra) all.Add(p, text);
    return all;
  }
  Sessions sessions;
  Gate gate;
  ServicePolicies service_policies;
  SyncLogic sync_logic;
  JobsLogic jobs_logic;
  LiveScores live_scores;
  ScorecardLogic scorecard_logic;
  CallBackLogic callback_logic;
  AuthServiceImpl auth;
  SyncServiceImpl sync;
  JobsServiceImpl jobs;
  ScoringServiceImpl scoring;
};

FieldLedgerServer::FieldLedgerServer(Store& store, ServerOptions options)
    : store_(store), options_(std::move(options)) {}

FieldLedgerServer::~FieldLedgerServer() { Shutdown(); }

int FieldLedgerServer::Start() {
  parts_ = std::make_unique<Parts>(store_, options_.clock, options_.scoring_policy,
                                   options_.service_policies);
  blobs_ = std::make_unique<BlobParts>(store_, parts_->gate);
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  int port = 0;
  // TLS is for the next security issue; today the server listens on loopback by default.
  builder.AddListeningPort(options_.listen_address, grpc::InsecureServerCredentials(), &port);
  // Keepalive agreed with the device (mobile/core/transport.h): the device pings every
  // 60 s, so the server accepts pings 30 s apart and never calls that abuse.
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, 120'000);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 20'000);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 30'000);
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MAX_PING_STRIKES, 0);
  // Without this, Linux lets a second server bind the same port and silently share
  // the traffic with the first, each on its own database.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.SetMaxReceiveMessageSize(8 * 1024 * 1024);
  builder.experimental().SetInterceptorCreators(MakeServerInterceptors());
  builder.RegisterService(&parts_->auth);
  builder.RegisterService(&parts_->sync);
  builder.RegisterService(&blobs_->service);
  builder.RegisterService(&parts_->jobs);
  builder.RegisterService(&parts_->scoring);
  server_ = builder.BuildAndStart();
  if (!server_ || port == 0) {
    throw std::runtime_error("cannot listen on " + options_.listen_address);
  }
  return port;
}

void FieldLedgerServer::Wait() {
  if (server_) server_->Wait();
}

void FieldLedgerServer::Shutdown() {
  if (server_) {
    server_->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
    server_.reset();
  }
}

}  // namespace fieldledger::server
