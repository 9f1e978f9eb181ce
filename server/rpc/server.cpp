#include "rpc/server.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/resource_quota.h>

#include <chrono>
#include <stdexcept>

#include "app/board_follower.h"
#include "app/trust_policy.h"
#include "rpc/assessment_service.h"
#include "rpc/attendance_service.h"
#include "rpc/audit_service.h"
#include "rpc/blob_service.h"
#include "rpc/callback_service.h"
#include "rpc/dispatch_service.h"
#include "rpc/malformed_request_interceptor.h"
#include "rpc/manager_service.h"
#include "rpc/metrics.h"
#include "rpc/services.h"
#include "rpc/staff_service.h"

namespace fieldledger::server {

struct FieldLedgerServer::Parts {
  Parts(Store& store, Clock clock, scoring::ScoringPolicy policy,
        const std::vector<std::pair<service_policy::Policy, std::string>>& fee_policies,
        const ServerOptions& options)
      : sessions(store, options.session_lifetimes),
        gate(sessions, std::move(clock)),
        login_throttle(store, options.login_throttle),
        hash_slots(options.hash_slots, options.hash_slot_wait),
        login_door(store, sessions, login_throttle, hash_slots),
        service_policies(WithAll(fee_policies)),
        sync_logic(store, SyncPolicyFrom(policy), &service_policies),
        jobs_logic(store),
        live_scores(store, policy),
        scorecard_logic(store, policy, &live_scores),
        callback_logic(store, policy),
        auth(gate, sessions, login_door),
        sync(gate, sync_logic),
        jobs(gate, jobs_logic),
        scoring(gate, scorecard_logic, callback_logic),
        callback_desk(gate, callback_logic),
        board_feed(SystemNowMs()),
        board(store, board_feed, BoardPolicy(policy, sync_logic.policy())),
        dispatch_actions(store, board.policy()),
        dispatch_history(store, board),
        dispatch(gate, board, dispatch_actions, dispatch_history),
        audit(gate, store) {
    // Every committed change to jobs keeps the live technician scores current.
    auto follow = [this](const std::string& company, const std::vector<std::string>& jobs,
                         TimeMs now) {
      live_scores.JobsChanged(company, jobs, now);
      board.JobsChanged(company, jobs);  // open dispatcher boards hear within a second
    };
    // A push hands over the jobs as it wrote them: ingest never reads them back.
    sync_logic.on_jobs_written = [this](const std::string& company, const WrittenJobs& written,
                                        TimeMs now) {
      live_scores.JobsWritten(company, written, now);
      std::vector<std::string> ids;
      ids.reserve(written.jobs.size());
      for (const auto& j : written.jobs) ids.push_back(j.id);
      board.JobsChanged(company, ids);
    };
    jobs_logic.on_jobs_changed = follow;
    callback_logic.on_jobs_changed = follow;
    dispatch_actions.on_jobs_changed = follow;
    scorecard_logic.on_board_changed = [this](const std::string& company,
                                              const std::vector<std::string>& jobs,
                                              TimeMs) { board.JobsChanged(company, jobs); };
    sync_logic.on_phone_seen = [this](const Caller& c, TimeMs now) {
      if (c.role == Role::kTechnician) board.PhoneSeen(c.company_id, c.user_id, now);
    };
  }
  // The board's settings: the scoring policy's grace, the sync logic's fence and clock
  // tolerance (to say why an arrival is unverified), the desk's own alert defaults.
  static DispatchPolicy BoardPolicy(const scoring::ScoringPolicy& scoring, const SyncPolicy& sync) {
    DispatchPolicy p;
    p.on_time_grace = scoring.on_time_grace;
    p.unverified = scoring.unverified;
    p.clock_tolerance = sync.trust.clock_tolerance;
    p.geofence_radius_m = sync.trust.place.geofence_radius_m;
    return p;
  }
  static ServicePolicies WithAll(
      const std::vector<std::pair<service_policy::Policy, std::string>>& extra) {
    ServicePolicies all;
    for (const auto& [p, text] : extra) all.Add(p, text);
    return all;
  }
  Sessions sessions;
  Gate gate;
  LoginThrottle login_throttle;
  HashSlots hash_slots;
  LoginDoor login_door;
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
  CallBackServiceImpl callback_desk;
  BoardFeed board_feed;
  DispatchBoard board;
  DispatchActions dispatch_actions;
  DispatchHistory dispatch_history;
  DispatchServiceImpl dispatch;
  AuditServiceImpl audit;
};

FieldLedgerServer::FieldLedgerServer(Store& store, ServerOptions options)
    : store_(store), options_(std::move(options)) {}

FieldLedgerServer::~FieldLedgerServer() { Shutdown(); }

int FieldLedgerServer::Start() {
  parts_ = std::make_unique<Parts>(store_, options_.clock, options_.scoring_policy,
                                   options_.service_policies, options_);
  blobs_ = std::make_unique<BlobParts>(store_, parts_->gate);
  manager_ = std::make_unique<ManagerParts>(store_, parts_->gate, parts_->scorecard_logic.policy(),
                                            options_.pay_policy);
  assessment_ = std::make_unique<AssessmentParts>(
      store_, parts_->gate, parts_->scorecard_logic.policy(), manager_->logic.pay_policy());
  attendance_ =
      std::make_unique<AttendanceParts>(store_, parts_->gate, parts_->scorecard_logic.policy());
  attendance_->logic.on_shifts_changed =
      [this](const std::string& company, const std::vector<ShiftRecord>& shifts, TimeMs now) {
        parts_->live_scores.ShiftsChanged(company, shifts, now);
      };
  staff_ = std::make_unique<StaffParts>(store_, parts_->gate);
  // A shift check-in synced from a phone moves the live attendance figures the same way.
  parts_->sync_logic.on_shifts_changed = attendance_->logic.on_shifts_changed;
  parts_->gate.set_lifecycle(&lifecycle_);
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort(options_.listen_address,
                           ServerCredentialsFor(options_.security, options_.listen_address), &port);
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
  // Bounded threads: a login or push flood queues instead of growing a thread per call.
  grpc::ResourceQuota quota("fieldledger-server");
  quota.SetMaxThreads(options_.max_threads);
  builder.SetResourceQuota(quota);
  auto interceptors = MakeServerInterceptors();
  if (options_.metrics) {
    interceptors.push_back(std::make_unique<MetricsInterceptorFactory>(*options_.metrics));
  }
  builder.experimental().SetInterceptorCreators(std::move(interceptors));
  builder.RegisterService(&parts_->auth);
  builder.RegisterService(&parts_->sync);
  builder.RegisterService(&blobs_->service);
  builder.RegisterService(&parts_->jobs);
  builder.RegisterService(&parts_->scoring);
  builder.RegisterService(&manager_->service);
  builder.RegisterService(&assessment_->service);
  builder.RegisterService(&attendance_->service);
  builder.RegisterService(&staff_->service);
  builder.RegisterService(&parts_->callback_desk);
  builder.RegisterService(&parts_->dispatch);
  builder.RegisterService(&parts_->audit);
  server_ = builder.BuildAndStart();
  if (!server_ || port == 0) {
    throw std::runtime_error("cannot listen on " + options_.listen_address);
  }
  lifecycle_.on_serving_changed = [this](bool serving) {
    if (auto* health = server_ ? server_->GetHealthCheckService() : nullptr) {
      health->SetServingStatus(serving);
    }
    if (!serving) prober_wake_.notify_all();
  };
  if (options_.storage_probe) prober_ = std::thread([this] { ProbeLoop(); });
  if (options_.board_follow_interval.count() > 0) {
    board_follower_ =
        std::make_unique<BoardFollower>(store_, parts_->board_feed, options_.board_follow_interval);
    board_follower_->Start();
  }
  return port;
}

void FieldLedgerServer::ProbeLoop() {
  std::unique_lock lock(prober_mu_);
  while (!prober_stop_) {
    if (lifecycle_.writable()) {
      prober_wake_.wait_for(lock, options_.storage_probe_interval,
                            [this] { return prober_stop_ || !lifecycle_.writable(); });
      continue;
    }
    prober_wake_.wait_for(lock, options_.storage_probe_interval, [this] { return prober_stop_; });
    if (prober_stop_) break;
    lock.unlock();
    bool ok = false;
    try {
      ok = options_.storage_probe();
    } catch (const std::exception&) {
      ok = false;
    }
    if (ok) lifecycle_.StorageRecovered();
    lock.lock();
  }
}

void FieldLedgerServer::Wait() {
  if (server_) server_->Wait();
}

void FieldLedgerServer::Shutdown() {
  if (board_follower_) board_follower_->Stop();  // boards are closing; nothing to follow
  if (prober_.joinable()) {
    {
      std::lock_guard lock(prober_mu_);
      prober_stop_ = true;
    }
    prober_wake_.notify_all();
    prober_.join();
  }
  if (server_) {
    // New calls are refused at the gate with UNAVAILABLE (the phone retries later) while
    // those under way finish; then nothing is left that gRPC should wait for, so idle
    // connections and health watchers are cut at once instead of at the deadline.
    lifecycle_.BeginDrain();
    parts_->dispatch.Stop();  // open board streams end instead of holding shutdown
    lifecycle_.WaitIdle(std::chrono::steady_clock::now() + options_.drain_deadline);
    server_->Shutdown(std::chrono::system_clock::now());
    server_.reset();
  }
}

}  // namespace fieldledger::server
