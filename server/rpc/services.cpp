#include "rpc/services.h"

#include "message_sha256.h"
#include "rpc/callback_service.h"
#include "rpc/job_convert.h"
#include "rpc/jobs_convert.h"
#include "rpc/peer_address.h"
#include "rpc/scoring_convert.h"
#include "rpc/sync_convert.h"

namespace fieldledger::server {
namespace {

v1::Role ToProto(Role r) {
  switch (r) {
    case Role::kTechnician:
      return v1::ROLE_TECHNICIAN;
    case Role::kDispatcher:
      return v1::ROLE_DISPATCHER;
    case Role::kCallbackAgent:
      return v1::ROLE_CALLBACK_AGENT;
    case Role::kManager:
      return v1::ROLE_MANAGER;
    case Role::kAdmin:
      return v1::ROLE_ADMIN;
  }
  return v1::ROLE_UNSPECIFIED;
}

void FillLogin(const LoginResult& r, v1::LoginResponse& resp) {
  resp.set_token(r.token);
  resp.set_expires_at_ms(r.expires_ms);
  resp.set_expires_in_ms(r.lifetime_ms);
  resp.set_refresh_token(r.refresh_token);
  resp.set_refresh_expires_at_ms(r.refresh_expires_ms);
  resp.set_user_id(r.user.id);
  resp.set_display_name(r.user.display_name);
  resp.set_role(ToProto(r.user.role));
  resp.set_company_id(r.company.id);
  resp.set_company_name(r.company.name);
  resp.set_time_zone(r.company.time_zone);
}

}  // namespace

grpc::Status AuthServiceImpl::Login(grpc::ServerContext* ctx, const v1::LoginRequest* req,
                                    v1::LoginResponse* resp) {
  return gate_.RunAnonymous("AuthService/Login", [&](TimeMs now) {
    if (req->username().empty() || req->password().empty()) {
      Fail(ErrorKind::kInvalidArgument, "username and password are required");
    }
    if (req->username().size() > 100 || req->password().size() > 256 ||
        req->device_name().size() > 100) {
      Fail(ErrorKind::kInvalidArgument, "username, password or device name is too long");
    }
    FillLogin(
        door_.SignIn(
            {req->username(), req->password(), req->device_name(), PeerAddress(ctx->peer())}, now),
        *resp);
  });
}

grpc::Status AuthServiceImpl::Refresh(grpc::ServerContext* ctx, const v1::RefreshRequest* req,
                                      v1::LoginResponse* resp) {
  return gate_.RunAnonymous("AuthService/Refresh", [&](TimeMs now) {
    if (req->refresh_token().empty()) {
      Fail(ErrorKind::kInvalidArgument, "[refresh_token_required] refresh_token is required");
    }
    FillLogin(door_.Refresh(req->refresh_token(), PeerAddress(ctx->peer()), now), *resp);
  });
}

grpc::Status AuthServiceImpl::Logout(grpc::ServerContext* ctx, const v1::LogoutRequest*,
                                     v1::LogoutResponse*) {
  return gate_.Run(ctx, "AuthService/Logout", [&](const Caller& caller, TimeMs now) {
    auto it = ctx->client_metadata().find("authorization");
    sessions_.Logout(std::string(it->second.data(), it->second.size()).substr(7), now);
    door_.SignedOut(caller, PeerAddress(ctx->peer()), now);
  });
}

grpc::Status SyncServiceImpl::Push(grpc::ServerContext* ctx, const v1::PushRequest* req,
                                   v1::PushResponse* resp) {
  return gate_.Run(ctx, "SyncService/Push", [&](const Caller& c, TimeMs now) {
    ToWire(logic_.Push(c, FromWire(*req), now), resp);
  });
}

grpc::Status SyncServiceImpl::Pull(grpc::ServerContext* ctx, const v1::PullRequest* req,
                                   v1::PullResponse* resp) {
  return gate_.Run(ctx, "SyncService/Pull", [&](const Caller& c, TimeMs now) {
    ToWire(logic_.Pull(c, FromWire(*req), now), resp);
  });
}

grpc::Status JobsServiceImpl::CreateJob(grpc::ServerContext* ctx, const v1::CreateJobRequest* req,
                                        v1::Job* resp) {
  return gate_.Run(ctx, "JobsService/CreateJob", [&](const Caller& c, TimeMs now) {
    // The job as sent, hashed: as in DispatchService.CreateJob, so a
    // request_id works in both.
    ToProto(logic_.Create(c, NewJobFromProto(req->job()), req->request_id(),
                          v1::MessageSha256(req->job()), now),
            resp);
  });
}

grpc::Status JobsServiceImpl::ListJobs(grpc::ServerContext* ctx, const v1::ListJobsRequest* req,
                                       v1::ListJobsResponse* resp) {
  return gate_.Run(ctx, "JobsService/ListJobs", [&](const Caller& c, TimeMs) {
    ToProto(logic_.List(c, FromProto(*req)), resp);
  });
}

grpc::Status JobsServiceImpl::AssignJob(grpc::ServerContext* ctx, const v1::AssignJobRequest* req,
                                        v1::Job* resp) {
  return gate_.Run(ctx, "JobsService/AssignJob", [&](const Caller& c, TimeMs now) {
    ToProto(logic_.Assign(c, req->job_id(), req->technician_id(), now), resp);
  });
}

grpc::Status JobsServiceImpl::CancelJob(grpc::ServerContext* ctx, const v1::CancelJobRequest* req,
                                        v1::Job* resp) {
  return gate_.Run(ctx, "JobsService/CancelJob", [&](const Caller& c, TimeMs now) {
    ToProto(logic_.Cancel(c, req->job_id(), req->reason(), now), resp);
  });
}

grpc::Status ScoringServiceImpl::GetScorecard(grpc::ServerContext* ctx,
                                              const v1::ScorecardRequest* req,
                                              v1::Scorecard* resp) {
  return gate_.Run(ctx, "ScoringService/GetScorecard", [&](const Caller& c, TimeMs now) {
    ToProto(logic_.Get(c, FromProto(*req), now), resp);
  });
}

grpc::Status ScoringServiceImpl::GetRanking(grpc::ServerContext* ctx, const v1::RankingRequest* req,
                                            v1::Ranking* resp) {
  return gate_.Run(ctx, "ScoringService/GetRanking", [&](const Caller& c, TimeMs now) {
    ToProto(logic_.Rank(c, FromProto(*req), now), resp);
  });
}

grpc::Status ScoringServiceImpl::ListExcusalHistory(grpc::ServerContext* ctx,
                                                    const v1::ExcusalHistoryRequest* req,
                                                    v1::ExcusalHistory* resp) {
  return gate_.Run(ctx, "ScoringService/ListExcusalHistory", [&](const Caller& c, TimeMs) {
    ToProto(logic_.History(c, req->job_id()), resp);
  });
}

grpc::Status ScoringServiceImpl::RecordCallBack(grpc::ServerContext* ctx,
                                                const v1::RecordCallBackRequest* req,
                                                v1::CallBack* resp) {
  return gate_.Run(ctx, "ScoringService/RecordCallBack", [&](const Caller& c, TimeMs now) {
    ToLegacyCallBack(callbacks_.Record(c, FromLegacyRequest(*req), now), resp);
  });
}

grpc::Status ScoringServiceImpl::ExcuseArrival(grpc::ServerContext* ctx,
                                               const v1::ExcuseArrivalRequest* req,
                                               v1::Excusal* resp) {
  return gate_.Run(ctx, "ScoringService/ExcuseArrival", [&](const Caller& c, TimeMs now) {
    ToProto(logic_.Excuse(c, req->job_id(), req->reason(), now), resp);
  });
}

grpc::Status ScoringServiceImpl::RevokeExcusal(grpc::ServerContext* ctx,
                                               const v1::RevokeExcusalRequest* req,
                                               v1::Excusal* resp) {
  return gate_.Run(ctx, "ScoringService/RevokeExcusal", [&](const Caller& c, TimeMs now) {
    ToProto(logic_.Revoke(c, req->job_id(), req->reason(), now), resp);
  });
}

}  // namespace fieldledger::server
