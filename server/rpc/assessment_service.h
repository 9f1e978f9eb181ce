#pragma once
// AssessmentService (proto/fieldledger/v1/assessment.proto): a thin call through the Gate
// into AssessmentLogic, with the wire conversions.
#include "app/assessment_logic.h"
#include "fieldledger/v1/assessment.grpc.pb.h"
#include "rpc/gate.h"

namespace fieldledger::server {

class AssessmentServiceImpl final : public v1::AssessmentService::Service {
 public:
  AssessmentServiceImpl(Gate& gate, Store& store, AssessmentLogic& logic)
      : gate_(gate), store_(store), logic_(logic) {}
  grpc::Status GetAssessment(grpc::ServerContext*, const v1::AssessmentRequest*,
                             v1::Assessment*) override;
  grpc::Status SetAssessorComment(grpc::ServerContext*, const v1::SetAssessorCommentRequest*,
                                  v1::AssessorComment*) override;
  grpc::Status PublishPeriod(grpc::ServerContext*, const v1::PublishPeriodRequest*,
                             v1::Publication*) override;
  grpc::Status SubmitSelfAssessment(grpc::ServerContext*, const v1::SubmitSelfAssessmentRequest*,
                                    v1::SelfAssessment*) override;

 private:
  scoring::Period Month(const Caller& caller, const std::string& anchor_date);
  Gate& gate_;
  Store& store_;
  AssessmentLogic& logic_;
};

struct AssessmentParts {
  AssessmentParts(Store& store, Gate& gate, const scoring::ScoringPolicy& scoring_policy,
                  const pay::PayPolicy& pay_policy)
      : logic(store, scoring_policy, pay_policy), service(gate, store, logic) {}
  AssessmentLogic logic;
  AssessmentServiceImpl service;
};

}  // namespace fieldledger::server
