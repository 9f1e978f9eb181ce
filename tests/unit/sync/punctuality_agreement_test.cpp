// The phone and the server agree on every arrival verdict: the same visits (arrival
// times around the window, fixes inside, outside, vague, mocked or missing, under three
// scoring policies) go through the server's Push on a real SQLite store and are scored
// with the server's own inputs, and through the phone's punctuality function with the
// rules the server sent with Pull. Clocks are honest here: judging a lying clock needs
// the server (docs/sync.md, "Time").
#include <gtest/gtest.h>

#include "../server/sync_wire.h"
#include "../server/test_store.h"
#include "app/scoring_inputs.h"
#include "app/sync_logic.h"
#include "app/trust_policy.h"
#include "fieldledger/scoring/outcomes.h"
#include "fieldledger/visit/punctuality.h"
#include "visit_facts.h"

namespace fieldledger::server {
namespace {

using testing::At;
using testing::Batch;
using testing::CheckInEvent;
using testing::StoreTest;

struct FixCase {
  const char* name;
  bool present;
  double dlat;  // degrees north of the site (0.001 is about 111 m)
  double accuracy_m;
  bool mock;
};

class PunctualityAgreementTest : public StoreTest {};

TEST_F(PunctualityAgreementTest, PhoneAndServerGiveTheSameVerdictForEveryVisit) {
  const std::vector<int> arrival_seconds = {-1200, 0, 1800, 3600, 3605, 3660, 4200, 4500, 7800};
  const std::vector<FixCase> fixes = {{"inside", true, 0.0005, 10, false},
                                      {"outside", true, 0.045, 10, false},
                                      {"vague", true, 0.0027, 900, false},
                                      {"mock", true, 0, 5, true},
                                      {"none", false, 0, 0, false}};
  scoring::ScoringPolicy lenient;
  lenient.version = "lenient";
  lenient.on_time_grace = 600 * kSecondMs;
  lenient.unverified = scoring::UnverifiedArrival::kExclude;
  lenient.geofence_radius_m = 6000;
  lenient.max_fix_accuracy_m = 1000;
  scoring::ScoringPolicy strict;
  strict.version = "strict";
  strict.geofence_radius_m = 50;
  strict.max_fix_accuracy_m = 20;
  const std::vector<scoring::ScoringPolicy> policies = {scoring::ScoringPolicy{}, lenient, strict};

  int visits = 0, seq = 0;
  std::map<std::string, int> classes;
  for (std::size_t pi = 0; pi < policies.size(); ++pi) {
    const auto& policy = policies[pi];
    SyncLogic sync(*store_, SyncPolicyFrom(policy));
    v1::PullRequest pull;
    pull.set_protocol_version(1);
    pull.set_device_id("dev-1");
    const auto rules = WirePull(sync, Tech1(), pull, At(8)).scoring_rules();
    EXPECT_EQ(rules.version(), policy.version);
    const scoring::ScoringPolicy phone_policy = v1::ScoringPolicyOf(rules);

    for (int offset : arrival_seconds) {
      for (const auto& fix : fixes) {
        const std::string id = "p" + std::to_string(pi) + "-" + std::to_string(visits++);
        const JobRecord job = AddJob(id, "tech1", At(9), At(10));
        const TimeMs arrival = At(9) + offset * kSecondMs;
        const std::int64_t mono = 10 * kHourMs;
        auto e = CheckInEvent(id, ++seq, arrival, mono);
        if (fix.present) {
          e.mutable_position()->set_latitude(testing::kSiteLat + fix.dlat);
          e.mutable_position()->set_accuracy_m(fix.accuracy_m);
          e.mutable_position()->set_mock(fix.mock);
        } else {
          e.clear_position();
        }
        const TimeMs now = arrival + 5 * kMinuteMs;
        WirePush(sync, Tech1(), Batch("dev-1", now, mono + 5 * kMinuteMs, {e}), now);

        // The server: the stored job as the scoring engine sees it.
        const auto stored = GetJob(id);
        ASSERT_TRUE(stored->arrived_ms);
        const auto server = scoring::EvaluateArrival(
            ToScoringJob(*stored, CountedTechnician(*stored), "", std::nullopt), policy, now);
        // The phone: its own clock and fix, before the server has spoken.
        visit::ArrivalSeen seen;
        seen.window = job.window;
        seen.arrival = arrival;
        seen.site = {job.latitude, job.longitude};
        if (fix.present) {
          seen.fix =
              Fix{{testing::kSiteLat + fix.dlat, testing::kSiteLon}, fix.accuracy_m, fix.mock};
        }
        const auto phone = visit::ArrivalPunctuality(seen, phone_policy, now);
        const std::string what = policy.version + " " + fix.name + " at +" +
                                 std::to_string(offset) + " s: " + stored->arrival_check;
        ASSERT_TRUE(server);
        EXPECT_EQ(phone.outcome.verdict.cls, server->verdict.cls) << what;
        EXPECT_EQ(phone.outcome.unverified, server->unverified) << what;
        EXPECT_EQ(phone.outcome.verdict.seconds_late, server->verdict.seconds_late) << what;
        EXPECT_EQ(PlaceVerdictName(phone.place.verdict), stored->arrival_place) << what;
        // After the pull that brings the server's verdict back, still the same.
        seen.server_verified = stored->arrival_verified;
        EXPECT_EQ(visit::ArrivalPunctuality(seen, phone_policy, now).outcome.verdict.cls,
                  server->verdict.cls)
            << what;
        ++classes[ArrivalClassName(server->verdict.cls)];
      }
    }
  }
  // The grid reaches every class an arrival can have.
  EXPECT_GT(classes["early"], 0);
  EXPECT_GT(classes["on_time"], 0);
  EXPECT_GT(classes["late"], 0);
  EXPECT_GT(classes["excluded"], 0);
  EXPECT_EQ(visits, 3 * 9 * 5);
}

}  // namespace
}  // namespace fieldledger::server
