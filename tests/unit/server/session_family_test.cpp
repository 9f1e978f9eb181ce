// Short-lived access tokens, refresh tokens that rotate, and sign-ins that end at once:
// logout, reuse of a spent refresh token, password change, disabling.
#include <gtest/gtest.h>

#include "auth/sessions.h"
#include "live_channel.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::LiveChannelTest;
using testing::StoreTest;

class SessionFamilyTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    sessions_ = std::make_unique<Sessions>(*store_);
  }
  LoginResult SignIn(const std::string& user, TimeMs at, const std::string& device = "phone") {
    auto r = sessions_->Login(user, kPassword, device, at, "10.0.0.1");
    EXPECT_TRUE(r.has_value());
    return *r;
  }
  std::unique_ptr<Sessions> sessions_;
};

TEST_F(SessionFamilyTest, AccessTokenIsShortLivedAndRefreshRotates) {
  const auto login = SignIn("tech1", At(8));
  EXPECT_EQ(login.expires_ms, At(8) + 15 * kMinuteMs);
  EXPECT_EQ(login.refresh_expires_ms, At(8) + 30 * kDayMs);
  EXPECT_EQ(login.refresh_token.size(), 64u);
  EXPECT_NE(login.refresh_token, login.token);
  EXPECT_TRUE(sessions_->Resolve(login.token, At(8, 14)));
  EXPECT_FALSE(sessions_->Resolve(login.token, At(8, 15)));  // expired

  const auto r = sessions_->Refresh(login.refresh_token, At(9));
  ASSERT_EQ(r.outcome, Sessions::RefreshOutcome::kRotated);
  EXPECT_NE(r.result->refresh_token, login.refresh_token);
  EXPECT_EQ(r.result->family_id, login.family_id);
  EXPECT_TRUE(sessions_->Resolve(r.result->token, At(9, 10)));
  EXPECT_EQ(sessions_->Resolve(r.result->token, At(9, 10))->user_id, "tech1");
}

TEST_F(SessionFamilyTest, ReusingASpentRefreshTokenEndsTheWholeFamily) {
  const auto login = SignIn("tech1", At(8));
  const auto rotated = sessions_->Refresh(login.refresh_token, At(8, 10));
  ASSERT_EQ(rotated.outcome, Sessions::RefreshOutcome::kRotated);
  const auto other = SignIn("tech1", At(8, 11), "tablet");  // another sign-in, untouched

  // A copy of the first refresh token is presented again (a thief, or a replay).
  const auto reuse = sessions_->Refresh(login.refresh_token, At(8, 12));
  EXPECT_EQ(reuse.outcome, Sessions::RefreshOutcome::kReused);
  ASSERT_TRUE(reuse.family);
  EXPECT_EQ(reuse.family->id, login.family_id);
  // The holder of the current pair is signed out too: neither can keep the sign-in.
  EXPECT_FALSE(sessions_->Resolve(rotated.result->token, At(8, 12)));
  EXPECT_EQ(sessions_->Refresh(rotated.result->refresh_token, At(8, 13)).outcome,
            Sessions::RefreshOutcome::kEnded);
  std::optional<SessionFamilyRecord> family;
  store_->Read([&](StoreTx& tx) { family = tx.FindSessionFamily(login.family_id); });
  ASSERT_TRUE(family);
  EXPECT_EQ(family->end_reason, "refresh_reused");
  EXPECT_EQ(family->ended_ms, At(8, 12));
  EXPECT_TRUE(sessions_->Resolve(other.token, At(8, 13))) << "other sign-ins go on";
}

TEST_F(SessionFamilyTest, UnknownAndMalformedRefreshTokensAreRefused) {
  EXPECT_EQ(sessions_->Refresh("", At(8)).outcome, Sessions::RefreshOutcome::kUnknown);
  EXPECT_EQ(sessions_->Refresh(std::string(64, 'a'), At(8)).outcome,
            Sessions::RefreshOutcome::kUnknown);
  const auto login = SignIn("tech1", At(8));
  // The access token is not a refresh token.
  EXPECT_EQ(sessions_->Refresh(login.token, At(8)).outcome, Sessions::RefreshOutcome::kUnknown);
  // An expired refresh token does not rotate.
  EXPECT_EQ(sessions_->Refresh(login.refresh_token, At(8) + 31 * kDayMs).outcome,
            Sessions::RefreshOutcome::kEnded);
}

TEST_F(SessionFamilyTest, LogoutEndsAccessAndRefreshAtOnce) {
  const auto login = SignIn("tech1", At(8));
  sessions_->Logout(login.token, At(8, 5));
  EXPECT_FALSE(sessions_->Resolve(login.token, At(8, 5)));
  EXPECT_EQ(sessions_->Refresh(login.refresh_token, At(8, 6)).outcome,
            Sessions::RefreshOutcome::kEnded);
}

TEST_F(SessionFamilyTest, EndingAllOfAUserEndsEveryDeviceAtOnce) {
  const auto phone = SignIn("tech1", At(8), "phone");
  const auto tablet = SignIn("tech1", At(8), "tablet");
  const auto colleague = SignIn("tech2", At(8));
  int ended = 0;
  store_->Write(
      [&](StoreTx& tx) { ended = sessions_->EndAllOf(tx, "tech1", At(8, 5), "password_changed"); });
  EXPECT_EQ(ended, 2);
  for (const auto& l : {phone, tablet}) {
    EXPECT_FALSE(sessions_->Resolve(l.token, At(8, 5)));
    EXPECT_EQ(sessions_->Refresh(l.refresh_token, At(8, 5)).outcome,
              Sessions::RefreshOutcome::kEnded);
  }
  EXPECT_TRUE(sessions_->Resolve(colleague.token, At(8, 5)));
  std::vector<SessionFamilyRecord> live;
  store_->Read([&](StoreTx& tx) { live = tx.ListLiveSessionFamilies("acme", ""); });
  ASSERT_EQ(live.size(), 1u);
  EXPECT_EQ(live[0].user_id, "tech2");
  EXPECT_EQ(live[0].address, "10.0.0.1");
}

TEST_F(SessionFamilyTest, DisabledUserCannotRefresh) {
  const auto login = SignIn("tech1", At(8));
  store_->Write([&](StoreTx& tx) { tx.SetUserDisabled("tech1", true); });
  EXPECT_FALSE(sessions_->Resolve(login.token, At(8, 1)));
  EXPECT_EQ(sessions_->Refresh(login.refresh_token, At(8, 1)).outcome,
            Sessions::RefreshOutcome::kEnded);
}

// Over the wire: Refresh is callable without a bearer token; reuse is refused with the
// code and recorded in the sign-in trail.
class RefreshRpcTest : public LiveChannelTest {
 protected:
  void SetUp() override {
    LiveChannelTest::SetUp();
    StartServer([] { return At(9); });
  }
  grpc::Status Refresh(const std::string& token, v1::LoginResponse* resp) {
    auto stub = v1::AuthService::NewStub(channel_);
    grpc::ClientContext ctx;
    v1::RefreshRequest req;
    req.set_refresh_token(token);
    return stub->Refresh(&ctx, req, resp);
  }
};

TEST_F(RefreshRpcTest, RotatesAndRefusesReuse) {
  auto stub = v1::AuthService::NewStub(channel_);
  grpc::ClientContext ctx;
  v1::LoginRequest req;
  req.set_username("tech1");
  req.set_password(kPassword);
  v1::LoginResponse login;
  ASSERT_TRUE(stub->Login(&ctx, req, &login).ok());
  EXPECT_EQ(login.expires_in_ms(), 15 * kMinuteMs);
  EXPECT_EQ(login.refresh_token().size(), 64u);

  v1::LoginResponse next;
  ASSERT_TRUE(Refresh(login.refresh_token(), &next).ok());
  EXPECT_EQ(next.user_id(), "tech1");
  EXPECT_NE(next.refresh_token(), login.refresh_token());

  v1::LoginResponse none;
  const auto reuse = Refresh(login.refresh_token(), &none);
  EXPECT_EQ(reuse.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(reuse.error_message().rfind("[session_ended]", 0), 0u) << reuse.error_message();
  EXPECT_EQ(Refresh(next.refresh_token(), &none).error_code(), grpc::StatusCode::UNAUTHENTICATED);
  const auto empty = Refresh("", &none);
  EXPECT_EQ(empty.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(empty.error_message().find("refresh_token"), std::string::npos);

  std::vector<SecurityEventRecord> trail;
  store_->Read([&](StoreTx& tx) { trail = tx.ListSecurityEvents("acme", 10); });
  ASSERT_FALSE(trail.empty());
  EXPECT_EQ(trail[0].action, "refresh_reused");
  EXPECT_EQ(trail[0].user_id, "tech1");
}

}  // namespace
}  // namespace fieldledger::server
