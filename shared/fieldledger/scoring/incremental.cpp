#include "fieldledger/scoring/incremental.h"

#include <algorithm>
#include <limits>

namespace fieldledger::scoring {
namespace {

// Grows a vector's capacity ahead of `extra` more elements: exactly for the first load (so
// a million jobs take a million slots, not the next power of two), then by a quarter.
template <typename V>
void ReserveMore(V& v, std::size_t extra) {
  const std::size_t need = v.size() + extra;
  if (need > v.capacity()) v.reserve(std::max(need, v.capacity() + v.capacity() / 4));
}

}  // namespace

IncrementalScorer::IncrementalScorer(ScoringPolicy policy, std::string tz)
    : policy_(std::move(policy)), tz_(std::move(tz)) {
  RequireZone(tz_);  // an unknown zone fails here, not at the first Snapshot
}

std::uint32_t IncrementalScorer::TechIndex(std::string_view name) {
  const std::uint32_t i = tech_names_.Intern(name);
  if (i == techs_.size()) techs_.emplace_back();
  return i;
}

void IncrementalScorer::Reserve(const ChangeBatch& batch) {
  std::size_t chars = 0;
  for (const Job& j : batch.jobs) chars += j.id.size();
  job_ids_.ReserveMore(batch.jobs.size(), chars);
  ReserveMore(jobs_, batch.jobs.size());
  chars = 0;
  for (const CallBack& c : batch.callbacks) chars += c.id.size();
  callback_ids_.ReserveMore(batch.callbacks.size(), chars);
  ReserveMore(callbacks_, batch.callbacks.size());
  chars = 0;
  for (const Shift& s : batch.shifts) chars += s.id.size();
  shift_ids_.ReserveMore(batch.shifts.size(), chars);
  ReserveMore(shifts_, batch.shifts.size());
}

void IncrementalScorer::Apply(const ChangeBatch& batch, TimeMs now) {
  ++epoch_;
  touched_.clear();
  now_ = now;
  Reserve(batch);
  for (const Job& job : batch.jobs) UpsertJob(job);
  for (const CallBack& cb : batch.callbacks) UpsertCallBack(cb);
  for (const Shift& shift : batch.shifts) UpsertShift(shift);
  for (std::uint32_t j : touched_) DeriveRepeat(j);
}

// ---- the time-ordered lists ---------------------------------------------------------------

namespace {

// Monotone, so a list ordered by time is ordered by this too.
std::uint32_t ClampedSecond(TimeMs t) {
  return static_cast<std::uint32_t>(
      std::clamp<std::int64_t>(ToSeconds(t), 0, std::numeric_limits<std::uint32_t>::max()));
}

// Position of (key, index) in a list ordered by (key(i), i).
template <typename List, typename KeyOf>
auto Position(List& list, TimeMs key, std::uint32_t index, KeyOf key_of) {
  const std::uint32_t second = ClampedSecond(key);
  return std::lower_bound(list.begin(), list.end(), index, [&](const auto& e, std::uint32_t) {
    if (e.second != second) return e.second < second;
    const TimeMs k = key_of(e.index);
    return k != key ? k < key : e.index < index;
  });
}

// The part of a list ordered by key whose keys lie in [start, end).
template <typename List, typename KeyOf>
std::pair<std::size_t, std::size_t> Range(const List& list, TimeMs start, TimeMs end,
                                          KeyOf key_of) {
  auto before = [&](TimeMs t) {
    const std::uint32_t second = ClampedSecond(t);
    return static_cast<std::size_t>(std::partition_point(list.begin(), list.end(),
                                                         [&](const auto& e) {
                                                           if (e.second != second)
                                                             return e.second < second;
                                                           return key_of(e.index) < t;
                                                         }) -
                                    list.begin());
  };
  const std::size_t first = before(start);
  return {first, std::max(first, before(end))};
}

template <typename List, typename KeyOf>
void Insert(List& list, TimeMs key, std::uint32_t index, KeyOf key_of) {
  list.insert(Position(list, key, index, key_of),
              typename List::value_type{ClampedSecond(key), index});
}

template <typename List, typename KeyOf>
void Erase(List& list, TimeMs key, std::uint32_t index, KeyOf key_of) {
  auto it = Position(list, key, index, key_of);
  if (it != list.end() && it->index == index) list.erase(it);
}

}  // namespace

void IncrementalScorer::Unlist(std::uint32_t job, bool arrival, bool completion) {
  const JobRec& r = jobs_[job];
  TechLists& t = techs_[r.tech];
  if (arrival && r.ScoresArrival()) {
    Erase(t.by_window_start, r.window_start, job,
          [&](std::uint32_t i) { return jobs_[i].window_start; });
  }
  if (completion && r.ScoresCompletion()) {
    Erase(t.by_completed, r.completed, job, [&](std::uint32_t i) { return jobs_[i].completed; });
  }
}

void IncrementalScorer::List(std::uint32_t job, bool arrival, bool completion) {
  const JobRec& r = jobs_[job];
  TechLists& t = techs_[r.tech];
  if (arrival && r.ScoresArrival()) {
    Insert(t.by_window_start, r.window_start, job,
           [&](std::uint32_t i) { return jobs_[i].window_start; });
  }
  if (completion && r.ScoresCompletion()) {
    Insert(t.by_completed, r.completed, job, [&](std::uint32_t i) { return jobs_[i].completed; });
  }
}

// ---- upserts ------------------------------------------------------------------------------

void IncrementalScorer::TouchAsset(std::uint32_t asset) {
  if (asset == kNone) return;
  for (std::uint32_t j = asset_first_job_[asset]; j != kNone; j = jobs_[j].next_on_asset) {
    if (jobs_[j].mark == epoch_) continue;
    jobs_[j].mark = epoch_;
    touched_.push_back(j);
  }
}

void IncrementalScorer::UpsertJob(const Job& job) {
  const std::uint32_t index = job_ids_.Intern(job.id);
  if (index == jobs_.size()) jobs_.emplace_back();
  JobRec& r = jobs_[index];
  JobRec next;
  next.created = job.created;
  next.window_start = job.window ? job.window->start : 0;
  next.window_end = job.window ? job.window->end : 0;
  next.arrival = job.arrival.value_or(0);
  next.completed = job.completed.value_or(0);
  next.type = static_cast<std::uint8_t>(job.type);
  next.status = static_cast<std::uint8_t>(job.status);
  next.flags = kPresent;
  if (job.window) next.flags |= kHasWindow;
  if (job.arrival) next.flags |= kHasArrival;
  if (job.arrival_verified) next.flags |= kArrivalVerified;
  if (job.completed) next.flags |= kHasCompleted;
  if (job.first_visit_resolved) next.flags |= kFirstVisitResolved;
  if (job.excusal) next.flags |= kExcused;
  next.tech = TechIndex(job.technician);
  const std::string key = AssetKey(job);
  next.asset = key.empty() ? kNone : asset_keys_.Intern(key);
  if (next.asset == asset_first_job_.size()) asset_first_job_.push_back(kNone);
  next.first_callback = r.first_callback;
  next.mark = r.mark;

  // Most changes (a check-in, a completion) keep the technician, the window and the
  // asset: only what moved is re-filed.
  const bool was = r.Has(kPresent);
  const bool same_tech = was && r.tech == next.tech;
  const bool move_arrival = !same_tech || r.ScoresArrival() != next.ScoresArrival() ||
                            r.window_start != next.window_start;
  const bool move_completion = !same_tech || r.ScoresCompletion() != next.ScoresCompletion() ||
                               r.completed != next.completed;
  // Whether this job is a repeat of the others on its asset depends on its type, creation
  // and asset only.
  const bool same_repair_facts =
      was && r.asset == next.asset && r.type == next.type && r.created == next.created;
  if (was) {
    Unlist(index, move_arrival, move_completion);
    if (!same_repair_facts && r.asset != kNone) {
      // A repair leaving the asset may have been its other jobs' repeat.
      if (r.Type() == JobType::kRepair) TouchAsset(r.asset);
      std::uint32_t* link = &asset_first_job_[r.asset];
      while (*link != index) link = &jobs_[*link].next_on_asset;
      *link = r.next_on_asset;
    }
    next.next_on_asset = r.next_on_asset;
  } else {
    ++present_jobs_;
  }
  r = next;
  if (!same_repair_facts && r.asset != kNone) {
    r.next_on_asset = asset_first_job_[r.asset];
    asset_first_job_[r.asset] = index;
    // A repair arriving on the asset may be the repeat of the jobs already there.
    if (r.Type() == JobType::kRepair) TouchAsset(r.asset);
  } else if (!same_repair_facts) {
    r.next_on_asset = kNone;
  }
  List(index, !was || move_arrival, !was || move_completion);
  // The job's own first later repair may have moved with its completion.
  if (r.mark != epoch_) {
    r.mark = epoch_;
    touched_.push_back(index);
  }
}

void IncrementalScorer::DeriveRepeat(std::uint32_t job) {
  JobRec& r = jobs_[job];
  r.flags &= static_cast<std::uint8_t>(~kHasRepeat);
  if (!r.ScoresCompletion() || r.asset == kNone) return;
  // The earliest other repair on the asset created in a later second than the completion
  // (ScoringData::FirstLaterRepair); only its creation second matters to the rule.
  const std::int64_t completed_s = ToSeconds(r.completed);
  for (std::uint32_t o = asset_first_job_[r.asset]; o != kNone; o = jobs_[o].next_on_asset) {
    const JobRec& other = jobs_[o];
    if (o == job || other.Type() != JobType::kRepair) continue;
    if (ToSeconds(other.created) <= completed_s) continue;
    if (!r.Has(kHasRepeat) || ToSeconds(other.created) < ToSeconds(r.repeat_created)) {
      r.repeat_created = other.created;
      r.flags |= kHasRepeat;
    }
  }
}

void IncrementalScorer::UpsertCallBack(const CallBack& cb) {
  const std::uint32_t index = callback_ids_.Intern(cb.id);
  if (index == callbacks_.size()) callbacks_.emplace_back();
  if (const std::uint32_t old = callbacks_[index].job; old != kNone) {
    std::uint32_t* link = &jobs_[old].first_callback;
    while (*link != index) link = &callbacks_[*link].next;
    *link = callbacks_[index].next;
  }
  // A call-back may arrive before its job: the job's slot is made and waits for it.
  const std::uint32_t job = job_ids_.Intern(cb.job_id);
  if (job == jobs_.size()) jobs_.emplace_back();

  CallBackRec& c = callbacks_[index];
  c = CallBackRec{};
  c.at = cb.at;
  c.job = job;
  if (cb.reached) c.flags |= kReached;
  if (cb.score) {
    c.flags |= kHasScore;
    c.score = static_cast<std::int8_t>(std::clamp(*cb.score, -128, 127));
  }
  if (cb.problem_returned) {
    c.flags |= kHasProblemReturned;
    if (*cb.problem_returned) c.flags |= kProblemReturned;
  }
  if (cb.nps) {
    c.flags |= kHasNps;
    c.nps = static_cast<std::int8_t>(std::clamp(*cb.nps, -128, 127));
  }
  if (cb.complaint) {
    c.flags |= kHasComplaint;
    c.complaint = static_cast<std::uint8_t>(*cb.complaint);
  }
  // In (at second, id) order, as CallBackBefore sorts them.
  auto before = [&](std::uint32_t a, std::uint32_t b) {
    const std::int64_t sa = ToSeconds(callbacks_[a].at), sb = ToSeconds(callbacks_[b].at);
    return sa != sb ? sa < sb : callback_ids_.At(a) < callback_ids_.At(b);
  };
  std::uint32_t* link = &jobs_[job].first_callback;
  while (*link != kNone && before(*link, index)) link = &callbacks_[*link].next;
  c.next = *link;
  *link = index;
}

void IncrementalScorer::UpsertShift(const Shift& shift) {
  const std::uint32_t index = shift_ids_.Intern(shift.id);
  if (index == shifts_.size()) shifts_.emplace_back();
  auto start_of = [&](std::uint32_t i) { return shifts_[i].start; };
  if (const std::uint32_t old = shifts_[index].tech; old != kNone) {
    Erase(techs_[old].shifts_by_start, shifts_[index].start, index, start_of);
  }
  const std::uint32_t tech = TechIndex(shift.technician);
  ShiftRec& s = shifts_[index];
  s.start = shift.start;
  s.check_in = shift.check_in.value_or(0);
  s.has_check_in = shift.check_in.has_value();
  s.approved_leave = shift.approved_leave;
  s.tech = tech;
  Insert(techs_[tech].shifts_by_start, s.start, index, start_of);
}

// ---- reading ------------------------------------------------------------------------------

void IncrementalScorer::Materialize(const JobRec& r, Job& out) const {
  out.type = r.Type();
  out.status = r.Status();
  out.created = r.created;
  out.window.reset();
  if (r.Has(kHasWindow)) out.window = TimeWindow{r.window_start, r.window_end};
  out.arrival.reset();
  if (r.Has(kHasArrival)) out.arrival = r.arrival;
  out.arrival_verified = r.Has(kArrivalVerified);
  out.completed.reset();
  if (r.Has(kHasCompleted)) out.completed = r.completed;
  out.first_visit_resolved = r.Has(kFirstVisitResolved);
  out.excusal.reset();
  if (r.Has(kExcused)) out.excusal.emplace();
}

void IncrementalScorer::AddArrival(std::uint32_t job, Evaluation& e, KpiCounts& out) const {
  Materialize(jobs_[job], e.job);
  if (auto a = EvaluateArrival(e.job, policy_, now_)) out.AddArrival(*a, +1);
}

void IncrementalScorer::AddCompletion(std::uint32_t job, Evaluation& e, KpiCounts& out) const {
  const JobRec& r = jobs_[job];
  Materialize(r, e.job);
  e.callbacks.clear();
  for (std::uint32_t c = r.first_callback; c != kNone; c = callbacks_[c].next) {
    const CallBackRec& rec = callbacks_[c];
    CallBack& cb = e.callbacks.emplace_back();
    cb.at = rec.at;
    cb.reached = (rec.flags & kReached) != 0;
    if (rec.flags & kHasScore) cb.score = rec.score;
    if (rec.flags & kHasProblemReturned) cb.problem_returned = (rec.flags & kProblemReturned) != 0;
    if (rec.flags & kHasNps) cb.nps = rec.nps;
    if (rec.flags & kHasComplaint) cb.complaint = static_cast<ComplaintCategory>(rec.complaint);
  }
  e.pointers.clear();
  for (const CallBack& cb : e.callbacks) e.pointers.push_back(&cb);
  const Job* repeat = nullptr;
  if (r.Has(kHasRepeat)) {
    e.repeat.created = r.repeat_created;
    repeat = &e.repeat;
  }
  if (auto c = EvaluateCompletion(e.job, repeat, e.pointers, policy_, now_)) {
    out.AddCompletion(*c, +1);
  }
}

void IncrementalScorer::AddShift(std::uint32_t shift, KpiCounts& out) const {
  const ShiftRec& r = shifts_[shift];
  Shift s;
  s.start = r.start;
  if (r.has_check_in) s.check_in = r.check_in;
  s.approved_leave = r.approved_leave;
  out.AddAttendance(EvaluateAttendance(s, policy_, now_), +1);
}

bool IncrementalScorer::Excused(std::string_view job_id) const {
  const auto index = job_ids_.Find(job_id);
  return index && *index < jobs_.size() && jobs_[*index].Has(kPresent) &&
         jobs_[*index].Has(kExcused);
}

KpiCounts IncrementalScorer::Counts(std::string_view technician, TimeMs start, TimeMs end) const {
  KpiCounts out;
  const auto tech = tech_names_.Find(technician);
  if (!tech) return out;
  const TechLists& t = techs_[*tech];
  Evaluation e;
  auto [a0, a1] =
      Range(t.by_window_start, start, end, [&](std::uint32_t i) { return jobs_[i].window_start; });
  for (std::size_t i = a0; i < a1; ++i) AddArrival(t.by_window_start[i].index, e, out);
  auto [c0, c1] =
      Range(t.by_completed, start, end, [&](std::uint32_t i) { return jobs_[i].completed; });
  for (std::size_t i = c0; i < c1; ++i) AddCompletion(t.by_completed[i].index, e, out);
  auto [s0, s1] =
      Range(t.shifts_by_start, start, end, [&](std::uint32_t i) { return shifts_[i].start; });
  for (std::size_t i = s0; i < s1; ++i) AddShift(t.shifts_by_start[i].index, out);
  out.Normalize();
  return out;
}

Scorecard IncrementalScorer::TechnicianScorecard(const std::string& technician,
                                                 const Period& period) const {
  return ScorecardFromCounts(Counts(technician, period.start, period.end), policy_,
                             Scope{Scope::Kind::kTechnician, technician}, period, now_);
}

BucketedCounts IncrementalScorer::Snapshot(PeriodKind kind) const {
  PeriodBucketer bucketer(kind, tz_);
  BucketedCounts out;
  Evaluation e;
  for (std::uint32_t t = 0; t < techs_.size(); ++t) {
    const std::string name(tech_names_.At(t));
    auto at = [&](TimeMs when) -> KpiCounts& {
      return out[BucketKey{name, bucketer.BucketStart(when)}];
    };
    for (const auto& [_, j] : techs_[t].by_window_start) {
      AddArrival(j, e, at(jobs_[j].window_start));
    }
    for (const auto& [_, j] : techs_[t].by_completed) AddCompletion(j, e, at(jobs_[j].completed));
    for (const auto& [_, i] : techs_[t].shifts_by_start) AddShift(i, at(shifts_[i].start));
  }
  for (auto& [key, c] : out) c.Normalize();
  return out;
}

}  // namespace fieldledger::scoring
