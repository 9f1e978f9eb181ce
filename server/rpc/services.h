#pragma once
// The gRPC services. Each method is a thin call through the Gate into application logic.
#include "app/callback_logic.h"
#include "app/jobs_logic.h"
#include "app/scorecard_logic.h"
#include "app/sync_logic.h"
#include "auth/login_door.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/jobs.grpc.pb.h"
#include "fieldledger/v1/scoring.grpc.pb.h"
#include "fieldledger/v1/sync.grpc.pb.h"
#include "rpc/gate.h"

namespace fieldledger::server {

class AuthServiceImpl final : public v1::AuthService::Service {
 public:
  AuthServiceImpl(Gate& gate, Sessions& sessions, LoginDoor& door)
      : gate_(gate), sessions_(sessions), door_(door) {}
  grpc::Status Login(grpc::ServerContext*, const v1::LoginRequest*, v1::LoginResponse*) override;
  grpc::Status Refresh(grpc::ServerContext*, const v1::RefreshRequest*,
                       v1::LoginResponse*) override;
  grpc::Status Logout(grpc::ServerContext*, const v1::LogoutRequest*, v1::LogoutResponse*) override;

 private:
  Gate& gate_;
  Sessions& sessions_;
  LoginDoor& door_;
};

class SyncServiceImpl final : public v1::SyncService::Service {
 public:
  SyncServiceImpl(Gate& gate, SyncLogic& logic) : gate_(gate), logic_(logic) {}
  grpc::Status Push(grpc::ServerContext*, const v1::PushRequest*, v1::PushResponse*) override;
  grpc::Status Pull(grpc::ServerContext*, const v1::PullRequest*, v1::PullResponse*) override;

 private:
  Gate& gate_;
  SyncLogic& logic_;
};

class JobsServiceImpl final : public v1::JobsService::Service {
 public:
  JobsServiceImpl(Gate& gate, JobsLogic& logic) : gate_(gate), logic_(logic) {}
  grpc::Status CreateJob(grpc::ServerContext*, const v1::CreateJobRequest*, v1::Job*) override;
  grpc::Status ListJobs(grpc::ServerContext*, const v1::ListJobsRequest*,
                        v1::ListJobsResponse*) override;
  grpc::Status AssignJob(grpc::ServerContext*, const v1::AssignJobRequest*, v1::Job*) override;
  grpc::Status CancelJob(grpc::ServerContext*, const v1::CancelJobRequest*, v1::Job*) override;

 private:
  Gate& gate_;
  JobsLogic& logic_;
};

class ScoringServiceImpl final : public v1::ScoringService::Service {
 public:
  ScoringServiceImpl(Gate& gate, ScorecardLogic& logic, CallBackLogic& callbacks)
      : gate_(gate), logic_(logic), callbacks_(callbacks) {}
  grpc::Status GetScorecard(grpc::ServerContext*, const v1::ScorecardRequest*,
                            v1::Scorecard*) override;
  grpc::Status GetRanking(grpc::ServerContext*, const v1::RankingRequest*, v1::Ranking*) override;
  grpc::Status ListExcusalHistory(grpc::ServerContext*, const v1::ExcusalHistoryRequest*,
                                  v1::ExcusalHistory*) override;
  grpc::Status RecordCallBack(grpc::ServerContext*, const v1::RecordCallBackRequest*,
                              v1::CallBack*) override;
  grpc::Status ExcuseArrival(grpc::ServerContext*, const v1::ExcuseArrivalRequest*,
                             v1::Excusal*) override;
  grpc::Status RevokeExcusal(grpc::ServerContext*, const v1::RevokeExcusalRequest*,
                             v1::Excusal*) override;

 private:
  Gate& gate_;
  ScorecardLogic& logic_;
  CallBackLogic& callbacks_;
};

}  // namespace fieldledger::server
