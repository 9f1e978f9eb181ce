#pragma once
// The manager's calls to the server, made blocking on a worker thread (through
// OfficeSession::Run): ScoringService for scorecards and rankings, ManagerService for
// pay, revenue and trends, StaffService for the people, AttendanceService for the shift
// schedule and AssessmentService for the month's assessment. A Link copies what a call needs from
// the session, so the worker never touches the GUI thread's objects.
#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>

#include "fieldledger/v1/assessment.grpc.pb.h"
#include "fieldledger/v1/attendance.grpc.pb.h"
#include "fieldledger/v1/manager.grpc.pb.h"
#include "fieldledger/v1/scoring.grpc.pb.h"
#include "fieldledger/v1/staff.grpc.pb.h"
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
Reply<v1::Staff> CallListStaff(const Link& link, const v1::ListStaffRequest& req);
Reply<v1::ShiftList> CallListShifts(const Link& link, const v1::ListShiftsRequest& req);
Reply<v1::Shift> CallSaveShift(const Link& link, const v1::SaveShiftRequest& req);
Reply<v1::Shift> CallDeleteShift(const Link& link, const v1::DeleteShiftRequest& req);
Reply<v1::Shift> CallSetLeave(const Link& link, const v1::SetLeaveRequest& req);
Reply<v1::ImportShiftsResponse> CallImportShifts(const Link& link,
                                                 const v1::ImportShiftsRequest& req);
Reply<v1::Assessment> CallGetAssessment(const Link& link, const v1::AssessmentRequest& req);
Reply<v1::AssessorComment> CallSetAssessorComment(const Link& link,
                                                  const v1::SetAssessorCommentRequest& req);
Reply<v1::Publication> CallPublishPeriod(const Link& link, const v1::PublishPeriodRequest& req);

}  // namespace fieldledger::office
