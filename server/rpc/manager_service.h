#pragma once
// ManagerService: the month's pay, revenue and KPI trends (proto/fieldledger/v1/
// manager.proto), a thin call through the Gate into ManagerLogic. Kept apart from
// services.h so each service's conversions stay in their own file.
#include "app/manager_logic.h"
#include "fieldledger/v1/manager.grpc.pb.h"
#include "rpc/gate.h"

namespace fieldledger::server {

class ManagerServiceImpl final : public v1::ManagerService::Service {
 public:
  ManagerServiceImpl(Gate& gate, ManagerLogic& logic) : gate_(gate), logic_(logic) {}
  grpc::Status GetMonthPay(grpc::ServerContext*, const v1::MonthPayRequest*,
                           v1::MonthPay*) override;
  grpc::Status GetRevenue(grpc::ServerContext*, const v1::RevenueRequest*, v1::Revenue*) override;
  grpc::Status GetTrend(grpc::ServerContext*, const v1::TrendRequest*, v1::Trend*) override;

 private:
  Gate& gate_;
  ManagerLogic& logic_;
};

// The manager logic and its service, owned by FieldLedgerServer next to its other parts.
struct ManagerParts {
  ManagerParts(Store& store, Gate& gate, const scoring::ScoringPolicy& scoring_policy,
               pay::PayPolicy pay_policy)
      : logic(store, scoring_policy, std::move(pay_policy)), service(gate, logic) {}
  ManagerLogic logic;
  ManagerServiceImpl service;
};

}  // namespace fieldledger::server
