// The dispatcher board's rules (every state, every alert) and its list models, checked
// with QAbstractItemModelTester while rows are inserted, replaced, removed and filtered.
#include <gtest/gtest.h>
#include <QAbstractItemModelTester>
#include <QLocale>

#include "board_models.h"
#include "board_state.h"
#include "board_texts.h"
#include "job_history_model.h"

namespace fieldledger::office {
namespace {

constexpr TimeMs kNine = 1'772'442'000'000;  // 2026-03-02 09:00 UTC
constexpr TimeMs kTen = kNine + kHourMs;

JobFacts Job() {
  JobFacts f;
  f.window = {kNine, kTen};
  f.phone_last_synced_ms = kNine - kHourMs;
  return f;
}

TEST(BoardState, BeforeAndDuringTheWindow) {
  JobFacts f = Job();
  EXPECT_EQ(ComputeState(f, kNine - kHourMs, {}).kind, JobStateKind::kNotYetDue);
  f.on_my_way_ms = kNine - 20 * kMinuteMs;
  EXPECT_EQ(ComputeState(f, kNine, {}).kind, JobStateKind::kOnTheWay);
}

TEST(BoardState, ArrivalClasses) {
  JobFacts f = Job();
  f.arrived_ms = kNine - kMinuteMs;
  EXPECT_EQ(ComputeState(f, kTen, {}).kind, JobStateKind::kArrivedEarly);
  f.arrived_ms = kTen;
  EXPECT_EQ(ComputeState(f, kTen, {}).kind, JobStateKind::kOnTime);
  f.arrived_ms = kTen + 12 * kMinuteMs + 30 * kSecondMs;
  const JobState late = ComputeState(f, kTen + kHourMs, {});
  EXPECT_EQ(late.kind, JobStateKind::kLate);
  EXPECT_EQ(late.minutes_late, 12);
  // The policy's grace makes the same arrival on time.
  EXPECT_EQ(ComputeState(f, kTen + kHourMs, {.grace = 15 * kMinuteMs}).kind, JobStateKind::kOnTime);
}

TEST(BoardState, AMissIsANoShowOnlyOnceThePhoneSyncedAfterTheWindow) {
  JobFacts f = Job();
  // The phone last synced before the window: it may hold a check-in it could not send.
  JobState s = ComputeState(f, kTen + kMinuteMs, {});
  EXPECT_EQ(s.kind, JobStateKind::kUnknownPhoneOffline);
  EXPECT_EQ(s.offline_since_ms, kNine - kHourMs);
  // Synced during the window: a check-in after that sync could still be on the phone.
  f.phone_last_synced_ms = kNine + 30 * kMinuteMs;
  EXPECT_EQ(ComputeState(f, kTen + kMinuteMs, {}).kind, JobStateKind::kUnknownPhoneOffline);
  // Synced after the window closed with nothing: a no-show.
  f.phone_last_synced_ms = kTen + kSecondMs;
  EXPECT_EQ(ComputeState(f, kTen + kMinuteMs, {}).kind, JobStateKind::kNoShow);
  // Within the grace it is not missed yet.
  EXPECT_EQ(ComputeState(f, kTen + kMinuteMs, {.grace = 5 * kMinuteMs}).kind,
            JobStateKind::kNotYetDue);
}

TEST(BoardState, UnverifiedSaysWhyUntilAccepted) {
  JobFacts f = Job();
  f.arrived_ms = kNine + 5 * kMinuteMs;
  f.arrival_verified = false;
  f.unverified = Unverified{.outside_fence = true, .distance_m = 350};
  JobState s = ComputeState(f, kTen, {});
  EXPECT_EQ(s.kind, JobStateKind::kUnverified);
  ASSERT_TRUE(s.why);
  QLocale::setDefault(QLocale(QLocale::English));
  EXPECT_EQ(StateText(s, QTimeZone::utc()),
            QStringLiteral("unverified arrival: outside the fence by 350 m"));
  f.arrival_accepted = true;
  EXPECT_EQ(ComputeState(f, kTen, {}).kind, JobStateKind::kOnTime);
}

TEST(BoardState, ExcusalsCoverOnlyWhatWouldCountAgainst) {
  JobFacts f = Job();
  f.excused = true;
  f.phone_last_synced_ms = kTen + kMinuteMs;
  EXPECT_EQ(ComputeState(f, kTen + 2 * kMinuteMs, {}).kind, JobStateKind::kExcused);  // no-show
  f.arrived_ms = kTen + 20 * kMinuteMs;
  EXPECT_EQ(ComputeState(f, kTen + kHourMs, {}).kind, JobStateKind::kExcused);  // late
  f.arrived_ms = kNine + kMinuteMs;  // excused in advance, then on time: counts as on time
  EXPECT_EQ(ComputeState(f, kTen, {}).kind, JobStateKind::kOnTime);
  f.arrived_ms.reset();
  EXPECT_EQ(ComputeState(f, kNine, {}).kind, JobStateKind::kNotYetDue);
}

TEST(BoardState, CancelledAndCompleted) {
  JobFacts f = Job();
  f.cancelled = true;
  EXPECT_EQ(ComputeState(f, kTen + kHourMs, {}).kind, JobStateKind::kCancelled);
  f = Job();
  f.arrived_ms = kNine + 70 * kMinuteMs;
  f.completed = true;
  const JobState s = ComputeState(f, kTen + 2 * kHourMs, {});
  EXPECT_EQ(s.kind, JobStateKind::kCompleted);
  EXPECT_EQ(s.arrival, JobStateKind::kLate);
}

TEST(BoardAlerts, NotSetOffWithinTheLeadTime) {
  JobFacts f = Job();
  BoardRules rules;  // 30 min lead
  f.phone_last_synced_ms = kTen - 35 * kMinuteMs;
  EXPECT_TRUE(AlertsFor(f, kTen - 31 * kMinuteMs, rules).empty());
  auto alerts = AlertsFor(f, kTen - 25 * kMinuteMs, rules);
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].reason, AlertReason::kNotSetOff);
  EXPECT_EQ(alerts[0].left_ms, 25 * kMinuteMs);
  f.on_my_way_ms = kTen - 40 * kMinuteMs;
  EXPECT_TRUE(AlertsFor(f, kTen - 25 * kMinuteMs, rules).empty());
  f.arrived_ms = kNine;
  EXPECT_TRUE(AlertsFor(f, kTen - kMinuteMs, rules).empty());
}

TEST(BoardAlerts, TravelFromTheLastPositionWouldArriveTooLate) {
  JobFacts f = Job();
  f.on_my_way_ms = kNine - kHourMs;
  f.site_lat = 31.2304;
  f.site_lon = 121.4737;
  f.last_position = std::make_pair(31.4104, 121.4737);  // 20 km north: 40 min at 30 km/h
  f.phone_last_synced_ms = kTen - 31 * kMinuteMs;        // not quiet
  const auto alerts = AlertsFor(f, kTen - 30 * kMinuteMs, {});
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].reason, AlertReason::kTravelTooLong);
  EXPECT_NEAR(static_cast<double>(alerts[0].travel_ms), 40.0 * kMinuteMs, 0.5 * kMinuteMs);
  // 50 minutes left: the drive fits.
  f.phone_last_synced_ms = kTen - 51 * kMinuteMs;
  EXPECT_TRUE(AlertsFor(f, kTen - 50 * kMinuteMs, {}).empty());
}

TEST(BoardAlerts, AQuietPhoneNearItsWindow) {
  JobFacts f = Job();
  f.on_my_way_ms = kNine - kHourMs;
  f.phone_last_synced_ms = kNine - 2 * kHourMs;
  EXPECT_TRUE(AlertsFor(f, kNine - 2 * kHourMs + kMinuteMs, {}).empty());  // far off
  const auto alerts = AlertsFor(f, kNine - 10 * kMinuteMs, {});
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].reason, AlertReason::kPhoneQuiet);
  EXPECT_EQ(alerts[0].quiet_since_ms, kNine - 2 * kHourMs);
}

v1::BoardJob WireJob(const std::string& id, const std::string& ref, const std::string& tech,
                     TimeMs start, const std::string& customer, const std::string& phone) {
  v1::BoardJob bj;
  auto* j = bj.mutable_job();
  j->set_id(id);
  j->set_reference(ref);
  j->set_technician_id(tech);
  j->set_technician_name("Name " + tech);
  j->set_customer_name(customer);
  j->set_customer_phone(phone);
  j->mutable_site()->set_address("1 Road");
  j->mutable_window()->set_start_ms(start);
  j->mutable_window()->set_end_ms(start + kHourMs);
  j->set_status(v1::JOB_STATUS_SCHEDULED);
  bj.set_team_id(tech == "t3" ? "south" : "north");
  return bj;
}

BoardRow Row(v1::BoardJob bj, JobStateKind kind = JobStateKind::kNotYetDue) {
  BoardRow r;
  r.job = std::move(bj);
  r.state.kind = kind;
  r.state_text = StateKey(kind);
  return r;
}

TEST(BoardModels, JobsAndTheFilteredListStayConsistent) {
  BoardJobsModel jobs;
  QAbstractItemModelTester jobs_tester(&jobs,
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
  JobFilterModel list;
  list.setSourceModel(&jobs);
  QAbstractItemModelTester list_tester(&list,
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
  std::vector<BoardRow> rows;
  rows.push_back(Row(WireJob("a", "T-3", "t1", kTen, "Ada", "138 0000 0001")));
  rows.push_back(
      Row(WireJob("b", "T-1", "t2", kNine, "Ben", "138 0000 0002"), JobStateKind::kLate));
  rows.push_back(Row(WireJob("c", "T-2", "t3", kNine + kMinuteMs, "Cai", "139 1234 5678")));
  jobs.reset(rows);
  EXPECT_EQ(list.count(), 3);
  // Sorted by window start by default.
  EXPECT_EQ(list.jobIdAt(0), QStringLiteral("b"));
  EXPECT_EQ(list.jobIdAt(2), QStringLiteral("a"));
  list.setSortKey(QStringLiteral("reference"));
  EXPECT_EQ(list.jobIdAt(0), QStringLiteral("b"));
  EXPECT_EQ(list.jobIdAt(1), QStringLiteral("c"));
  list.setAscending(false);
  EXPECT_EQ(list.jobIdAt(0), QStringLiteral("a"));
  list.setSearch(QStringLiteral("13912345678"));  // typed without spaces
  EXPECT_EQ(list.count(), 1);
  EXPECT_EQ(list.jobIdAt(0), QStringLiteral("c"));
  list.setSearch({});
  list.setTeam(QStringLiteral("north"));
  EXPECT_EQ(list.count(), 2);
  list.setState(QStringLiteral("late"));
  EXPECT_EQ(list.count(), 1);
  list.setState({});
  list.setTeam({});
  list.setTechnicianId(QStringLiteral("t1"));
  EXPECT_EQ(list.count(), 1);
  list.setTechnicianId({});
  // Live updates: a replaced row, a new row, a row that left the day.
  auto moved = WireJob("a", "T-3", "t2", kTen, "Ada", "138 0000 0001");
  jobs.upsert(Row(moved), true);
  EXPECT_EQ(jobs.data(jobs.index(jobs.indexOf("a")), BoardJobsModel::TechnicianIdRole).toString(),
            QStringLiteral("t2"));
  jobs.upsert(Row(WireJob("d", "T-4", "t1", kTen, "Dan", "")), true);
  EXPECT_EQ(jobs.rowCount(), 4);
  jobs.upsert(Row(WireJob("b", "T-1", "t2", kNine, "Ben", "")), false);
  EXPECT_EQ(jobs.rowCount(), 3);
  EXPECT_EQ(jobs.indexOf("b"), -1);
  EXPECT_EQ(list.count(), 3);
}

TEST(BoardModels, TechnicianRowsCarryTheirBarsAndAlertsAreOrderedByUrgency) {
  BoardJobsModel jobs;
  std::vector<BoardRow> rows;
  rows.push_back(Row(WireJob("a", "T-1", "t1", kNine, "Ada", "")));
  rows.push_back(Row(WireJob("b", "T-2", "t1", kTen, "Ben", "")));
  rows[0].alerts = {{AlertReason::kPhoneQuiet, 20 * kMinuteMs, 0, kNine - kHourMs}};
  rows[1].alerts = {{AlertReason::kNotSetOff, 10 * kMinuteMs}};
  jobs.reset(rows);
  TechnicianRowsModel techs;
  QAbstractItemModelTester tester(&techs, QAbstractItemModelTester::FailureReportingMode::Fatal);
  v1::BoardTechnician t1, t2;
  t1.set_id("t1");
  t1.set_display_name("Tess");
  t1.set_last_synced_ms(kNine - kHourMs);
  t2.set_id("t2");
  t2.set_display_name("Tom");
  techs.reset({t1, t2}, &jobs.rows(), kNine, 15 * kMinuteMs);
  ASSERT_EQ(techs.rowCount(), 2);
  const auto bars = techs.data(techs.index(0), TechnicianRowsModel::BarsRole).toList();
  ASSERT_EQ(bars.size(), 2);
  EXPECT_EQ(bars[0].toMap().value("reference").toString(), QStringLiteral("T-1"));
  EXPECT_TRUE(techs.data(techs.index(0), TechnicianRowsModel::PhoneQuietRole).toBool());
  EXPECT_EQ(techs.data(techs.index(1), TechnicianRowsModel::BarsRole).toList().size(), 0);
  t2.set_last_synced_ms(kNine);
  techs.upsert(t2);
  EXPECT_FALSE(techs.data(techs.index(1), TechnicianRowsModel::PhoneQuietRole).toBool());

  AlertsModel alerts;
  QAbstractItemModelTester alerts_tester(&alerts,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
  alerts.rebuild(jobs.rows());
  ASSERT_EQ(alerts.count(), 2);
  EXPECT_EQ(alerts.data(alerts.index(0), AlertsModel::JobIdRole).toString(), QStringLiteral("b"));
  EXPECT_EQ(alerts.data(alerts.index(0), AlertsModel::ReasonKeyRole).toString(),
            QStringLiteral("not_set_off"));
}

TEST(BoardModels, HistoryRowsReadInTheUsersLanguage) {
  QLocale::setDefault(QLocale(QLocale::English));
  JobHistoryModel history;
  QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::Fatal);
  v1::JobHistory h;
  auto* created = h.add_entries();
  created->set_kind(v1::HistoryEntry::KIND_CREATED);
  created->set_at_ms(kNine);
  auto* moved = h.add_entries();
  moved->set_kind(v1::HistoryEntry::KIND_AUDIT);
  moved->set_action("assigned");
  moved->set_by("Dana");
  moved->set_detail("Tom → Tess");
  moved->set_reason("Tom is ill");
  auto* arrived = h.add_entries();
  arrived->set_kind(v1::HistoryEntry::KIND_ARRIVED);
  arrived->mutable_position()->set_present(true);
  arrived->mutable_position()->set_latitude(31.23);
  arrived->mutable_position()->set_longitude(121.47);
  arrived->mutable_unverified()->set_mock_location(true);
  history.reset(h);
  ASSERT_EQ(history.rowCount(), 3);
  EXPECT_EQ(history.data(history.index(1), JobHistoryModel::TitleRole).toString(),
            QStringLiteral("Reassigned"));
  EXPECT_EQ(history.data(history.index(1), JobHistoryModel::DetailRole).toString(),
            QStringLiteral("Tom → Tess"));
  EXPECT_EQ(history.data(history.index(2), JobHistoryModel::TitleRole).toString(),
            QStringLiteral("Arrived (unverified)"));
  EXPECT_EQ(history.data(history.index(2), JobHistoryModel::DetailRole).toString(),
            QStringLiteral("mock location"));
  history.clear();
  EXPECT_EQ(history.rowCount(), 0);
}

}  // namespace
}  // namespace fieldledger::office
