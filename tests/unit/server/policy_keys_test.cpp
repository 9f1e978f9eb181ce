// Every key of the scoring policy reaches the code that uses it (issue 11): for each key, a
// real server is started once with a base policy and once with only that key changed, the
// same records are scored through GetScorecard / GetRanking, and the figure the key governs
// moves exactly as docs/kpis.md says. The three trusted_time keys act when a check-in is
// pushed (SyncService), the rest when a card is computed.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <set>

#include "fieldledger/v1/scoring.grpc.pb.h"
#include "fieldledger/v1/sync.grpc.pb.h"
#include "live_channel.h"

namespace fieldledger::server::testing {
namespace {

using Policy = scoring::ScoringPolicy;
class PolicyKeyTest;

struct KeyCase {
  const char* key;
  std::function<void(Policy&)> base;    // what both runs share (e.g. gate the metric)
  std::function<void(Policy&)> change;  // the one key changed
  std::function<void(PolicyKeyTest&)> records;
  std::function<std::string(PolicyKeyTest&)> figure;
  std::string with_base, with_change;
};

class PolicyKeyTest : public LiveChannelTest,
                      public ::testing::WithParamInterface<std::tuple<int, bool>> {
 public:
  // A job of tech1 on 2026-03-02, window 09:00-10:00, stored directly.
  JobRecord Job(const std::string& id, JobType type = JobType::kRepair) {
    JobRecord j = MakeJob(id, "tech1", At(9), At(10));
    j.type = type;
    j.customer_phone = "phone-" + id;
    return j;
  }
  void Arrived(JobRecord& j, TimeMs at, bool verified = true) {
    j.arrived_ms = at;
    j.arrival_verified = verified;
    j.arrival_technician_id = j.technician_id;
    j.status = JobStatus::kInProgress;
  }
  void Completed(JobRecord& j, TimeMs at, bool resolved = true) {
    Arrived(j, At(9, 30));
    j.completed_ms = at;
    j.first_visit_resolved = resolved;
    j.status = JobStatus::kCompleted;
  }
  void Store(const JobRecord& j) {
    store_->Write([&](StoreTx& tx) { tx.InsertJob(j); });
  }
  void CallBack(const std::string& id, const std::string& job, TimeMs at, std::optional<int> score,
                bool returned = false) {
    CallBackRecord c;
    c.id = id;
    c.company_id = "acme";
    c.job_id = job;
    c.agent_id = "cb";
    c.at_ms = at;
    c.reached = true;
    c.score = score;
    c.problem_returned = returned;
    store_->Write([&](StoreTx& tx) { tx.InsertCallBack(c); });
  }
  void Shift(const std::string& id, TimeMs start, std::optional<TimeMs> check_in) {
    ShiftRecord s{id, "acme", "tech1", start, check_in, false};
    store_->Write([&](StoreTx& tx) { tx.InsertShift(s); });
  }
  // tech1 checks in on job `id` at 09:30, pushed at 09:31, from `lat` with `accuracy`, the
  // phone's wall clock off by `clock_off`.
  void PushCheckIn(const std::string& id, DurationMs clock_off, double lat, double accuracy) {
    JobRecord j = Job(id);
    j.created_ms = j.updated_ms = At(6);
    Store(j);
    now_ = At(9, 31);
    const std::int64_t mono = 1'000'000;
    v1::DeviceEvent e = CheckInEvent(id, 1, At(9, 30) + clock_off, mono);
    e.mutable_position()->set_latitude(lat);
    e.mutable_position()->set_accuracy_m(accuracy);
    auto req = Batch("dev-1", At(9, 31) + clock_off, mono + kMinuteMs, {std::move(e)});
    v1::PushResponse out;
    grpc::ClientContext ctx;
    Authorize(ctx, "tech1");
    ASSERT_TRUE(v1::SyncService::NewStub(channel_)->Push(&ctx, req, &out).ok());
    ASSERT_EQ(out.acks(0).status(), v1::EventAck::STATUS_APPLIED) << out.acks(0).reason();
    now_ = At(23);
  }

  v1::Scorecard Card(const std::string& anchor = "2026-03-02") {
    v1::ScorecardRequest r;
    r.set_technician_id("tech1");
    r.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
    r.mutable_period()->set_anchor_date(anchor);
    v1::Scorecard out;
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");
    EXPECT_TRUE(v1::ScoringService::NewStub(channel_)->GetScorecard(&ctx, r, &out).ok());
    return out;
  }
  v1::Ranking Ranking() {
    v1::RankingRequest r;
    r.mutable_period()->set_kind(v1::PERIOD_KIND_DAY);
    r.mutable_period()->set_anchor_date("2026-03-02");
    r.set_metric(v1::METRIC_ON_TIME);
    v1::Ranking out;
    grpc::ClientContext ctx;
    Authorize(ctx, "boss");
    EXPECT_TRUE(v1::ScoringService::NewStub(channel_)->GetRanking(&ctx, r, &out).ok());
    return out;
  }
  static std::string Rate(const v1::RateFigure& r) {
    return std::to_string(r.numerator()) + "/" + std::to_string(r.denominator());
  }
  std::string OnTime() {
    const auto f = Card().on_time();
    return "on_time=" + std::to_string(f.early() + f.on_time()) +
           " late=" + std::to_string(f.late()) + " excluded=" + std::to_string(f.excluded()) +
           " unverified=" + std::to_string(f.unverified());
  }
  std::string Gate(v1::Metric m) {
    const v1::Scorecard card = Card();  // kept alive: the loop reads into it
    for (const auto& c : card.bonus_gate().checks()) {
      if (c.metric() == m) return c.status();
    }
    return "not gated";
  }
  // Every gated metric at exactly 1/2 on 2026-03-02.
  void HalfOfEverything() {
    JobRecord on = Job("on"), late = Job("late");
    Arrived(on, At(9, 30));
    Arrived(late, At(10, 30));
    Store(on);
    Store(late);
    JobRecord held = Job("held"), failed = Job("failed");
    Completed(held, At(11), true);
    Completed(failed, At(11), false);
    held.window = failed.window = {0, 0};  // not on-time scored: only completion metrics
    Store(held);
    Store(failed);
    CallBack("cb1", "held", At(12), 5);
    CallBack("cb2", "failed", At(12), 1, /*returned=*/true);
    Shift("s1", At(8), At(8));
    Shift("s2", At(13), std::nullopt);
    now_ = At(23) + 40 * kDayMs;  // the repair's 30-day retention window has closed
  }

  std::atomic<TimeMs> now_{At(23)};
};

const std::vector<KeyCase>& Cases() {
  using T = PolicyKeyTest;
  static const std::vector<KeyCase> cases = {
      {"version",
       {},
       [](Policy& p) { p.version = "acme-2"; },
       [](T&) {},
       [](T& t) { return t.Card().policy_version(); },
       "default-1",
       "acme-2"},
      {"on_time.grace_seconds",
       {},
       [](Policy& p) { p.on_time_grace = 10 * kMinuteMs; },
       [](T& t) {
         JobRecord j = t.Job("j");
         t.Arrived(j, At(10, 5));
         t.Store(j);
       },
       [](T& t) { return t.OnTime(); },
       "on_time=0 late=1 excluded=0 unverified=0",
       "on_time=1 late=0 excluded=0 unverified=0"},
      {"on_time.unverified_arrival",
       {},
       [](Policy& p) { p.unverified = scoring::UnverifiedArrival::kExclude; },
       [](T& t) {
         JobRecord j = t.Job("j");
         t.Arrived(j, At(9, 30), /*verified=*/false);
         t.Store(j);
       },
       [](T& t) { return t.OnTime(); },
       "on_time=0 late=1 excluded=0 unverified=1",
       "on_time=0 late=0 excluded=1 unverified=1"},
      {"trusted_time.clock_correction_tolerance_seconds",
       {},
       [](Policy& p) { p.clock_correction_tolerance = 10 * kMinuteMs; },
       [](T& t) { t.PushCheckIn("j", 5 * kMinuteMs, kSiteLat, 10); },
       [](T& t) { return t.OnTime(); },
       "on_time=0 late=1 excluded=0 unverified=1",
       "on_time=1 late=0 excluded=0 unverified=0"},
      {"trusted_time.geofence_radius_m",
       {},
       [](Policy& p) { p.geofence_radius_m = 1000; },
       [](T& t) { t.PushCheckIn("j", 0, kSiteLat + 0.0045, 10); },  // about 500 m north
       [](T& t) { return t.OnTime(); },
       "on_time=0 late=1 excluded=0 unverified=1",
       "on_time=1 late=0 excluded=0 unverified=0"},
      {"trusted_time.max_fix_accuracy_m",
       {},
       [](Policy& p) { p.max_fix_accuracy_m = 1000; },
       [](T& t) { t.PushCheckIn("j", 0, kSiteLat, 800); },
       [](T& t) { return t.OnTime(); },
       "on_time=0 late=1 excluded=0 unverified=1",
       "on_time=1 late=0 excluded=0 unverified=0"},
      {"retention.repair_days",
       {},
       [](Policy& p) { p.retention_days_repair = 60; },
       [](T& t) {
         JobRecord r = t.Job("r");
         t.Completed(r, At(11));
         t.Store(r);
         JobRecord again = t.Job("again");
         again.customer_phone = r.customer_phone;  // the same asset
         again.window = {At(9) + 40 * kDayMs, At(10) + 40 * kDayMs};
         again.created_ms = again.updated_ms = At(8) + 40 * kDayMs;
         t.Store(again);
         t.now_ = At(23) + 100 * kDayMs;
       },
       [](T& t) { return T::Rate(t.Card().retention().rate()); },
       "1/1",
       "0/1"},
      {"retention.installation_days",
       {},
       [](Policy& p) { p.retention_days_installation = 60; },
       [](T& t) {
         JobRecord r = t.Job("r", JobType::kInstallation);
         t.Completed(r, At(11));
         t.Store(r);
         JobRecord again = t.Job("again");
         again.customer_phone = r.customer_phone;
         again.window = {At(9) + 100 * kDayMs, At(10) + 100 * kDayMs};
         again.created_ms = again.updated_ms = At(8) + 100 * kDayMs;
         t.Store(again);
         t.now_ = At(23) + 400 * kDayMs;
       },
       [](T& t) { return T::Rate(t.Card().retention().rate()); },
       "0/1",
       "1/1"},
      {"satisfaction.threshold",
       {},
       [](Policy& p) { p.satisfaction_threshold = 3; },
       [](T& t) {
         JobRecord j = t.Job("j");
         t.Completed(j, At(11));
         t.Store(j);
         t.CallBack("cb1", "j", At(15), 3);
       },
       [](T& t) { return T::Rate(t.Card().satisfaction().rate()); },
       "0/1",
       "1/1"},
      {"attendance.grace_seconds",
       {},
       [](Policy& p) { p.attendance_grace = 20 * kMinuteMs; },
       [](T& t) { t.Shift("s", At(8), At(8, 15)); },
       [](T& t) { return T::Rate(t.Card().attendance()); },
       "0/1",
       "1/1"},
      {"ranking.min_sample",
       {},
       [](Policy& p) { p.min_ranking_sample = 1; },
       [](T& t) {
         JobRecord j = t.Job("j");
         t.Arrived(j, At(9, 30));
         t.Store(j);
       },
       [](T& t) {
         const auto r = t.Ranking();
         return r.entries_size() == 1 ? "rank " + std::to_string(r.entries(0).rank()) : "?";
       },
       "rank 0",
       "rank 1"},
      {"targets.on_time",
       {},
       [](Policy& p) { p.targets[0] = 0.5; },
       [](T& t) { t.HalfOfEverything(); },
       [](T& t) { return t.Gate(v1::METRIC_ON_TIME); },
       "missed",
       "met"},
      {"targets.retention",
       {},
       [](Policy& p) { p.targets[1] = 0.5; },
       [](T& t) { t.HalfOfEverything(); },
       [](T& t) { return t.Gate(v1::METRIC_RETENTION); },
       "missed",
       "met"},
      {"targets.satisfaction",
       {},
       [](Policy& p) { p.targets[2] = 0.5; },
       [](T& t) { t.HalfOfEverything(); },
       [](T& t) { return t.Gate(v1::METRIC_SATISFACTION); },
       "missed",
       "met"},
      {"targets.attendance",
       {},
       [](Policy& p) { p.targets[3] = 0.5; },
       [](T& t) { t.HalfOfEverything(); },
       [](T& t) { return t.Gate(v1::METRIC_ATTENDANCE); },
       "missed",
       "met"},
      {"targets.first_time_fix", [](Policy& p) { p.gated[4] = true; },
       [](Policy& p) { p.targets[4] = 0.5; }, [](T& t) { t.HalfOfEverything(); },
       [](T& t) { return t.Gate(v1::METRIC_FIRST_TIME_FIX); }, "missed", "met"},
      {"bonus_gate.gated",
       {},
       [](Policy& p) {
         p.gated = {false, false, false, false, true};
       },
       [](T& t) { t.HalfOfEverything(); },
       [](T& t) {
         std::string out;
         const v1::Scorecard card = t.Card();
         for (const auto& c : card.bonus_gate().checks()) {
           out += v1::Metric_Name(c.metric()) + " ";
         }
         return out;
       },
       "METRIC_ON_TIME METRIC_RETENTION METRIC_SATISFACTION METRIC_ATTENDANCE ",
       "METRIC_FIRST_TIME_FIX "},
  };
  return cases;
}

TEST_P(PolicyKeyTest, ChangingTheKeyMovesTheFigureAsTheRuleSays) {
  const auto& [index, changed] = GetParam();
  const KeyCase& c = Cases()[index];
  SCOPED_TRACE(c.key);
  Policy policy;
  if (c.base) c.base(policy);
  if (changed) c.change(policy);
  StartServer([this] { return now_.load(); }, policy);
  c.records(*this);
  if (HasFatalFailure()) return;
  EXPECT_EQ(c.figure(*this), changed ? c.with_change : c.with_base) << c.key;
}

std::string CaseName(const ::testing::TestParamInfo<std::tuple<int, bool>>& info) {
  std::string name = Cases()[std::get<0>(info.param)].key;
  for (char& ch : name) {
    if (ch == '.') ch = '_';
  }
  return name + (std::get<1>(info.param) ? "_changed" : "_base");
}

INSTANTIATE_TEST_SUITE_P(PolicyKeys, PolicyKeyTest,
                         ::testing::Combine(::testing::Range(0, 17), ::testing::Bool()), CaseName);

// The table covers every key of the default policy file outside [callback] (the desk's
// schedule, tested in callback_policy_test.cpp): a key added without a case fails here.
TEST(PolicyKeysCovered, EveryKeyOfTheDefaultPolicyFileHasACase) {
  std::ifstream file(std::string(FIELDLEDGER_SOURCE_DIR) + "/docs/policies/scoring-default.toml");
  ASSERT_TRUE(file);
  std::set<std::string> keys, cased;
  std::string line, section;
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '[') {
      section = line.substr(1, line.find(']') - 1);
      continue;
    }
    const std::string key = line.substr(0, line.find_first_of(" ="));
    if (section != "callback") keys.insert(section.empty() ? key : section + "." + key);
  }
  for (const auto& c : Cases()) cased.insert(c.key);
  EXPECT_EQ(keys, cased);
}

}  // namespace
}  // namespace fieldledger::server::testing
