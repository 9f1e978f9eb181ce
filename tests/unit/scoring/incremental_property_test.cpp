// Incremental scoring must always equal a full recompute: random datasets, random batches
// of upserts (new and changed jobs and call-backs, shifts) and a clock that mostly moves
// forward but sometimes back.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <map>

#include "fieldledger/scoring/bucketed.h"
#include "fieldledger/scoring/incremental.h"
#include "fixtures.h"

namespace fieldledger::scoring {
namespace {

using testing::Utc;

const TimeMs kBase = Utc(2026, 10, 1);
constexpr int kSpanDays = 30;  // short, so repeats within the retention window are common

// Instants spread over the span at random seconds, with sub-second noise so the
// "compare to the second" rules are exercised.
TimeMs GenTime() {
  return kBase + *rc::gen::inRange<std::int64_t>(0, std::int64_t{kSpanDays} * 86400) * kSecondMs +
         *rc::gen::inRange<std::int64_t>(0, 1000);
}

template <typename T>
T Pick(std::initializer_list<T> options) {
  return *rc::gen::elementOf(std::vector<T>(options));
}

Job GenJob(const std::string& id) {
  Job j;
  j.id = id;
  j.technician = Pick<std::string>({"t0", "t1", "t2"});
  j.team = Pick<std::string>({"north", "south"});
  j.type =
      Pick({JobType::kRepair, JobType::kRepair, JobType::kInstallation, JobType::kMaintenance});
  j.created = GenTime();
  if (*rc::gen::inRange(0, 10) > 0) {
    const TimeMs start = j.created + *rc::gen::inRange(0, 72) * kHourMs;
    j.window = TimeWindow{start, start + *rc::gen::inRange(0, 4) * kHourMs};
  }
  if (*rc::gen::inRange(0, 3) > 0) {
    // Around the window (or creation) so early, on time and late all happen.
    const TimeMs anchor = j.window ? j.window->end : j.created;
    j.arrival =
        anchor + *rc::gen::inRange(-180, 120) * kMinuteMs + *rc::gen::inRange(0, 3) * kSecondMs;
    j.arrival_verified = *rc::gen::inRange(0, 5) > 0;
  }
  j.status = Pick({JobStatus::kCompleted, JobStatus::kCompleted, JobStatus::kScheduled,
                   JobStatus::kCancelled, JobStatus::kRescheduled});
  if (j.status == JobStatus::kCompleted) {
    j.completed = j.created + *rc::gen::inRange(0, 5 * 24 * 60) * kMinuteMs;
  }
  j.first_visit_resolved = *rc::gen::arbitrary<bool>();
  // A few assets so repeats are common; some identified by customer + product.
  if (*rc::gen::inRange(0, 3) > 0) {
    j.serial_number = Pick<std::string>({"S1", "S2"});
  } else {
    j.customer_id = Pick<std::string>({"c1", "c2"});
    j.product = Pick<std::string>({"p1", "p2"});
  }
  if (*rc::gen::inRange(0, 6) == 0) j.excusal = Excusal{"dora", "traffic", j.created};
  return j;
}

CallBack GenCallBack(const std::string& id, int job_count) {
  CallBack c;
  c.id = id;
  c.job_id = "j" + std::to_string(*rc::gen::inRange(0, job_count + 2));  // may be unknown
  c.at = GenTime();
  c.reached = *rc::gen::inRange(0, 3) > 0;
  if (*rc::gen::inRange(0, 4) > 0) c.score = *rc::gen::inRange(1, 6);
  if (*rc::gen::inRange(0, 3) == 0) c.problem_returned = *rc::gen::arbitrary<bool>();
  if (*rc::gen::inRange(0, 2) == 0) c.nps = *rc::gen::inRange(0, 11);
  if (c.reached && *rc::gen::inRange(0, 4) == 0) {
    c.complaint =
        Pick({ComplaintCategory::kAttitude, ComplaintCategory::kLateness, ComplaintCategory::kPrice,
              ComplaintCategory::kQuality, ComplaintCategory::kOther});
  }
  return c;
}

Shift GenShift(const std::string& id) {
  Shift s;
  s.id = id;
  s.technician = Pick<std::string>({"t0", "t1", "t2"});
  s.team = "north";
  s.start = GenTime();
  if (*rc::gen::inRange(0, 4) > 0) s.check_in = s.start + *rc::gen::inRange(-30, 30) * kMinuteMs;
  s.approved_leave = *rc::gen::inRange(0, 8) == 0;
  return s;
}

// The dataset a sequence of upsert batches describes: last write per id wins.
struct Truth {
  std::map<std::string, Job> jobs;
  std::map<std::string, CallBack> callbacks;
  std::map<std::string, Shift> shifts;
  void Apply(const ChangeBatch& b) {
    for (const Job& j : b.jobs) jobs[j.id] = j;
    for (const CallBack& c : b.callbacks) callbacks[c.id] = c;
    for (const Shift& s : b.shifts) shifts[s.id] = s;
  }
  Dataset ToDataset() const {
    Dataset d;
    for (const auto& [id, j] : jobs) d.jobs.push_back(j);
    for (const auto& [id, c] : callbacks) d.callbacks.push_back(c);
    for (const auto& [id, s] : shifts) d.shifts.push_back(s);
    return d;
  }
};

// A known job with one thing changed, as a check-in, a completion or a dispatcher's edit
// changes it: the rest stays, so the scorer's "only what moved" paths are exercised.
Job GenSmallChange(Job j) {
  switch (*rc::gen::inRange(0, 8)) {
    case 0:
      j.technician = Pick<std::string>({"t0", "t1", "t2"});
      break;
    case 1:
      j.status = Pick({JobStatus::kCompleted, JobStatus::kScheduled, JobStatus::kCancelled});
      if (j.status == JobStatus::kCompleted && !j.completed) j.completed = j.created + kHourMs;
      break;
    case 2:
      j.completed = j.created + *rc::gen::inRange(0, 10 * 24 * 60) * kMinuteMs;
      j.status = JobStatus::kCompleted;
      break;
    case 3:
      j.type = Pick({JobType::kRepair, JobType::kInstallation, JobType::kMaintenance});
      break;
    case 4:
      j.serial_number = Pick<std::string>({"S1", "S2", "S3", ""});
      break;
    case 5:
      j.created = GenTime();
      break;
    case 6:
      j.arrival = GenTime();
      j.arrival_verified = *rc::gen::arbitrary<bool>();
      break;
    default:
      if (j.window) {
        j.window.reset();
      } else {
        j.window = TimeWindow{j.created, j.created + kHourMs};
      }
      break;
  }
  return j;
}

ChangeBatch GenBatch(const Truth& truth, int max_jobs, int max_callbacks, int max_shifts,
                     int& next_job, int& next_cb, int& next_shift) {
  ChangeBatch b;
  const int jobs = *rc::gen::inRange(0, max_jobs + 1);
  for (int i = 0; i < jobs; ++i) {
    // New, a whole new version of an existing id, or one field of a known job changed.
    const int what = next_job > 0 ? *rc::gen::inRange(0, 3) : 0;
    const int id = what == 0 ? next_job++ : *rc::gen::inRange(0, next_job);
    const std::string name = "j" + std::to_string(id);
    auto known = truth.jobs.find(name);
    if (what == 2 && known != truth.jobs.end()) {
      b.jobs.push_back(GenSmallChange(known->second));
    } else {
      b.jobs.push_back(GenJob(name));
    }
  }
  const int cbs = *rc::gen::inRange(0, max_callbacks + 1);
  for (int i = 0; i < cbs; ++i) {
    const bool update = next_cb > 0 && *rc::gen::inRange(0, 3) == 0;
    const int id = update ? *rc::gen::inRange(0, next_cb) : next_cb++;
    b.callbacks.push_back(GenCallBack("cb" + std::to_string(id), next_job));
  }
  const int shifts = *rc::gen::inRange(0, max_shifts + 1);
  for (int i = 0; i < shifts; ++i) {
    const bool update = next_shift > 0 && *rc::gen::inRange(0, 3) == 0;
    const int id = update ? *rc::gen::inRange(0, next_shift) : next_shift++;
    b.shifts.push_back(GenShift("sh" + std::to_string(id)));
  }
  return b;
}

RC_GTEST_PROP(IncrementalScoring, EqualsFullRecomputeAfterRandomBatches, ()) {
  ScoringPolicy policy;
  policy.unverified = Pick({UnverifiedArrival::kCountLate, UnverifiedArrival::kExclude});
  policy.on_time_grace = *rc::gen::inRange(0, 3) * 5 * kMinuteMs;
  policy.retention_days_repair = Pick({1, 7, 30});
  policy.retention_days_installation = Pick({10, 365});
  const std::string tz = Pick<std::string>({"UTC", "Asia/Shanghai", "America/New_York"});

  IncrementalScorer scorer(policy, tz);
  Truth truth;
  int next_job = 0, next_cb = 0, next_shift = 0;
  TimeMs now = kBase + *rc::gen::inRange(0, kSpanDays) * kDayMs;

  ChangeBatch initial = GenBatch(truth, 40, 30, 10, next_job, next_cb, next_shift);
  truth.Apply(initial);
  scorer.Apply(initial, now);

  const int batches = *rc::gen::inRange(1, 6);
  for (int i = 0; i < batches; ++i) {
    ChangeBatch b = GenBatch(truth, 8, 8, 3, next_job, next_cb, next_shift);
    // Mostly forward (crossing retention and no-show deadlines), sometimes back.
    now += *rc::gen::inRange<std::int64_t>(-2 * 86400, 20 * 86400) * kSecondMs;
    truth.Apply(b);
    scorer.Apply(b, now);
  }

  // One scorer answers every period kind, and any range: each must equal a full recompute.
  const ScoringData data(truth.ToDataset());
  for (PeriodKind kind : {PeriodKind::kDay, PeriodKind::kIsoWeek, PeriodKind::kMonth}) {
    const BucketedCounts expected = ComputeBucketedCounts(data, policy, kind, tz, now);
    const BucketedCounts actual = scorer.Snapshot(kind);
    RC_ASSERT(actual.size() == expected.size());
    for (const auto& [key, counts] : expected) {
      auto it = actual.find(key);
      RC_ASSERT(it != actual.end());
      RC_ASSERT(it->second == counts);
      // Counts over the bucket's range read the same as the snapshot's bucket.
      const Period p = PeriodContaining(key.bucket_start, kind, tz);
      RC_ASSERT(scorer.Counts(key.technician, p.start, p.end) == counts);
    }
  }
}

TEST(IncrementalScoring, CountsMatchAHandComputedChange) {
  // A held repair becomes failed when a repeat repair for its asset arrives later.
  const TimeMs done = Utc(2026, 10, 1, 10);
  IncrementalScorer scorer(ScoringPolicy{}, "UTC");
  ChangeBatch first;
  first.jobs.push_back(testing::Repair("orig", "alice", "SN1", Utc(2026, 9, 30), done));
  scorer.Apply(first, Utc(2026, 10, 5));
  const Period october = MonthPeriod(2026, 10, "UTC");
  EXPECT_EQ(scorer.Counts("alice", october.start, october.end).retention_pending, 1);

  scorer.Apply(ChangeBatch{}, Utc(2026, 11, 15));  // the window closed: held
  EXPECT_EQ(scorer.Counts("alice", october.start, october.end).retention_held, 1);
  EXPECT_EQ(scorer.Counts("alice", october.start, october.end).retention_pending, 0);

  ChangeBatch late_news;  // a repeat repair created on day 20, recorded late
  Job repeat = testing::Repair("rep", "bob", "SN1", done + 20 * kDayMs, done + 21 * kDayMs);
  late_news.jobs.push_back(repeat);
  scorer.Apply(late_news, Utc(2026, 11, 15));
  const KpiCounts alice = scorer.Counts("alice", october.start, october.end);
  EXPECT_EQ(alice.retention_held, 0);
  EXPECT_EQ(alice.retention_failed, 1);
  Scorecard card = scorer.TechnicianScorecard("alice", MonthPeriod(2026, 10, "UTC"));
  EXPECT_EQ(card.retention.rate.numerator, 0);
  EXPECT_EQ(card.retention.rate.denominator, 1);
}

}  // namespace
}  // namespace fieldledger::scoring
