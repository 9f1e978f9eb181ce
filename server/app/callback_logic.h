#pragma once
// Call-back staff record what a customer said a few days after a visit; the
// satisfaction and retention figures read these records.
#include "app/change_hook.h"
#include "auth/caller.h"
#include "fieldledger/v1/scoring.pb.h"
#include "storage/store.h"

namespace fieldledger::server {

class CallBackLogic {
 public:
  explicit CallBackLogic(Store& store) : store_(store) {}
  v1::CallBack Record(const Caller& caller, const v1::RecordCallBackRequest& req, TimeMs now);
  JobsChangedHook on_jobs_changed;

 private:
  Store& store_;
};

}  // namespace fieldledger::server
