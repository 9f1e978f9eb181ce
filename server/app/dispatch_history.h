#pragma once
// The whole history of one job, in time order: created, every office action from the
// audit trail, every phone event (on my way, arrival with position and verification,
// work with the fee check, completion with the signature image, refused events),
// call-backs and excusals.
#include <string>

#include "app/dispatch_board.h"
#include "app/dispatch_types.h"
#include "auth/caller.h"
#include "storage/store.h"

namespace fieldledger::server {

class DispatchHistory {
 public:
  DispatchHistory(Store& store, DispatchBoard& board) : store_(store), board_(board) {}

  JobHistoryData History(const Caller& caller, const std::string& job_id);

 private:
  Store& store_;
  DispatchBoard& board_;
};

}  // namespace fieldledger::server
