#include "fieldledger/scoring/scorecard.h"

#include <algorithm>

namespace fieldledger::scoring {
namespace {

// Items collected alongside the counts when explanations are requested.
struct Items {
  std::vector<ExplainItem> on_time, retention, satisfaction, reach, first_time_fix, attendance,
      complaints;
};

struct Group {
  KpiCounts counts;
  Items items;
  bool touched = false;
};

Percentiles PercentilesOf(const std::vector<std::int64_t>& values) {
  return NearestRankPercentiles(std::vector<double>(values.begin(), values.end()));
}

RateResult Rate(std::int64_t num, std::int64_t den, std::vector<ExplainItem> items) {
  RateResult r;
  r.numerator = num;
  r.denominator = den;
  r.items = std::move(items);
  return r;
}

Scorecard Build(const KpiCounts& c, Items items, const ScoringPolicy& policy, const Scope& scope,
                const Period& period, TimeMs now) {
  Scorecard card;
  card.policy_version = policy.version;
  card.scope = scope;
  card.period = period;
  card.computed_at = now;

  OnTimeTally& t = card.on_time.tally;
  t.early = static_cast<int>(c.Arrivals(ArrivalClass::kEarly));
  t.on_time = static_cast<int>(c.Arrivals(ArrivalClass::kOnTime));
  t.late = static_cast<int>(c.Arrivals(ArrivalClass::kLate));
  t.no_show = static_cast<int>(c.Arrivals(ArrivalClass::kNoShow));
  t.pending = static_cast<int>(c.Arrivals(ArrivalClass::kPending));
  t.excluded = static_cast<int>(c.Arrivals(ArrivalClass::kExcluded));
  t.excused = static_cast<int>(c.Arrivals(ArrivalClass::kExcused));
  card.on_time.rate = Rate(t.Numerator(), t.Denominator(), std::move(items.on_time));
  card.on_time.unverified = c.unverified_arrivals;
  card.on_time.minutes_late = PercentilesOf(c.minutes_late);

  card.retention.rate =
      Rate(c.retention_held, c.retention_held + c.retention_failed, std::move(items.retention));
  card.retention.pending = c.retention_pending;

  SatisfactionResult& s = card.satisfaction;
  s.rate = Rate(c.satisfied, c.callback_reached, std::move(items.satisfaction));
  s.reach = Rate(c.callback_reached, c.callback_attempted, std::move(items.reach));
  if (c.score_count > 0) s.mean_score = static_cast<double>(c.score_sum) / c.score_count;
  s.nps_responses = c.nps_count;
  if (c.nps_count > 0) {
    s.nps = 100.0 * static_cast<double>(c.nps_promoters - c.nps_detractors) / c.nps_count;
  }

  card.attendance =
      Rate(c.shifts_attended, c.shifts_attended + c.shifts_missed, std::move(items.attendance));
  card.first_time_fix = Rate(c.first_time_fixed, c.completed, std::move(items.first_time_fix));
  card.complaints.count = c.complaints;
  card.complaints.jobs = Rate(c.complained_jobs, c.completed, std::move(items.complaints));
  card.complaints.by_category = c.complaints_by_category;
  card.response_time = {static_cast<std::int64_t>(c.response_minutes.size()),
                        PercentilesOf(c.response_minutes)};
  card.resolution_time = {static_cast<std::int64_t>(c.resolution_minutes.size()),
                          PercentilesOf(c.resolution_minutes)};

  std::array<std::optional<double>, kAllMetrics.size()> rates;
  for (Metric m : kAllMetrics) rates[static_cast<int>(m)] = card.MetricRate(m).Rate();
  card.bonus_gate = EvaluateBonusGate(rates, policy);
  return card;
}

// Scores every group of `group_by` (or only `only`, when set) in one pass over the period.
std::vector<Group> Accumulate(const ScoringData& data, const ScoringPolicy& policy,
                              Scope::Kind group_by, std::optional<std::uint32_t> only,
                              const Period& period, TimeMs now, bool explain) {
  const std::string& tz = period.time_zone;
  auto job_group = [&](std::uint32_t j) -> std::uint32_t {
    switch (group_by) {
      case Scope::Kind::kTechnician:
        return data.JobTechnician(j);
      case Scope::Kind::kTeam:
        return data.JobTeam(j);
      case Scope::Kind::kCompany:
        return 0;
    }
    return 0;
  };
  auto shift_group = [&](std::uint32_t s) -> std::uint32_t {
    switch (group_by) {
      case Scope::Kind::kTechnician:
        return data.ShiftTechnician(s);
      case Scope::Kind::kTeam:
        return data.ShiftTeam(s);
      case Scope::Kind::kCompany:
        return 0;
    }
    return 0;
  };
  const std::size_t n_groups = group_by == Scope::Kind::kTechnician ? data.technicians().size()
                               : group_by == Scope::Kind::kTeam     ? data.teams().size()
                                                                    : 1;
  std::vector<Group> groups(n_groups);

  for (std::uint32_t j : data.JobsWithWindowStartIn(period.start, period.end)) {
    const std::uint32_t g = job_group(j);
    if (only && g != *only) continue;
    const Job& job = data.jobs()[j];
    auto o = EvaluateArrival(job, policy, now);
    Group& group = groups[g];
    group.touched = true;
    group.counts.AddArrival(*o, +1);
    if (explain) group.items.on_time.push_back(ExplainArrival(job, *o, policy, tz));
  }
  for (std::uint32_t j : data.JobsCompletedIn(period.start, period.end)) {
    const std::uint32_t g = job_group(j);
    if (only && g != *only) continue;
    const Job& job = data.jobs()[j];
    auto o = EvaluateCompletion(job, data.FirstLaterRepair(j), data.CallBacksOf(j), policy, now);
    Group& group = groups[g];
    group.touched = true;
    group.counts.AddCompletion(*o, +1);
    if (!explain) continue;
    Items& items = group.items;
    if (auto i = ExplainRetention(job, o->retention, tz)) items.retention.push_back(*i);
    if (auto i = ExplainSatisfaction(job, o->satisfaction, policy, tz)) {
      items.satisfaction.push_back(*i);
    }
    if (auto i = ExplainReach(job, o->satisfaction)) items.reach.push_back(*i);
    items.first_time_fix.push_back(ExplainFirstTimeFix(job, *o));
    items.complaints.push_back(ExplainComplaints(job, o->complaints, tz));
  }
  for (std::uint32_t s : data.ShiftsStartingIn(period.start, period.end)) {
    const std::uint32_t g = shift_group(s);
    if (only && g != *only) continue;
    const Shift& shift = data.shifts()[s];
    const AttendanceClass c = EvaluateAttendance(shift, policy, now);
    Group& group = groups[g];
    group.touched = true;
    group.counts.AddAttendance(c, +1);
    if (explain) group.items.attendance.push_back(ExplainAttendance(shift, c, policy, tz));
  }
  return groups;
}

}  // namespace

const char* ScopeKindName(Scope::Kind k) {
  switch (k) {
    case Scope::Kind::kTechnician:
      return "technician";
    case Scope::Kind::kTeam:
      return "team";
    case Scope::Kind::kCompany:
      return "company";
  }
  return "unknown";
}

const RateResult& Scorecard::MetricRate(Metric m) const {
  switch (m) {
    case Metric::kOnTime:
      return on_time.rate;
    case Metric::kRetention:
      return retention.rate;
    case Metric::kSatisfaction:
      return satisfaction.rate;
    case Metric::kAttendance:
      return attendance;
    case Metric::kFirstTimeFix:
      return first_time_fix;
  }
  return on_time.rate;
}

Scorecard ScorecardFromCounts(const KpiCounts& counts, const ScoringPolicy& policy,
                              const Scope& scope, const Period& period, TimeMs now) {
  return Build(counts, {}, policy, scope, period, now);
}

Scorecard ComputeScorecard(const ScoringData& data, const ScoringPolicy& policy, const Scope& scope,
                           const Period& period, TimeMs now, bool explain) {
  std::optional<std::uint32_t> only;
  if (scope.kind != Scope::Kind::kCompany) {
    const auto& names = scope.kind == Scope::Kind::kTechnician ? data.technicians() : data.teams();
    auto it = std::find(names.begin(), names.end(), scope.id);
    if (it == names.end()) return Build({}, {}, policy, scope, period, now);
    only = static_cast<std::uint32_t>(it - names.begin());
  }
  auto groups = Accumulate(data, policy, scope.kind, only, period, now, explain);
  Group& g = groups[only.value_or(0)];
  return Build(g.counts, std::move(g.items), policy, scope, period, now);
}

std::vector<Scorecard> ComputeScorecards(const ScoringData& data, const ScoringPolicy& policy,
                                         Scope::Kind group_by, const Period& period, TimeMs now,
                                         bool explain) {
  auto groups = Accumulate(data, policy, group_by, std::nullopt, period, now, explain);
  std::vector<Scorecard> cards;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (!groups[g].touched && group_by != Scope::Kind::kCompany) continue;
    Scope scope{group_by, group_by == Scope::Kind::kTechnician ? data.technicians()[g]
                          : group_by == Scope::Kind::kTeam     ? data.teams()[g]
                                                               : std::string()};
    cards.push_back(
        Build(groups[g].counts, std::move(groups[g].items), policy, scope, period, now));
  }
  std::sort(cards.begin(), cards.end(),
            [](const Scorecard& a, const Scorecard& b) { return a.scope.id < b.scope.id; });
  return cards;
}

}  // namespace fieldledger::scoring
