#pragma once
// DispatchService over gRPC: converts v1:: messages to the desk's own types and back,
// and runs each call through the Gate (role table, company, error mapping).
#include <atomic>

#include "app/dispatch_actions.h"
#include "app/dispatch_board.h"
#include "app/dispatch_history.h"
#include "fieldledger/v1/dispatch.grpc.pb.h"
#include "rpc/gate.h"

namespace fieldledger::server {

class DispatchServiceImpl final : public v1::DispatchService::Service {
 public:
  DispatchServiceImpl(Gate& gate, DispatchBoard& board, DispatchActions& actions,
                      DispatchHistory& history)
      : gate_(gate), board_(board), actions_(actions), history_(history) {}

  // Ends every open WatchBoard stream (the server is shutting down).
  void Stop() { stopping_ = true; }

  grpc::Status GetBoard(grpc::ServerContext*, const v1::GetBoardRequest*, v1::Board*) override;
  grpc::Status WatchBoard(grpc::ServerContext*, const v1::WatchBoardRequest*,
                          grpc::ServerWriter<v1::BoardUpdate>*) override;
  grpc::Status CreateJob(grpc::ServerContext*, const v1::DispatchCreateJobRequest*,
                         v1::BoardJob*) override;
  grpc::Status AssignJob(grpc::ServerContext*, const v1::DispatchAssignJobRequest*,
                         v1::BoardJob*) override;
  grpc::Status RescheduleJob(grpc::ServerContext*, const v1::RescheduleJobRequest*,
                             v1::BoardJob*) override;
  grpc::Status CancelJob(grpc::ServerContext*, const v1::DispatchCancelJobRequest*,
                         v1::BoardJob*) override;
  grpc::Status ExcuseJob(grpc::ServerContext*, const v1::ExcuseJobRequest*, v1::BoardJob*) override;
  grpc::Status RevokeExcusal(grpc::ServerContext*, const v1::DispatchRevokeExcusalRequest*,
                             v1::BoardJob*) override;
  grpc::Status AcceptArrival(grpc::ServerContext*, const v1::AcceptArrivalRequest*,
                             v1::BoardJob*) override;
  grpc::Status GetJobHistory(grpc::ServerContext*, const v1::GetJobHistoryRequest*,
                             v1::JobHistory*) override;

 private:
  // The job's board row after an action, into `out`.
  void Row(const Caller& caller, const std::string& job_id, v1::BoardJob* out);

  Gate& gate_;
  DispatchBoard& board_;
  DispatchActions& actions_;
  DispatchHistory& history_;
  std::atomic<bool> stopping_{false};
};

}  // namespace fieldledger::server
