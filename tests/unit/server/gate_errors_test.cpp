// How the Gate answers failures: a store that cannot run the transaction now
// (StoreUnavailable) is UNAVAILABLE, the phone's "try again later", with the cause in
// words and no storage detail; anything else unexpected stays INTERNAL.
#include <gtest/gtest.h>

#include <stdexcept>

#include "rpc/gate.h"
#include "rpc/lifecycle.h"
#include "storage/store_unavailable.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using Cause = StoreUnavailable::Cause;
using testing::StoreTest;

class GateErrorsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    sessions_ = std::make_unique<Sessions>(*store_);
    gate_ = std::make_unique<Gate>(*sessions_, [] { return TimeMs{0}; });
    gate_->set_lifecycle(&lifecycle_);
  }
  grpc::Status Throwing(const std::function<void()>& thrower) {
    return gate_->RunAnonymous("AuthService/Login", [&](TimeMs) { thrower(); });
  }
  std::unique_ptr<Sessions> sessions_;
  std::unique_ptr<Gate> gate_;
  ServerLifecycle lifecycle_;
};

constexpr const char* kDetail = "server closed the connection (in: SELECT secret FROM users)";

TEST_F(GateErrorsTest, ALostDatabaseIsUnavailableAndNamesTheCause) {
  struct Case {
    Cause cause;
    const char* code;
    const char* words;
  };
  for (const Case& c :
       {Case{Cause::kConnectionLost, "[storage_unavailable]", "lost its connection"},
        Case{Cause::kRestarting, "[storage_unavailable]", "restarting"},
        Case{Cause::kOutOfResources, "[storage_unavailable]", "out of resources"},
        Case{Cause::kConflict, "[storage_busy]", "collided"}}) {
    const auto status = Throwing([&] { throw StoreUnavailable(c.cause, kDetail); });
    EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAVAILABLE) << c.words;
    EXPECT_EQ(status.error_message().rfind(c.code, 0), 0u) << status.error_message();
    EXPECT_NE(status.error_message().find(c.words), std::string::npos) << status.error_message();
    // The log gets the detail; the caller never sees SQL or server text.
    EXPECT_EQ(status.error_message().find("SELECT"), std::string::npos);
    EXPECT_EQ(status.error_message().find("closed the connection"), std::string::npos);
  }
}

TEST_F(GateErrorsTest, AnUnreachableDatabaseTurnsHealthNotServingButAConflictDoesNot) {
  Throwing([] { throw StoreUnavailable(Cause::kConflict, kDetail); });
  EXPECT_TRUE(lifecycle_.writable());
  Throwing([] { throw StoreUnavailable(Cause::kConnectionLost, kDetail); });
  EXPECT_FALSE(lifecycle_.writable());  // until the server's probe write succeeds
}

TEST_F(GateErrorsTest, OtherFailuresStayInternal) {
  const auto status = Throwing([] { throw std::runtime_error(kDetail); });
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INTERNAL);
  EXPECT_EQ(status.error_message().find("SELECT"), std::string::npos);
  EXPECT_TRUE(lifecycle_.writable());
}

TEST_F(GateErrorsTest, AConstraintViolationOfOurOwnStaysInternal) {
  const auto status = Throwing([&] {
    store_->Write([](StoreTx& tx) { tx.InsertCompany({"acme", "Acme again", "UTC", 0}); });
  });
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INTERNAL);
  EXPECT_TRUE(lifecycle_.writable());
}

}  // namespace
}  // namespace fieldledger::server
