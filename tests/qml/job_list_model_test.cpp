#include "job_list_model.h"

#include <gtest/gtest.h>
#include <QAbstractItemModelTester>

namespace fieldledger::app {
namespace {

constexpr qint64 kMin = 60'000;

device::LocalJob Job(const std::string& id, qint64 start, qint64 end, qint64 arrived = 0) {
  device::LocalJob j;
  j.job.set_id(id);
  j.job.set_reference("R-" + id);
  j.job.set_customer_name("C " + id);
  j.job.mutable_window()->set_start_ms(start);
  j.job.mutable_window()->set_end_ms(end);
  j.local_arrived_ms = arrived;
  return j;
}

TEST(JobListModel, KeepsOnlyTheDayInWindowOrderAndPassesTheModelTester) {
  JobListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  const QTimeZone utc = QTimeZone::utc();
  const QDate day(2026, 11, 27);
  const qint64 nine = QDateTime(day, QTime(9, 0), utc).toMSecsSinceEpoch();
  const qint64 yesterday = nine - 24 * 60 * kMin;
  model.setJobs({Job("b", nine + 240 * kMin, nine + 300 * kMin), Job("a", nine, nine + 120 * kMin),
                 Job("old", yesterday, yesterday + kMin)},
                day, utc, {QStringLiteral("a")});
  ASSERT_EQ(model.rowCount(), 2);
  EXPECT_EQ(model.data(model.index(0), JobListModel::JobIdRole).toString(), "a");
  EXPECT_EQ(model.data(model.index(1), JobListModel::JobIdRole).toString(), "b");
  EXPECT_EQ(model.data(model.index(0), JobListModel::WindowTextRole).toString(), "09:00 – 11:00");
  EXPECT_TRUE(model.data(model.index(0), JobListModel::PendingSyncRole).toBool());
  EXPECT_FALSE(model.data(model.index(1), JobListModel::PendingSyncRole).toBool());
}

TEST(JobListModel, CountdownTurnsAmberThenRedAsTheWindowCloses) {
  const qint64 s = 1'000'000 * kMin, e = s + 120 * kMin;
  EXPECT_EQ(JobListModel::DueState(s - kMin, s, e, false, false), "upcoming");
  EXPECT_EQ(JobListModel::DueState(s, s, e, false, false), "open");
  EXPECT_EQ(JobListModel::DueState(e - 30 * kMin, s, e, false, false), "closing");
  EXPECT_EQ(JobListModel::DueState(e, s, e, false, false), "closing");
  EXPECT_EQ(JobListModel::DueState(e + 1, s, e, false, false), "late");
  EXPECT_EQ(JobListModel::DueState(e + 1, s, e, true, false), "arrived");
  EXPECT_EQ(JobListModel::DueState(e + 1, s, e, true, true), "done");
  EXPECT_EQ(JobListModel::DueText("late", e + 264 * kMin, s, e), "Late by 4 h 24 min");
  EXPECT_EQ(JobListModel::DueText("upcoming", s - 35 * kMin, s, e), "Opens in 35 min");
  EXPECT_EQ(JobListModel::DueText("closing", e - 90 * kMin + 1, s, e), "Closes in 1 h 30 min");
}

TEST(JobListModel, SetNowRefreshesCountdownRolesOnly) {
  JobListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  const QTimeZone utc = QTimeZone::utc();
  const QDate day(2026, 11, 27);
  const qint64 nine = QDateTime(day, QTime(9, 0), utc).toMSecsSinceEpoch();
  model.setJobs({Job("a", nine, nine + 60 * kMin)}, day, utc, {});
  QList<int> roles;
  QObject::connect(&model, &QAbstractItemModel::dataChanged,
                   [&](const QModelIndex&, const QModelIndex&, const QList<int>& r) { roles = r; });
  model.setNow(nine + 61 * kMin);
  EXPECT_EQ(model.data(model.index(0), JobListModel::DueStateRole).toString(), "late");
  EXPECT_TRUE(roles.contains(JobListModel::DueStateRole));
  EXPECT_TRUE(roles.contains(JobListModel::DueTextRole));
}

}  // namespace
}  // namespace fieldledger::app
