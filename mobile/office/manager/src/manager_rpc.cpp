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

Reply<v1::Staff> CallListStaff(const Link& link, const v1::ListStaffRequest& req) {
  return Call<v1::StaffService, v1::ListStaffRequest, v1::Staff>(
      link, req, &v1::StaffService::Stub::ListStaff);
}

Reply<v1::ShiftList> CallListShifts(const Link& link, const v1::ListShiftsRequest& req) {
  return Call<v1::AttendanceService, v1::ListShiftsRequest, v1::ShiftList>(
      link, req, &v1::AttendanceService::Stub::ListShifts);
}

Reply<v1::Shift> CallSaveShift(const Link& link, const v1::SaveShiftRequest& req) {
  return Call<v1::AttendanceService, v1::SaveShiftRequest, v1::Shift>(
      link, req, &v1::AttendanceService::Stub::SaveShift);
}

Reply<v1::Shift> CallDeleteShift(const Link& link, const v1::DeleteShiftRequest& req) {
  return Call<v1::AttendanceService, v1::DeleteShiftRequest, v1::Shift>(
      link, req, &v1::AttendanceService::Stub::DeleteShift);
}

Reply<v1::Shift> CallSetLeave(const Link& link, const v1::SetLeaveRequest& req) {
  return Call<v1::AttendanceService, v1::SetLeaveRequest, v1::Shift>(
      link, req, &v1::AttendanceService::Stub::SetLeave);
}

Reply<v1::ImportShiftsResponse> CallImportShifts(const Link& link,
                                                 const v1::ImportShiftsRequest& req) {
  return Call<v1::AttendanceService, v1::ImportShiftsRequest, v1::ImportShiftsResponse>(
      link, req, &v1::AttendanceService::Stub::ImportShifts);
}

Reply<v1::Assessment> CallGetAssessment(const Link& link, const v1::AssessmentRequest& req) {
  return Call<v1::AssessmentService, v1::AssessmentRequest, v1::Assessment>(
      link, req, &v1::AssessmentService::Stub::GetAssessment);
}

Reply<v1::AssessorComment> CallSetAssessorComment(const Link& link,
                                                  const v1::SetAssessorCommentRequest& req) {
  return Call<v1::AssessmentService, v1::SetAssessorCommentRequest, v1::AssessorComment>(
      link, req, &v1::AssessmentService::Stub::SetAssessorComment);
}

Reply<v1::Publication> CallPublishPeriod(const Link& link, const v1::PublishPeriodRequest& req) {
  return Call<v1::AssessmentService, v1::PublishPeriodRequest, v1::Publication>(
      link, req, &v1::AssessmentService::Stub::PublishPeriod);
}

}  // namespace fieldledger::office
