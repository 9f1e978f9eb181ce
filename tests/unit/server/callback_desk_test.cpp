// The call-back desk on a real SQLite store: the queue's order and filters, claims between
// two agents, the retry schedule of unreachable customers, a problem that came back, and
// how each recorded call moves the technician's card and the agent's own.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/callback_logic.h"
#include "app/live_scores.h"
#include "app/scorecard_logic.h"
#include "fieldledger/scoring/period.h"
#include "fieldledger/v1/sync.pb.h"
#include "scorecard_wire.h"
#include "test_store.h"

namespace fieldledger::server {
namespace {

using testing::WireExcuse;
using testing::WireGet;
using testing::WireRank;
using testing::WireRevoke;

using testing::At;
using testing::kDay0;
using testing::StoreTest;
using testing::ThrowsAppError;

constexpr TimeMs kDueDay = kDay0 + 3 * kDayMs;  // repairs completed on day 0 are due then

class CallBackDeskTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    store_->Write([&](StoreTx& tx) {
      tx.InsertUser(
          {"cb2", "acme", "cb2", "Name of cb2", Role::kCallbackAgent, "", "x", false, kDay0});
    });
    policy_.callback.delay_installation = 1 * kDayMs;
    live_ = std::make_unique<LiveScores>(*store_, policy_);
    cards_ = std::make_unique<ScorecardLogic>(*store_, policy_, live_.get());
    desk_ = std::make_unique<CallBackLogic>(*store_, policy_);
    desk_->on_jobs_changed = [this](const std::string& c, const std::vector<std::string>& j,
                                    TimeMs now) { live_->JobsChanged(c, j, now); };
  }

  // A visit tech completed at `done` after arriving on time in a 9-11 window on day 0.
  JobRecord AddCompleted(const std::string& id, const std::string& tech, TimeMs done,
                         JobType type = JobType::kRepair) {
    JobRecord j = MakeJob(id, tech, At(9), At(11));
    j.type = type;
    j.status = JobStatus::kCompleted;
    j.customer_phone = "138000" + id;
    j.serial_number = "SN-" + id;
    j.product = "Phone";
    j.arrived_ms = At(9, 30);
    j.arrival_verified = true;
    j.arrival_technician_id = tech;
    j.completed_ms = done;
    j.first_visit_resolved = true;
    store_->Write([&](StoreTx& tx) { tx.InsertJob(j); });
    return j;
  }

  static Caller Agent(const std::string& id = "cb") { return CallerFor(id, Role::kCallbackAgent); }

  static RecordInput Reached(const std::string& job, int score) {
    RecordInput in;
    in.job_id = job;
    in.outcome = CallOutcome::kReached;
    in.score = score;
    return in;
  }
  static RecordInput Unreachable(const std::string& job) {
    RecordInput in;
    in.job_id = job;
    in.outcome = CallOutcome::kUnreachable;
    return in;
  }

  std::vector<std::string> QueueIds(TimeMs now, QueueFilter f = {}, const Caller& c = Agent()) {
    std::vector<std::string> ids;
    for (const auto& e : desk_->ListQueue(c, f, now).entries) ids.push_back(e.job.id);
    return ids;
  }

  v1::Scorecard MonthCard(const std::string& tech, TimeMs now, bool explain) {
    v1::ScorecardRequest r;
    r.set_technician_id(tech);
    r.mutable_period()->set_kind(v1::PERIOD_KIND_MONTH);
    r.mutable_period()->set_anchor_date("2026-03-02");
    r.set_explain(explain);
    return WireGet(*cards_, Manager(), r, now);
  }

  scoring::ScoringPolicy policy_;
  std::unique_ptr<LiveScores> live_;
  std::unique_ptr<ScorecardLogic> cards_;
  std::unique_ptr<CallBackLogic> desk_;
};

TEST_F(CallBackDeskTest, QueueListsDueVisitsOldestDueFirstWithFilters) {
  AddCompleted("a", "tech1", At(10));
  AddCompleted("b", "tech2", At(8));
  AddCompleted("c", "tech1", At(9), JobType::kInstallation);  // due a day after completion
  AddCompleted("d", "tech1", kDay0 + 3 * kDayMs);             // completed later: not due yet
  const TimeMs now = kDueDay + 12 * kHourMs;

  EXPECT_EQ(QueueIds(now), (std::vector<std::string>{"c", "b", "a"}));
  const auto page = desk_->ListQueue(Agent(), {}, now);
  EXPECT_EQ(page.entries[0].state.next_due, At(9) + kDayMs);
  EXPECT_EQ(page.entries[0].technician_name, "Name of tech1");
  EXPECT_EQ(page.entries[0].team_id, "north");

  QueueFilter by_tech;
  by_tech.technician_id = "tech2";
  EXPECT_EQ(QueueIds(now, by_tech), (std::vector<std::string>{"b"}));
  QueueFilter by_type;
  by_type.job_type = JobType::kInstallation;
  EXPECT_EQ(QueueIds(now, by_type), (std::vector<std::string>{"c"}));
  QueueFilter by_team;
  by_team.team_id = "north";
  EXPECT_EQ(QueueIds(now, by_team), (std::vector<std::string>{"c", "a"}));
  // c was due on day 1 at 09:00; two days later it is overdue, the others are not.
  QueueFilter overdue;
  overdue.overdue_only = true;
  EXPECT_EQ(QueueIds(now, overdue), (std::vector<std::string>{"c"}));
  // One second before its delay has passed a visit is not due.
  EXPECT_EQ(QueueIds(At(8) + 3 * kDayMs - kSecondMs, by_tech), std::vector<std::string>{});
  EXPECT_EQ(QueueIds(At(8) + 3 * kDayMs, by_tech), (std::vector<std::string>{"b"}));

  QueueFilter unknown;
  unknown.technician_id = "othertech";
  EXPECT_TRUE(ThrowsAppError([&] { desk_->ListQueue(Agent(), unknown, now); }, ErrorKind::kNotFound,
                             "technician_id"));
}

TEST_F(CallBackDeskTest, AClaimKeepsASecondAgentOffUntilItExpiresOrIsReleased) {
  AddCompleted("a", "tech1", At(10));
  const TimeMs t = kDueDay + 11 * kHourMs;
  const VisitDetail v = desk_->Claim(Agent("cb"), "a", t);
  ASSERT_TRUE(v.entry.claim);
  EXPECT_EQ(v.entry.claim->expires_ms, t + policy_.callback.claim_ttl);
  EXPECT_EQ(v.punctuality, "on_time");

  // The second agent sees who holds it and can neither claim nor record it.
  const auto seen = desk_->ListQueue(Agent("cb2"), {}, t + kMinuteMs).entries;
  ASSERT_EQ(seen.size(), 1u);
  ASSERT_TRUE(seen[0].claim);
  EXPECT_EQ(seen[0].claim->agent_name, "Name of cb");
  EXPECT_TRUE(ThrowsAppError([&] { desk_->Claim(Agent("cb2"), "a", t + kMinuteMs); },
                             ErrorKind::kFailedPrecondition, "being called by Name of cb"));
  EXPECT_TRUE(ThrowsAppError([&] { desk_->Record(Agent("cb2"), Reached("a", 5), t + kMinuteMs); },
                             ErrorKind::kFailedPrecondition, "being called by Name of cb"));
  EXPECT_EQ(testing::CountRows(path_, "callbacks"), 0);

  // The claim expires after its TTL; then the second agent may take the visit.
  const TimeMs expiry = t + policy_.callback.claim_ttl;
  EXPECT_TRUE(ThrowsAppError([&] { desk_->Claim(Agent("cb2"), "a", expiry - 1); },
                             ErrorKind::kFailedPrecondition));
  EXPECT_FALSE(desk_->ListQueue(Agent("cb2"), {}, expiry).entries[0].claim);
  EXPECT_EQ(desk_->Claim(Agent("cb2"), "a", expiry).entry.claim->agent_id, "cb2");

  // Cancelling gives it back at once; releasing someone else's claim does nothing.
  EXPECT_FALSE(desk_->Release(Agent("cb"), "a"));
  EXPECT_TRUE(desk_->Release(Agent("cb2"), "a"));
  EXPECT_EQ(desk_->Claim(Agent("cb"), "a", expiry + kSecondMs).entry.claim->agent_id, "cb");
}

TEST_F(CallBackDeskTest, SavingReleasesTheClaimRemovesTheVisitAndIsAudited) {
  AddCompleted("a", "tech1", At(10));
  const TimeMs t = kDueDay + 11 * kHourMs;
  desk_->Claim(Agent(), "a", t);
  RecordInput in = Reached("a", 5);
  in.comment = "very happy";
  const RecordResult r = desk_->Record(Agent(), in, t + 90 * kSecondMs);
  EXPECT_EQ(r.status, CallBackStatus::kReached);
  EXPECT_EQ(r.call.call.opened_ms, t);
  EXPECT_EQ(testing::CountRows(path_, "callback_claims"), 0);
  EXPECT_EQ(QueueIds(t + kHourMs), std::vector<std::string>{});
  std::vector<CallBackAuditEntry> audit;
  store_->Read([&](StoreTx& tx) { audit = tx.ListCallBackAudit("a"); });
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].actor_id, "cb");
  EXPECT_EQ(audit[0].action, "recorded");
  EXPECT_EQ(audit[0].at_ms, t + 90 * kSecondMs);
  EXPECT_EQ(audit[0].detail, "reached; score 5");
  // Claiming a visit that is no longer due is refused.
  EXPECT_TRUE(ThrowsAppError([&] { desk_->Claim(Agent("cb2"), "a", t + kHourMs); },
                             ErrorKind::kFailedPrecondition, "not due for a call-back (reached)"));
}

TEST_F(CallBackDeskTest, UnreachableCustomersReturnOnTheRetryScheduleThenLeaveTheQueue) {
  AddCompleted("a", "tech1", At(10));
  const TimeMs t1 = kDueDay + 11 * kHourMs;
  desk_->Record(Agent(), Unreachable("a"), t1);
  EXPECT_EQ(QueueIds(t1 + 4 * kHourMs - kSecondMs), std::vector<std::string>{});
  auto back = desk_->ListQueue(Agent(), {}, t1 + 4 * kHourMs).entries;
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].state.status, CallBackStatus::kRetryDue);
  EXPECT_EQ(back[0].state.attempts, 1);
  EXPECT_EQ(back[0].state.next_due, t1 + 4 * kHourMs);

  const TimeMs t2 = t1 + 5 * kHourMs;
  desk_->Record(Agent(), Unreachable("a"), t2);
  EXPECT_EQ(QueueIds(t2 + kDayMs - kSecondMs), std::vector<std::string>{});
  EXPECT_EQ(QueueIds(t2 + kDayMs), (std::vector<std::string>{"a"}));

  const RecordResult last = desk_->Record(Agent(), Unreachable("a"), t2 + kDayMs + kMinuteMs);
  EXPECT_EQ(last.status, CallBackStatus::kUnreachable);
  EXPECT_EQ(QueueIds(t2 + 30 * kDayMs), std::vector<std::string>{});
  QueueFilter closed;
  closed.view = QueueView::kClosedUnreached;
  const auto left = desk_->ListQueue(Agent(), closed, t2 + 2 * kDayMs).entries;
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].state.status, CallBackStatus::kUnreachable);
  EXPECT_EQ(left[0].state.attempts, 3);

  // Three attempts, none reached: reach is 0 of 1 job attempted on the technician's card.
  const auto card = MonthCard("tech1", t2 + 2 * kDayMs, false);
  EXPECT_EQ(card.satisfaction().reach().numerator(), 0);
  EXPECT_EQ(card.satisfaction().reach().denominator(), 1);
}

TEST_F(CallBackDeskTest, AWrongNumberTakesTheVisitOutOfTheQueue) {
  AddCompleted("a", "tech1", At(10));
  RecordInput in;
  in.job_id = "a";
  in.outcome = CallOutcome::kWrongNumber;
  EXPECT_EQ(desk_->Record(Agent(), in, kDueDay + 11 * kHourMs).status,
            CallBackStatus::kWrongNumber);
  EXPECT_EQ(QueueIds(kDueDay + 20 * kDayMs), std::vector<std::string>{});
}

TEST_F(CallBackDeskTest, AProblemThatCameBackOpensALinkedRepairAndFailsRetention) {
  const JobRecord original = AddCompleted("a", "tech1", At(10));
  const TimeMs t = kDueDay + 11 * kHourMs;
  const auto before = MonthCard("tech1", t, false);
  EXPECT_EQ(before.retention().pending(), 1);
  EXPECT_EQ(before.on_time().rate().denominator(), 1);

  RecordInput in = Reached("a", 2);
  in.problem_returned = true;
  in.open_repair_job = true;
  in.comment = "screen flickers again";
  const RecordResult r = desk_->Record(Agent(), in, t);
  ASSERT_TRUE(r.repair_job);
  const auto repair = GetJob(r.repair_job->id);
  ASSERT_TRUE(repair);
  EXPECT_EQ(repair->type, JobType::kRepair);
  EXPECT_EQ(repair->status, JobStatus::kScheduled);
  EXPECT_EQ(repair->serial_number, original.serial_number);
  EXPECT_EQ(repair->customer_phone, original.customer_phone);
  EXPECT_EQ(repair->technician_id, "tech1");
  EXPECT_EQ(repair->window.start, 0);  // the dispatcher promises a window
  EXPECT_NE(repair->description.find(original.reference), std::string::npos);
  EXPECT_EQ(r.call.call.repair_job_id, repair->id);
  // No device hears of it before a dispatcher assigns it.
  std::int64_t changes = 0;
  store_->Read([&](StoreTx& tx) { changes = tx.CountJobChanges("tech1", 0); });
  EXPECT_EQ(changes, 0);

  // Live and full cards agree: retention failed, satisfaction 0 of 1, and the unscheduled
  // repair is not an on-time job (not a no-show) for anyone.
  for (bool explain : {false, true}) {
    const auto card = MonthCard("tech1", t + kHourMs, explain);
    EXPECT_EQ(card.retention().rate().numerator(), 0) << explain;
    EXPECT_EQ(card.retention().rate().denominator(), 1) << explain;
    EXPECT_EQ(card.retention().pending(), 0) << explain;
    EXPECT_EQ(card.satisfaction().rate().numerator(), 0) << explain;
    EXPECT_EQ(card.satisfaction().rate().denominator(), 1) << explain;
    EXPECT_EQ(card.on_time().rate().denominator(), 1) << explain;
    EXPECT_EQ(card.on_time().no_show(), 0) << explain;
  }
  const auto explained = MonthCard("tech1", t + kHourMs, true);
  ASSERT_EQ(explained.retention().rate().explanations_size(), 1);
  EXPECT_NE(explained.retention().rate().explanations(0).reason().find("repeat repair"),
            std::string::npos);

  std::vector<CallBackAuditEntry> audit;
  store_->Read([&](StoreTx& tx) { audit = tx.ListCallBackAudit("a"); });
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[1].action, "repair_job_opened");
}

TEST_F(CallBackDeskTest, SatisfactionNpsAndComplaintsMoveTheTechniciansCard) {
  AddCompleted("a", "tech1", At(10));
  AddCompleted("b", "tech1", At(11));
  const TimeMs t = kDueDay + 12 * kHourMs;
  RecordInput happy = Reached("a", 5);
  happy.nps = 10;
  desk_->Record(Agent(), happy, t);
  RecordInput cross = Reached("b", 3);
  cross.nps = 4;
  cross.complaint = scoring::ComplaintCategory::kPrice;
  cross.complaint_comment = "charged twice";
  desk_->Record(Agent(), cross, t + kMinuteMs);

  for (bool explain : {false, true}) {
    const auto card = MonthCard("tech1", t + kHourMs, explain);
    EXPECT_EQ(card.satisfaction().rate().numerator(), 1);
    EXPECT_EQ(card.satisfaction().rate().denominator(), 2);
    EXPECT_EQ(card.satisfaction().reach().numerator(), 2);
    EXPECT_DOUBLE_EQ(card.satisfaction().mean_score(), 4.0);
    EXPECT_DOUBLE_EQ(card.satisfaction().nps(), 0.0);  // one promoter, one detractor
    EXPECT_EQ(card.complaints().count(), 1);
    EXPECT_EQ(card.complaints().price(), 1);
    EXPECT_EQ(card.complaints().jobs().numerator(), 1);
    EXPECT_EQ(card.complaints().jobs().denominator(), 2);
  }
  const auto explained = MonthCard("tech1", t + kHourMs, true);
  const auto& items = explained.complaints().jobs().explanations();
  auto it =
      std::find_if(items.begin(), items.end(), [](const auto& x) { return x.job_id() == "b"; });
  ASSERT_NE(it, items.end());
  EXPECT_TRUE(it->in_numerator());
  EXPECT_EQ(it->reason(), "1 complaint: price (call-back 2026-03-05)");
}

TEST_F(CallBackDeskTest, BadInputNamesTheFieldAndChangesNothing) {
  AddCompleted("a", "tech1", At(10));
  AddJob("open", "tech1", At(9), At(11));
  const TimeMs t = kDueDay + 12 * kHourMs;
  auto expect_invalid = [&](RecordInput in, const std::string& field) {
    EXPECT_TRUE(
        ThrowsAppError([&] { desk_->Record(Agent(), in, t); }, ErrorKind::kInvalidArgument, field))
        << field;
  };
  RecordInput no_outcome;
  no_outcome.job_id = "a";
  expect_invalid(no_outcome, "outcome");
  expect_invalid(Reached("", 4), "job_id");
  expect_invalid(Reached("a", 7), "score must be 1 to 5");
  RecordInput nps = Reached("a", 4);
  nps.nps = 11;
  expect_invalid(nps, "nps must be 0 to 10");
  RecordInput scored_unreached = Unreachable("a");
  scored_unreached.score = 3;
  expect_invalid(scored_unreached, "score can be recorded only when the customer was reached");
  RecordInput complaint_unreached = Unreachable("a");
  complaint_unreached.complaint = scoring::ComplaintCategory::kOther;
  expect_invalid(complaint_unreached, "complaint can be recorded only");
  RecordInput repair_without_problem = Reached("a", 4);
  repair_without_problem.open_repair_job = true;
  expect_invalid(repair_without_problem, "open_repair_job needs problem_returned");
  RecordInput stray_comment = Reached("a", 4);
  stray_comment.complaint_comment = "rude";
  expect_invalid(stray_comment, "complaint_comment needs a complaint category");
  RecordInput long_comment = Reached("a", 4);
  long_comment.comment.assign(2001, 'x');
  expect_invalid(long_comment, "comment is longer than 2000 bytes");

  EXPECT_TRUE(ThrowsAppError([&] { desk_->Record(Agent(), Reached("open", 4), t); },
                             ErrorKind::kFailedPrecondition, "not completed"));
  EXPECT_TRUE(ThrowsAppError(
      [&] { desk_->Record(CallerFor("x", Role::kCallbackAgent, "other"), Reached("a", 4), t); },
      ErrorKind::kNotFound, "job 'a' does not exist"));
  const auto counts = Counts();
  EXPECT_EQ(counts.at("callbacks"), 0);
  EXPECT_EQ(counts.at("callback_audit"), 0);
  EXPECT_EQ(counts.at("jobs"), 2);
}

TEST_F(CallBackDeskTest, ARetriedRecordWithTheSameRequestIdLandsOnce) {
  AddCompleted("a", "tech1", At(10));
  RecordInput in = Reached("a", 4);
  in.request_id = "req-1";
  const TimeMs t = kDueDay + 12 * kHourMs;
  const RecordResult first = desk_->Record(Agent(), in, t);
  const RecordResult again = desk_->Record(Agent(), in, t + kSecondMs);
  EXPECT_FALSE(first.duplicate);
  EXPECT_TRUE(again.duplicate);
  EXPECT_EQ(again.call.call.id, first.call.call.id);
  EXPECT_EQ(testing::CountRows(path_, "callbacks"), 1);
  EXPECT_EQ(testing::CountRows(path_, "callback_audit"), 1);
  AddCompleted("b", "tech1", At(10));
  in.job_id = "b";
  EXPECT_TRUE(ThrowsAppError([&] { desk_->Record(Agent(), in, t); }, ErrorKind::kFailedPrecondition,
                             "[idempotency_key_reused] request_id 'req-1'"));
}

TEST_F(CallBackDeskTest, ARequestIdReusedWithAnotherAnswerIsRefusedAndChangesNothing) {
  AddCompleted("a", "tech1", At(10));
  RecordInput in = Reached("a", 4);
  in.request_id = "req-1";
  const TimeMs t = kDueDay + 12 * kHourMs;
  desk_->Record(Agent(), in, t);
  in.score = 2;  // the same key, the same job, another score
  EXPECT_TRUE(ThrowsAppError([&] { desk_->Record(Agent(), in, t + kSecondMs); },
                             ErrorKind::kFailedPrecondition,
                             "[idempotency_key_reused] request_id 'req-1'"));
  in.score = 4;
  in.comment = "said more";
  EXPECT_TRUE(ThrowsAppError([&] { desk_->Record(Agent(), in, t + kSecondMs); },
                             ErrorKind::kFailedPrecondition, "[idempotency_key_reused]"));
  EXPECT_EQ(testing::CountRows(path_, "callbacks"), 1);
  EXPECT_EQ(testing::CountRows(path_, "callback_audit"), 1);
  in.comment.clear();  // the first request again is a retry
  EXPECT_TRUE(desk_->Record(Agent(), in, t + 2 * kSecondMs).duplicate);
}

TEST_F(CallBackDeskTest, TheAgentsOwnScorecardCountsCallsReachDeadlineAndTime) {
  AddCompleted("a", "tech1", At(10));
  AddCompleted("b", "tech2", At(10));
  AddCompleted("c", "tech2", At(10));
  const TimeMs t = kDueDay + 11 * kHourMs;  // within call_within of becoming due
  desk_->Claim(Agent(), "a", t);
  desk_->Record(Agent(), Reached("a", 5), t + 120 * kSecondMs);
  desk_->Claim(Agent(), "b", t + 10 * kMinuteMs);
  desk_->Record(Agent(), Unreachable("b"), t + 10 * kMinuteMs + 30 * kSecondMs);
  // c first called 3 days after it was due: over the 48 h deadline; not opened first.
  desk_->Record(Agent(), Reached("c", 4), t + 3 * kDayMs);
  desk_->Record(Agent("cb2"), Reached("b", 3), t + 5 * kHourMs);

  const scoring::Period month = scoring::MonthPeriod(2026, 3, "UTC");
  const AgentCard card = desk_->AgentScorecard(Agent(), "", month, t + 4 * kDayMs);
  EXPECT_EQ(card.agent_name, "Name of cb");
  EXPECT_EQ(card.calls, 3);
  EXPECT_EQ(card.reach.numerator, 2);
  EXPECT_EQ(card.reach.denominator, 3);
  EXPECT_EQ(card.unreachable, 1);
  EXPECT_EQ(card.within_deadline.numerator, 2);
  EXPECT_EQ(card.within_deadline.denominator, 3);
  ASSERT_TRUE(card.mean_call_seconds);
  EXPECT_DOUBLE_EQ(*card.mean_call_seconds, 75.0);  // (120 + 30) / 2 opened calls

  // A day's card sees only that day's calls.
  const scoring::Period due_day = scoring::DayPeriod(2026, 3, 5, "UTC");
  EXPECT_EQ(desk_->AgentScorecard(Agent(), "", due_day, t + 4 * kDayMs).calls, 2);
  // A manager may read it; another agent may not.
  EXPECT_EQ(desk_->AgentScorecard(Manager(), "cb", month, t + 4 * kDayMs).calls, 3);
  EXPECT_TRUE(ThrowsAppError([&] { desk_->AgentScorecard(Agent("cb2"), "cb", month, t); },
                             ErrorKind::kPermissionDenied, "only their own"));
  EXPECT_TRUE(ThrowsAppError([&] { desk_->AgentScorecard(Manager(), "tech1", month, t); },
                             ErrorKind::kNotFound, "agent_id 'tech1'"));
}

TEST_F(CallBackDeskTest, TheVisitShowsTheWorkRecordAndServesOnlyItsOwnUploadedPictures) {
  AddCompleted("a", "tech1", At(10));
  v1::DeviceEvent work;
  work.set_job_id("a");
  work.mutable_work_recorded()->add_fault_types("screen");
  work.mutable_work_recorded()->add_parts_used("LCD panel");
  work.mutable_work_recorded()->add_photo_sha256("photo-sha");  // never uploaded
  work.mutable_work_recorded()->set_resolved(true);
  v1::DeviceEvent done;
  done.set_job_id("a");
  done.mutable_completed()->set_signer_name("Mrs Liu");
  done.mutable_completed()->set_signature_png_sha256("sig-sha");
  store_->Write([&](StoreTx& tx) {
    tx.UpsertDevice({"phone", "tech1", 2, At(10)});
    int seq = 0;
    for (const auto* e : {&work, &done}) {
      EventRecord r;
      r.id = "ev" + std::to_string(++seq);
      r.device_id = "phone";
      r.sequence = seq;
      r.user_id = "tech1";
      r.job_id = "a";
      r.kind = e->has_work_recorded() ? "work_recorded" : "completed";
      r.trusted_ms = At(10) - (3 - seq) * kMinuteMs;
      r.payload = e->SerializeAsString();
      tx.InsertEvent(r);
    }
    tx.UpsertBlob({"acme", "sig-sha", "signature", "tech1", 3, 3, true, At(10), At(10)});
    tx.InsertBlobChunk("acme", "sig-sha", 0, "PNG");
    tx.UpsertBlob({"acme", "other-sha", "photo", "tech1", 1, 1, true, At(10), At(10)});
    tx.InsertBlobChunk("acme", "other-sha", 0, "x");
  });
  const VisitDetail v = desk_->Claim(Agent(), "a", kDueDay + 11 * kHourMs);
  EXPECT_TRUE(v.work.has_work_record);
  EXPECT_EQ(v.work.fault_types, std::vector<std::string>{"screen"});
  EXPECT_EQ(v.work.parts_used, std::vector<std::string>{"LCD panel"});
  EXPECT_EQ(v.work.signer_name, "Mrs Liu");
  ASSERT_EQ(v.work.blobs.size(), 2u);
  EXPECT_EQ(v.work.blobs[0].kind, "photo");
  EXPECT_FALSE(v.work.blobs[0].available);
  EXPECT_EQ(v.work.blobs[1].kind, "signature");
  EXPECT_TRUE(v.work.blobs[1].available);

  EXPECT_EQ(desk_->VisitBlob(Agent(), "a", "sig-sha"),
            (std::pair<std::string, std::string>{"signature", "PNG"}));
  EXPECT_TRUE(ThrowsAppError([&] { desk_->VisitBlob(Agent(), "a", "photo-sha"); },
                             ErrorKind::kFailedPrecondition, "not finished uploading"));
  // A blob of the company that this visit does not reference is not served through it.
  EXPECT_TRUE(ThrowsAppError([&] { desk_->VisitBlob(Agent(), "a", "other-sha"); },
                             ErrorKind::kNotFound, "is not a signature or photo of job"));
  EXPECT_TRUE(ThrowsAppError([&] { desk_->VisitBlob(Agent(), "a", ""); },
                             ErrorKind::kInvalidArgument, "sha256 is required"));
}

}  // namespace
}  // namespace fieldledger::server
