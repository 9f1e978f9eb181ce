#pragma once
// The manager's calls to the server, made blocking on a worker thread (through
// OfficeSession::Run): ScoringService for scorecards and rankings, ManagerService for
// pay, revenue and trends. A Link copies what a call needs from the session, so the
// worker never touches the GUI thread's objects.
#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>

#include "fieldledger/v1/manager.grpc.pb.h"
#include "fieldledger/v1/scoring.grpc.pb.h"
#include "office_session.h"
#include "transport.h"

namespace fieldledger::office {

struct Link {
  std::shared_ptr<grpc::Channel> channel;
  std::string token;
  device::TransportOptions options;

  static Link Of(const OfficeSession& session) {
    return {session.channel(), session.token(), session.transportOptions()};
  }
  bool usable() const { return channel != nullptr && !token.empty(); }
};

template <class Message>
struct Reply {
  grpc::Status status;
  Message message;
};

Reply<v1::Scorecard> CallScorecard(const Link& link, const v1::ScorecardRequest& req);
Reply<v1::Ranking> CallRanking(const Link& link, const v1::RankingRequest& req);
Reply<v1::MonthPay> CallMonthPay(const Link& link, const v1::MonthPayRequest& req);
Reply<v1::Revenue> CallRevenue(const Link& link, const v1::RevenueRequest& req);
Reply<v1::Trend> CallTrend(const Link& link, const v1::TrendRequest& req);

}  // namespace fieldledger::office
