// Signatures the server verifies, on a real SQLite store: blobs are checked against
// their kind when their upload completes, and a completion is refused unless its blobs
// are held complete, its strokes pass the signature rules and its summary hash is the
// one the server rebuilds from this job and the named work record.
#include <gtest/gtest.h>

#include "../signature/ink_fixtures.h"
#include "app/blob_logic.h"
#include "app/sync_logic.h"
#include "fieldledger/core/sha256.h"
#include "fieldledger/signature/codec.h"
#include "fieldledger/visit/summary.h"
#include "rpc/blob_convert.h"
#include "rpc/job_convert.h"
#include "sync_wire.h"
#include "test_store.h"
#include "visit_facts.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::Batch;
using testing::CheckInEvent;
using testing::StoreTest;
using testing::ThrowsAppError;

constexpr std::int64_t kMono = 50'000'000;

std::string Strokes() { return signature::Encode(signature::testing::MakeCursiveInk()).bytes; }

class SignatureVerifyTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    AddJob("j1", "tech1", At(9), At(10));
    AddJob("j2", "tech1", At(11), At(12));
    sync_ = std::make_unique<SyncLogic>(*store_);
    blobs_ = std::make_unique<BlobLogic>(*store_);
  }
  // Uploads `bytes` in one chunk; returns the outcome.
  ChunkOutcome Upload(const std::string& kind, const std::string& bytes) {
    v1::UploadChunkRequest r;
    r.set_protocol_version(1);
    r.set_sha256(Sha256Hex(bytes));
    r.set_size(static_cast<std::int64_t>(bytes.size()));
    r.set_kind(kind);
    r.set_offset(0);
    r.set_data(bytes);
    r.set_last(true);
    return blobs_->UploadChunk(Tech1(), FromProto(r), At(9));
  }
  v1::DeviceEvent Event(const std::string& job, std::int64_t seq, int minutes) {
    return CheckInEvent(job, seq, At(9, minutes), kMono + minutes * kMinuteMs);
  }
  v1::PushResponse Push(std::vector<v1::DeviceEvent> events) {
    return WirePush(*sync_, Tech1(),
                    Batch("dev-1", At(10), kMono + 60 * kMinuteMs, std::move(events)), At(10));
  }
  // Arrives on `job` and records work; returns the work record's event.
  v1::DeviceEvent Visit(const std::string& job, std::int64_t seq) {
    auto work = Event(job, seq + 1, 20);
    work.mutable_work_recorded()->add_fault_types("screen");
    work.mutable_work_recorded()->set_notes("replaced the glass");
    work.mutable_work_recorded()->set_resolved(true);
    const auto resp = Push({Event(job, seq, 10), work});
    for (const auto& ack : resp.acks()) {
      EXPECT_EQ(ack.status(), v1::EventAck::STATUS_APPLIED) << ack.reason();
    }
    return work;
  }
  // The hash the phone computes for this job and work record.
  std::string SummaryHash(const std::string& job, const v1::DeviceEvent& work) {
    v1::Job proto;
    ToProto(*GetJob(job), &proto);
    return visit::CanonicalSummarySha256(
        v1::VisitFactsOf(proto, work.work_recorded(), work.event_id()));
  }
  v1::DeviceEvent Completion(const std::string& job, std::int64_t seq, const v1::DeviceEvent& work,
                             const std::string& strokes) {
    auto e = Event(job, seq, 30);
    auto* done = e.mutable_completed();
    done->set_signature_sha256(Sha256Hex(strokes));
    done->set_signer_name("Ms Wang");
    done->set_work_event_id(work.event_id());
    done->set_visit_summary_sha256(SummaryHash(job, work));
    return e;
  }

  std::unique_ptr<SyncLogic> sync_;
  std::unique_ptr<BlobLogic> blobs_;
};

TEST_F(SignatureVerifyTest, AGenuineSignedVisitCompletesTheJob) {
  const std::string strokes = Strokes();
  ASSERT_FALSE(Upload("signature", strokes).content_refused);
  const auto work = Visit("j1", 1);
  const auto resp = Push({Completion("j1", 3, work, strokes)});
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_APPLIED) << resp.acks(0).reason();
  auto job = GetJob("j1");
  EXPECT_EQ(job->status, JobStatus::kCompleted);
  EXPECT_EQ(job->signature_sha256, Sha256Hex(strokes));
  // Flagged only for the fee (the test's work record names no fee policy), never for
  // the signature, the arrival or the order.
  EXPECT_EQ(job->flag_reason.rfind("fee: ", 0), 0) << job->flag_reason;
  EXPECT_EQ(job->flag_reason.find("signature"), std::string::npos) << job->flag_reason;
  EXPECT_EQ(job->flag_reason.find("completed"), std::string::npos) << job->flag_reason;
}

TEST_F(SignatureVerifyTest, RandomBytesAreNotASignatureAndAreNeverHeldComplete) {
  const std::string junk(300, '\x42');
  const auto out = Upload("signature", junk);
  EXPECT_TRUE(out.content_refused);
  EXPECT_EQ(out.message, "blob " + Sha256Hex(junk) +
                             " was refused: a signature blob must decode: bad_magic at byte 0 "
                             "(not a signature)");
  EXPECT_FALSE(out.offset.complete);
  store_->Read([&](StoreTx& tx) {
    auto b = tx.FindBlob("acme", Sha256Hex(junk));
    ASSERT_TRUE(b);
    EXPECT_FALSE(b->complete);
    EXPECT_EQ(b->received, 0);
    EXPECT_EQ(tx.ReadBlobBytes("acme", Sha256Hex(junk)), "");
  });
}

TEST_F(SignatureVerifyTest, ABlankOrOverLimitSignatureIsRefused) {
  signature::Ink dot;
  dot.canvas = {400, 200};
  dot.strokes.push_back({{signature::testing::Pt(10, 10, 0)}});
  const auto blank = Upload("signature", signature::Encode(dot).bytes);
  EXPECT_TRUE(blank.content_refused);
  EXPECT_NE(blank.message.find("the signature is refused: too_few_points"), std::string::npos)
      << blank.message;

  // A million-point blob: refused by size before a byte is stored.
  v1::GetUploadOffsetRequest big;
  big.set_protocol_version(1);
  big.set_sha256(std::string(64, 'a'));
  big.set_size(3'000'000);
  big.set_kind("signature");
  EXPECT_TRUE(ThrowsAppError([&] { blobs_->GetUploadOffset(Tech1(), FromProto(big), At(9)); },
                             ErrorKind::kInvalidArgument,
                             "a signature blob holds at most 65536 bytes; got 3000000"));
}

TEST_F(SignatureVerifyTest, BlobsMustBeWhatTheirKindSays) {
  EXPECT_TRUE(Upload("photo", "GIF89a....").content_refused);
  EXPECT_FALSE(Upload("photo", "\xFF\xD8\xFF\xE0 jpeg").content_refused);
  EXPECT_TRUE(Upload("report", "<html>").content_refused);
  EXPECT_FALSE(Upload("report", "%PDF-1.4 ...").content_refused);
  EXPECT_TRUE(Upload("signature_png", "\xFF\xD8\xFF").content_refused);
  EXPECT_FALSE(
      Upload("signature_png", std::string("\x89PNG\r\n\x1a\n", 8) + "...").content_refused);
  EXPECT_TRUE(
      ThrowsAppError([&] { Upload("movie", "x"); }, ErrorKind::kInvalidArgument, "kind 'movie'"));
}

TEST_F(SignatureVerifyTest, ACompletionNamingABlobTheServerDoesNotHoldIsRejected) {
  const std::string strokes = Strokes();  // never uploaded
  const auto work = Visit("j1", 1);
  const auto resp = Push({Completion("j1", 3, work, strokes)});
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(resp.acks(0).reason(), "completed.signature_sha256 names blob " + Sha256Hex(strokes) +
                                       ", which the server does not hold complete; upload it "
                                       "before the event");
  EXPECT_FALSE(GetJob("j1")->completed_ms);
}

TEST_F(SignatureVerifyTest, ACompletionNamingAPhotoAsItsSignatureIsRejected) {
  const std::string photo = "\xFF\xD8\xFF photo";
  Upload("photo", photo);
  const auto work = Visit("j1", 1);
  const auto resp = Push({Completion("j1", 3, work, photo)});
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_NE(resp.acks(0).reason().find("of kind photo, not signature"), std::string::npos)
      << resp.acks(0).reason();
}

TEST_F(SignatureVerifyTest, ASummaryHashOfAnotherTextIsRejected) {
  const std::string strokes = Strokes();
  Upload("signature", strokes);
  const auto work = Visit("j1", 1);
  auto done = Completion("j1", 3, work, strokes);
  // The hash of the translated text the phone displayed is not the canonical one.
  done.mutable_completed()->set_visit_summary_sha256(Sha256Hex("Job REF-j1\nCustomer: ..."));
  const auto resp = Push({done});
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(resp.acks(0).reason().rfind("the signature is bound to another summary", 0), 0)
      << resp.acks(0).reason();
}

TEST_F(SignatureVerifyTest, ASignatureMovedFromAnotherVisitIsCaught) {
  const std::string strokes = Strokes();
  Upload("signature", strokes);
  const auto work1 = Visit("j1", 1);
  ASSERT_EQ(Push({Completion("j1", 3, work1, strokes)}).acks(0).status(),
            v1::EventAck::STATUS_APPLIED);
  const auto work2 = Visit("j2", 4);

  // Moved as is: the summary hash is visit 1's.
  auto moved = Completion("j2", 6, work1, strokes);
  moved.mutable_completed()->set_work_event_id(work2.event_id());
  auto resp = Push({moved});
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(resp.acks(0).reason().rfind("the signature is bound to another summary", 0), 0)
      << resp.acks(0).reason();

  // Moved with visit 2's hash recomputed: the same strokes already signed j1.
  resp = Push({Completion("j2", 7, work2, strokes)});
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(resp.acks(0).reason(),
            "the signature " + Sha256Hex(strokes) + " already signed job j1");

  // Naming visit 1's work record for job 2 is refused too.
  resp = Push({Completion("j2", 8, work1, strokes)});
  EXPECT_EQ(resp.acks(0).status(), v1::EventAck::STATUS_REJECTED);
  EXPECT_EQ(resp.acks(0).reason(), "completed.work_event_id " + work1.event_id() +
                                       " is not an applied work record of this job by you");
  EXPECT_FALSE(GetJob("j2")->completed_ms);
}

TEST_F(SignatureVerifyTest, ASignatureWithoutAWorkRecordOrSignerIsRejected) {
  const std::string strokes = Strokes();
  Upload("signature", strokes);
  const auto work = Visit("j1", 1);
  auto no_work = Completion("j1", 3, work, strokes);
  no_work.mutable_completed()->clear_work_event_id();
  EXPECT_EQ(Push({no_work}).acks(0).reason(),
            "completed.work_event_id is empty: a signature must name the work record it signs");
  auto no_name = Completion("j1", 4, work, strokes);
  no_name.mutable_completed()->set_signer_name("  ");
  EXPECT_EQ(Push({no_name}).acks(0).reason(), "the signature is refused: name_missing");
}

}  // namespace
}  // namespace fieldledger::server
