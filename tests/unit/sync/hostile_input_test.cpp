// Bytes that are not the method's message get a precise status and change nothing.
#include <grpcpp/generic/generic_stub.h>
#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>

#include "live_server.h"

namespace fieldledger::sync_testing {
namespace {

grpc::Status RawCall(const std::string& address, const std::string& method,
                     const std::string& body) {
  auto channel = grpc::CreateChannel(address, test_tls::ClientCredentials());
  grpc::GenericStub stub(channel);
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  grpc::Slice slice(body);
  grpc::ByteBuffer request(&slice, 1), response;
  std::mutex mu;
  std::condition_variable cv;
  bool done = false;
  grpc::Status status;
  stub.UnaryCall(&ctx, method, grpc::StubOptions(), &request, &response, [&](grpc::Status s) {
    std::lock_guard lock(mu);
    status = std::move(s);
    done = true;
    cv.notify_one();
  });
  std::unique_lock lock(mu);
  cv.wait(lock, [&] { return done; });
  return status;
}

TEST(HostileInput, BytesThatAreNotTheMessageAreInvalidArgumentAndChangeNothing) {
  TempDir dir;
  LiveServer server(dir.File("server.db"));
  const auto before = server::testing::TableCounts(server.db());
  // A truncated varint and a length that runs past the end: not a protobuf at all.
  const std::string garbage = std::string("\x0a\xff\xff\xff\xff\x0f", 6) + "not a message";
  for (const std::string method :
       {"/fieldledger.v1.AuthService/Login", "/fieldledger.v1.SyncService/Push",
        "/fieldledger.v1.JobsService/CreateJob", "/fieldledger.v1.ScoringService/GetScorecard",
        "/fieldledger.v1.BlobService/UploadChunk"}) {
    const auto status = RawCall(server.address(), method, garbage);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << method;
    EXPECT_NE(status.error_message().find(method), std::string::npos) << status.error_message();
  }
  EXPECT_EQ(server::testing::TableCounts(server.db()), before);
  // An empty body is a valid (empty) message: the method's own rules answer it.
  EXPECT_EQ(RawCall(server.address(), "/fieldledger.v1.AuthService/Login", "").error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(RawCall(server.address(), "/fieldledger.v1.SyncService/Push", "").error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(RawCall(server.address(), "/fieldledger.v1.SyncService/Reset", "").error_code(),
            grpc::StatusCode::UNIMPLEMENTED);
}

}  // namespace
}  // namespace fieldledger::sync_testing
