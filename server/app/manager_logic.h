#pragma once
// The manager's figures beyond a scorecard: the month's pay, service revenue and KPI
// trends, for the caller's company only. Application logic on domain types; the rpc
// layer (server/rpc/manager_service.cpp) converts requests and answers.
#include <string>
#include <vector>

#include "app/pay_logic.h"
#include "app/revenue.h"
#include "app/trend.h"
#include "auth/caller.h"
#include "fieldledger/pay/pay_policy.h"
#include "fieldledger/scoring/policy.h"
#include "storage/store.h"

namespace fieldledger::server {

struct RevenueRow {
  std::string technician_id;
  std::string display_name;
  std::string team_id;
  RevenueTally tally;
};

class ManagerLogic {
 public:
  ManagerLogic(Store& store, const scoring::ScoringPolicy& scoring_policy,
               pay::PayPolicy pay_policy)
      : store_(store), scoring_policy_(scoring_policy), pay_policy_(std::move(pay_policy)) {}

  // The company's time zone, for resolving requested dates.
  std::string CompanyZone(const Caller& caller);

  // Every technician's (or one team's) pay for `month` (a resolved month period).
  MonthPay Pay(const Caller& caller, const scoring::Period& month, const std::string& team_id,
               TimeMs now);
  // Revenue per technician (of one team, or all) for any period, by technician id.
  std::vector<RevenueRow> Revenue(const Caller& caller, const scoring::Period& period,
                                  const std::string& team_id);
  // The metric for the scope over `count` weeks or months ending with the anchor's.
  std::vector<TrendPoint> Trend(const Caller& caller, scoring::Metric metric,
                                scoring::PeriodKind kind, int count, TimeMs anchor,
                                const scoring::Scope& scope, TimeMs now);

  const scoring::ScoringPolicy& scoring_policy() const { return scoring_policy_; }
  const pay::PayPolicy& pay_policy() const { return pay_policy_; }

 private:
  void CheckTeam(StoreTx& tx, const Caller& caller, const std::string& team_id);
  Store& store_;
  const scoring::ScoringPolicy& scoring_policy_;
  pay::PayPolicy pay_policy_;
};

}  // namespace fieldledger::server
