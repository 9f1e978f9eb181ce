// The dispatcher's board end to end, over real processes: fieldledger-server on a free
// port with a SQLite file, the fieldledger-device core checking in with no network and
// syncing later, and a dispatcher's WatchBoard stream. The arrival reaches the open
// board within a second of the sync; before the phone syncs, the job whose window has
// passed is "unknown: phone offline", not a no-show (the board's rules, board_state.h).
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <regex>
#include <thread>

#include "board_state.h"
#include "e2e_company.h"
#include "fieldledger/core/time.h"
#include "fieldledger/v1/dispatch.grpc.pb.h"
#include "test_jobs.h"

namespace fieldledger {
namespace {

TimeMs Now() { return e2e::WallNowMs(); }

// The desk's view of one board job (the same facts DispatcherBoard gives the rules).
office::JobFacts FactsOf(const v1::BoardJob& bj, const v1::BoardTechnician& tech) {
  office::JobFacts f;
  f.window = {bj.job().window().start_ms(), bj.job().window().end_ms()};
  if (bj.job().arrived_ms() > 0) f.arrived_ms = bj.job().arrived_ms();
  f.arrival_verified = bj.job().arrival_verified();
  f.on_my_way_ms = bj.on_my_way_ms();
  f.phone_last_synced_ms = tech.last_synced_ms();
  return f;
}

class DispatchBoardE2e : public e2e::E2eCompany {
 protected:
  DispatchBoardE2e()
      : E2eCompany("UTC",
                   {{"disp", "Dee Spatcher", "dispatcher"}, {"tech", "Tess Tech", "technician"}}) {}
  void SetUp() override {
    E2eCompany::SetUp();
    StartServer();
  }
  void Authorize(grpc::ClientContext& ctx) { E2eCompany::Authorize(ctx, token_); }
  v1::Board Board() {
    auto stub = v1::DispatchService::NewStub(channel_);
    grpc::ClientContext ctx;
    Authorize(ctx);
    v1::Board b;
    auto s = stub->GetBoard(&ctx, v1::GetBoardRequest{}, &b);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return b;
  }
  v1::BoardJob Create(const std::string& reference, TimeMs start, TimeMs end,
                      const std::string& tech) {
    auto stub = v1::DispatchService::NewStub(channel_);
    grpc::ClientContext ctx;
    Authorize(ctx);
    v1::DispatchCreateJobRequest req;
    e2e::FillTestJob(req.mutable_job(), reference, start, end, tech);
    v1::BoardJob out;
    auto s = stub->CreateJob(&ctx, req, &out);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return out;
  }

  std::string token_;
};

TEST_F(DispatchBoardE2e, OfflineCheckInReachesTheOpenBoardWithinASecondOfTheSync) {
  token_ = Login("disp").token();
  const std::string tech = Login("tech").user_id();
  ASSERT_EQ(DeviceLogin("tech").exit_code, 0);
  const TimeMs now = Now();
  // A window that is open now, and one that closed an hour ago.
  const auto open = Create("OPEN", now - 30 * kMinuteMs, now + kHourMs, tech);
  const auto passed = Create("PASSED", now - 3 * kHourMs, now - kHourMs, tech);
  auto pulled = Device({"sync"});
  ASSERT_EQ(pulled.exit_code, 0) << pulled.output;

  // The phone loses the network and the technician checks in at the open job.
  const std::string nowhere = "127.0.0.1:9";
  ASSERT_EQ(Device({"checkin", "--job", open.job().id(), "--lat", "31.2301", "--lon", "121.4702",
                    "--accuracy", "8"},
                   "", nowhere)
                .exit_code,
            0);

  // The dispatcher's board while the phone is offline. The phone's last sync came after
  // PASSED's window closed and had no check-in for it: a no-show. OPEN is still open
  // and shows no arrival: the check-in is on the phone only.
  v1::Board board = Board();
  ASSERT_EQ(board.technicians_size(), 1);
  ASSERT_EQ(board.jobs_size(), 2);
  const TimeMs synced = board.technicians(0).last_synced_ms();
  EXPECT_GE(synced, now);
  for (const auto& bj : board.jobs()) EXPECT_EQ(bj.job().arrived_ms(), 0) << bj.job().reference();
  office::BoardRules rules;
  for (const auto& bj : board.jobs()) {
    const auto state = office::ComputeState(FactsOf(bj, board.technicians(0)), Now(), rules);
    if (bj.job().reference() == "PASSED") EXPECT_EQ(state.kind, office::JobStateKind::kNoShow);
    if (bj.job().reference() == "OPEN") EXPECT_EQ(state.kind, office::JobStateKind::kNotYetDue);
  }
  // Seen two hours later with the phone still silent, OPEN's window has passed since
  // the phone's last sync: unknown, not a no-show.
  for (const auto& bj : board.jobs()) {
    if (bj.job().reference() != "OPEN") continue;
    const auto later = office::ComputeState(FactsOf(bj, board.technicians(0)),
                                            now + 2 * kHourMs + kMinuteMs, rules);
    EXPECT_EQ(later.kind, office::JobStateKind::kUnknownPhoneOffline);
    EXPECT_EQ(later.offline_since_ms, synced);
  }

  // The board stays open on a WatchBoard stream.
  std::atomic<TimeMs> arrival_seen_at{0};
  std::atomic<TimeMs> arrived_ms{0};
  auto stub = v1::DispatchService::NewStub(channel_);
  grpc::ClientContext watch;
  Authorize(watch);
  v1::WatchBoardRequest req;
  req.set_feed_epoch(board.feed_epoch());
  req.set_after(board.cursor());
  auto reader = stub->WatchBoard(&watch, req);
  std::thread watcher([&] {
    v1::BoardUpdate u;
    while (reader->Read(&u)) {
      for (const auto& bj : u.jobs()) {
        if (bj.job().id() == open.job().id() && bj.job().arrived_ms() > 0 && !arrival_seen_at) {
          arrived_ms = bj.job().arrived_ms();
          arrival_seen_at = Now();
        }
      }
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the stream is open

  // The network returns and the phone syncs.
  auto synced_now = Device({"sync"});
  const TimeMs sync_done = Now();
  ASSERT_EQ(synced_now.exit_code, 0) << synced_now.output;
  for (int i = 0; i < 50 && !arrival_seen_at; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  watch.TryCancel();
  watcher.join();
  reader->Finish();
  ASSERT_GT(arrival_seen_at.load(), 0) << "the arrival never reached the open board";
  // Measured from the end of the device process (the push is committed before it exits).
  std::cout << "arrival on the open board " << arrival_seen_at - sync_done
            << " ms after the sync process ended\n";
  EXPECT_LT(arrival_seen_at - sync_done, 1000) << "took " << arrival_seen_at - sync_done << " ms";
  EXPECT_GT(arrived_ms.load(), now - kMinuteMs);
  // And the board's state for it now: on time, verified, the phone just seen.
  board = Board();
  for (const auto& bj : board.jobs()) {
    if (bj.job().reference() != "OPEN") continue;
    const auto state = office::ComputeState(FactsOf(bj, board.technicians(0)), Now(), rules);
    EXPECT_EQ(state.kind, office::JobStateKind::kOnTime);
  }
}

}  // namespace
}  // namespace fieldledger
