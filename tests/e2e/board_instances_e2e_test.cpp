// A dispatcher's live board across server instances (e2e_tests_pg only): two
// fieldledger-server processes on one PostgreSQL database; a board watched on instance B
// hears of a job created and then reassigned through instance A, through the board
// change log B follows (app/board_follower.h), within a few seconds.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <iostream>
#include <mutex>
#include <regex>
#include <string>
#include <thread>

#include "e2e_company.h"
#include "fieldledger/v1/dispatch.grpc.pb.h"
#include "test_jobs.h"

namespace fieldledger {
namespace {

using namespace std::chrono_literals;

class BoardInstances : public e2e::E2eCompany {
 protected:
  BoardInstances()
      : E2eCompany("UTC", {{"disp", "Dee Spatcher", "dispatcher"},
                           {"tech", "Tess Tech", "technician"},
                           {"tech2", "Theo Tech", "technician"}}) {}

  // The updates a WatchBoard stream delivers, queued as they arrive.
  struct Watch {
    grpc::ClientContext ctx;
    std::unique_ptr<grpc::ClientReader<v1::BoardUpdate>> reader;
    std::thread thread;
    std::mutex mu;
    std::condition_variable arrived;
    std::deque<v1::BoardJob> jobs;
    bool reset = false;

    // Waits until a job row for which `match` holds arrives, or the deadline passes.
    bool WaitFor(const std::function<bool(const v1::BoardJob&)>& match,
                 std::chrono::steady_clock::time_point deadline) {
      std::unique_lock lock(mu);
      for (;;) {
        while (!jobs.empty()) {
          const v1::BoardJob j = jobs.front();
          jobs.pop_front();
          if (match(j)) return true;
        }
        if (arrived.wait_until(lock, deadline) == std::cv_status::timeout && jobs.empty()) {
          return false;
        }
      }
    }
  };
};

TEST_F(BoardInstances, ABoardOnInstanceBHearsOfJobsCreatedAndAssignedThroughInstanceA) {
  StartServer();  // instance A: channel_
  auto channel_b = StartInstanceB();
  const std::string token = Login("disp").token();  // sessions are rows: valid on B too
  const std::string tech = Login("tech").user_id();
  const std::string tech2 = Login("tech2").user_id();
  auto on_a = v1::DispatchService::NewStub(channel_);
  auto on_b = v1::DispatchService::NewStub(channel_b);

  // The dispatcher opens the board on B and keeps watching it.
  v1::Board board;
  {
    grpc::ClientContext ctx;
    Authorize(ctx, token);
    auto s = on_b->GetBoard(&ctx, v1::GetBoardRequest{}, &board);
    ASSERT_TRUE(s.ok()) << s.error_message();
  }
  Watch watch;
  Authorize(watch.ctx, token);
  v1::WatchBoardRequest req;
  req.set_feed_epoch(board.feed_epoch());
  req.set_after(board.cursor());
  watch.reader = on_b->WatchBoard(&watch.ctx, req);
  watch.thread = std::thread([&watch] {
    v1::BoardUpdate u;
    while (watch.reader->Read(&u)) {
      std::lock_guard lock(watch.mu);
      if (u.reset()) watch.reset = true;
      for (const auto& j : u.jobs()) watch.jobs.push_back(j);
      watch.arrived.notify_all();
    }
  });

  // Through A: a job is created, then given to another technician.
  const TimeMs now = e2e::WallNowMs();
  v1::BoardJob created;
  {
    grpc::ClientContext ctx;
    Authorize(ctx, token);
    v1::DispatchCreateJobRequest create;
    e2e::FillTestJob(create.mutable_job(), "CROSS-1", now + kHourMs, now + 2 * kHourMs, tech);
    auto s = on_a->CreateJob(&ctx, create, &created);
    ASSERT_TRUE(s.ok()) << s.error_message();
  }
  const auto created_at = std::chrono::steady_clock::now();
  const std::string id = created.job().id();
  const bool heard_created =
      watch.WaitFor([&](const v1::BoardJob& j) { return j.job().id() == id; }, created_at + 5s);
  const auto created_heard = std::chrono::steady_clock::now() - created_at;

  {
    grpc::ClientContext ctx;
    Authorize(ctx, token);
    v1::DispatchAssignJobRequest assign;
    assign.set_job_id(id);
    assign.set_technician_id(tech2);
    v1::BoardJob out;
    auto s = on_a->AssignJob(&ctx, assign, &out);
    ASSERT_TRUE(s.ok()) << s.error_message();
  }
  const auto assigned_at = std::chrono::steady_clock::now();
  const bool heard_assigned = watch.WaitFor(
      [&](const v1::BoardJob& j) { return j.job().id() == id && j.job().technician_id() == tech2; },
      assigned_at + 5s);
  const auto assigned_heard = std::chrono::steady_clock::now() - assigned_at;

  watch.ctx.TryCancel();
  watch.thread.join();
  watch.reader->Finish();
  EXPECT_TRUE(heard_created) << "the board on B never heard of the job created through A";
  EXPECT_TRUE(heard_assigned) << "the board on B never heard of the assignment made through A";
  EXPECT_FALSE(watch.reset);
  using std::chrono::duration_cast;
  using std::chrono::milliseconds;
  std::cout << "board on B: creation heard after "
            << duration_cast<milliseconds>(created_heard).count() << " ms, assignment after "
            << duration_cast<milliseconds>(assigned_heard).count() << " ms\n";
}

}  // namespace
}  // namespace fieldledger
