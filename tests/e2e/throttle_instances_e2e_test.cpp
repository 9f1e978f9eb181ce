// Sign-in throttling across two fieldledger-server processes on one PostgreSQL database
// (e2e_tests_pg only): wrong passwords through instance A and instance B count together,
// and the delay the sixth starts is enforced by both, before any password is hashed.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <string>
#include <thread>

#include "e2e_company.h"

namespace fieldledger {
namespace {

using namespace std::chrono_literals;

class ThrottleInstances : public e2e::E2eCompany {
 protected:
  ThrottleInstances() : E2eCompany("UTC", {{"tess", "Tess Tech", "technician"}}) {}

  static grpc::Status LoginOn(const std::shared_ptr<grpc::Channel>& channel,
                              const std::string& password) {
    auto stub = v1::AuthService::NewStub(channel);
    grpc::ClientContext ctx;
    v1::LoginRequest req;
    req.set_username("tess");
    req.set_password(password);
    v1::LoginResponse resp;
    return stub->Login(&ctx, req, &resp);
  }
};

TEST_F(ThrottleInstances, WrongPasswordsThroughEitherInstanceCountOnBoth) {
  StartServer();  // instance A: channel_
  auto channel_b = StartInstanceB();
  // Five free failures per account: three through A, then three through B, the last of
  // which starts the delay (each instance alone has seen only three).
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(LoginOn(channel_, "wrong-a").error_code(), grpc::StatusCode::UNAUTHENTICATED);
  }
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(LoginOn(channel_b, "wrong-b").error_code(), grpc::StatusCode::UNAUTHENTICATED);
  }
  // The delay is 2 s from the sixth failure; both instances refuse the right password now.
  for (const auto& channel : {channel_, channel_b}) {
    const auto s = LoginOn(channel, e2e::kPassword);
    EXPECT_EQ(s.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << s.error_message();
    EXPECT_EQ(s.error_message().rfind(
                  "[login_throttled] too many failed sign-ins for this account; try again in", 0),
              0u)
        << s.error_message();
  }
  // Once it has passed, the right password works through B.
  std::this_thread::sleep_for(2500ms);
  EXPECT_TRUE(LoginOn(channel_b, e2e::kPassword).ok());
}

}  // namespace
}  // namespace fieldledger
