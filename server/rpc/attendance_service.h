#pragma once
// AttendanceService (proto/fieldledger/v1/attendance.proto): a thin call through the Gate
// into AttendanceLogic, with the wire conversions.
#include "app/attendance_logic.h"
#include "fieldledger/v1/attendance.grpc.pb.h"
#include "rpc/gate.h"

namespace fieldledger::server {

class AttendanceServiceImpl final : public v1::AttendanceService::Service {
 public:
  AttendanceServiceImpl(Gate& gate, AttendanceLogic& logic) : gate_(gate), logic_(logic) {}
  grpc::Status ListShifts(grpc::ServerContext*, const v1::ListShiftsRequest*,
                          v1::ShiftList*) override;
  grpc::Status SaveShift(grpc::ServerContext*, const v1::SaveShiftRequest*, v1::Shift*) override;
  grpc::Status DeleteShift(grpc::ServerContext*, const v1::DeleteShiftRequest*,
                           v1::Shift*) override;
  grpc::Status SetLeave(grpc::ServerContext*, const v1::SetLeaveRequest*, v1::Shift*) override;
  grpc::Status ImportShifts(grpc::ServerContext*, const v1::ImportShiftsRequest*,
                            v1::ImportShiftsResponse*) override;
  grpc::Status GetShiftHistory(grpc::ServerContext*, const v1::ShiftHistoryRequest*,
                               v1::ShiftHistory*) override;

 private:
  Gate& gate_;
  AttendanceLogic& logic_;
};

struct AttendanceParts {
  AttendanceParts(Store& store, Gate& gate, const scoring::ScoringPolicy& policy)
      : logic(store, policy), service(gate, logic) {}
  AttendanceLogic logic;
  AttendanceServiceImpl service;
};

}  // namespace fieldledger::server
