// The dispatcher's actions on a real SQLite store: each changes the job, writes one
// audit row with who/when/what/why and the phones' change-feed rows; each refusal has
// its reason code and changes nothing.
#include "app/dispatch_actions.h"
#include "app/dispatch_board.h"
#include "app/sync_logic.h"
#include "sync_wire.h"
#include "test_store.h"

namespace fieldledger::server::testing {
namespace {

class DispatchActionsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    actions_ = std::make_unique<DispatchActions>(*store_, DispatchPolicy{});
    actions_->on_jobs_changed = [this](const std::string& company,
                                       const std::vector<std::string>& jobs, TimeMs) {
      for (const auto& j : jobs) changed_.push_back(company + "/" + j);
    };
    board_ = std::make_unique<DispatchBoard>(*store_, feed_, DispatchPolicy{});
  }

  std::vector<AuditRecord> AuditOf(const std::string& job_id) {
    std::vector<AuditRecord> out;
    store_->Read([&](StoreTx& tx) { out = tx.ListAudit({job_id}); });
    return out;
  }
  BoardJobRow RowOf(const std::string& job_id) {
    auto rows = board_->Jobs("acme", {job_id});
    EXPECT_EQ(rows.size(), 1u);
    return rows.empty() ? BoardJobRow{} : rows.front();
  }
  JobRecord Draft() const {
    JobRecord d;
    d.customer_name = "Liu Yang";
    d.customer_phone = "138 0000 0001";
    d.address = "88 Century Ave";
    d.latitude = kSiteLat;
    d.longitude = kSiteLon;
    d.window = {At(9), At(10)};
    d.technician_id = "tech1";
    d.product = "Phone X";
    d.product_category = "phone";
    d.purchase_date = "2025-01-02";
    d.activation_date = "2025-01-03";
    d.serial_number = "SN-1";
    return d;
  }
  // Applies a check-in by tech1 at `at` through the real sync logic.
  void CheckIn(const std::string& job_id, TimeMs at, double lat = kSiteLat) {
    SyncLogic sync(*store_);
    auto e = CheckInEvent(job_id, ++sequence_, at, at - kDay0);
    e.mutable_position()->set_latitude(lat);
    WirePush(sync, Tech1(), Batch("dev-1", at, at - kDay0, {e}), at);
  }

  BoardFeed feed_{1};
  std::unique_ptr<DispatchActions> actions_;
  std::unique_ptr<DispatchBoard> board_;
  std::vector<std::string> changed_;
  int sequence_ = 0;
};

TEST_F(DispatchActionsTest, CreateStoresEveryFactAuditsAndTellsThePhone) {
  Caller desk = Dispatcher();
  desk.address = "ipv4:10.0.0.9";
  desk.device = "desk-2";
  const std::string id = actions_->Create(desk, Draft(), "req-1", "body-1", At(8));
  const auto job = GetJob(id);
  ASSERT_TRUE(job);
  EXPECT_EQ(job->company_id, "acme");
  EXPECT_EQ(job->status, JobStatus::kScheduled);
  EXPECT_EQ(job->product_category, "phone");
  EXPECT_EQ(job->purchase_date, "2025-01-02");
  EXPECT_EQ(job->activation_date, "2025-01-03");
  EXPECT_EQ(job->reference.substr(0, 3), "FL-");
  const auto audit = AuditOf(id);
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].action, "created");
  EXPECT_EQ(audit[0].actor_id, "disp");
  EXPECT_EQ(audit[0].at_ms, At(8));
  EXPECT_EQ(audit[0].detail, "Name of tech1 · 2026-03-02 09:00-10:00");
  EXPECT_EQ(audit[0].address, "ipv4:10.0.0.9");  // from where, as on every job audit row
  EXPECT_EQ(audit[0].device, "desk-2");
  std::int64_t feed = 0;
  store_->Read([&](StoreTx& tx) { feed = tx.CountJobChanges("tech1", 0); });
  EXPECT_EQ(feed, 1);
  EXPECT_EQ(changed_, std::vector<std::string>{"acme/" + id});
  // A retry with the same request id and body is the same job, not a second one.
  EXPECT_EQ(actions_->Create(Dispatcher(), Draft(), "req-1", "body-1", At(8) + 5), id);
  EXPECT_EQ(Counts().at("jobs"), 1);
  EXPECT_EQ(Counts().at("audit_log"), 1);
}

TEST_F(DispatchActionsTest, ARequestIdReusedWithAnotherBodyIsRefusedAndChangesNothing) {
  const std::string id = actions_->Create(Dispatcher(), Draft(), "req-1", "body-1", At(8));
  const auto before = Counts();
  changed_.clear();
  JobRecord other = Draft();
  other.customer_name = "Wang Fang";
  EXPECT_TRUE(ThrowsAppError(
      [&] { actions_->Create(Dispatcher(), other, "req-1", "body-2", At(8) + 5); },
      ErrorKind::kFailedPrecondition, "[idempotency_key_reused] request_id 'req-1'"));
  EXPECT_EQ(Counts(), before);
  EXPECT_TRUE(changed_.empty());
  EXPECT_EQ(GetJob(id)->customer_name, "Liu Yang");
  // A new key is a new request.
  EXPECT_NE(actions_->Create(Dispatcher(), Draft(), "req-2", "body-2", At(8) + 6), id);
}

TEST_F(DispatchActionsTest, CreateRefusalsNameTheFieldAndChangeNothing) {
  const auto before = Counts();
  JobRecord d = Draft();
  d.customer_name.clear();
  EXPECT_TRUE(ThrowsAppError([&] { actions_->Create(Dispatcher(), d, "", "", At(8)); },
                             ErrorKind::kInvalidArgument, "[field_required] customer_name"));
  d = Draft();
  d.purchase_date = "2025-02-30";
  EXPECT_TRUE(ThrowsAppError([&] { actions_->Create(Dispatcher(), d, "", "", At(8)); },
                             ErrorKind::kInvalidArgument, "[bad_date] purchase_date"));
  d = Draft();
  d.window = {At(10), At(9)};
  EXPECT_TRUE(ThrowsAppError([&] { actions_->Create(Dispatcher(), d, "", "", At(8)); },
                             ErrorKind::kInvalidArgument, "[window_invalid]"));
  d = Draft();
  d.window = {At(9) + 20 * 365 * kDayMs, At(10) + 20 * 365 * kDayMs};
  EXPECT_TRUE(ThrowsAppError([&] { actions_->Create(Dispatcher(), d, "", "", At(8)); },
                             ErrorKind::kInvalidArgument,
                             "[window_invalid] window ends more than 732 days from now"));
  d = Draft();
  d.address = "88 Century Ave\x1b[31m";
  EXPECT_TRUE(ThrowsAppError([&] { actions_->Create(Dispatcher(), d, "", "", At(8)); },
                             ErrorKind::kInvalidArgument, "[bad_text] site.address"));
  d = Draft();
  d.activation_date = "2024-04-31";
  EXPECT_TRUE(ThrowsAppError([&] { actions_->Create(Dispatcher(), d, "", "", At(8)); },
                             ErrorKind::kInvalidArgument, "[bad_date] activation_date"));
  d = Draft();
  d.technician_id = "othertech";  // another company's technician
  EXPECT_TRUE(ThrowsAppError([&] { actions_->Create(Dispatcher(), d, "", "", At(8)); },
                             ErrorKind::kNotFound, "[technician_not_found]"));
  d.technician_id = "disp";
  EXPECT_TRUE(ThrowsAppError([&] { actions_->Create(Dispatcher(), d, "", "", At(8)); },
                             ErrorKind::kInvalidArgument, "[not_a_technician]"));
  EXPECT_EQ(Counts(), before);
  EXPECT_TRUE(changed_.empty());
}

TEST_F(DispatchActionsTest, AssignMovesTheJobBetweenPhonesAndAuditsFromTo) {
  AddJob("j1", "tech1", At(9), At(10));
  actions_->Assign(Dispatcher(), "j1", "tech2", "tech1 is ill", At(8));
  EXPECT_EQ(GetJob("j1")->technician_id, "tech2");
  const auto audit = AuditOf("j1");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].action, "assigned");
  EXPECT_EQ(audit[0].reason, "tech1 is ill");
  EXPECT_EQ(audit[0].detail, "Name of tech1 → Name of tech2");
  std::int64_t old_phone = 0, new_phone = 0;
  store_->Read([&](StoreTx& tx) {
    old_phone = tx.CountJobChanges("tech1", 0);
    new_phone = tx.CountJobChanges("tech2", 0);
  });
  EXPECT_EQ(old_phone, 1);  // tech1's phone drops it
  EXPECT_EQ(new_phone, 1);  // tech2's phone gets it
  // To the same technician again: nothing to record.
  actions_->Assign(Dispatcher(), "j1", "tech2", "", At(8) + 1);
  EXPECT_EQ(AuditOf("j1").size(), 1u);
  // Another company's job is not found, and a disabled technician is refused.
  EXPECT_TRUE(ThrowsAppError(
      [&] { actions_->Assign(CallerFor("x", Role::kDispatcher, "other"), "j1", "tech1", "", 0); },
      ErrorKind::kNotFound, "[job_not_found]"));
  EXPECT_TRUE(ThrowsAppError([&] { actions_->Assign(Dispatcher(), "j1", "tech_off", "", 0); },
                             ErrorKind::kFailedPrecondition, "[technician_disabled]"));
}

TEST_F(DispatchActionsTest, RescheduleMovesThePromiseOnlyBeforeItIsKeptOrMissed) {
  AddJob("j1", "tech1", At(9), At(10));
  EXPECT_TRUE(ThrowsAppError(
      [&] {
        actions_->Reschedule(Dispatcher(), "j1", {At(14), At(15)}, "", At(8));
      },
      ErrorKind::kInvalidArgument, "[reason_required]"));
  const auto before = Counts();
  EXPECT_TRUE(ThrowsAppError(
      [&] {
        actions_->Reschedule(Dispatcher(), "j1",
                             {At(14) + 40 * 365 * kDayMs, At(15) + 40 * 365 * kDayMs},
                             "customer asked", At(8));
      },
      ErrorKind::kInvalidArgument, "[window_invalid] window ends more than 732 days"));
  EXPECT_EQ(Counts(), before);
  EXPECT_EQ(GetJob("j1")->window.start, At(9));
  actions_->Reschedule(Dispatcher(), "j1", {At(14), At(15)}, "customer asked", At(8));
  EXPECT_EQ(GetJob("j1")->window.start, At(14));
  EXPECT_EQ(GetJob("j1")->status, JobStatus::kScheduled);  // scored against the new window
  const auto audit = AuditOf("j1");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].action, "rescheduled");
  EXPECT_EQ(audit[0].detail, "2026-03-02 09:00-10:00 → 2026-03-02 14:00-15:00");
  // Once the window closed with no arrival it is a no-show: excuse it, do not move it.
  EXPECT_TRUE(ThrowsAppError(
      [&] {
        actions_->Reschedule(Dispatcher(), "j1", {At(18), At(19)}, "late", At(15, 1));
      },
      ErrorKind::kFailedPrecondition, "[window_passed]"));
  AddJob("j2", "tech1", At(9), At(12));
  CheckIn("j2", At(9, 30));
  EXPECT_TRUE(ThrowsAppError(
      [&] {
        actions_->Reschedule(Dispatcher(), "j2", {At(14), At(15)}, "x", At(10));
      },
      ErrorKind::kFailedPrecondition, "[already_arrived]"));
  EXPECT_EQ(AuditOf("j2").size(), 0u);
}

TEST_F(DispatchActionsTest, CancelNeedsAReasonThatTheBoardShows) {
  AddJob("j1", "tech1", At(9), At(10));
  EXPECT_TRUE(ThrowsAppError([&] { actions_->Cancel(Dispatcher(), "j1", "", At(8)); },
                             ErrorKind::kInvalidArgument, "[reason_required]"));
  EXPECT_EQ(GetJob("j1")->status, JobStatus::kScheduled);
  actions_->Cancel(Dispatcher(), "j1", "customer bought a new one", At(8));
  EXPECT_EQ(GetJob("j1")->status, JobStatus::kCancelled);
  EXPECT_EQ(RowOf("j1").cancel_reason, "customer bought a new one");
  EXPECT_TRUE(ThrowsAppError([&] { actions_->Cancel(Dispatcher(), "j1", "again", At(8)); },
                             ErrorKind::kFailedPrecondition, "[job_closed]"));
}

TEST_F(DispatchActionsTest, ExcuseOnlyWhatWasLateAndRevokeWithAReason) {
  AddJob("ontime", "tech1", At(9), At(10));
  CheckIn("ontime", At(9, 30));
  EXPECT_TRUE(ThrowsAppError([&] { actions_->Excuse(Dispatcher(), "ontime", "traffic", At(11)); },
                             ErrorKind::kFailedPrecondition, "[not_late]"));
  AddJob("noshow", "tech1", At(9), At(10));
  actions_->Excuse(Dispatcher(), "noshow", "road closed by police", At(11));
  auto row = RowOf("noshow");
  EXPECT_TRUE(row.excused);
  EXPECT_EQ(row.excusal_reason, "road closed by police");
  EXPECT_EQ(AuditOf("noshow").back().detail, "no_show");
  EXPECT_TRUE(
      ThrowsAppError([&] { actions_->RevokeExcusal(Dispatcher(), "ontime", "mistake", At(12)); },
                     ErrorKind::kFailedPrecondition, "[not_excused]"));
  actions_->RevokeExcusal(Dispatcher(), "noshow", "the road was open", At(12));
  EXPECT_FALSE(RowOf("noshow").excused);
  const auto audit = AuditOf("noshow");
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[1].action, "excusal_revoked");
  EXPECT_EQ(audit[1].reason, "the road was open");
  std::vector<ExcusalLogEntry> log;
  store_->Read([&](StoreTx& tx) { log = tx.ListExcusalLog("noshow"); });
  EXPECT_EQ(log.size(), 2u);  // the scoring side's excusal history sees both
}

TEST_F(DispatchActionsTest, AcceptingAnUnverifiedArrivalVerifiesItAndKeepsWhy) {
  AddJob("far", "tech1", At(9), At(10));
  CheckIn("far", At(9, 30), kFarLat);  // about 5 km from the site
  auto row = RowOf("far");
  ASSERT_TRUE(row.unverified);
  EXPECT_TRUE(row.unverified->outside_fence);
  EXPECT_GT(row.unverified->distance_m, 4000);
  EXPECT_FALSE(row.unverified->mock_location);
  EXPECT_FALSE(GetJob("far")->arrival_verified);
  actions_->AcceptArrival(Dispatcher(), "far", "site is a new estate, map is wrong", At(11));
  EXPECT_TRUE(GetJob("far")->arrival_verified);
  row = RowOf("far");
  EXPECT_TRUE(row.arrival_accepted);
  EXPECT_EQ(row.accept_reason, "site is a new estate, map is wrong");
  ASSERT_TRUE(row.unverified);  // still says why it needed accepting
  EXPECT_TRUE(ThrowsAppError([&] { actions_->AcceptArrival(Dispatcher(), "far", "again", At(12)); },
                             ErrorKind::kFailedPrecondition, "[no_unverified_arrival]"));
}

}  // namespace
}  // namespace fieldledger::server::testing
