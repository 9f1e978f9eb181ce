#include "auth/rpc_policy.h"

namespace fieldledger::server {

const std::vector<RpcRule>& RpcRules() {
  using R = Role;
  static const std::vector<RpcRule> kRules = {
      {"AuthService/Logout",
       {R::kTechnician, R::kDispatcher, R::kCallbackAgent, R::kManager, R::kAdmin}},
      {"SyncService/Push", {R::kTechnician}},
      {"SyncService/Pull", {R::kTechnician}},
      {"BlobService/GetUploadOffset", {R::kTechnician}},
      {"BlobService/UploadChunk", {R::kTechnician}},
      {"JobsService/CreateJob", {R::kDispatcher, R::kAdmin}},
      {"JobsService/ListJobs", {R::kTechnician, R::kDispatcher, R::kManager, R::kAdmin}},
      {"JobsService/AssignJob", {R::kDispatcher, R::kAdmin}},
      {"JobsService/CancelJob", {R::kDispatcher, R::kAdmin}},
      // Technicians may read only their own scorecard (checked in the scoring logic).
      {"ScoringService/GetScorecard", {R::kTechnician, R::kDispatcher, R::kManager, R::kAdmin}},
      {"ScoringService/GetRanking", {R::kDispatcher, R::kManager, R::kAdmin}},
      {"ScoringService/ListExcusalHistory", {R::kDispatcher, R::kManager, R::kAdmin}},
      {"ScoringService/RecordCallBack", {R::kCallbackAgent, R::kAdmin}},
      {"ScoringService/ExcuseArrival", {R::kDispatcher, R::kAdmin}},
      {"ScoringService/RevokeExcusal", {R::kDispatcher, R::kAdmin}},
      {"ManagerService/GetMonthPay", {R::kManager, R::kAdmin}},
      {"ManagerService/GetRevenue", {R::kManager, R::kAdmin}},
      {"ManagerService/GetTrend", {R::kManager, R::kAdmin}},
      {"AssessmentService/GetAssessment", {R::kManager, R::kAdmin}},
      {"AssessmentService/SetAssessorComment", {R::kManager, R::kAdmin}},
      {"AssessmentService/PublishPeriod", {R::kManager, R::kAdmin}},
      // Technicians write their own (the logic refuses everyone else).
      {"AssessmentService/SubmitSelfAssessment", {R::kTechnician}},
      // The shift schedule: the office edits, dispatchers read, technicians read their own.
      {"AttendanceService/ListShifts", {R::kTechnician, R::kDispatcher, R::kManager, R::kAdmin}},
      {"AttendanceService/SaveShift", {R::kManager, R::kAdmin}},
      {"AttendanceService/DeleteShift", {R::kManager, R::kAdmin}},
      {"AttendanceService/SetLeave", {R::kManager, R::kAdmin}},
      {"AttendanceService/ImportShifts", {R::kManager, R::kAdmin}},
      {"AttendanceService/GetShiftHistory", {R::kDispatcher, R::kManager, R::kAdmin}},
      // Users and teams of the caller's company; a technician gets only themselves.
      {"StaffService/ListStaff",
       {R::kTechnician, R::kDispatcher, R::kCallbackAgent, R::kManager, R::kAdmin}},
      // Moving a technician between teams moves team scorecards: the people managers.
      {"StaffService/MoveUserToTeam", {R::kManager, R::kAdmin}},
      // The call-back desk (docs/callbacks.md). Managers read the queue and agents' cards;
      // an agent may read only their own card (checked in the logic).
      {"CallBackService/ListQueue", {R::kCallbackAgent, R::kManager, R::kAdmin}},
      {"CallBackService/ClaimVisit", {R::kCallbackAgent, R::kAdmin}},
      {"CallBackService/ReleaseVisit", {R::kCallbackAgent, R::kAdmin}},
      {"CallBackService/RecordCallBack", {R::kCallbackAgent, R::kAdmin}},
      {"CallBackService/GetAgentScorecard", {R::kCallbackAgent, R::kManager, R::kAdmin}},
      {"CallBackService/GetVisitBlob", {R::kCallbackAgent, R::kManager, R::kAdmin}},
      // The dispatcher's desk (rpc/dispatch_service.h): managers may watch the board.
      {"DispatchService/GetBoard", {R::kDispatcher, R::kManager, R::kAdmin}},
      {"DispatchService/WatchBoard", {R::kDispatcher, R::kManager, R::kAdmin}},
      {"DispatchService/GetJobHistory",
       {R::kDispatcher, R::kCallbackAgent, R::kManager, R::kAdmin}},
      {"DispatchService/CreateJob", {R::kDispatcher, R::kAdmin}},
      {"DispatchService/AssignJob", {R::kDispatcher, R::kAdmin}},
      {"DispatchService/RescheduleJob", {R::kDispatcher, R::kAdmin}},
      {"DispatchService/CancelJob", {R::kDispatcher, R::kAdmin}},
      {"DispatchService/ExcuseJob", {R::kDispatcher, R::kAdmin}},
      {"DispatchService/RevokeExcusal", {R::kDispatcher, R::kAdmin}},
      {"DispatchService/AcceptArrival", {R::kDispatcher, R::kAdmin}},
      // The audit trails (rpc/audit_service.h): managers and administrators read them.
      {"AuditService/ListJobAudit", {R::kManager, R::kAdmin}},
      {"AuditService/ListSignIns", {R::kManager, R::kAdmin}},
  };
  return kRules;
}

const RpcRule* FindRpcRule(std::string_view method) {
  for (const auto& rule : RpcRules()) {
    if (rule.method == method) return &rule;
  }
  return nullptr;
}

}  // namespace fieldledger::server
