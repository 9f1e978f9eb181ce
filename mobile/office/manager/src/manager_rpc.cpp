#include "manager_rpc.h"

namespace fieldledger::office {
namespace {

grpc::Status NotSignedIn() { return {grpc::StatusCode::UNAUTHENTICATED, "not signed in"}; }

// One unary call with a fresh context: deadline and bearer token from the link.
template <class Stub, class Request, class Message, class Method>
Reply<Message> Call(const Link& link, const Request& req, Method method) {
  Reply<Message> reply;
  if (!link.usable()) {
    reply.status = NotSignedIn();
    return reply;
  }
  auto stub = Stub::NewStub(link.channel);
  grpc::ClientContext ctx;
  device::PrepareContext(ctx, link.token, link.options);
  reply.status = ((*stub).*method)(&ctx, req, &reply.message);
  return reply;
}

}  // namespace

Reply<v1::Scorecard> CallScorecard(const Link& link, const v1::ScorecardRequest& req) {
  return Call<v1::ScoringService, v1::ScorecardRequest, v1::Scorecard>(
      link, req, &v1::ScoringService::Stub::GetScorecard);
}

Reply<v1::Ranking> CallRanking(const Link& link, const v1::RankingRequest& req) {
  return Call<v1::ScoringService, v1::RankingRequest, v1::Ranking>(
      link, req, &v1::ScoringService::Stub::GetRanking);
}

Reply<v1::MonthPay> CallMonthPay(const Link& link, const v1::MonthPayRequest& req) {
  return Call<v1::ManagerService, v1::MonthPayRequest, v1::MonthPay>(
      link, req, &v1::ManagerService::Stub::GetMonthPay);
}

Reply<v1::Revenue> CallRevenue(const Link& link, const v1::RevenueRequest& req) {
  return Call<v1::ManagerService, v1::RevenueRequest, v1::Revenue>(
      link, req, &v1::ManagerService::Stub::GetRevenue);
}

Reply<v1::Trend> CallTrend(const Link& link, const v1::TrendRequest& req) {
  return Call<v1::ManagerService, v1::TrendRequest, v1::Trend>(link, req,
                                                               &v1::ManagerService::Stub::GetTrend);
}

}  // namespace fieldledger::office
