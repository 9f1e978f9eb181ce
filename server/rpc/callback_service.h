#pragma once
// CallBackService: the call-back desk's RPCs, each a thin call through the Gate into
// CallBackLogic. This file and its .cpp are the only desk code that speaks v1:: messages.
#include "app/callback_logic.h"
#include "fieldledger/v1/callbacks.grpc.pb.h"
#include "fieldledger/v1/scoring.pb.h"
#include "rpc/gate.h"

namespace fieldledger::server {

class CallBackServiceImpl final : public v1::CallBackService::Service {
 public:
  CallBackServiceImpl(Gate& gate, CallBackLogic& logic) : gate_(gate), logic_(logic) {}
  grpc::Status ListQueue(grpc::ServerContext*, const v1::ListQueueRequest*,
                         v1::ListQueueResponse*) override;
  grpc::Status ClaimVisit(grpc::ServerContext*, const v1::ClaimVisitRequest*,
                          v1::CallBackVisit*) override;
  grpc::Status ReleaseVisit(grpc::ServerContext*, const v1::ReleaseVisitRequest*,
                            v1::ReleaseVisitResponse*) override;
  grpc::Status RecordCallBack(grpc::ServerContext*, const v1::RecordCallRequest*,
                              v1::RecordCallResponse*) override;
  grpc::Status GetAgentScorecard(grpc::ServerContext*, const v1::AgentScorecardRequest*,
                                 v1::AgentScorecard*) override;
  grpc::Status GetVisitBlob(grpc::ServerContext*, const v1::VisitBlobRequest*,
                            v1::VisitBlob*) override;

 private:
  Gate& gate_;
  CallBackLogic& logic_;
};

// The older ScoringService/RecordCallBack (reached or not, no claim) on the same logic.
RecordInput FromLegacyRequest(const v1::RecordCallBackRequest& req);
void ToLegacyCallBack(const RecordResult& r, v1::CallBack* out);

}  // namespace fieldledger::server
