// BlobUploader (device) against a real in-process server over gRPC: an upload cut off
// mid-way resumes from the server's offset, a corrupted upload is discarded by the
// server and redone from 0, and blobs go up before the events that reference them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "blob_uploader.h"
#include "fieldledger/core/sha256.h"
#include "fieldledger/v1/blobs_mock.grpc.pb.h"
#include "live_server.h"
#include "technician_device.h"

namespace fieldledger::sync_testing {
namespace {

using ::testing::_;
using ::testing::Invoke;

std::string Photo(std::size_t n) {
  std::string s(n, '\0');
  for (std::size_t i = 0; i < n; ++i) s[i] = static_cast<char>((i * 131) ^ (i >> 7));
  s.replace(0, 3, "\xFF\xD8\xFF");  // the server checks that a photo looks like a JPEG
  return s;
}

class BlobUploadTest : public ::testing::Test {
 protected:
  BlobUploadTest()
      : server_(dir_.File("server.db")),
        clock_(server::testing::At(9), 1'000'000, "boot-1"),
        device_(dir_.File("device.db"), server_.address(), clock_) {}
  void SetUp() override {
    ASSERT_TRUE(device_.Login("tech1", kPassword).ok);
    token_ = *device_.store().GetSetting("token");
    real_ = v1::BlobService::NewStub(device::MakeChannel(server_.address()));
    // By default the mock passes every call through to the real server.
    ON_CALL(mock_, GetUploadOffset(_, _, _))
        .WillByDefault(Invoke([this](grpc::ClientContext* c, const v1::GetUploadOffsetRequest& r,
                                     v1::UploadOffset* o) { return Forward(c, r, o); }));
    ON_CALL(mock_, UploadChunk(_, _, _))
        .WillByDefault(Invoke([this](grpc::ClientContext*, const v1::UploadChunkRequest& r,
                                     v1::UploadOffset* o) { return Chunk(r, o); }));
  }
  grpc::Status Forward(grpc::ClientContext*, const v1::GetUploadOffsetRequest& r,
                       v1::UploadOffset* o) {
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + token_);
    return real_->GetUploadOffset(&ctx, r, o);
  }
  grpc::Status Chunk(v1::UploadChunkRequest r, v1::UploadOffset* o) {
    ++chunk_calls_;
    if (corrupt_) (*r.mutable_data())[0] ^= 1;
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + token_);
    grpc::Status s = real_->UploadChunk(&ctx, r, o);
    // The server applied the chunk but the device never hears back.
    if (s.ok() && lose_response_at_ == chunk_calls_) {
      return {grpc::StatusCode::UNAVAILABLE, "connection reset"};
    }
    return s;
  }
  std::optional<server::BlobRecord> ServerBlob(const std::string& sha) {
    std::optional<server::BlobRecord> b;
    server_.store().Read([&](server::StoreTx& tx) { b = tx.FindBlob("acme", sha); });
    return b;
  }

  TempDir dir_;
  LiveServer server_;
  device::ManualClock clock_;
  device::TechnicianDevice device_;
  std::string token_;
  std::unique_ptr<v1::BlobService::Stub> real_;
  ::testing::NiceMock<v1::MockBlobServiceStub> mock_;
  int chunk_calls_ = 0;
  int lose_response_at_ = -1;
  bool corrupt_ = false;
};

TEST_F(BlobUploadTest, InterruptedUploadResumesFromTheServersOffset) {
  const std::string photo = Photo(1'000'000);  // 4 chunks of 256 KiB
  const std::string sha = device_.store().PutBlob("photo", photo);
  device::BlobUploader uploader(device_.store(), mock_);
  lose_response_at_ = 2;  // the second chunk reaches the server, its answer is lost
  const auto first = uploader.UploadAll(token_);
  EXPECT_FALSE(first.ok);
  EXPECT_EQ(first.status.error_code(), grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(ServerBlob(sha)->received, 2 * device::BlobUploader::kChunkBytes);
  ASSERT_EQ(device_.store().PendingBlobs().size(), 1u);

  const auto second = uploader.UploadAll(token_);
  ASSERT_TRUE(second.ok) << second.status.error_message();
  EXPECT_EQ(second.uploaded, 1);
  // Only the two chunks the server did not have were sent again.
  EXPECT_EQ(second.bytes,
            static_cast<std::int64_t>(photo.size()) - 2 * device::BlobUploader::kChunkBytes);
  EXPECT_TRUE(ServerBlob(sha)->complete);
  EXPECT_TRUE(device_.store().PendingBlobs().empty());
  std::string stored;
  server_.store().Read([&](server::StoreTx& tx) { stored = tx.ReadBlobBytes("acme", sha); });
  EXPECT_EQ(Sha256Hex(stored), sha);
}

TEST_F(BlobUploadTest, HashMismatchIsDataLossAndTheBlobIsRedoneFromZero) {
  const std::string photo = Photo(300'000);
  const std::string sha = device_.store().PutBlob("photo", photo);
  device::BlobUploader uploader(device_.store(), mock_);
  corrupt_ = true;  // a middlebox flips a bit of every chunk
  const auto bad = uploader.UploadAll(token_);
  EXPECT_FALSE(bad.ok);
  EXPECT_EQ(bad.status.error_code(), grpc::StatusCode::DATA_LOSS);
  EXPECT_EQ(bad.hash_mismatches, 1);
  EXPECT_EQ(ServerBlob(sha)->received, 0);
  EXPECT_FALSE(ServerBlob(sha)->complete);
  EXPECT_EQ(device_.store().PendingBlobs().at(0).uploaded, 0);

  corrupt_ = false;
  const auto good = uploader.UploadAll(token_);
  ASSERT_TRUE(good.ok) << good.status.error_message();
  EXPECT_EQ(good.bytes, static_cast<std::int64_t>(photo.size()));
  EXPECT_TRUE(ServerBlob(sha)->complete);
}

TEST_F(BlobUploadTest, SyncUploadsBlobsBeforeTheEventsThatReferenceThem) {
  const std::string sha = device_.store().PutBlob("photo", Photo(5000));
  v1::WorkRecorded work;
  work.add_fault_types("screen");
  work.add_photo_sha256(sha);
  device_.RecordWork(server_.job_ids()[0], work, {});
  const auto report = device_.Sync();
  ASSERT_TRUE(report.ok) << report.error;
  EXPECT_EQ(report.blobs_uploaded, 1);
  EXPECT_EQ(report.applied, 1);
  EXPECT_TRUE(ServerBlob(sha)->complete);
}

}  // namespace
}  // namespace fieldledger::sync_testing
