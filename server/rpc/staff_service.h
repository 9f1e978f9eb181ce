#pragma once
// StaffService (proto/fieldledger/v1/staff.proto): a thin call through the Gate into
// StaffLogic, with the wire conversions.
#include "app/staff_logic.h"
#include "fieldledger/v1/staff.grpc.pb.h"
#include "rpc/gate.h"

namespace fieldledger::server {

class StaffServiceImpl final : public v1::StaffService::Service {
 public:
  StaffServiceImpl(Gate& gate, StaffLogic& logic) : gate_(gate), logic_(logic) {}
  grpc::Status ListStaff(grpc::ServerContext*, const v1::ListStaffRequest*, v1::Staff*) override;

 private:
  Gate& gate_;
  StaffLogic& logic_;
};

struct StaffParts {
  StaffParts(Store& store, Gate& gate) : logic(store), service(gate, logic) {}
  StaffLogic logic;
  StaffServiceImpl service;
};

}  // namespace fieldledger::server
