#include "sync_engine.h"

#include <google/protobuf/util/json_util.h>

#include "fieldledger/service_policy/parse.h"

namespace fieldledger::device {

void SyncEngine::KeepServicePolicy(const v1::ServicePolicyDocument& doc) {
  // Only a policy that parses is kept: a bad document must not break fee quotes that
  // work with the copy the phone already has.
  auto parsed = service_policy::ParsePolicy(doc.toml(), "server policy");
  if (!parsed.policy) return;
  store_.SetSetting("service_policy.toml", doc.toml());
  store_.SetSetting("service_policy.key", doc.id() + "@" + doc.version());
}

void SyncEngine::KeepScoringRules(const v1::ScoringRules& rules) {
  std::string json;
  if (google::protobuf::util::MessageToJsonString(rules, &json).ok()) {
    store_.SetSetting("scoring_rules.json", json);
  }
}

void SyncEngine::Failed(SyncReport& report, const grpc::Status& status) {
  report.ok = false;
  report.code = status.error_code();
  switch (status.error_code()) {
    // UNAVAILABLE also while the server drains for a restart or cannot store (full
    // disk); CANCELLED from a server that cut the call while stopping;
    // RESOURCE_EXHAUSTED from a server whose threads are all busy. All are "retry
    // later": nothing was lost, the outbox keeps the events.
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
    case grpc::StatusCode::CANCELLED:
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
      report.error = "offline: the server cannot be reached; your work is saved on the phone";
      break;
    case grpc::StatusCode::UNAUTHENTICATED:
      report.error = "signed out: " + status.error_message();
      break;
    default:
      report.error = status.error_message();
  }
}

bool SyncEngine::PushAll(const std::string& token, SyncReport& report,
                         const std::function<void(const SyncProgress&)>& progress) {
  const int total = store_.Counts().pending;
  int done = 0;
  for (;;) {
    auto batch = store_.Pending(batch_size);
    if (batch.empty()) return true;
    v1::PushRequest req;
    req.set_protocol_version(kProtocolVersion);
    req.set_device_id(store_.DeviceId());
    auto* sent = req.mutable_sent_clock();
    sent->set_wall_time_ms(clock_.WallMs());
    sent->set_monotonic_ms(clock_.MonotonicMs());
    sent->set_boot_id(clock_.BootId());
    for (const auto& item : batch) *req.add_events() = item.event;

    grpc::ClientContext ctx;
    PrepareContext(ctx, token, options_);
    v1::PushResponse resp;
    const grpc::Status status = stub_.Push(&ctx, req, &resp);
    if (!status.ok()) {
      Failed(report, status);
      return false;
    }
    const int settled = store_.ApplyAcks(resp);
    for (const auto& ack : resp.acks()) {
      if (ack.status() == v1::EventAck::STATUS_APPLIED) ++report.applied;
      if (ack.status() == v1::EventAck::STATUS_DUPLICATE) ++report.duplicates;
      if (ack.status() == v1::EventAck::STATUS_REJECTED) ++report.rejected;
    }
    report.gaps += resp.gaps_size();
    // A server that settles none of the batch would otherwise have us resend it forever.
    if (settled == 0) {
      report.ok = false;
      report.code = grpc::StatusCode::INTERNAL;
      report.error = "the server acknowledged none of the events sent; will retry later";
      return false;
    }
    done += resp.acks_size();
    if (progress) progress({SyncProgress::Phase::kPushing, done, std::max(total, done)});
  }
}

bool SyncEngine::PullAll(const std::string& token, SyncReport& report,
                         const std::function<void(const SyncProgress&)>& progress) {
  int done = 0;
  bool reset_once = false;
  for (;;) {
    v1::PullRequest req;
    req.set_protocol_version(kProtocolVersion);
    req.set_device_id(store_.DeviceId());
    req.set_cursor(store_.Cursor());
    req.set_page_size(page_size);
    req.set_service_policy(store_.GetSetting("service_policy.key").value_or(""));
    grpc::ClientContext ctx;
    PrepareContext(ctx, token, options_);
    v1::PullResponse page;
    const grpc::Status status = stub_.Pull(&ctx, req, &page);
    if (status.error_code() == grpc::StatusCode::OUT_OF_RANGE && !reset_once) {
      // The server no longer knows our cursor (e.g. restored from backup): start over.
      store_.ResetCursor();
      reset_once = true;
      continue;
    }
    if (!status.ok()) {
      Failed(report, status);
      return false;
    }
    store_.ApplyPull(page);
    if (page.has_service_policy()) KeepServicePolicy(page.service_policy());
    if (page.has_scoring_rules()) KeepScoringRules(page.scoring_rules());
    report.pulled_jobs += page.jobs_size();
    report.removed_jobs += page.removed_job_ids_size();
    done += page.jobs_size() + page.removed_job_ids_size();
    if (progress) {
      progress({SyncProgress::Phase::kPulling, done,
                done + static_cast<int>(page.remaining_estimate())});
    }
    if (!page.has_more()) return true;
  }
}

SyncReport SyncEngine::SyncOnce(const std::string& token,
                                const std::function<void(const SyncProgress&)>& progress) {
  SyncReport report;
  if (blob_stub_) {
    BlobUploader blobs(store_, *blob_stub_, options_);
    const auto uploaded = blobs.UploadAll(token);
    report.blobs_uploaded = uploaded.uploaded;
    report.blobs_refused = uploaded.refused;
    if (!uploaded.ok) {
      Failed(report, uploaded.status);
      return report;
    }
  }
  if (PushAll(token, report, progress)) PullAll(token, report, progress);
  return report;
}

}  // namespace fieldledger::device
