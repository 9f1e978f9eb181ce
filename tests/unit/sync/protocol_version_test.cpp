// An outdated client is told to update, over real gRPC through the server's gate: for
// pushes, pulls and blob uploads alike.
#include <gtest/gtest.h>

#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/blobs.grpc.pb.h"
#include "fieldledger/v1/sync.grpc.pb.h"
#include "live_server.h"
#include "transport.h"

namespace fieldledger::sync_testing {
namespace {

class OutdatedClient : public ::testing::Test {
 protected:
  OutdatedClient() : server_(dir_.File("server.db")) {}
  void SetUp() override {
    channel_ = device::MakeChannel(server_.address());
    auto auth = v1::AuthService::NewStub(channel_);
    grpc::ClientContext ctx;
    v1::LoginRequest req;
    req.set_username("tech1");
    req.set_password(kPassword);
    v1::LoginResponse resp;
    ASSERT_TRUE(auth->Login(&ctx, req, &resp).ok());
    token_ = resp.token();
  }
  void Prepare(grpc::ClientContext& ctx) { device::PrepareContext(ctx, token_, {}); }
  static void ExpectPleaseUpdate(const grpc::Status& s) {
    EXPECT_EQ(s.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_NE(s.error_message().find("please update"), std::string::npos) << s.error_message();
  }

  TempDir dir_;
  LiveServer server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::string token_;
};

TEST_F(OutdatedClient, PushPullAndBlobUploadAnswerPleaseUpdate) {
  auto sync = v1::SyncService::NewStub(channel_);
  {
    grpc::ClientContext ctx;
    Prepare(ctx);
    v1::PushRequest req;
    req.set_protocol_version(0);  // what an app from before versioning sends
    req.set_device_id("old-phone");
    v1::PushResponse resp;
    ExpectPleaseUpdate(sync->Push(&ctx, req, &resp));
  }
  {
    grpc::ClientContext ctx;
    Prepare(ctx);
    v1::PullRequest req;
    req.set_protocol_version(0);
    req.set_device_id("old-phone");
    v1::PullResponse resp;
    ExpectPleaseUpdate(sync->Pull(&ctx, req, &resp));
  }
  {
    auto blobs = v1::BlobService::NewStub(channel_);
    grpc::ClientContext ctx;
    Prepare(ctx);
    v1::GetUploadOffsetRequest req;
    req.set_protocol_version(0);
    req.set_sha256(std::string(64, 'a'));
    req.set_size(10);
    v1::UploadOffset resp;
    ExpectPleaseUpdate(blobs->GetUploadOffset(&ctx, req, &resp));
  }
}

}  // namespace
}  // namespace fieldledger::sync_testing
