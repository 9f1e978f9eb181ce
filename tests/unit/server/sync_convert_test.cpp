// SyncService's conversion between the wire and the sync logic's own types: every
// payload kind, the stored form kept byte for byte, and the canonical hash that tells a
// resent event from another one.
#include "rpc/sync_convert.h"

#include <gtest/gtest.h>

#include "event_kind.h"
#include "fieldledger/core/sha256.h"

namespace fieldledger::server {
namespace {

// One event of each payload kind the wire has, each set through its own mutable_ call.
std::vector<v1::DeviceEvent> OneOfEachKind() {
  std::vector<v1::DeviceEvent> out;
  const auto* oneof = v1::DeviceEvent::descriptor()->FindOneofByName("payload");
  const auto* reflection = v1::DeviceEvent::GetReflection();
  for (int i = 0; i < oneof->field_count(); ++i) {
    v1::DeviceEvent e;
    reflection->MutableMessage(&e, oneof->field(i));
    out.push_back(e);
  }
  return out;
}

TEST(SyncConvertTest, EveryWireKindHasTheSameNameOnBothSides) {
  const auto events = OneOfEachKind();
  ASSERT_EQ(events.size(), 8u) << "a new payload kind: give it a domain type in device_event.h";
  for (const auto& e : events) {
    const DeviceEvent d = FromWire(e);
    EXPECT_FALSE(d.Is<std::monostate>()) << v1::EventKindName(e) << " became no payload";
    EXPECT_EQ(EventKindName(d.payload), v1::EventKindName(e));
  }
  EXPECT_EQ(EventKindName(FromWire(v1::DeviceEvent{}).payload), "none");
}

TEST(SyncConvertTest, TheEventsFieldsAndItsStoredFormCarryOver) {
  v1::DeviceEvent e;
  e.set_event_id("0190a7c2-0000-7000-8000-000000000001");
  e.set_sequence(7);
  e.set_job_id("j1");
  e.mutable_clock()->set_wall_time_ms(1000);
  e.mutable_clock()->set_monotonic_ms(20);
  e.mutable_clock()->set_boot_id("boot-1");
  e.mutable_position()->set_present(true);
  e.mutable_position()->set_latitude(31.2);
  e.mutable_position()->set_longitude(121.5);
  e.mutable_position()->set_accuracy_m(8);
  e.mutable_position()->set_mock(true);
  e.mutable_position()->set_fix_time_ms(990);
  e.set_previous_event_sha256("ab");
  auto* work = e.mutable_work_recorded();
  work->add_fault_types("no_cooling");
  work->set_resolved(true);
  work->set_fee_total_fen(8000);
  work->set_service_policy_id("acme");
  work->set_service_policy_version("3");

  const DeviceEvent d = FromWire(e);
  EXPECT_EQ(d.id, e.event_id());
  EXPECT_EQ(d.sequence, 7);
  EXPECT_EQ(d.job_id, "j1");
  EXPECT_EQ(d.clock.wall, 1000);
  EXPECT_EQ(d.clock.monotonic, 20);
  EXPECT_EQ(d.clock.boot_id, "boot-1");
  EXPECT_TRUE(d.position.present);
  EXPECT_DOUBLE_EQ(d.position.latitude, 31.2);
  EXPECT_DOUBLE_EQ(d.position.longitude, 121.5);
  EXPECT_DOUBLE_EQ(d.position.accuracy_m, 8);
  EXPECT_TRUE(d.position.mock);
  EXPECT_EQ(d.position.fix_time_ms, 990);
  EXPECT_EQ(d.previous_sha256, "ab");
  const auto* w = d.As<WorkDone>();
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->facts.fault_types, std::vector<std::string>{"no_cooling"});
  EXPECT_TRUE(w->facts.resolved);
  EXPECT_EQ(w->facts.fee_total_fen, 8000);
  EXPECT_EQ(w->facts.service_policy, "acme@3");
  EXPECT_EQ(w->policy_id, "acme");
  EXPECT_EQ(w->policy_version, "3");
  EXPECT_EQ(d.stored_form, e.SerializeAsString());

  const auto back = DecodeStoredEvent(d.stored_form);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->stored_form, d.stored_form);
  EXPECT_EQ(back->As<WorkDone>()->facts.fee_total_fen, 8000);
  EXPECT_FALSE(DecodeStoredEvent("\xff\xff\xff"));
}

TEST(SyncConvertTest, AKindNewerThanTheServerIsNoPayloadAndItsBytesAreKept) {
  v1::DeviceEvent e;
  e.set_event_id("id");
  std::string bytes = e.SerializeAsString();
  bytes += std::string("\xaa\x06\x00", 3);  // field 101, length-delimited, empty
  v1::DeviceEvent parsed;
  ASSERT_TRUE(parsed.ParseFromString(bytes));
  const DeviceEvent d = FromWire(parsed);
  EXPECT_TRUE(d.Is<std::monostate>());
  // The device hashed what it sent, unknown field included: the chain must still match.
  EXPECT_EQ(Sha256Hex(d.stored_form), Sha256Hex(bytes));
}

TEST(SyncConvertTest, OneEventInTwoByteOrdersHasOneCanonicalHash) {
  v1::DeviceEvent id_only, sequence_only;
  id_only.set_event_id("id");
  sequence_only.set_sequence(3);
  // Parsing merges concatenated messages: the same event, its fields in either order.
  const std::string forward = id_only.SerializeAsString() + sequence_only.SerializeAsString();
  const std::string backward = sequence_only.SerializeAsString() + id_only.SerializeAsString();
  ASSERT_NE(Sha256Hex(forward), Sha256Hex(backward));
  EXPECT_EQ(CanonicalEventSha256(forward), CanonicalEventSha256(backward));
  v1::DeviceEvent other = id_only;
  other.set_sequence(4);
  EXPECT_NE(CanonicalEventSha256(other.SerializeAsString()), CanonicalEventSha256(forward));
  EXPECT_EQ(CanonicalEventSha256("\xff\xff\xff"), "");
}

TEST(SyncConvertTest, AcknowledgementsAndPagesReachTheWireWhole) {
  PushResult r;
  r.acks = {{"a", 1, AckStatus::kApplied, ""},
            {"b", 2, AckStatus::kDuplicate, ""},
            {"c", 3, AckStatus::kRejected, "[unknown_job] unknown job x"}};
  r.last_sequence = 3;
  r.server_time_ms = 99;
  r.gaps = {{5, 6}};
  v1::PushResponse wire;
  ToWire(r, &wire);
  ASSERT_EQ(wire.acks_size(), 3);
  EXPECT_EQ(wire.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(wire.acks(1).status(), v1::EventAck::STATUS_DUPLICATE);
  EXPECT_EQ(wire.acks(2).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(wire.acks(2).reason(), "[unknown_job] unknown job x");
  EXPECT_EQ(wire.acks(2).sequence(), 3);
  EXPECT_EQ(wire.last_sequence(), 3);
  EXPECT_EQ(wire.server_time_ms(), 99);
  ASSERT_EQ(wire.gaps_size(), 1);
  EXPECT_EQ(wire.gaps(0).first_missing(), 5);
  EXPECT_EQ(wire.gaps(0).last_missing(), 6);

  PullPage page;
  page.jobs.emplace_back().id = "j1";
  page.removed_job_ids = {"j2"};
  page.next_cursor = 12;
  page.has_more = true;
  page.remaining_estimate = 40;
  page.scoring.on_time_grace = 10 * kMinuteMs;
  v1::PullResponse pulled;
  ToWire(page, &pulled);
  ASSERT_EQ(pulled.jobs_size(), 1);
  EXPECT_EQ(pulled.jobs(0).id(), "j1");
  EXPECT_EQ(pulled.removed_job_ids(0), "j2");
  EXPECT_EQ(pulled.next_cursor(), 12);
  EXPECT_TRUE(pulled.has_more());
  EXPECT_EQ(pulled.remaining_estimate(), 40);
  EXPECT_FALSE(pulled.has_service_policy()) << "sent only when the device's copy is outdated";
  EXPECT_EQ(pulled.scoring_rules().on_time_grace_seconds(), 600);
  page.service_policy = PolicyDocument{"acme", "3", "id = 'acme'"};
  ToWire(page, &pulled);
  EXPECT_EQ(pulled.service_policy().version(), "3");
}

}  // namespace
}  // namespace fieldledger::server
