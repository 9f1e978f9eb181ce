#pragma once
// One sync pass: push the outbox in batches, then pull job changes page by page.
// Events are marked sent only after the server's acknowledgement; the pull cursor
// moves only together with the jobs it covers. Any step may fail and be retried.
#include <functional>
#include <string>

#include "blob_uploader.h"
#include "device_clock.h"
#include "fieldledger/v1/sync.grpc.pb.h"
#include "local_store.h"
#include "transport.h"

namespace fieldledger::device {

struct SyncProgress {
  enum class Phase { kPushing, kPulling } phase = Phase::kPushing;
  int done = 0;
  int total = 0;  // an estimate while pulling
};

struct SyncReport {
  bool ok = true;
  grpc::StatusCode code = grpc::StatusCode::OK;
  std::string error;  // for the person: what went wrong and what to do
  int applied = 0;
  int duplicates = 0;
  int rejected = 0;
  int pulled_jobs = 0;
  int removed_jobs = 0;
  int gaps = 0;
  int blobs_uploaded = 0;
  int blobs_refused = 0;
};

class SyncEngine {
 public:
  static constexpr int kProtocolVersion = 1;

  SyncEngine(LocalStore& store, DeviceClock& clock, v1::SyncService::StubInterface& stub,
             TransportOptions options = {})
      : store_(store), clock_(clock), stub_(stub), options_(options) {}

  SyncReport SyncOnce(const std::string& token,
                      const std::function<void(const SyncProgress&)>& progress = {});

  // Blobs upload before events (events reference them); without a stub, none do.
  void set_blob_stub(v1::BlobService::StubInterface* stub) { blob_stub_ = stub; }

  int batch_size = 200;
  int page_size = 200;

 private:
  void KeepServicePolicy(const v1::ServicePolicyDocument& doc);
  // The scoring settings of the last pull (setting "scoring_rules.json").
  void KeepScoringRules(const v1::ScoringRules& rules);
  bool PushAll(const std::string& token, SyncReport& report,
               const std::function<void(const SyncProgress&)>& progress);
  bool PullAll(const std::string& token, SyncReport& report,
               const std::function<void(const SyncProgress&)>& progress);
  static void Failed(SyncReport& report, const grpc::Status& status);

  LocalStore& store_;
  DeviceClock& clock_;
  v1::SyncService::StubInterface& stub_;
  TransportOptions options_;
  v1::BlobService::StubInterface* blob_stub_ = nullptr;
};

}  // namespace fieldledger::device
