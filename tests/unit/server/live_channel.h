#pragma once
// A real FieldLedgerServer on a free loopback port over the StoreTest's SQLite file, and a
// real TLS gRPC channel to it (the test CA, ../common/test_tls.h): for tests of a service
// as an independent client meets it.
#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>

#include "../common/test_tls.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "rpc/server.h"
#include "test_store.h"

namespace fieldledger::server::testing {

class LiveChannelTest : public StoreTest {
 protected:
  // Starts the server with `clock` (the tests pin time) and opens the channel.
  void StartServer(Clock clock, scoring::ScoringPolicy policy = {}) {
    ServerOptions options;
    options.listen_address = "127.0.0.1:0";
    options.clock = std::move(clock);
    options.security = {test_tls::CertFile(), test_tls::KeyFile()};
    options.scoring_policy = std::move(policy);
    server_ = std::make_unique<FieldLedgerServer>(*store_, options);
    const int port = server_->Start();
    channel_ =
        grpc::CreateChannel("127.0.0.1:" + std::to_string(port), test_tls::ClientCredentials());
  }
  void TearDown() override {
    if (server_) server_->Shutdown();
  }
  // Signs `user` in (password kPassword) and puts the bearer token on `ctx`.
  void Authorize(grpc::ClientContext& ctx, const std::string& user) {
    auto auth = v1::AuthService::NewStub(channel_);
    grpc::ClientContext login_ctx;
    v1::LoginRequest req;
    req.set_username(user);
    req.set_password(kPassword);
    v1::LoginResponse resp;
    ASSERT_TRUE(auth->Login(&login_ctx, req, &resp).ok()) << user;
    ctx.AddMetadata("authorization", "Bearer " + resp.token());
  }

  std::unique_ptr<FieldLedgerServer> server_;
  std::shared_ptr<grpc::Channel> channel_;
};

}  // namespace fieldledger::server::testing
