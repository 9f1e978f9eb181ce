// The set-based reads a Push batch and the live scores use: one query for many ids,
// answering with exactly the stored rows among them.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::StoreTest;

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

class BatchReadsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    AddJob("j1", "tech1", At(9), At(11));
    AddJob("j2", "tech1", At(12), At(14));
    AddJob("j\"3\\", "tech2", At(9), At(11));  // a job id JSON must escape
    store_->Write([](StoreTx& tx) {
      tx.UpsertDevice({"dev-1", "tech1", 0, At(8)});
      EventRecord e;
      e.device_id = "dev-1";
      e.user_id = "tech1";
      e.kind = "check_in";
      for (int i = 1; i <= 3; ++i) {
        e.id = "event-" + std::to_string(i);
        e.sequence = i;
        e.job_id = i == 3 ? "j2" : "j1";
        e.status = i == 2 ? EventStatus::kRejected : EventStatus::kApplied;
        e.reject_reason = i == 2 ? "too late" : "";
        tx.InsertEvent(e);
      }
      tx.UpsertExcusal({"j1", "traffic", "boss", At(10), "", std::nullopt});
      tx.InsertCallBack({"cb-2", "acme", "j2", "cb", At(16), true, 5, false, 9, ""});
      tx.InsertCallBack({"cb-1", "acme", "j1", "cb", At(15), false});
      tx.InsertCallBack({"cb-3", "acme", "j\"3\\", "cb", At(17), true});
    });
  }
};

TEST_F(BatchReadsTest, FindEventsReturnsOnlyTheStoredOnesWithTheirOutcome) {
  std::vector<EventRecord> found;
  store_->Read([&](StoreTx& tx) { found = tx.FindEvents({"event-3", "nope", "event-2"}); });
  ASSERT_EQ(found.size(), 2u);
  std::sort(found.begin(), found.end(), [](auto& a, auto& b) { return a.id < b.id; });
  EXPECT_EQ(found[0].id, "event-2");
  EXPECT_EQ(found[0].status, EventStatus::kRejected);
  EXPECT_EQ(found[0].reject_reason, "too late");
  EXPECT_EQ(found[1].id, "event-3");
  EXPECT_EQ(found[1].sequence, 3);
  EXPECT_EQ(found[1].device_id, "dev-1");
  store_->Read([&](StoreTx& tx) { found = tx.FindEvents({}); });
  EXPECT_TRUE(found.empty());
}

TEST_F(BatchReadsTest, FindJobsAndExcusalsReadManyIdsInOneCall) {
  std::vector<std::string> jobs, excused;
  store_->Read([&](StoreTx& tx) {
    for (const auto& j : tx.FindJobs({"j2", "j\"3\\", "missing", "j1"})) jobs.push_back(j.id);
    for (const auto& e : tx.FindExcusals({"j1", "j2"})) excused.push_back(e.job_id);
  });
  EXPECT_EQ(Sorted(jobs), (std::vector<std::string>{"j\"3\\", "j1", "j2"}));
  EXPECT_EQ(excused, (std::vector<std::string>{"j1"}));
}

TEST_F(BatchReadsTest, CallBacksOfJobsComeInTimeOrder) {
  std::vector<std::string> ids;
  store_->Read([&](StoreTx& tx) {
    for (const auto& c : tx.ListCallBacksOfJobs({"j2", "j1"})) ids.push_back(c.id);
  });
  EXPECT_EQ(ids, (std::vector<std::string>{"cb-1", "cb-2"}));
}

}  // namespace
}  // namespace fieldledger::server
