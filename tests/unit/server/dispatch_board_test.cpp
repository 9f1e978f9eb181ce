// The dispatcher's board and its live feed on a real SQLite store: what the board shows
// for a day, how fast a change reaches a waiting stream, and when a cursor is refused.
#include <chrono>
#include <thread>

#include "app/dispatch_actions.h"
#include "app/dispatch_board.h"
#include "app/dispatch_history.h"
#include "app/sync_logic.h"
#include "sync_wire.h"
#include "test_store.h"

namespace fieldledger::server::testing {
namespace {

class DispatchBoardTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    board_ = std::make_unique<DispatchBoard>(*store_, feed_, DispatchPolicy{});
  }
  BoardFeed feed_{7};
  std::unique_ptr<DispatchBoard> board_;
};

TEST_F(DispatchBoardTest, SnapshotHasTheDaysJobsAndEveryTechnicianWithLastSync) {
  AddJob("yesterday", "tech1", At(-20), At(-19));
  AddJob("morning", "tech1", At(9), At(10));
  AddJob("evening", "tech2", At(18), At(19));
  AddJob("tomorrow", "tech2", At(30), At(31));
  store_->Write([&](StoreTx& tx) {
    JobRecord other = MakeJob("theirs", "othertech", At(9), At(10));
    other.company_id = "other";
    tx.InsertJob(other);
    tx.UpsertDevice({"dev-1", "tech1", 3, At(8, 15)});
  });
  const auto b = board_->Snapshot(Dispatcher(), "2026-03-02", At(12));
  EXPECT_EQ(b.day, "2026-03-02");
  EXPECT_EQ(b.day_window.start, At(0));
  EXPECT_EQ(b.day_window.end, At(24));
  ASSERT_EQ(b.jobs.size(), 2u);
  EXPECT_EQ(b.jobs[0].job.id, "morning");
  EXPECT_EQ(b.jobs[0].technician_name, "Name of tech1");
  EXPECT_EQ(b.jobs[0].team_id, "north");
  EXPECT_EQ(b.jobs[1].job.id, "evening");
  // Enabled technicians only, by team name (none first), then name.
  ASSERT_EQ(b.technicians.size(), 2u);
  EXPECT_EQ(b.technicians[0].id, "tech2");
  EXPECT_EQ(b.technicians[1].id, "tech1");
  EXPECT_EQ(b.technicians[1].team_name, "North");
  EXPECT_EQ(b.technicians[1].last_synced_ms, At(8, 15));
  EXPECT_EQ(b.technicians[0].last_synced_ms, 0);
  // A pull changes nothing stored but is contact: the board shows it.
  board_->PhoneSeen("acme", "tech2", At(11));
  EXPECT_EQ(board_->Technicians("acme", {"tech2"}).at(0).last_synced_ms, At(11));
  EXPECT_TRUE(ThrowsAppError([&] { board_->Snapshot(Dispatcher(), "2026-13-01", At(12)); },
                             ErrorKind::kInvalidArgument, "[bad_day]"));
}

TEST_F(DispatchBoardTest, EmptyDayIsTodayInTheCompanyZone) {
  store_->Write([&](StoreTx& tx) { tx.InsertCompany({"sh", "Shanghai Co", "Asia/Shanghai", 0}); });
  // 2026-03-02 20:00 UTC is already 2026-03-03 04:00 in Shanghai.
  const auto b = board_->Snapshot(CallerFor("d", Role::kDispatcher, "sh"), "", At(20));
  EXPECT_EQ(b.day, "2026-03-03");
  EXPECT_EQ(b.day_window.start, At(16));  // Shanghai midnight = 16:00 UTC the day before
}

TEST_F(DispatchBoardTest, OnMyWayAndArrivalReachTheRowThroughSync) {
  AddJob("j1", "tech1", At(9), At(10));
  SyncLogic sync(*store_);
  auto way = CheckInEvent("j1", 1, At(8, 30), At(8, 30) - kDay0);
  way.mutable_on_my_way();
  auto arrive = CheckInEvent("j1", 2, At(9, 5), At(9, 5) - kDay0);
  arrive.mutable_position()->set_mock(true);
  WirePush(sync, Tech1(), Batch("dev-1", At(9, 6), At(9, 6) - kDay0, {way, arrive}), At(9, 6));
  const auto row = board_->Jobs("acme", {"j1"}).at(0);
  EXPECT_EQ(row.on_my_way_ms, At(8, 30));
  EXPECT_EQ(row.job.arrived_ms, At(9, 5));
  ASSERT_TRUE(row.unverified);
  EXPECT_TRUE(row.unverified->mock_location);
  EXPECT_FALSE(row.unverified->outside_fence);
  // The phone's last position is the arrival's.
  const auto tech = board_->Technicians("acme", {"tech1"}).at(0);
  ASSERT_TRUE(tech.last_position);
  EXPECT_EQ(tech.last_position_ms, At(9, 5));
}

TEST_F(DispatchBoardTest, SnapshotReadsTheEventsAndAuditOfEveryJobOfTheDay) {
  AddJob("j1", "tech1", At(9), At(10));
  AddJob("j2", "tech1", At(11), At(12));
  AddJob("j3", "tech1", At(13), At(14));
  SyncLogic sync(*store_);
  std::vector<v1::DeviceEvent> events;
  int seq = 0;
  for (const char* id : {"j1", "j2", "j3"}) {
    ++seq;
    auto way = CheckInEvent(id, seq, At(8, seq), At(8, seq) - kDay0);
    way.mutable_on_my_way();
    events.push_back(way);
  }
  WirePush(sync, Tech1(), Batch("dev-1", At(8, 30), At(8, 30) - kDay0, events), At(8, 30));
  DispatchActions actions(*store_, DispatchPolicy{});
  actions.Cancel(Dispatcher(), "j2", "duplicate order", At(8, 40));
  actions.Cancel(Dispatcher(), "j3", "customer moved", At(8, 41));
  const auto b = board_->Snapshot(Dispatcher(), "2026-03-02", At(8, 45));
  ASSERT_EQ(b.jobs.size(), 3u);
  EXPECT_EQ(b.jobs[0].on_my_way_ms, At(8, 1));
  EXPECT_EQ(b.jobs[1].on_my_way_ms, At(8, 2));
  EXPECT_EQ(b.jobs[2].on_my_way_ms, At(8, 3));
  EXPECT_EQ(b.jobs[1].cancel_reason, "duplicate order");
  EXPECT_EQ(b.jobs[2].cancel_reason, "customer moved");
}

TEST_F(DispatchBoardTest, AWaitingStreamHearsAChangeWellWithinASecond) {
  const auto start = std::chrono::steady_clock::now();
  std::thread writer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    board_->JobsChanged("other", {"not-ours"});
    board_->JobsChanged("acme", {"j1"});
  });
  const auto wait = feed_.After("acme", 7, 0, 5 * kSecondMs, {});
  const auto took = std::chrono::steady_clock::now() - start;
  writer.join();
  ASSERT_FALSE(wait.reset);
  ASSERT_EQ(wait.changes.size(), 1u);  // the other company's change is not delivered
  EXPECT_EQ(wait.changes[0].job_ids, std::vector<std::string>{"j1"});
  EXPECT_EQ(wait.head, 2);
  EXPECT_LT(took, std::chrono::milliseconds(1000));
  // Resuming after the last cursor delivers nothing old.
  const auto again = feed_.After("acme", 7, wait.head, 50, {});
  EXPECT_TRUE(again.changes.empty());
  EXPECT_FALSE(again.reset);
}

TEST_F(DispatchBoardTest, ACursorFromAnotherEpochOrTooOldIsRefusedNotSkipped) {
  board_->JobsChanged("acme", {"j1"});
  EXPECT_TRUE(feed_.After("acme", 6, 0, 10, {}).reset);   // the server restarted
  EXPECT_TRUE(feed_.After("acme", 7, 99, 10, {}).reset);  // ahead of the head
  for (std::size_t i = 0; i < BoardFeed::kCapacity + 5; ++i) board_->JobsChanged("acme", {"x"});
  EXPECT_TRUE(feed_.After("acme", 7, 1, 10, {}).reset);  // fell out of what is kept
  EXPECT_FALSE(feed_.After("acme", 7, feed_.Head() - 1, 10, {}).reset);
}

TEST_F(DispatchBoardTest, HistoryListsEverythingInOrder) {
  DispatchActions actions(*store_, DispatchPolicy{});
  JobRecord d = MakeJob("", "tech1", At(9), At(10));
  const std::string id = actions.Create(Dispatcher(), d, "", "", At(7));
  actions.Assign(Dispatcher(), id, "tech2", "", At(7, 10));
  actions.Assign(Dispatcher(), id, "tech1", "back", At(7, 20));
  SyncLogic sync(*store_);
  auto way = CheckInEvent(id, 1, At(8, 30), At(8, 30) - kDay0);
  way.mutable_on_my_way();
  auto arrive = CheckInEvent(id, 2, At(10, 20), At(10, 20) - kDay0);
  WirePush(sync, Tech1(), Batch("dev-1", At(10, 21), At(10, 21) - kDay0, {way, arrive}),
           At(10, 21));
  actions.Excuse(Dispatcher(), id, "lift broken", At(11));
  store_->Write([&](StoreTx& tx) {
    tx.InsertCallBack({"cb-1", "acme", id, "cb", At(12), true, 5, false, std::nullopt, "fine"});
  });
  DispatchHistory history(*store_, *board_);
  const auto h = history.History(Dispatcher(), id);
  std::vector<std::string> seen;
  for (const auto& item : h.items) {
    seen.push_back(item.action.empty() ? "call_back:" + item.by : item.action);
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"created", "assigned", "assigned", "on_my_way",
                                            "check_in", "excused", "call_back:Name of cb"}));
  EXPECT_EQ(h.items[2].reason, "back");
  EXPECT_EQ(h.items[4].kind, HistoryItem::Kind::kArrived);
  ASSERT_NE(h.items[4].event, nullptr);
  EXPECT_TRUE(h.items[4].event->verified);
  EXPECT_TRUE(
      ThrowsAppError([&] { history.History(CallerFor("x", Role::kDispatcher, "other"), id); },
                     ErrorKind::kNotFound, "[job_not_found]"));
}

}  // namespace
}  // namespace fieldledger::server::testing
