// Sign-in throttling across two server instances on one PostgreSQL database: two real
// FieldLedgerServers, each on its own PgStore, each reached by its own TLS gRPC channel.
// Failures through one instance count on the other, a delay started through either holds
// on both, and the right password through one clears the account on both.
#include <gtest/gtest.h>

#include <atomic>

#include "../server/live_channel.h"
#include "auth/login_throttle.h"

namespace fieldledger::server {
namespace {

using testing::At;

class PgLoginThrottleInstancesTest : public testing::LiveChannelTest {
 protected:
  void SetUp() override {
    LiveChannelTest::SetUp();
    StartServer([this] { return now_.load(); });  // instance A on store_
    second_store_ = std::make_unique<PgStore>(path_);
    ServerOptions options;
    options.listen_address = "127.0.0.1:0";
    options.clock = [this] { return now_.load(); };
    options.security = {test_tls::CertFile(), test_tls::KeyFile()};
    second_ = std::make_unique<FieldLedgerServer>(*second_store_, options);
    const int port = second_->Start();
    channel_b_ =
        grpc::CreateChannel("127.0.0.1:" + std::to_string(port), test_tls::ClientCredentials());
  }
  void TearDown() override {
    if (second_) second_->Shutdown();
    LiveChannelTest::TearDown();
  }
  static grpc::Status Login(const std::shared_ptr<grpc::Channel>& channel, const std::string& user,
                            const std::string& password) {
    auto stub = v1::AuthService::NewStub(channel);
    grpc::ClientContext ctx;
    v1::LoginRequest req;
    req.set_username(user);
    req.set_password(password);
    v1::LoginResponse resp;
    return stub->Login(&ctx, req, &resp);
  }
  std::vector<SecurityEventRecord> Trail(const std::string& company) {
    std::vector<SecurityEventRecord> out;
    store_->Read([&](StoreTx& tx) { out = tx.ListSecurityEvents(company, 1000); });
    return out;
  }

  std::atomic<TimeMs> now_{At(9)};
  std::unique_ptr<PgStore> second_store_;
  std::unique_ptr<FieldLedgerServer> second_;
  std::shared_ptr<grpc::Channel> channel_b_;
};

TEST_F(PgLoginThrottleInstancesTest, FailuresThroughOneInstanceCountOnTheOther) {
  // Five free failures per account: three through A, two through B...
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(Login(channel_, "tech1", "guess-a" + std::to_string(i)).error_code(),
              grpc::StatusCode::UNAUTHENTICATED);
  }
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(Login(channel_b_, "tech1", "guess-b" + std::to_string(i)).error_code(),
              grpc::StatusCode::UNAUTHENTICATED);
  }
  // ...so the sixth, through B, starts the delay (per instance it would be B's second).
  EXPECT_EQ(Login(channel_b_, "tech1", "guess-b2").error_code(), grpc::StatusCode::UNAUTHENTICATED);
  // Both instances now refuse before hashing, also the right password.
  for (const auto* channel : {&channel_, &channel_b_}) {
    const auto s = Login(*channel, "tech1", kPassword);
    EXPECT_EQ(s.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << s.error_message();
    EXPECT_EQ(s.error_message(),
              "[login_throttled] too many failed sign-ins for this account; try again in 2 s");
  }
  // The trail is the same as on one instance: five failures, then the lockout.
  const auto trail = Trail("acme");
  ASSERT_EQ(trail.size(), 6u);
  EXPECT_EQ(trail[0].action, "login_locked");
  EXPECT_EQ(trail[0].detail, "sign-ins delayed 2 s for the account");
  for (std::size_t i = 1; i < trail.size(); ++i) EXPECT_EQ(trail[i].action, "login_failed") << i;
  for (const auto& e : trail) {
    EXPECT_EQ(e.user_id, "tech1");
    EXPECT_EQ(e.detail.find("guess"), std::string::npos);
  }

  // Once the delay has passed, the right password through A clears the count for B too:
  // five more free failures through B before the next delay.
  now_ += 2'000;
  EXPECT_TRUE(Login(channel_, "tech1", kPassword).ok());
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(Login(channel_b_, "tech1", "again-" + std::to_string(i)).error_code(),
              grpc::StatusCode::UNAUTHENTICATED)
        << i;
  }
  EXPECT_EQ(Login(channel_b_, "tech1", kPassword).error_code(), grpc::StatusCode::OK);
}

TEST_F(PgLoginThrottleInstancesTest, AnAddressSprayingAccountsIsSlowedOnBothInstances) {
  // Twenty free failures per address, spread over both instances and over usernames
  // that name nobody; the twenty-first starts the address's delay.
  for (int i = 0; i < 21; ++i) {
    const auto& channel = i % 2 == 0 ? channel_ : channel_b_;
    EXPECT_EQ(Login(channel, "nobody-" + std::to_string(i), "x").error_code(),
              grpc::StatusCode::UNAUTHENTICATED)
        << i;
  }
  for (const auto* channel : {&channel_, &channel_b_}) {
    const auto s = Login(*channel, "tech2", kPassword);
    EXPECT_EQ(s.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << s.error_message();
    EXPECT_EQ(s.error_message().rfind("[login_throttled] too many failed sign-ins from this "
                                      "address",
                                      0),
              0u)
        << s.error_message();
  }
  const auto unknown = Trail("");
  ASSERT_EQ(unknown.size(), 21u);
  EXPECT_EQ(unknown[0].action, "login_locked");
  for (const auto& e : unknown) EXPECT_EQ(e.detail.find("nobody-"), std::string::npos);
}

}  // namespace
}  // namespace fieldledger::server
