// JobsLogic (create / list / assign / cancel) and SyncLogic::Pull, which reads the
// change feed those operations write.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>

#include "app/dispatch_actions.h"
#include "app/jobs_logic.h"
#include "app/sync_logic.h"
#include "jobs_wire.h"
#include "message_sha256.h"
#include "sync_wire.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::WireAssign;
using testing::WireCancel;
using testing::WireCreate;
using testing::WireList;

using testing::At;
using testing::StoreTest;
using testing::ThrowsAppError;

class JobsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    jobs_ = std::make_unique<JobsLogic>(*store_);
    sync_ = std::make_unique<SyncLogic>(*store_);
  }

  static v1::CreateJobRequest Request(const std::string& technician, TimeMs start, TimeMs end,
                                      const std::string& request_id = "") {
    v1::CreateJobRequest r;
    auto* j = r.mutable_job();
    j->set_type(v1::JOB_TYPE_REPAIR);
    j->set_customer_name("Mrs Zhang");
    j->set_customer_phone("+86 21 5555 0199");
    j->mutable_site()->set_address("88 Century Ave");
    j->mutable_site()->set_latitude(testing::kSiteLat);
    j->mutable_site()->set_longitude(testing::kSiteLon);
    j->mutable_window()->set_start_ms(start);
    j->mutable_window()->set_end_ms(end);
    j->set_technician_id(technician);
    j->set_product("Washer W7");
    r.set_request_id(request_id);
    return r;
  }
  v1::Job Create(const std::string& technician, TimeMs start, TimeMs end) {
    return WireCreate(*jobs_, Dispatcher(), Request(technician, start, end), At(7));
  }
  v1::PullResponse Pull(const Caller& who, std::int64_t cursor, int page_size = 0) {
    v1::PullRequest r;
    r.set_protocol_version(1);
    r.set_device_id("dev-" + who.user_id);
    r.set_cursor(cursor);
    r.set_page_size(page_size);
    return WirePull(*sync_, who, r, At(8));
  }

  std::unique_ptr<JobsLogic> jobs_;
  std::unique_ptr<SyncLogic> sync_;
};

TEST_F(JobsTest, CreateStoresAScheduledJobAndTellsTheTechnician) {
  const auto job = Create("tech1", At(9), At(11));
  EXPECT_TRUE(IsCanonicalUuid(job.id()));
  EXPECT_EQ(job.status(), v1::JOB_STATUS_SCHEDULED);
  EXPECT_EQ(job.reference(), "FL-" + job.id().substr(0, 8));
  EXPECT_EQ(job.created_ms(), At(7));
  EXPECT_EQ(job.window().start_ms(), At(9));
  auto stored = GetJob(job.id());
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->company_id, "acme");
  EXPECT_EQ(stored->customer_name, "Mrs Zhang");
  EXPECT_EQ(stored->technician_id, "tech1");
  store_->Read([&](StoreTx& tx) {
    auto changes = tx.ListJobChanges("tech1", 0, 10);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].job_id, job.id());
  });
}

TEST_F(JobsTest, CreateValidationErrorsStoreNothing) {
  struct Case {
    const char* name;
    std::function<void(v1::CreateJobRequest&)> spoil;
    ErrorKind kind;
    const char* text;
  };
  const std::vector<Case> cases = {
      {"missing customer", [](auto& r) { r.mutable_job()->clear_customer_name(); },
       ErrorKind::kInvalidArgument, "customer_name is required"},
      {"missing address", [](auto& r) { r.mutable_job()->mutable_site()->clear_address(); },
       ErrorKind::kInvalidArgument, "site.address"},
      {"window ends before start",
       [](auto& r) { r.mutable_job()->mutable_window()->set_end_ms(At(8)); },
       ErrorKind::kInvalidArgument, "ends before it starts"},
      {"no window", [](auto& r) { r.mutable_job()->clear_window(); }, ErrorKind::kInvalidArgument,
       "required"},
      {"window longer than 7 days",
       [](auto& r) { r.mutable_job()->mutable_window()->set_end_ms(At(9) + 8 * kDayMs); },
       ErrorKind::kInvalidArgument, "7 days"},
      {"latitude 91", [](auto& r) { r.mutable_job()->mutable_site()->set_latitude(91); },
       ErrorKind::kInvalidArgument, "coordinates"},
      {"longitude -181", [](auto& r) { r.mutable_job()->mutable_site()->set_longitude(-181); },
       ErrorKind::kInvalidArgument, "coordinates"},
      {"latitude NaN", [](auto& r) { r.mutable_job()->mutable_site()->set_latitude(std::nan("")); },
       ErrorKind::kInvalidArgument, "coordinates"},
      {"no type", [](auto& r) { r.mutable_job()->set_type(v1::JOB_TYPE_UNSPECIFIED); },
       ErrorKind::kInvalidArgument, "type"},
      {"customer name too long",
       [](auto& r) { r.mutable_job()->set_customer_name(std::string(501, 'x')); },
       ErrorKind::kInvalidArgument, "longer than 500"},
      {"unknown technician", [](auto& r) { r.mutable_job()->set_technician_id("ghost"); },
       ErrorKind::kNotFound, "ghost"},
      {"other company's technician",
       [](auto& r) { r.mutable_job()->set_technician_id("othertech"); }, ErrorKind::kNotFound,
       "othertech"},
      {"not a technician", [](auto& r) { r.mutable_job()->set_technician_id("disp"); },
       ErrorKind::kInvalidArgument, "not a technician"},
      {"disabled technician", [](auto& r) { r.mutable_job()->set_technician_id("tech_off"); },
       ErrorKind::kFailedPrecondition, "disabled"},
      // app/field_checks.h: real calendar days, bounded windows, enums in range.
      {"purchase date that does not exist",
       [](auto& r) { r.mutable_job()->set_purchase_date("2025-02-29"); },
       ErrorKind::kInvalidArgument, "purchase_date is not a day of the calendar"},
      {"activation date in month 13",
       [](auto& r) { r.mutable_job()->set_activation_date("2025-13-01"); },
       ErrorKind::kInvalidArgument, "activation_date is not a day of the calendar"},
      {"purchase date with a sign",
       [](auto& r) { r.mutable_job()->set_purchase_date("2025-+1-01"); },
       ErrorKind::kInvalidArgument, "purchase_date must be a date like"},
      {"purchase date in year 9999",
       [](auto& r) { r.mutable_job()->set_purchase_date("9999-01-01"); },
       ErrorKind::kInvalidArgument, "purchase_date must be a year from 1900"},
      {"window decades away",
       [](auto& r) {
         r.mutable_job()->mutable_window()->set_start_ms(At(9) + 30 * 365 * kDayMs);
         r.mutable_job()->mutable_window()->set_end_ms(At(10) + 30 * 365 * kDayMs);
       },
       ErrorKind::kInvalidArgument, "window ends more than 732 days from now"},
      {"window decades ago",
       [](auto& r) {
         r.mutable_job()->mutable_window()->set_start_ms(At(9) - 30 * 365 * kDayMs);
         r.mutable_job()->mutable_window()->set_end_ms(At(10) - 30 * 365 * kDayMs);
       },
       ErrorKind::kInvalidArgument, "window starts more than 366 days ago"},
      {"window of zero length",
       [](auto& r) { r.mutable_job()->mutable_window()->set_end_ms(At(9)); },
       ErrorKind::kInvalidArgument, "ends before it starts"},
      {"window at the largest instant",
       [](auto& r) {
         r.mutable_job()->mutable_window()->set_end_ms(std::numeric_limits<std::int64_t>::max());
       },
       ErrorKind::kInvalidArgument, "window is longer than 7 days"},
      {"type out of the enum",
       [](auto& r) { r.mutable_job()->set_type(static_cast<v1::JobType>(99)); },
       ErrorKind::kInvalidArgument, "type must be repair, installation or maintenance"},
      {"escape sequence in the description",
       [](auto& r) { r.mutable_job()->set_description("ok\x1b]0;pwned\x07"); },
       ErrorKind::kInvalidArgument, "description"},
  };
  const auto counts = Counts();
  for (const auto& c : cases) {
    auto req = Request("tech1", At(9), At(11), std::string("req-") + c.name);
    c.spoil(req);
    EXPECT_TRUE(
        ThrowsAppError([&] { WireCreate(*jobs_, Dispatcher(), req, At(7)); }, c.kind, c.text))
        << c.name;
    EXPECT_EQ(Counts(), counts) << c.name;
  }
}

TEST_F(JobsTest, CreateIsIdempotentByRequestId) {
  const auto first =
      WireCreate(*jobs_, Dispatcher(), Request("tech1", At(9), At(11), "r-1"), At(7));
  const auto counts = Counts();
  // A retry repeats the request: the first result stands, nothing more is stored.
  const auto retry =
      WireCreate(*jobs_, Dispatcher(), Request("tech1", At(9), At(11), "r-1"), At(8));
  EXPECT_EQ(retry.id(), first.id());
  EXPECT_EQ(Counts(), counts);
  // The same key with different data is another request: refused, nothing changes.
  EXPECT_TRUE(ThrowsAppError(
      [&] { WireCreate(*jobs_, Dispatcher(), Request("tech2", At(13), At(14), "r-1"), At(8)); },
      ErrorKind::kFailedPrecondition, "[idempotency_key_reused] request_id 'r-1'"));
  auto renamed = Request("tech1", At(9), At(11), "r-1");
  renamed.mutable_job()->set_customer_name("Mr Zhang");
  EXPECT_TRUE(ThrowsAppError([&] { WireCreate(*jobs_, Dispatcher(), renamed, At(8)); },
                             ErrorKind::kFailedPrecondition, "[idempotency_key_reused]"));
  EXPECT_EQ(Counts(), counts);
  EXPECT_EQ(WireCreate(*jobs_, Dispatcher(), Request("tech1", At(9), At(11), "r-1"), At(9)).id(),
            first.id());
  const auto other =
      WireCreate(*jobs_, Dispatcher(), Request("tech1", At(9), At(11), "r-2"), At(7));
  EXPECT_NE(other.id(), first.id());
  // Without a request id every call creates a job.
  EXPECT_NE(Create("tech1", At(9), At(11)).id(), Create("tech1", At(9), At(11)).id());
}

TEST_F(JobsTest, AKeyFromJobsServiceIsARetryOnTheDispatchDeskWithTheSameJob) {
  const auto req = Request("tech1", At(9), At(11), "r-1");
  const auto first = WireCreate(*jobs_, Dispatcher(), req, At(7));
  const auto counts = Counts();
  // DispatchService/CreateJob hashes its request's job the same way (rpc/dispatch_service).
  DispatchActions desk(*store_, DispatchPolicy{});
  JobRecord draft = *GetJob(first.id());
  EXPECT_EQ(desk.Create(Dispatcher(), draft, "r-1", v1::MessageSha256(req.job()), At(8)),
            first.id());
  EXPECT_EQ(Counts(), counts);
  auto other = req;
  other.mutable_job()->set_product("Dryer D2");
  EXPECT_TRUE(ThrowsAppError(
      [&] { desk.Create(Dispatcher(), draft, "r-1", v1::MessageSha256(other.job()), At(8)); },
      ErrorKind::kFailedPrecondition, "[idempotency_key_reused]"));
  EXPECT_EQ(Counts(), counts);
}

TEST(MessageSha256Test, EqualMessagesHashAlikeWhateverTheOrderFieldsWereSet) {
  v1::Job a;
  a.set_customer_name("Mrs Zhang");
  a.mutable_window()->set_end_ms(2);
  a.set_product("Washer");
  v1::Job b;
  b.set_product("Washer");
  b.mutable_window()->set_end_ms(2);
  b.set_customer_name("Mrs Zhang");
  EXPECT_EQ(v1::MessageSha256(a), v1::MessageSha256(b));
  EXPECT_EQ(v1::MessageSha256(a).size(), 64u);
  b.set_product("Washer ");
  EXPECT_NE(v1::MessageSha256(a), v1::MessageSha256(b));
}

TEST_F(JobsTest, TechnicianListsOnlyOwnJobs) {
  const auto mine = Create("tech1", At(9), At(10));
  Create("tech2", At(9), At(10));
  v1::ListJobsRequest all;
  const auto seen = WireList(*jobs_, Tech1(), all);
  ASSERT_EQ(seen.jobs_size(), 1);
  EXPECT_EQ(seen.jobs(0).id(), mine.id());
  EXPECT_EQ(seen.jobs(0).technician_name(), "Name of tech1");

  v1::ListJobsRequest theirs;
  theirs.set_technician_id("tech2");
  EXPECT_TRUE(
      ThrowsAppError([&] { WireList(*jobs_, Tech1(), theirs); }, ErrorKind::kPermissionDenied));
  EXPECT_EQ(WireList(*jobs_, Dispatcher(), all).jobs_size(), 2);
  EXPECT_EQ(WireList(*jobs_, Dispatcher(), theirs).jobs_size(), 1);
}

TEST_F(JobsTest, ListPagesWithTokensAndFiltersByWindow) {
  std::vector<std::string> created;
  for (int h = 8; h < 13; ++h) created.push_back(Create("tech1", At(h), At(h + 1)).id());
  v1::ListJobsRequest req;
  req.set_page_size(2);
  std::vector<std::string> seen;
  int pages = 0;
  for (;;) {
    const auto page = WireList(*jobs_, Dispatcher(), req);
    ++pages;
    for (const auto& j : page.jobs()) seen.push_back(j.id());
    if (page.next_page_token().empty()) break;
    req.set_page_token(page.next_page_token());
    ASSERT_LT(pages, 10);
  }
  EXPECT_EQ(seen, created);
  EXPECT_EQ(pages, 3);

  v1::ListJobsRequest window;
  window.mutable_window_overlaps()->set_start_ms(At(9, 30));
  window.mutable_window_overlaps()->set_end_ms(At(11));
  const auto overlapping = WireList(*jobs_, Dispatcher(), window);
  ASSERT_EQ(overlapping.jobs_size(), 2);
  EXPECT_EQ(overlapping.jobs(0).id(), created[1]);
  EXPECT_EQ(overlapping.jobs(1).id(), created[2]);
}

TEST_F(JobsTest, ListRejectsBadArguments) {
  v1::ListJobsRequest bad_token;
  bad_token.set_page_token("garbage");
  EXPECT_TRUE(ThrowsAppError([&] { WireList(*jobs_, Dispatcher(), bad_token); },
                             ErrorKind::kInvalidArgument));
  v1::ListJobsRequest big;
  big.set_page_size(1001);
  EXPECT_TRUE(
      ThrowsAppError([&] { WireList(*jobs_, Dispatcher(), big); }, ErrorKind::kInvalidArgument));
  v1::ListJobsRequest backwards;
  backwards.mutable_window_overlaps()->set_start_ms(At(10));
  backwards.mutable_window_overlaps()->set_end_ms(At(9));
  EXPECT_TRUE(ThrowsAppError([&] { WireList(*jobs_, Dispatcher(), backwards); },
                             ErrorKind::kInvalidArgument));
}

TEST_F(JobsTest, AssignToAnotherTechnicianWritesChangeRowsForBoth) {
  const auto job = Create("tech1", At(9), At(10));
  v1::AssignJobRequest req;
  req.set_job_id(job.id());
  req.set_technician_id("tech2");
  const auto moved = WireAssign(*jobs_, Dispatcher(), req, At(8));
  EXPECT_EQ(moved.technician_id(), "tech2");
  EXPECT_EQ(moved.updated_ms(), At(8));
  EXPECT_EQ(GetJob(job.id())->technician_id, "tech2");
  store_->Read([&](StoreTx& tx) {
    auto old_feed = tx.ListJobChanges("tech1", 0, 10);
    ASSERT_EQ(old_feed.size(), 2u);  // created, then taken away
    EXPECT_EQ(old_feed[1].job_id, job.id());
    auto new_feed = tx.ListJobChanges("tech2", 0, 10);
    ASSERT_EQ(new_feed.size(), 1u);
    EXPECT_EQ(new_feed[0].job_id, job.id());
    EXPECT_GT(new_feed[0].seq, old_feed[0].seq);
  });
}

TEST_F(JobsTest, AssignRefusesUnknownJobsBadTechniciansAndFinishedJobs) {
  const auto job = Create("tech1", At(9), At(10));
  v1::AssignJobRequest req;
  req.set_job_id("missing");
  req.set_technician_id("tech2");
  EXPECT_TRUE(
      ThrowsAppError([&] { WireAssign(*jobs_, Dispatcher(), req, At(8)); }, ErrorKind::kNotFound));
  req.set_job_id(job.id());
  req.set_technician_id("boss");
  EXPECT_TRUE(ThrowsAppError([&] { WireAssign(*jobs_, Dispatcher(), req, At(8)); },
                             ErrorKind::kInvalidArgument));
  // Another company cannot see the job at all.
  req.set_technician_id("othertech");
  EXPECT_TRUE(ThrowsAppError(
      [&] { WireAssign(*jobs_, CallerFor("x", Role::kDispatcher, "other"), req, At(8)); },
      ErrorKind::kNotFound));

  v1::CancelJobRequest cancel;
  cancel.set_job_id(job.id());
  cancel.set_reason("customer moved");
  WireCancel(*jobs_, Dispatcher(), cancel, At(8));
  req.set_technician_id("tech2");
  EXPECT_TRUE(ThrowsAppError([&] { WireAssign(*jobs_, Dispatcher(), req, At(8)); },
                             ErrorKind::kFailedPrecondition, "cancelled"));
}

TEST_F(JobsTest, CancelNeedsAReasonAndIsIdempotent) {
  const auto job = Create("tech1", At(9), At(10));
  v1::CancelJobRequest req;
  req.set_job_id(job.id());
  EXPECT_TRUE(ThrowsAppError([&] { WireCancel(*jobs_, Dispatcher(), req, At(8)); },
                             ErrorKind::kInvalidArgument, "reason"));
  req.set_reason("customer cancelled");
  EXPECT_EQ(WireCancel(*jobs_, Dispatcher(), req, At(8)).status(), v1::JOB_STATUS_CANCELLED);
  const auto counts = Counts();
  EXPECT_EQ(WireCancel(*jobs_, Dispatcher(), req, At(8, 5)).status(), v1::JOB_STATUS_CANCELLED);
  EXPECT_EQ(Counts(), counts);  // no second change row
}

TEST_F(JobsTest, PullPagesThroughTheFeedWithHasMoreAndCursor) {
  std::set<std::string> created;
  for (int h = 9; h < 12; ++h) created.insert(Create("tech1", At(h), At(h + 1)).id());
  Create("tech2", At(9), At(10));

  const auto first = Pull(Tech1(), 0, 2);
  EXPECT_EQ(first.jobs_size(), 2);
  EXPECT_TRUE(first.has_more());
  EXPECT_EQ(first.remaining_estimate(), 1);
  EXPECT_GT(first.next_cursor(), 0);
  EXPECT_EQ(first.server_time_ms(), At(8));

  const auto second = Pull(Tech1(), first.next_cursor(), 2);
  EXPECT_EQ(second.jobs_size(), 1);
  EXPECT_FALSE(second.has_more());
  EXPECT_EQ(second.remaining_estimate(), 0);
  EXPECT_GT(second.next_cursor(), first.next_cursor());

  std::set<std::string> pulled;
  for (const auto* page : {&first, &second}) {
    for (const auto& j : page->jobs()) {
      pulled.insert(j.id());
      EXPECT_EQ(j.technician_id(), "tech1");
    }
    EXPECT_EQ(page->removed_job_ids_size(), 0);
  }
  EXPECT_EQ(pulled, created);

  // Caught up: nothing more, and the cursor stays where it was.
  const auto idle = Pull(Tech1(), second.next_cursor(), 2);
  EXPECT_EQ(idle.jobs_size(), 0);
  EXPECT_FALSE(idle.has_more());
  EXPECT_EQ(idle.next_cursor(), second.next_cursor());
}

TEST_F(JobsTest, PullReportsReassignedAndCancelledJobsAsRemoved) {
  const auto moved = Create("tech1", At(9), At(10));
  const auto cancelled = Create("tech1", At(10), At(11));
  const auto kept = Create("tech1", At(11), At(12));
  const auto cursor = Pull(Tech1(), 0).next_cursor();

  v1::AssignJobRequest assign;
  assign.set_job_id(moved.id());
  assign.set_technician_id("tech2");
  WireAssign(*jobs_, Dispatcher(), assign, At(8));
  v1::CancelJobRequest cancel;
  cancel.set_job_id(cancelled.id());
  cancel.set_reason("customer cancelled");
  WireCancel(*jobs_, Dispatcher(), cancel, At(8));

  const auto page = Pull(Tech1(), cursor);
  EXPECT_EQ(page.jobs_size(), 0);
  EXPECT_EQ(std::set<std::string>(page.removed_job_ids().begin(), page.removed_job_ids().end()),
            (std::set<std::string>{moved.id(), cancelled.id()}));
  EXPECT_FALSE(page.has_more());

  const auto theirs = Pull(Tech2(), 0);
  ASSERT_EQ(theirs.jobs_size(), 1);
  EXPECT_EQ(theirs.jobs(0).id(), moved.id());
  EXPECT_EQ(theirs.removed_job_ids_size(), 0);
  (void)kept;
}

TEST_F(JobsTest, PullDeduplicatesAJobChangedTwiceInOnePage) {
  const auto job = Create("tech1", At(9), At(10));
  v1::AssignJobRequest same;
  same.set_job_id(job.id());
  same.set_technician_id("tech1");  // re-assigning to the same technician still notifies
  WireAssign(*jobs_, Dispatcher(), same, At(8));
  const auto page = Pull(Tech1(), 0);
  EXPECT_EQ(page.jobs_size(), 1);
  store_->Read([](StoreTx& tx) { EXPECT_EQ(tx.CountJobChanges("tech1", 0), 2); });
}

TEST_F(JobsTest, PullRejectsBadCursorsAndPageSizes) {
  v1::PullRequest r;
  r.set_protocol_version(1);
  r.set_device_id("dev");
  r.set_cursor(-1);
  EXPECT_TRUE(
      ThrowsAppError([&] { WirePull(*sync_, Tech1(), r, At(8)); }, ErrorKind::kInvalidArgument));
  r.set_cursor(0);
  r.set_page_size(1001);
  EXPECT_TRUE(
      ThrowsAppError([&] { WirePull(*sync_, Tech1(), r, At(8)); }, ErrorKind::kInvalidArgument));
  r.set_page_size(-1);
  EXPECT_TRUE(
      ThrowsAppError([&] { WirePull(*sync_, Tech1(), r, At(8)); }, ErrorKind::kInvalidArgument));
}

}  // namespace
}  // namespace fieldledger::server
