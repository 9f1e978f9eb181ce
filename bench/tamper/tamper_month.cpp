#include "tamper/tamper_month.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "fieldledger/core/sha256.h"
#include "fieldledger/core/uuid.h"
#include "fieldledger/signature/codec.h"
#include "signature/ink_fixtures.h"

namespace fieldledger::tamper {
namespace {

constexpr double kCityLat = 31.2304;
constexpr double kCityLon = 121.4737;
constexpr double kMetresPerDegreeLat = 111'195.0;
constexpr DurationMs kNetworkLatency = 80;

const char* const kKindNames[kKindCount] = {
    "clock_back",    "clock_ahead",          "clock_changed_mid_shift", "reboot_while_offline",
    "outside_fence", "widened_accuracy",     "mock_location",           "moved_signature",
    "edited_event",  "other_technicians_job"};

// The point `metres` from (lat, lon) on `bearing` (radians): flat-Earth offsets, far
// below GPS error at these distances.
std::pair<double, double> Offset(double lat, double lon, double metres, double bearing) {
  const double dlat = metres * std::cos(bearing) / kMetresPerDegreeLat;
  const double dlon =
      metres * std::sin(bearing) / (kMetresPerDegreeLat * std::cos(lat * M_PI / 180.0));
  return {lat + dlat, lon + dlon};
}

// A handwriting-like signature, different for every `variant`, that passes the
// signature rules (the tests' cursive fixture with its curves shifted).
std::string SignatureStrokes(int variant) {
  return signature::Encode(signature::testing::MakeCursiveInk(3, 100, false, variant * 0.37)).bytes;
}

// One thing the technician does, before clocks, sequence and chain are stamped on it.
struct Action {
  TimeMs at = 0;  // the true instant
  v1::DeviceEvent event;
  // The position the phone reports; nullopt: no fix at all.
  std::optional<v1::GeoFix> fix;
  int expectation = -1;  // index into Month::expectations carrying this event's id
  bool carries_chain_break = false;
};

// A phone's clocks through one day: boots, honest drift and the technician's changes.
struct PhoneClock {
  struct Boot {
    TimeMs began;
    std::string id;
  };
  std::vector<Boot> boots;  // in time order
  DurationMs drift = 0;
  struct Shift {
    TimeMs from, to;
    DurationMs by;
  };
  std::vector<Shift> shifts;  // wall clock changed by `by` over [from, to)

  v1::DeviceClock At(TimeMs t) const {
    const Boot* boot = &boots.front();
    for (const auto& b : boots) {
      if (b.began <= t) boot = &b;
    }
    DurationMs offset = drift;
    for (const auto& s : shifts) {
      if (t >= s.from && t < s.to) offset += s.by;
    }
    v1::DeviceClock c;
    c.set_wall_time_ms(t + offset);
    c.set_monotonic_ms(t - boot->began);
    c.set_boot_id(boot->id);
    return c;
  }
};

class Generator {
 public:
  Generator(const MonthOptions& o, const SummaryHash& hash) : o_(o), hash_(hash), rng_(o.seed) {}

  Month Run() {
    // Sites and windows first: a check-in on a colleague's job needs that job to exist.
    for (int d = 0; d < o_.days; ++d) {
      for (int t = 0; t < o_.technicians; ++t) AddJobs(t, d);
    }
    sequence_.assign(o_.technicians, 0);
    previous_hash_.assign(o_.technicians, "");
    for (int d = 0; d < o_.days; ++d) {
      for (int t = 0; t < o_.technicians; ++t) month_.days.push_back(Day(t, d));
    }
    return std::move(month_);
  }

 private:
  double Uniform(double lo, double hi) { return std::uniform_real_distribution<>(lo, hi)(rng_); }
  bool Chance(double p) { return Uniform(0, 1) < p; }
  int Below(int n) { return std::uniform_int_distribution<>(0, n - 1)(rng_); }

  TimeMs DayStart(int d) const {
    return o_.month_start + d * kDayMs;  // month_start is the company's midnight
  }
  const SiteJob& Job(int t, int d, int j) const {
    return month_.jobs[(static_cast<std::size_t>(d) * o_.technicians + t) * o_.jobs_per_day + j];
  }

  void AddJobs(int t, int d) {
    static constexpr int kStartHour[] = {9, 11, 14, 16, 8, 10, 13, 15};
    for (int j = 0; j < o_.jobs_per_day; ++j) {
      SiteJob job;
      char id[64];
      std::snprintf(id, sizeof id, "t%03d-d%02d-j%d", t, d, j);
      job.id = id;
      job.technician = t;
      job.day = d;
      const auto [lat, lon] = Offset(kCityLat, kCityLon, Uniform(0, 15'000), Uniform(0, 2 * M_PI));
      job.latitude = lat;
      job.longitude = lon;
      const TimeMs start = DayStart(d) + kStartHour[j % 8] * kHourMs;
      job.window = {start, start + 2 * kHourMs};
      job.created = DayStart(d) - 12 * kHourMs;  // booked the day before
      month_.jobs.push_back(job);
    }
  }

  // An honest phone's fix at `site`: usually a few tens of metres off with a satellite
  // time; sometimes at the edge of the fence, sometimes a network fix (no satellite
  // time), rarely none at all (indoors).
  std::optional<v1::GeoFix> HonestFix(const SiteJob& site, TimeMs at) {
    if (Chance(0.005)) return std::nullopt;
    v1::GeoFix f;
    const double roll = Uniform(0, 1);
    double accuracy, distance;
    if (roll < 0.85) {
      accuracy = Uniform(4, 35);
      distance = Uniform(0, 80);
    } else if (roll < 0.95) {  // at the fence: inside by the rule (radius + accuracy)
      accuracy = Uniform(20, 80);
      distance = Uniform(150, 200 + 0.9 * accuracy);
    } else {  // a poor fix, still usable
      accuracy = Uniform(100, 450);
      distance = Uniform(0, 150);
    }
    const auto [lat, lon] = Offset(site.latitude, site.longitude, distance, Uniform(0, 2 * M_PI));
    f.set_present(true);
    f.set_latitude(lat);
    f.set_longitude(lon);
    f.set_accuracy_m(accuracy);
    if (Chance(0.9)) f.set_fix_time_ms(at - static_cast<TimeMs>(Uniform(0, 90'000)));
    return f;
  }

  Action CheckIn(const SiteJob& job, TimeMs at) {
    Action a;
    a.at = at;
    a.event.set_job_id(job.id);
    a.event.mutable_check_in();
    a.fix = HonestFix(job, at);
    return a;
  }

  int Expect(Kind kind, bool honest, const std::string& job, int t) {
    Expectation e;
    e.kind = kind;
    e.honest = honest;
    e.job_id = job;
    e.technician = t;
    month_.expectations.push_back(e);
    return static_cast<int>(month_.expectations.size()) - 1;
  }

  DeviceDay Day(int t, int d) {
    DeviceDay out;
    out.technician = t;
    out.day = d;
    PhoneClock clock;
    const TimeMs day = DayStart(d);
    clock.boots.push_back({day + 7 * kHourMs + static_cast<TimeMs>(Uniform(0, 30 * kMinuteMs)),
                           TechnicianId(t) + "-d" + std::to_string(d) + "-boot0"});
    clock.drift = static_cast<DurationMs>(Uniform(-20'000, 20'000));
    if (Chance(0.05)) {  // an honest reboot at lunch, offline
      clock.boots.push_back(
          {day + 13 * kHourMs, TechnicianId(t) + "-d" + std::to_string(d) + "-boot1"});
    }

    std::optional<Kind> trick;
    if (Chance(o_.tampered_day_share)) trick = static_cast<Kind>(Below(kKindCount));
    const int last = o_.jobs_per_day - 1;
    int target = -1;
    if (trick) {
      switch (*trick) {
        case Kind::kClockChangedMidShift:
        case Kind::kRebootWhileOffline:
          target = last;
          break;
        case Kind::kEditedEvent:
          target = Below(last);  // an event follows it
          break;
        case Kind::kMovedSignature:
          target = 2 % o_.jobs_per_day;
          break;
        default:
          target = Below(o_.jobs_per_day);
      }
    }

    std::vector<Action> actions;
    std::vector<TimeMs> arrival(o_.jobs_per_day);
    for (int j = 0; j < o_.jobs_per_day; ++j) {
      const SiteJob& job = Job(t, d, j);
      arrival[j] = job.window.start + static_cast<TimeMs>(Uniform(-15, 90) * kMinuteMs);
      Action a = CheckIn(job, arrival[j]);
      const bool tampered_arrival = trick && j == target && *trick != Kind::kMovedSignature &&
                                    *trick != Kind::kOtherTechniciansJob;
      a.expectation =
          Expect(tampered_arrival ? *trick : Kind::kClockBack, !tampered_arrival, job.id, t);
      month_.expectations[a.expectation].tampered_day = trick.has_value();
      if (tampered_arrival) Tamper(*trick, job, a, clock);
      actions.push_back(std::move(a));
    }
    if (trick == Kind::kEditedEvent) {
      // The event after the edited one names its original hash: the break is found there.
      month_.expectations[actions[target].expectation].chain_break_job = Job(t, d, target + 1).id;
    }
    if (trick == Kind::kMovedSignature) {
      const std::string strokes = SignatureStrokes(t * 1000 + d);
      out.blobs.push_back({Sha256Hex(strokes), "signature", strokes});
      AddSignedVisit(actions, Job(t, d, 0), arrival[0], strokes, -1);
      const int e = Expect(Kind::kMovedSignature, false, Job(t, d, target).id, t);
      AddSignedVisit(actions, Job(t, d, target), arrival[target], strokes, e);
    }
    if (trick == Kind::kOtherTechniciansJob) {
      const SiteJob& theirs = Job((t + 1) % o_.technicians, d, last);
      Action a = CheckIn(theirs, theirs.window.start - 10 * kMinuteMs);
      a.expectation = Expect(Kind::kOtherTechniciansJob, false, theirs.id, t);
      month_.expectations[a.expectation].colleague_job = theirs.id;
      actions.push_back(std::move(a));
    }

    std::stable_sort(actions.begin(), actions.end(),
                     [](const Action& a, const Action& b) { return a.at < b.at; });
    out.send_at = day + 19 * kHourMs + t * 15 * kSecondMs;
    auto& batch = out.batch;
    batch.set_protocol_version(1);
    batch.set_device_id(DeviceId(t));
    *batch.mutable_sent_clock() = clock.At(out.send_at - kNetworkLatency);
    for (auto& a : actions) {
      auto& e = a.event;
      if (e.event_id().empty()) e.set_event_id(NewUuidV7(a.at));
      e.set_sequence(++sequence_[t]);
      *e.mutable_clock() = clock.At(a.at);
      if (a.fix) {
        *e.mutable_position() = *a.fix;
      } else {
        e.mutable_position()->set_present(false);
      }
      e.set_previous_event_sha256(previous_hash_[t]);
      previous_hash_[t] = Sha256Hex(e.SerializeAsString());
      if (a.expectation >= 0) month_.expectations[a.expectation].event_id = e.event_id();
    }
    // Editing the phone's database after recording: the arrival's clocks are moved back
    // together (so the monotonic correction cannot see it), but the next event still
    // names the hash of the event as it was recorded.
    if (trick == Kind::kEditedEvent) {
      for (auto& a : actions) {
        if (a.event.job_id() != Job(t, d, target).id || !a.event.has_check_in()) continue;
        const DurationMs by = static_cast<DurationMs>(Uniform(10, 60) * kMinuteMs);
        auto* c = a.event.mutable_clock();
        c->set_wall_time_ms(c->wall_time_ms() - by);
        c->set_monotonic_ms(std::max<std::int64_t>(0, c->monotonic_ms() - by));
      }
    }
    for (auto& a : actions) *batch.add_events() = std::move(a.event);
    return out;
  }

  // Work recorded 20 min after arriving and the customer's signature 10 min later.
  void AddSignedVisit(std::vector<Action>& actions, const SiteJob& job, TimeMs arrived,
                      const std::string& strokes, int expectation) {
    Action work;
    work.at = arrived + 20 * kMinuteMs;
    work.event.set_job_id(job.id);
    auto* w = work.event.mutable_work_recorded();
    w->add_fault_types("screen");
    w->set_notes("replaced the glass");
    w->set_resolved(true);
    work.fix = HonestFix(job, work.at);
    // The work record's id is part of the summary: fix it now.
    work.event.set_event_id(NewUuidV7(work.at));
    Action done;
    done.at = arrived + 30 * kMinuteMs;
    done.event.set_job_id(job.id);
    auto* c = done.event.mutable_completed();
    c->set_signature_sha256(Sha256Hex(strokes));
    c->set_signer_name("Customer " + job.id);
    c->set_work_event_id(work.event.event_id());
    c->set_visit_summary_sha256(hash_(job, work.event));
    done.fix = HonestFix(job, done.at);
    done.expectation = expectation;
    actions.push_back(std::move(work));
    actions.push_back(std::move(done));
  }

  void Tamper(Kind kind, const SiteJob& job, Action& a, PhoneClock& clock) {
    const auto minutes = [&](double lo, double hi) {
      return static_cast<DurationMs>(Uniform(lo, hi) * kMinuteMs);
    };
    switch (kind) {
      case Kind::kClockBack:
        clock.shifts.push_back({a.at - kMinuteMs, a.at + kMinuteMs, -minutes(3, 12 * 60)});
        break;
      case Kind::kClockAhead:
        clock.shifts.push_back({a.at - kMinuteMs, a.at + kMinuteMs, minutes(3, 12 * 60)});
        break;
      case Kind::kClockChangedMidShift:  // and left so until the evening's sync
        clock.shifts.push_back({a.at - 5 * kMinuteMs, a.at + kDayMs, -minutes(3, 12 * 60)});
        break;
      case Kind::kRebootWhileOffline: {
        clock.shifts.push_back({a.at - kMinuteMs, a.at + kMinuteMs, -minutes(3, 12 * 60)});
        const TimeMs reboot = a.at + 2 * kMinuteMs + 40 * kSecondMs;
        clock.boots.push_back({reboot, clock.boots.front().id + "-after-reboot"});
        break;
      }
      case Kind::kOutsideFence: {
        const auto [lat, lon] =
            Offset(job.latitude, job.longitude, Uniform(300, 5'000), Uniform(0, 2 * M_PI));
        a.fix = v1::GeoFix();
        a.fix->set_present(true);
        a.fix->set_latitude(lat);
        a.fix->set_longitude(lon);
        a.fix->set_accuracy_m(Uniform(5, 50));
        a.fix->set_fix_time_ms(a.at - 20'000);
        break;
      }
      case Kind::kWidenedAccuracy: {
        const double far = Uniform(2'000, 50'000);
        const auto [lat, lon] = Offset(job.latitude, job.longitude, far, Uniform(0, 2 * M_PI));
        a.fix = v1::GeoFix();
        a.fix->set_present(true);
        a.fix->set_latitude(lat);
        a.fix->set_longitude(lon);
        a.fix->set_accuracy_m(far + Uniform(0, 200));
        break;
      }
      case Kind::kMockLocation: {
        const auto [lat, lon] =
            Offset(job.latitude, job.longitude, Uniform(0, 50), Uniform(0, 2 * M_PI));
        a.fix = v1::GeoFix();
        a.fix->set_present(true);
        a.fix->set_latitude(lat);
        a.fix->set_longitude(lon);
        a.fix->set_accuracy_m(Uniform(3, 15));
        a.fix->set_mock(true);
        a.fix->set_fix_time_ms(a.at);
        break;
      }
      default:
        break;  // the others are applied after the chain is built, or are extra events
    }
  }

  const MonthOptions& o_;
  const SummaryHash& hash_;
  std::mt19937 rng_;
  Month month_;
  std::vector<std::int64_t> sequence_;
  std::vector<std::string> previous_hash_;
};

}  // namespace

const char* KindName(Kind k) { return kKindNames[static_cast<int>(k)]; }

std::string TechnicianId(int t) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "tech%03d", t);
  return buf;
}
std::string DeviceId(int t) { return "phone-" + TechnicianId(t); }

Month GenerateMonth(const MonthOptions& options, const SummaryHash& summary_hash) {
  return Generator(options, summary_hash).Run();
}

}  // namespace fieldledger::tamper
