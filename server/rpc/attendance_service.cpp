#include "rpc/attendance_service.h"

namespace fieldledger::server {
namespace {

constexpr std::size_t kMaxCsvBytes = 1 << 20;

v1::ShiftState ToProto(ShiftState s) {
  switch (s) {
    case ShiftState::kUpcoming:
      return v1::SHIFT_STATE_UPCOMING;
    case ShiftState::kAttended:
      return v1::SHIFT_STATE_ATTENDED;
    case ShiftState::kLate:
      return v1::SHIFT_STATE_LATE;
    case ShiftState::kAbsent:
      return v1::SHIFT_STATE_ABSENT;
    case ShiftState::kLeave:
      return v1::SHIFT_STATE_LEAVE;
  }
  return v1::SHIFT_STATE_UNSPECIFIED;
}

void ToProto(const ShiftView& v, v1::Shift* out) {
  out->set_id(v.shift.id);
  out->set_technician_id(v.shift.technician_id);
  out->set_technician_name(v.technician_name);
  out->set_start_ms(v.shift.start_ms);
  out->set_end_ms(v.shift.end_ms.value_or(0));
  out->set_check_in_ms(v.shift.check_in_ms.value_or(0));
  out->set_approved_leave(v.shift.approved_leave);
  out->set_leave_reason(v.shift.leave_reason);
  out->set_state(ToProto(v.state));
  out->set_check_out_ms(v.check_out_ms.value_or(0));
  out->set_check_in_verified(v.shift.check_in_ms.has_value() && v.check_in_verified);
  out->set_check_in_check(v.check_in_check);
}

void ToProto(const UnmatchedCheckInView& v, v1::UnmatchedCheckIn* out) {
  out->set_event_id(v.mark.event_id);
  out->set_technician_id(v.mark.technician_id);
  out->set_technician_name(v.technician_name);
  out->set_at_ms(v.mark.at_ms);
  out->set_outcome(v.mark.outcome);
  out->set_verified(v.mark.verified);
  out->set_check(v.mark.trust_check);
}

}  // namespace

grpc::Status AttendanceServiceImpl::ListShifts(grpc::ServerContext* ctx,
                                               const v1::ListShiftsRequest* req,
                                               v1::ShiftList* resp) {
  return gate_.Run(ctx, "AttendanceService/ListShifts", [&](const Caller& c, TimeMs now) {
    for (const auto& v : logic_.List(c, req->from_ms(), req->to_ms(), req->technician_id(), now)) {
      ToProto(v, resp->add_shifts());
    }
    for (const auto& u : logic_.Unmatched(c, req->from_ms(), req->to_ms(), req->technician_id())) {
      ToProto(u, resp->add_unmatched_check_ins());
    }
  });
}

grpc::Status AttendanceServiceImpl::SaveShift(grpc::ServerContext* ctx,
                                              const v1::SaveShiftRequest* req, v1::Shift* resp) {
  return gate_.Run(ctx, "AttendanceService/SaveShift", [&](const Caller& c, TimeMs now) {
    ToProto(logic_.Save(c, req->id(), req->technician_id(), req->start_ms(), req->end_ms(),
                        req->reason(), now),
            resp);
  });
}

grpc::Status AttendanceServiceImpl::DeleteShift(grpc::ServerContext* ctx,
                                                const v1::DeleteShiftRequest* req,
                                                v1::Shift* resp) {
  return gate_.Run(ctx, "AttendanceService/DeleteShift", [&](const Caller& c, TimeMs now) {
    ToProto(logic_.Delete(c, req->id(), req->reason(), now), resp);
  });
}

grpc::Status AttendanceServiceImpl::SetLeave(grpc::ServerContext* ctx,
                                             const v1::SetLeaveRequest* req, v1::Shift* resp) {
  return gate_.Run(ctx, "AttendanceService/SetLeave", [&](const Caller& c, TimeMs now) {
    ToProto(logic_.SetLeave(c, req->id(), req->approved_leave(), req->reason(), now), resp);
  });
}

grpc::Status AttendanceServiceImpl::ImportShifts(grpc::ServerContext* ctx,
                                                 const v1::ImportShiftsRequest* req,
                                                 v1::ImportShiftsResponse* resp) {
  return gate_.Run(ctx, "AttendanceService/ImportShifts", [&](const Caller& c, TimeMs now) {
    if (req->csv().size() > kMaxCsvBytes) {
      Fail(ErrorKind::kInvalidArgument, "csv is larger than 1 MiB");
    }
    const ShiftImportResult r = logic_.ImportCsv(c, req->csv(), now);
    if (!r.errors.empty()) {
      std::string msg = "csv: nothing was imported; fix these lines:";
      for (std::size_t i = 0; i < r.errors.size() && i < 50; ++i) msg += "\n" + r.errors[i];
      if (r.errors.size() > 50) msg += "\n(" + std::to_string(r.errors.size() - 50) + " more)";
      Fail(ErrorKind::kInvalidArgument, msg);
    }
    resp->set_created(r.created);
  });
}

grpc::Status AttendanceServiceImpl::GetShiftHistory(grpc::ServerContext* ctx,
                                                    const v1::ShiftHistoryRequest* req,
                                                    v1::ShiftHistory* resp) {
  return gate_.Run(ctx, "AttendanceService/GetShiftHistory", [&](const Caller& c, TimeMs) {
    for (const auto& a : logic_.History(c, req->id())) {
      auto* e = resp->add_entries();
      e->set_action(a.action);
      e->set_actor_id(a.actor_id);
      e->set_at_ms(a.at_ms);
      e->set_reason(a.reason);
      e->set_detail(a.detail);
    }
  });
}

}  // namespace fieldledger::server
