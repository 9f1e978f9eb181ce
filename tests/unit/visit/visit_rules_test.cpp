// The shared visit rules: the canonical summary's exact bytes, the field limits and the
// order of a visit's events.
#include <gtest/gtest.h>

#include <functional>

#include "fieldledger/core/geo.h"
#include "fieldledger/core/sha256.h"
#include "fieldledger/scoring/policy_toml.h"
#include "fieldledger/visit/rules.h"
#include "fieldledger/visit/summary.h"

namespace fieldledger::visit {
namespace {

VisitFacts Facts() {
  VisitFacts f;
  f.job_id = "job-1";
  f.reference = "FL-2026-0042";
  f.customer_name = "王女士";
  f.address = "1 Renmin Ave";
  f.product = "Phone X";
  f.serial_number = "SN1";
  f.work_event_id = "019c0000-0000-7000-8000-000000000001";
  f.work.fault_types = {"screen", "battery"};
  f.work.parts_used = {"glass"};
  f.work.notes = "line one\nline two \\ done";
  f.work.resolved = true;
  f.work.fee_total_fen = 8000;
  f.work.service_policy = "phone-maker-default@1.0.0";
  return f;
}

TEST(CanonicalSummary, IsExactlyTheseBytes) {
  EXPECT_EQ(CanonicalSummary(Facts()),
            "FieldLedger visit summary v1\n"
            "job_id=job-1\n"
            "reference=FL-2026-0042\n"
            "customer=王女士\n"
            "address=1 Renmin Ave\n"
            "product=Phone X\n"
            "serial_number=SN1\n"
            "work_event_id=019c0000-0000-7000-8000-000000000001\n"
            "fault_type=screen\n"
            "fault_type=battery\n"
            "part_used=glass\n"
            "notes=line one\\nline two \\\\ done\n"
            "resolved=yes\n"
            "quality_fault_certified=no\n"
            "fee_total_fen=8000\n"
            "service_policy=phone-maker-default@1.0.0\n"
            "quote_sha256=\n");
  EXPECT_EQ(CanonicalSummarySha256(Facts()), Sha256Hex(CanonicalSummary(Facts())));
}

TEST(CanonicalSummary, EveryFactChangesTheHash) {
  const std::string base = CanonicalSummarySha256(Facts());
  std::vector<std::function<void(VisitFacts&)>> edits = {
      [](VisitFacts& f) { f.job_id = "job-2"; },
      [](VisitFacts& f) { f.customer_name += " "; },
      [](VisitFacts& f) { f.work_event_id = "other"; },
      [](VisitFacts& f) { f.work.fault_types.pop_back(); },
      [](VisitFacts& f) { f.work.notes = "line one\\nline two \\ done"; },  // escape collision
      [](VisitFacts& f) { f.work.resolved = false; },
      [](VisitFacts& f) { f.work.fee_total_fen = 8001; },
      [](VisitFacts& f) { f.work.photo_sha256 = {std::string(64, 'a')}; },
      // A line break cannot smuggle in a fact of its own.
      [](VisitFacts& f) { f.work.notes = "x\nresolved=no"; },
  };
  for (std::size_t i = 0; i < edits.size(); ++i) {
    VisitFacts f = Facts();
    edits[i](f);
    EXPECT_NE(CanonicalSummarySha256(f), base) << i;
  }
}

TEST(CheckWork, NamesTheFieldAndTheLimit) {
  WorkFacts w = Facts().work;
  EXPECT_EQ(CheckWork(w), "");
  WorkFacts none = w;
  none.fault_types.clear();
  EXPECT_EQ(CheckWork(none), "fault_types: choose at least one");
  WorkFacts many = w;
  many.fault_types.assign(21, "screen");
  EXPECT_EQ(CheckWork(many), "fault_types: 21 given; at most 20");
  WorkFacts notes = w;
  notes.notes.assign(4001, 'n');
  EXPECT_EQ(CheckWork(notes), "notes are 4001 bytes; at most 4000");
  notes.notes.assign(4000, 'n');
  EXPECT_EQ(CheckWork(notes), "");
  WorkFacts parts = w;
  parts.parts_used.assign(51, "p");
  EXPECT_EQ(CheckWork(parts), "parts_used: 51 given; at most 50");
  parts.parts_used = {std::string(201, 'p')};
  EXPECT_EQ(CheckWork(parts), "parts_used[0] must have 1 to 200 bytes");
  WorkFacts photos = w;
  photos.photo_sha256.assign(6, std::string(64, 'a'));
  EXPECT_EQ(CheckWork(photos), "photo_sha256: 6 photos; at most 5");
  photos.photo_sha256 = {"not-a-hash"};
  EXPECT_EQ(CheckWork(photos), "photo_sha256[0] is not a blob key (64 lower-case hex)");
}

TEST(CheckOrder, AVisitGoesOnMyWayArrivedWorkCompleted) {
  EXPECT_EQ(CheckOrder(VisitEvent::kOnMyWay, {}), "");
  EXPECT_EQ(CheckOrder(VisitEvent::kCheckIn, {}), "");
  EXPECT_EQ(CheckOrder(VisitEvent::kWorkRecorded, {}), "work recorded before an arrival");
  EXPECT_EQ(CheckOrder(VisitEvent::kWorkRecorded, {true, false, false}), "");
  EXPECT_EQ(CheckOrder(VisitEvent::kWorkRecorded, {true, true, false}), "");  // a correction
  EXPECT_EQ(CheckOrder(VisitEvent::kCompleted, {}), "completed without an arrival");
  EXPECT_EQ(CheckOrder(VisitEvent::kCompleted, {true, false, false}),
            "completed without a work record");
  EXPECT_EQ(CheckOrder(VisitEvent::kCompleted, {true, true, false}), "");
  EXPECT_EQ(CheckOrder(VisitEvent::kCheckIn, {true, true, true}),
            "check_in after the job was completed");
}

}  // namespace
}  // namespace fieldledger::visit

namespace fieldledger::visit {
namespace {

TEST(PlaceSettings, TheAccuracyLimitIsAPolicyKeyWithARange) {
  auto ok = scoring::ParsePolicyToml("version = \"v\"\n[trusted_time]\nmax_fix_accuracy_m = 800\n");
  ASSERT_TRUE(ok.policy);
  EXPECT_EQ(ok.policy->max_fix_accuracy_m, 800);
  auto bad = scoring::ParsePolicyToml("version = \"v\"\n[trusted_time]\nmax_fix_accuracy_m = 0\n");
  EXPECT_FALSE(bad.policy);
  ASSERT_EQ(bad.errors.size(), 1u);
  EXPECT_EQ(bad.errors[0].line, 3);
  // The limit decides the phone's place verdict exactly as the server's.
  const LatLon site{31.2304, 121.4737};
  const Fix vague{{31.2331, 121.4737}, 700, false};  // 300 m away, 700 m accuracy
  EXPECT_EQ(CheckPlace(site, vague, {200, ok.policy->max_fix_accuracy_m}).verdict,
            PlaceVerdict::kInside);
  EXPECT_EQ(CheckPlace(site, vague, {200, 500}).verdict, PlaceVerdict::kNoPosition);
}

}  // namespace
}  // namespace fieldledger::visit
