#include "outbox_list_model.h"

#include <gtest/gtest.h>
#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace fieldledger::app {
namespace {

device::OutboxItem Item(const std::string& id, const std::string& job, const std::string& kind,
                        device::OutboxState state, qint64 at, const std::string& reason = {}) {
  device::OutboxItem item;
  item.event_id = id;
  item.job_id = job;
  item.kind = kind;
  item.state = state;
  item.reason = reason;
  item.event.mutable_clock()->set_wall_time_ms(at);
  return item;
}

device::LocalJob Job(const std::string& id, const std::string& ref, const std::string& customer) {
  device::LocalJob j;
  j.job.set_id(id);
  j.job.set_reference(ref);
  j.job.set_customer_name(customer);
  return j;
}

QVariant Data(const OutboxListModel& m, int row, OutboxListModel::Role role) {
  return m.data(m.index(row), role);
}

class OutboxListModelTest : public ::testing::Test {
 protected:
  const QTimeZone utc_ = QTimeZone::utc();
  const qint64 nine_ = QDateTime(QDate(2026, 11, 27), QTime(9, 0), utc_).toMSecsSinceEpoch();
  const std::vector<device::OutboxItem> rejected_{Item("r1", "gone", "check_in",
                                                       device::OutboxState::kRejected,
                                                       nine_ - 86'400'000, "unknown job gone")};
  const std::vector<device::OutboxItem> pending_{
      Item("p1", "a", "on_my_way", device::OutboxState::kPending, nine_),
      Item("p2", "a", "check_in", device::OutboxState::kPending, nine_ + 60'000)};
  const std::vector<device::LocalJob> jobs_{Job("a", "T-1", "Ann")};
};

TEST_F(OutboxListModelTest, RejectedFirstThenPendingAndPassesTheModelTester) {
  OutboxListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setItems(rejected_, pending_, jobs_, utc_, nine_ + 120'000);
  ASSERT_EQ(model.rowCount(), 3);
  EXPECT_EQ(Data(model, 0, OutboxListModel::EventIdRole).toString(), "r1");
  EXPECT_EQ(Data(model, 0, OutboxListModel::StateRole).toString(), "rejected");
  // A reason without a code keeps the server's detail inside a translated sentence.
  EXPECT_EQ(Data(model, 0, OutboxListModel::ReasonRole).toString(),
            "The server refused this record (unknown job gone).");
  // The job has left the phone: its id stands in for the reference.
  EXPECT_EQ(Data(model, 0, OutboxListModel::ReferenceRole).toString(), "gone");
  EXPECT_EQ(Data(model, 0, OutboxListModel::CustomerRole).toString(), "");
  // Yesterday's record carries its date; today's only the time.
  EXPECT_TRUE(Data(model, 0, OutboxListModel::TimeTextRole).toString().endsWith("09:00"));
  EXPECT_GT(Data(model, 0, OutboxListModel::TimeTextRole).toString().size(), 5);
  EXPECT_EQ(Data(model, 1, OutboxListModel::TimeTextRole).toString(), "09:00");
  EXPECT_EQ(Data(model, 1, OutboxListModel::StateRole).toString(), "pending");
  EXPECT_EQ(Data(model, 1, OutboxListModel::ReferenceRole).toString(), "T-1");
  EXPECT_EQ(Data(model, 1, OutboxListModel::CustomerRole).toString(), "Ann");
  EXPECT_EQ(Data(model, 1, OutboxListModel::KindTextRole).toString(), "On my way");
  EXPECT_EQ(Data(model, 2, OutboxListModel::KindTextRole).toString(), "Arrival");
  EXPECT_EQ(Data(model, 1, OutboxListModel::RecordedAtRole).toLongLong(), nine_);
  // One header per state.
  EXPECT_TRUE(Data(model, 0, OutboxListModel::SectionStartRole).toBool());
  EXPECT_TRUE(Data(model, 1, OutboxListModel::SectionStartRole).toBool());
  EXPECT_FALSE(Data(model, 2, OutboxListModel::SectionStartRole).toBool());
  const auto roles = model.roleNames();
  EXPECT_EQ(roles.value(OutboxListModel::StateRole), "outboxState");
  EXPECT_EQ(roles.value(OutboxListModel::SectionStartRole), "sectionStart");
}

TEST_F(OutboxListModelTest, AnUnchangedOutboxDoesNotResetTheList) {
  OutboxListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setItems(rejected_, pending_, jobs_, utc_, nine_);
  QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
  QSignalSpy counts(&model, &OutboxListModel::countChanged);
  model.setItems(rejected_, pending_, jobs_, utc_, nine_ + 1000);
  EXPECT_EQ(resets.count(), 0);
  // The first pending one was sent: the rows change, and so does the count.
  model.setItems(rejected_, {pending_[1]}, jobs_, utc_, nine_ + 2000);
  EXPECT_EQ(resets.count(), 1);
  EXPECT_EQ(counts.count(), 1);
  EXPECT_EQ(model.rowCount(), 2);
  // Discarded: the rejected row goes and the discard waits to be sent.
  model.setItems(
      {},
      {pending_[1], Item("d1", "gone", "discarded", device::OutboxState::kPending, nine_ + 3000)},
      jobs_, utc_, nine_ + 3000);
  ASSERT_EQ(model.rowCount(), 2);
  EXPECT_EQ(Data(model, 1, OutboxListModel::KindTextRole).toString(),
            "Discard of a rejected record");
  EXPECT_TRUE(Data(model, 0, OutboxListModel::SectionStartRole).toBool());
  EXPECT_FALSE(Data(model, 1, OutboxListModel::SectionStartRole).toBool());
}

TEST_F(OutboxListModelTest, RetranslateRereadsTheTexts) {
  OutboxListModel model;
  model.setItems(rejected_, pending_, jobs_, utc_, nine_);
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  model.retranslate();
  ASSERT_EQ(changed.count(), 1);
  const auto roles = changed.first().at(2).value<QList<int>>();
  EXPECT_TRUE(roles.contains(OutboxListModel::KindTextRole));
}

}  // namespace
}  // namespace fieldledger::app
