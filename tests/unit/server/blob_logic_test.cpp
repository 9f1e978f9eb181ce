// BlobLogic on a real SQLite store: resumable chunked uploads keyed by SHA-256, the
// hash check on the last chunk, and the limits.
#include <gtest/gtest.h>

#include "app/blob_logic.h"
#include "fieldledger/core/sha256.h"
#include "rpc/blob_convert.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::CountRows;
using testing::StoreTest;
using testing::ThrowsAppError;

class BlobTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    BlobPolicy policy;
    policy.max_chunk_bytes = 1000;  // small chunks keep the test data small
    policy.max_blob_bytes = 10'000;
    blobs_ = std::make_unique<BlobLogic>(*store_, policy);
    bytes_ = std::string(2500, '\0');
    for (std::size_t i = 0; i < bytes_.size(); ++i) bytes_[i] = static_cast<char>(i * 7 + 3);
    bytes_.replace(0, 3, "\xFF\xD8\xFF");  // a photo must look like a JPEG
    sha_ = Sha256Hex(bytes_);
  }
  UploadOffset Ask(const std::string& sha, std::int64_t size) {
    return blobs_->GetUploadOffset(Tech1(), {1, sha, size, "photo"}, At(9));
  }
  ChunkOutcome Send(std::int64_t offset, std::int64_t len, const std::string& data) {
    const std::string part =
        data.substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(len));
    const BlobChunk chunk{{1, sha_, Size(), "photo"},
                          offset,
                          part,
                          offset + len == static_cast<std::int64_t>(bytes_.size())};
    return blobs_->UploadChunk(Tech1(), chunk, At(9));
  }
  std::int64_t Size() const { return static_cast<std::int64_t>(bytes_.size()); }

  std::unique_ptr<BlobLogic> blobs_;
  std::string bytes_;
  std::string sha_;
};

TEST_F(BlobTest, InterruptedUploadResumesFromTheStoredOffset) {
  EXPECT_EQ(Ask(sha_, Size()).offset, 0);
  EXPECT_EQ(Send(0, 1000, bytes_).offset.offset, 1000);
  // The connection drops here; a later pass (even with a fresh BlobLogic, as after a
  // server restart) learns the offset from the store and sends only the rest.
  blobs_ = std::make_unique<BlobLogic>(*store_, blobs_->policy());
  const auto at = Ask(sha_, Size());
  EXPECT_EQ(at.offset, 1000);
  EXPECT_FALSE(at.complete);
  EXPECT_EQ(Send(1000, 1000, bytes_).offset.offset, 2000);
  const auto last = Send(2000, 500, bytes_);
  EXPECT_FALSE(last.hash_mismatch);
  EXPECT_TRUE(last.offset.complete);
  EXPECT_EQ(last.offset.offset, Size());
  std::string stored;
  store_->Read([&](StoreTx& tx) { stored = tx.ReadBlobBytes("acme", sha_); });
  EXPECT_EQ(stored, bytes_);
  // Asking again for a complete blob is a no-op that says so.
  EXPECT_TRUE(Ask(sha_, Size()).complete);
}

TEST_F(BlobTest, RetriedChunkWhoseAckWasLostIsNotStoredTwice) {
  Send(0, 1000, bytes_);
  const auto again = Send(0, 1000, bytes_);
  EXPECT_EQ(again.offset.offset, 1000);
  EXPECT_EQ(CountRows(path_, "blob_chunks"), 1);
}

TEST_F(BlobTest, ChunkAtTheWrongOffsetIsRefusedWithTheServersOffset) {
  Send(0, 1000, bytes_);
  EXPECT_TRUE(ThrowsAppError([&] { Send(2000, 500, bytes_); }, ErrorKind::kFailedPrecondition,
                             "holds 1000 bytes"));
  EXPECT_EQ(Ask(sha_, Size()).offset, 1000);
}

TEST_F(BlobTest, HashMismatchDiscardsThePartialUploadAndStartsOverFromZero) {
  std::string corrupt = bytes_;
  corrupt[1500] ^= 0x5a;  // one flipped byte in the middle chunk
  Send(0, 1000, corrupt);
  Send(1000, 1000, corrupt);
  const auto last = Send(2000, 500, corrupt);
  EXPECT_TRUE(last.hash_mismatch);
  EXPECT_NE(last.message.find("discarded"), std::string::npos);
  EXPECT_EQ(last.offset.offset, 0);
  EXPECT_FALSE(last.offset.complete);
  EXPECT_EQ(CountRows(path_, "blob_chunks"), 0);
  // The honest bytes then upload from 0 and verify.
  EXPECT_EQ(Ask(sha_, Size()).offset, 0);
  Send(0, 1000, bytes_);
  Send(1000, 1000, bytes_);
  EXPECT_TRUE(Send(2000, 500, bytes_).offset.complete);
}

TEST_F(BlobTest, LimitsAndMalformedRequestsAreRefused) {
  EXPECT_TRUE(ThrowsAppError([&] { Ask(sha_, 10'001); }, ErrorKind::kInvalidArgument, "size"));
  EXPECT_TRUE(ThrowsAppError([&] { Ask("ABC", 10); }, ErrorKind::kInvalidArgument, "sha256"));
  EXPECT_TRUE(
      ThrowsAppError([&] { Send(0, 1001, bytes_); }, ErrorKind::kInvalidArgument, "chunk holds"));
  Ask(sha_, Size());
  EXPECT_TRUE(ThrowsAppError([&] { Ask(sha_, Size() - 1); }, ErrorKind::kInvalidArgument,
                             "started with size"));
  v1::GetUploadOffsetRequest old;
  old.set_protocol_version(0);
  old.set_sha256(sha_);
  old.set_size(Size());
  EXPECT_TRUE(ThrowsAppError([&] { blobs_->GetUploadOffset(Tech1(), FromProto(old), At(9)); },
                             ErrorKind::kFailedPrecondition, "please update"));
}

TEST_F(BlobTest, ABlobKindOutsideTheListIsRefusedNamingTheField) {
  v1::GetUploadOffsetRequest r;
  r.set_protocol_version(1);
  r.set_sha256(sha_);
  r.set_size(Size());
  r.set_kind("executable");
  EXPECT_TRUE(ThrowsAppError([&] { blobs_->GetUploadOffset(Tech1(), FromProto(r), At(9)); },
                             ErrorKind::kInvalidArgument,
                             "kind 'executable' is not one of signature, signature_png, photo"));
  EXPECT_EQ(CountRows(path_, "blob_uploads"), 0);
}

// Distinct fake hashes: Ask only declares an upload, it sends no bytes.
std::string FakeSha(int i) { return Sha256Hex("upload " + std::to_string(i)); }

TEST_F(BlobTest, PendingUploadQuotasRefuseANewUploadNamingTheLimitAndChangeNothing) {
  BlobPolicy policy = blobs_->policy();
  policy.max_pending_uploads_per_user = 3;
  policy.max_pending_bytes_per_user = 1024 * 1024;
  policy.max_pending_uploads_per_company = 4;
  blobs_ = std::make_unique<BlobLogic>(*store_, policy);
  for (int i = 0; i < 3; ++i) Ask(FakeSha(i), 100);
  EXPECT_TRUE(ThrowsAppError([&] { Ask(FakeSha(3), 100); }, ErrorKind::kResourceExhausted,
                             "[pending_uploads_exhausted] max_pending_uploads_per_user"));
  EXPECT_EQ(CountRows(path_, "blob_uploads"), 3);
  // An upload already started is not new: it may go on.
  EXPECT_EQ(Ask(FakeSha(0), 100).offset, 0);
  // Another uploader of the company has room until the company's count is reached.
  v1::GetUploadOffsetRequest r;
  r.set_protocol_version(1);
  r.set_size(100);
  r.set_kind("photo");
  r.set_sha256(FakeSha(10));
  blobs_->GetUploadOffset(Tech2(), FromProto(r), At(9));
  r.set_sha256(FakeSha(11));
  EXPECT_TRUE(ThrowsAppError([&] { blobs_->GetUploadOffset(Tech2(), FromProto(r), At(9)); },
                             ErrorKind::kResourceExhausted, "max_pending_uploads_per_company"));
  EXPECT_EQ(CountRows(path_, "blob_uploads"), 4);
}

TEST_F(BlobTest, PendingUploadBytesAreBoundedByDeclaredSize) {
  BlobPolicy policy = blobs_->policy();
  policy.max_pending_bytes_per_user = 9'000;
  blobs_ = std::make_unique<BlobLogic>(*store_, policy);
  Ask(FakeSha(0), 5'000);
  EXPECT_TRUE(ThrowsAppError([&] { Ask(FakeSha(1), 5'000); }, ErrorKind::kResourceExhausted,
                             "[pending_uploads_exhausted] max_pending_bytes_per_user"));
  EXPECT_EQ(Ask(FakeSha(2), 1'500).offset, 0);  // what fits is taken: 6500 pending
  Send(0, 1000, bytes_);                        // the 2500-byte photo: 9000 pending
  Send(1000, 1000, bytes_);
  EXPECT_TRUE(Send(2000, 500, bytes_).offset.complete);
  // A complete upload no longer counts: 6500 pending, room for 2500 more.
  EXPECT_EQ(Ask(FakeSha(3), 2'500).offset, 0);
  EXPECT_TRUE(ThrowsAppError([&] { Ask(FakeSha(4), 1); }, ErrorKind::kResourceExhausted,
                             "max_pending_bytes_per_user"));
}

TEST_F(BlobTest, IncompleteUploadsExpireOnTheNextUploadCall) {
  Send(0, 1000, bytes_);  // at 09:00
  Ask(FakeSha(1), 100);
  EXPECT_EQ(CountRows(path_, "blob_chunks"), 1);
  v1::GetUploadOffsetRequest r;
  r.set_protocol_version(1);
  r.set_size(100);
  r.set_kind("photo");
  r.set_sha256(FakeSha(2));
  // Just inside the ttl nothing is discarded.
  blobs_->GetUploadOffset(Tech1(), FromProto(r), At(9) + blobs_->policy().pending_upload_ttl_ms);
  EXPECT_EQ(CountRows(path_, "blob_uploads"), 3);
  // Past it, the two uploads of 09:00 are gone with their bytes; the newer one stays.
  r.set_sha256(FakeSha(3));
  blobs_->GetUploadOffset(Tech1(), FromProto(r),
                          At(9) + blobs_->policy().pending_upload_ttl_ms + 1);
  EXPECT_EQ(CountRows(path_, "blob_uploads"), 2);
  EXPECT_EQ(CountRows(path_, "blob_chunks"), 0);
  // The expired photo starts again from 0.
  v1::GetUploadOffsetRequest again;
  again.set_protocol_version(1);
  again.set_sha256(sha_);
  again.set_size(Size());
  again.set_kind("photo");
  EXPECT_EQ(blobs_
                ->GetUploadOffset(Tech1(), FromProto(again),
                                  At(9) + blobs_->policy().pending_upload_ttl_ms + 2)
                .offset,
            0);
}

TEST_F(BlobTest, CompaniesDoNotSeeEachOthersBlobs) {
  Send(0, 1000, bytes_);
  v1::GetUploadOffsetRequest r;
  r.set_protocol_version(1);
  r.set_sha256(sha_);
  r.set_size(Size());
  r.set_kind("photo");
  const auto other = blobs_->GetUploadOffset(CallerFor("othertech", Role::kTechnician, "other"),
                                             FromProto(r), At(9));
  EXPECT_EQ(other.offset, 0);
}

}  // namespace
}  // namespace fieldledger::server
