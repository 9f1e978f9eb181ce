// The call-back desk's queue model under QAbstractItemModelTester, and its view values.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>

#include "call_queue_model.h"
#include "callback_views.h"

namespace fieldledger::office {
namespace {

v1::QueueEntry Entry(const std::string& id, const std::string& claimed_by = "") {
  v1::QueueEntry e;
  e.set_job_id(id);
  e.set_reference("REF-" + id);
  e.set_job_type(v1::JOB_TYPE_INSTALLATION);
  e.set_customer_name("Customer " + id);
  e.set_due_ms(1000);
  e.set_attempts(1);
  e.set_status(v1::CALL_BACK_STATUS_RETRY_DUE);
  e.set_claimed_by_id(claimed_by);
  return e;
}

TEST(CallQueueModelTest, RowsRolesAndResetsPassTheModelTester) {
  CallQueueModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  EXPECT_EQ(model.rowCount(), 0);
  model.SetEntries({Entry("a"), Entry("b", "agent2")});
  ASSERT_EQ(model.rowCount(), 2);
  const QModelIndex b = model.index(1, 0);
  EXPECT_EQ(model.data(b, CallQueueModel::JobIdRole).toString(), "b");
  EXPECT_EQ(model.data(b, CallQueueModel::ReferenceRole).toString(), "REF-b");
  EXPECT_EQ(model.data(b, CallQueueModel::JobTypeRole).toString(), "installation");
  EXPECT_EQ(model.data(b, CallQueueModel::StatusRole).toString(), "retry_due");
  EXPECT_EQ(model.data(b, CallQueueModel::ClaimedByIdRole).toString(), "agent2");
  EXPECT_EQ(model.data(b, CallQueueModel::AttemptsRole).toInt(), 1);
  EXPECT_EQ(model.indexOf("b"), 1);
  EXPECT_EQ(model.indexOf("zz"), -1);
  EXPECT_EQ(model.jobIdAt(0), "a");
  EXPECT_EQ(model.jobIdAt(5), "");
  EXPECT_TRUE(model.roleNames().values().contains("claimedByName"));
  model.SetEntries({Entry("c")});
  EXPECT_EQ(model.rowCount(), 1);
  EXPECT_FALSE(model.data(model.index(3, 0), CallQueueModel::JobIdRole).isValid());
}

TEST(CallBackViewsTest, AVisitShowsFetchedPicturesAndCountsTheOthersAsPending) {
  v1::CallBackVisit v;
  *v.mutable_entry() = Entry("a");
  v.set_has_fee(true);
  v.set_fee_fen(8000);
  auto* sig = v.add_blobs();
  sig->set_sha256("s1");
  sig->set_kind("signature");
  sig->set_available(true);
  auto* photo = v.add_blobs();
  photo->set_sha256("p1");
  photo->set_kind("photo");
  auto* call = v.add_earlier_calls();
  call->set_outcome(v1::CALL_OUTCOME_UNREACHABLE);
  call->set_complaint(v1::COMPLAINT_CATEGORY_PRICE);
  const VisitView view = ToView(v, {{"s1", QUrl::fromLocalFile("/tmp/s1")}});
  EXPECT_EQ(view.signatureUrl, QUrl::fromLocalFile("/tmp/s1"));
  EXPECT_TRUE(view.photoUrls.isEmpty());
  EXPECT_EQ(view.blobsPending, 1);
  EXPECT_EQ(view.feeFen, 8000);
  ASSERT_EQ(view.earlierCalls.size(), 1);
  const auto earlier = view.earlierCalls[0].value<EarlierCallView>();
  EXPECT_EQ(earlier.outcome, "unreachable");
  EXPECT_EQ(earlier.complaint, "price");
}

}  // namespace
}  // namespace fieldledger::office

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
