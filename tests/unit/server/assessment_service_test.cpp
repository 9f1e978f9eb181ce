// The assessment cycle over a real gRPC channel to a real server on a real SQLite file:
// a technician's self-assessment, the assessor's comment, publishing a month, and a late
// record that changes the live figures but never the published ones.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <atomic>

#include "fieldledger/v1/assessment.grpc.pb.h"
#include "live_channel.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::kDay0;
using testing::LiveChannelTest;

class AssessmentServiceTest : public LiveChannelTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    // 2026-03-02: tech1 on time, completed, 80.00.
    JobRecord j = MakeJob("a", "tech1", At(9), At(10));
    j.arrived_ms = At(9, 30);
    j.arrival_verified = true;
    j.arrival_technician_id = "tech1";
    j.status = JobStatus::kCompleted;
    j.completed_ms = At(10, 30);
    j.first_visit_resolved = true;
    j.fee_fen = j.fee_device_fen = 80'00;
    j.fee_check = "match";
    store_->Write([&](StoreTx& tx) { tx.InsertJob(j); });
    now_ = At(12) + 10 * kDayMs;  // 2026-03-12: March is still open
    StartServer([this] { return now_.load(); });
    stub_ = v1::AssessmentService::NewStub(channel_);
  }
  grpc::Status Publish(v1::Publication* out) {
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");
    v1::PublishPeriodRequest req;
    req.set_anchor_date("2026-03-01");
    req.set_note("March reviewed with the team");
    return stub_->PublishPeriod(&ctx, req, out);
  }
  grpc::Status Comment(const std::string& text, v1::AssessorComment* out) {
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");
    v1::SetAssessorCommentRequest req;
    req.set_anchor_date("2026-03-01");
    req.set_technician_id("tech1");
    req.set_comment(text);
    return stub_->SetAssessorComment(&ctx, req, out);
  }
  grpc::Status SelfAssess(const std::string& text, v1::SelfAssessment* out) {
    grpc::ClientContext ctx;
    Authorize(ctx, "tech1");
    v1::SubmitSelfAssessmentRequest req;
    req.set_anchor_date("2026-03-01");
    req.set_text(text);
    return stub_->SubmitSelfAssessment(&ctx, req, out);
  }
  v1::TechnicianAssessment ReadTech1(v1::Assessment* whole = nullptr) {
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");
    v1::AssessmentRequest req;
    req.set_anchor_date("2026-03-20");
    v1::Assessment a;
    EXPECT_TRUE(stub_->GetAssessment(&ctx, req, &a).ok());
    if (whole) *whole = a;
    for (const auto& t : a.technicians()) {
      if (t.technician_id() == "tech1") return t;
    }
    ADD_FAILURE() << "tech1 is missing";
    return {};
  }
  using Pair = std::pair<std::int64_t, std::int64_t>;
  static Pair Count(const google::protobuf::RepeatedPtrField<v1::MetricCount>& counts,
                    v1::Metric metric) {
    for (const auto& c : counts) {
      if (c.metric() == metric) return {c.numerator(), c.denominator()};
    }
    return {-1, -1};
  }

  std::atomic<TimeMs> now_{0};
  std::unique_ptr<v1::AssessmentService::Stub> stub_;
};

TEST_F(AssessmentServiceTest, AMonthIsPublishedOnceItIsOverAndThenStaysFrozen) {
  v1::SelfAssessment self;
  ASSERT_TRUE(
      SelfAssess("Fixed every fridge first time; late once because of traffic.", &self).ok());
  v1::AssessorComment comment;
  ASSERT_TRUE(Comment("Good month. Plan the morning route earlier.", &comment).ok());
  EXPECT_EQ(comment.by(), "boss");

  v1::Publication pub;
  const auto early = Publish(&pub);
  EXPECT_EQ(early.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_NE(early.error_message().find("has not ended yet"), std::string::npos);

  now_ = kDay0 + 35 * kDayMs;  // 2026-04-06
  ASSERT_TRUE(Publish(&pub).ok());
  EXPECT_EQ(pub.period().label(), "2026-03");
  EXPECT_EQ(pub.as_of_ms(), now_.load());
  EXPECT_EQ(pub.scoring_policy_version(), "default-1");
  EXPECT_EQ(pub.pay_policy_version(), "pay-default-1");

  v1::TechnicianAssessment t = ReadTech1();
  ASSERT_TRUE(t.published());
  EXPECT_EQ(Count(t.published_figures(), v1::METRIC_ON_TIME), (Pair{1, 1}));
  EXPECT_EQ(Count(t.published_figures(), v1::METRIC_SATISFACTION), (Pair{0, 0}));
  EXPECT_EQ(t.changed_metrics_size(), 0);
  EXPECT_FALSE(t.pay_changed());
  EXPECT_EQ(t.published_pay_fen(), t.live_pay_fen());
  EXPECT_NE(t.published_pay_explanation().find("base pay 4,500.00"), std::string::npos);
  EXPECT_EQ(t.self_assessment().text(),
            "Fixed every fridge first time; late once because of traffic.");
  EXPECT_EQ(t.assessor_comment().comment(), "Good month. Plan the morning route earlier.");

  // A call-back recorded in April on the March visit: the live card moves, the published
  // one does not, and the difference is reported.
  store_->Write([&](StoreTx& tx) {
    tx.InsertCallBack(
        {"cb1", "acme", "a", "cb", now_.load() + kHourMs, true, 2, false, std::nullopt, "unhappy"});
  });
  now_ = now_.load() + kDayMs;
  t = ReadTech1();
  EXPECT_EQ(Count(t.live(), v1::METRIC_SATISFACTION), (Pair{0, 1}));
  EXPECT_EQ(Count(t.published_figures(), v1::METRIC_SATISFACTION), (Pair{0, 0}));
  ASSERT_EQ(t.changed_metrics_size(), 1);
  EXPECT_EQ(t.changed_metrics(0), v1::METRIC_SATISFACTION);

  // Frozen: no second publication, no more comments or self-assessments.
  EXPECT_EQ(Publish(&pub).error_code(), grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(Comment("changed my mind", &comment).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(SelfAssess("rewritten", &self).error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(ReadTech1().assessor_comment().comment(),
            "Good month. Plan the morning route earlier.");
}

TEST_F(AssessmentServiceTest, BadInputNamesTheFieldAndChangesNothing) {
  v1::AssessorComment comment;
  auto s = Comment(std::string("beep\x07"), &comment);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(s.error_message().find("comment contains a control character"), std::string::npos);
  s = Comment(std::string(5000, 'x'), &comment);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(s.error_message().find("comment is longer than 4000 bytes"), std::string::npos);
  s = Comment(std::string("\xC3\x28"), &comment);  // not UTF-8
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_FALSE(ReadTech1().has_assessor_comment());

  v1::SelfAssessment self;
  EXPECT_EQ(SelfAssess("", &self).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_FALSE(ReadTech1().has_self_assessment());

  grpc::ClientContext ctx;
  Authorize(ctx, "boss");
  v1::SetAssessorCommentRequest req;
  req.set_anchor_date("2026-02-30");
  req.set_technician_id("tech1");
  req.set_comment("ok");
  s = stub_->SetAssessorComment(&ctx, req, &comment);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(s.error_message().find("anchor_date"), std::string::npos) << s.error_message();
}

TEST_F(AssessmentServiceTest, RolesAndCompanies) {
  {
    grpc::ClientContext ctx;
    Authorize(ctx, "tech1");  // a technician cannot read everyone's assessment
    v1::AssessmentRequest req;
    req.set_anchor_date("2026-03-01");
    v1::Assessment a;
    EXPECT_EQ(stub_->GetAssessment(&ctx, req, &a).error_code(),
              grpc::StatusCode::PERMISSION_DENIED);
  }
  {
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");  // the other company's technician does not exist for acme
    v1::SetAssessorCommentRequest req;
    req.set_anchor_date("2026-03-01");
    req.set_technician_id("othertech");
    req.set_comment("hello");
    v1::AssessorComment c;
    EXPECT_EQ(stub_->SetAssessorComment(&ctx, req, &c).error_code(), grpc::StatusCode::NOT_FOUND);
  }
}

}  // namespace
}  // namespace fieldledger::server
