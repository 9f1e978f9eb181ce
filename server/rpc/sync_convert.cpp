#include "rpc/sync_convert.h"

#include "message_sha256.h"
#include "rpc/job_convert.h"
#include "visit_facts.h"

namespace fieldledger::server {
namespace {

ClockReading ClockOf(const v1::DeviceClock& c) {
  return {c.wall_time_ms(), c.monotonic_ms(), c.boot_id()};
}

EventPayload PayloadOf(const v1::DeviceEvent& e) {
  switch (e.payload_case()) {
    case v1::DeviceEvent::kCheckIn:
      return CheckInDone{};
    case v1::DeviceEvent::kOnMyWay:
      return OnMyWayDone{};
    case v1::DeviceEvent::kWorkRecorded:
      return FromWire(e.work_recorded());
    case v1::DeviceEvent::kCompleted: {
      const auto& c = e.completed();
      return CompletionDone{c.signature_sha256(),     c.signer_name(),
                            c.visit_summary_sha256(), c.report_sha256(),
                            c.signature_png_sha256(), c.work_event_id()};
    }
    case v1::DeviceEvent::kDiscarded:
      return DiscardDone{e.discarded().discarded_event_id()};
    case v1::DeviceEvent::kShiftCheckIn:
      return ShiftCheckInDone{};
    case v1::DeviceEvent::kShiftCheckOut:
      return ShiftCheckOutDone{};
    case v1::DeviceEvent::kSelfAssessment:
      return SelfAssessmentDone{e.self_assessment().anchor_date(), e.self_assessment().text()};
    case v1::DeviceEvent::PAYLOAD_NOT_SET:
      break;
  }
  return std::monostate{};
}

v1::EventAck::Status ToWire(AckStatus s) {
  switch (s) {
    case AckStatus::kApplied:
      return v1::EventAck::STATUS_APPLIED;
    case AckStatus::kDuplicate:
      return v1::EventAck::STATUS_DUPLICATE;
    case AckStatus::kRejected:
      return v1::EventAck::STATUS_REJECTED;
  }
  return v1::EventAck::STATUS_UNSPECIFIED;
}

}  // namespace

WorkDone FromWire(const v1::WorkRecorded& w) {
  return {v1::WorkFactsOf(w), w.service_policy_id(), w.service_policy_version()};
}

namespace {

// Everything but the stored form, which differs by where the event comes from.
DeviceEvent FieldsOf(const v1::DeviceEvent& e) {
  DeviceEvent out;
  out.id = e.event_id();
  out.sequence = e.sequence();
  out.job_id = e.job_id();
  out.clock = ClockOf(e.clock());
  const auto& p = e.position();
  out.position = {p.present(),    p.latitude(), p.longitude(),
                  p.accuracy_m(), p.mock(),     p.fix_time_ms()};
  out.previous_sha256 = e.previous_event_sha256();
  out.payload = PayloadOf(e);
  return out;
}

}  // namespace

DeviceEvent FromWire(const v1::DeviceEvent& e) {
  DeviceEvent out = FieldsOf(e);
  // Serialized again from the parsed message, as the device serialized it when it chained
  // it (both write fields in number order); unknown fields are kept.
  out.stored_form = e.SerializeAsString();
  return out;
}

PushBatch FromWire(const v1::PushRequest& req) {
  PushBatch out;
  out.protocol_version = req.protocol_version();
  out.device_id = req.device_id();
  out.sent = ClockOf(req.sent_clock());
  out.events.reserve(static_cast<std::size_t>(req.events_size()));
  for (const auto& e : req.events()) out.events.push_back(FromWire(e));
  return out;
}

PullQuery FromWire(const v1::PullRequest& req) {
  return {req.protocol_version(), req.cursor(), req.page_size(), req.service_policy()};
}

void ToWire(const PushResult& r, v1::PushResponse* out) {
  out->mutable_acks()->Reserve(static_cast<int>(r.acks.size()));
  for (const auto& a : r.acks) {
    auto* ack = out->add_acks();
    ack->set_event_id(a.event_id);
    ack->set_sequence(a.sequence);
    ack->set_status(ToWire(a.status));
    ack->set_reason(a.reason);
  }
  out->set_last_sequence(r.last_sequence);
  out->set_server_time_ms(r.server_time_ms);
  for (const auto& g : r.gaps) {
    auto* gap = out->add_gaps();
    gap->set_first_missing(g.first_missing);
    gap->set_last_missing(g.last_missing);
  }
}

void ToWire(const PullPage& page, v1::PullResponse* out) {
  out->mutable_jobs()->Reserve(static_cast<int>(page.jobs.size()));
  for (const auto& j : page.jobs) ToProto(j, out->add_jobs());
  for (const auto& id : page.removed_job_ids) out->add_removed_job_ids(id);
  out->set_next_cursor(page.next_cursor);
  out->set_has_more(page.has_more);
  out->set_remaining_estimate(page.remaining_estimate);
  if (page.service_policy) {
    auto* doc = out->mutable_service_policy();
    doc->set_id(page.service_policy->id);
    doc->set_version(page.service_policy->version);
    doc->set_toml(page.service_policy->toml);
  }
  *out->mutable_scoring_rules() = v1::ScoringRulesOf(page.scoring);
  out->set_server_time_ms(page.server_time_ms);
}

std::optional<DeviceEvent> DecodeStoredEvent(std::string_view stored_form) {
  v1::DeviceEvent e;
  if (!e.ParseFromArray(stored_form.data(), static_cast<int>(stored_form.size()))) {
    return std::nullopt;
  }
  DeviceEvent out = FieldsOf(e);
  out.stored_form.assign(stored_form);  // as stored, byte for byte
  return out;
}

std::string CanonicalEventSha256(std::string_view stored_form) {
  v1::DeviceEvent e;
  if (!e.ParseFromArray(stored_form.data(), static_cast<int>(stored_form.size()))) return {};
  return v1::MessageSha256(e);
}

}  // namespace fieldledger::server
