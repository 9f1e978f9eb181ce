// fieldledger-demo: the headless demo. Three simulated technician devices pull their
// week of jobs, go offline, check in at each job as the week goes by (some early, most
// on time, some late, a few never), come back online and sync; then a manager reads
// the server's scorecards, which must match what the devices did.
#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "fieldledger/scoring/period.h"
#include "fieldledger/service_policy/canonical.h"
#include "fieldledger/service_policy/default_policy.h"
#include "fieldledger/service_policy/evaluate.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/scoring.grpc.pb.h"
#include "technician_device.h"

namespace {

using namespace fieldledger;
using namespace fieldledger::device;

TimeMs RealNow() { return SystemNowMs(); }

struct Expected {
  int early = 0, on_time = 0, late = 0, no_show = 0, pending = 0;
  int shifts_attended = 0, shifts_due = 0;  // attendance: on time / scheduled, leave excluded
  int Numerator() const { return early + on_time; }
  int Denominator() const { return early + on_time + late + no_show; }
};

// What the simulated technician does at the k-th job: minutes relative to the window.
enum class Plan { kEarly, kOnTime, kLate, kSkip };
Plan PlanFor(int k) {
  if (k % 7 == 5) return Plan::kSkip;
  if (k % 4 == 3) return Plan::kLate;
  if (k % 6 == 0) return Plan::kEarly;
  return Plan::kOnTime;
}

std::string Pct(int n, int d) {
  if (d == 0) return "no data";
  std::ostringstream s;
  s << std::fixed << std::setprecision(1) << 100.0 * n / d << "% (" << n << "/" << d << ")";
  return s.str();
}

// The fee the phone app would show for this work, from the built-in service policy (the
// demo company's), so the server's fee check agrees and the manager's revenue has figures.
void QuoteFee(const v1::Job& job, TimeMs visit, v1::WorkRecorded& work) {
  namespace sp = fieldledger::service_policy;
  const sp::Policy& policy = sp::DefaultPolicy();
  sp::JobFacts facts;
  facts.product_name = job.product();
  facts.category = job.product_category();
  facts.serial = job.serial_number();
  facts.purchase_date = sp::Date::Parse(job.purchase_date()).value_or(sp::Date{0, 0, 0});
  if (!job.activation_date().empty())
    facts.activation_date = sp::Date::Parse(job.activation_date());
  facts.faults.assign(work.fault_types().begin(), work.fault_types().end());
  // The demo company's zone (server/app/demo_company.cpp): the server dates the visit there.
  facts.visit_date = sp::Date::Parse(fieldledger::scoring::FormatLocalDate(visit, "Asia/Shanghai"))
                         .value_or(sp::Date{0, 0, 0});
  const sp::Quote quote = sp::Evaluate(policy, facts);
  if (!quote.ok()) return;  // no fee shown: the office confirms it, as on the phone
  work.set_fee_total_fen(quote.fee_total_fen);
  work.set_service_policy_id(policy.id);
  work.set_service_policy_version(policy.version);
  work.set_quote_sha256(sp::CanonicalDigest(quote));
}

// A work item of the job's type as the policy lists them (the second when there are
// several: disassembly repair on a phone or TV repair), as a technician would tick it.
std::string DemoWorkItem(const v1::Job& job) {
  namespace sp = fieldledger::service_policy;
  const char* kind = job.type() == v1::JOB_TYPE_INSTALLATION  ? "installation"
                     : job.type() == v1::JOB_TYPE_MAINTENANCE ? "maintenance"
                                                              : "repair";
  const auto items = sp::DefaultPolicy().WorkItemsFor(kind, job.product_category());
  if (items.empty()) return "disassembly_repair";
  return items[items.size() > 1 ? 1 : 0]->id;
}

struct Options {
  std::string server = "127.0.0.1:50051";
  std::string workdir = "fieldledger-demo-devices";
  std::string password = "fieldledger-demo";
  // Only the phones' week: no simulated call-backs, so the call-back desk has a queue.
  bool phones_only = false;
  TransportOptions transport;  // --ca FILE, --insecure
};

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--server" && i + 1 < argc) {
      o.server = argv[++i];
    } else if (a == "--workdir" && i + 1 < argc) {
      o.workdir = argv[++i];
    } else if (a == "--phones-only") {
      o.phones_only = true;
    } else if (a == "--ca" && i + 1 < argc) {
      o.transport.ca_file = argv[++i];
    } else if (a == "--insecure") {
      o.transport.insecure = true;
    } else {
      std::cerr << "usage: fieldledger-demo [--server HOST:PORT] [--ca FILE | --insecure]\n"
                   "                        [--workdir DIR] [--phones-only]\n"
                   "  --ca FILE   the CA certificate the server's TLS certificate must chain to\n"
                   "              (default: $FIELDLEDGER_CA_FILE, else the system's roots)\n"
                   "  --insecure  plaintext, for a server started with --insecure\n";
      return 2;
    }
  }
  std::filesystem::remove_all(o.workdir);
  std::filesystem::create_directories(o.workdir);
  TimeMs now = RealNow();
  std::map<std::string, Expected> expected;
  std::map<std::string, std::string> user_ids;
  TimeMs period_start = now, period_end = 0;
  std::vector<std::string> completed_jobs;

  for (std::string tech : {"tech1", "tech2", "tech3"}) {
    // The simulated phone booted ten days ago; its clock starts a week back in time.
    const TimeMs week_ago = now - 7 * kDayMs;
    ManualClock clock(week_ago, 3 * kDayMs, "sim-boot-" + tech);
    TechnicianDevice device(o.workdir + "/" + tech + ".db", o.server, clock, o.transport);
    auto login = device.Login(tech, o.password);
    if (!login.ok) {
      std::cerr << tech << ": login failed: " << login.error << "\n";
      return 1;
    }
    user_ids[tech] = device.UserId();
    auto first = device.Sync([](const SyncProgress&) {});
    if (!first.ok) {
      std::cerr << tech << ": first sync failed: " << first.error << "\n";
      return 1;
    }
    auto jobs = device.store().Jobs();
    if (tech == "tech1") {
      // A window closing right now would be "pending" here and a "no-show" at the
      // server a moment later; wait until it has clearly closed (at most ~3 minutes).
      for (const auto& lj : jobs) {
        const TimeMs end = lj.job.window().end_ms();
        if (end > now - kMinuteMs && end < now + 2 * kMinuteMs) {
          std::cout << "(waiting for a window that closes now, so both sides agree)" << std::endl;
          std::this_thread::sleep_for(std::chrono::milliseconds(end + 70 * kSecondMs - now));
          now = RealNow();
        }
      }
    }
    // The week's shifts, fetched while online, as the phone's shift card does.
    std::string shift_error;
    auto shifts = device.FetchMyShifts(now - 8 * kDayMs, now, &shift_error);
    if (!shifts) {
      std::cerr << tech << ": shifts failed: " << shift_error << "\n";
      return 1;
    }
    std::cout << "[" << tech << "] " << device.DisplayName() << " pulled " << jobs.size()
              << " jobs and " << shifts->shifts_size() << " shifts, going offline" << std::endl;
    Expected& e = expected[tech];
    // Start of each shift, recorded offline when the simulated day gets there: mostly a few
    // minutes early, every fifth a quarter of an hour late; none on leave.
    int next_shift = 0;
    auto start_shifts_until = [&](TimeMs until) {
      for (; next_shift < shifts->shifts_size(); ++next_shift) {
        const auto& s = shifts->shifts(next_shift);
        const bool late = (next_shift + static_cast<int>(tech.back())) % 5 == 3;
        const TimeMs at = s.start_ms() + (late ? 15 : -5) * kMinuteMs;
        if (at >= until) return;
        if (s.approved_leave()) continue;
        if (at < clock.WallMs() || at >= now - kMinuteMs) continue;
        clock.Advance(at - clock.WallMs());
        device.StartShift(Fix{true, 31.2304, 121.4737, 20, false});
        if (!late) ++e.shifts_attended;
      }
    };
    int k = 0;
    for (const auto& lj : jobs) {
      const auto& w = lj.job.window();
      period_start = std::min(period_start, w.start_ms());
      period_end = std::max(period_end, w.start_ms() + 1);
      const Plan plan = PlanFor(k++);
      TimeMs at = 0;
      switch (plan) {
        case Plan::kEarly:
          at = w.start_ms() - 15 * kMinuteMs;
          break;
        case Plan::kOnTime:
          at = w.start_ms() + (20 + (k % 5) * 5) * kMinuteMs;
          break;
        case Plan::kLate:
          at = w.end_ms() + (10 + 7 * (k % 3)) * kMinuteMs;
          break;
        case Plan::kSkip:
          at = 0;
          break;
      }
      // Only the past can be replayed: a visit planned after now has not happened yet.
      const bool happened = at != 0 && at < now - kMinuteMs && at >= clock.WallMs();
      if (!happened) {
        if (w.end_ms() < now - kMinuteMs) {
          ++e.no_show;
        } else {
          ++e.pending;
        }
        continue;
      }
      start_shifts_until(at);
      clock.Advance(at - clock.WallMs());
      Fix fix{true, lj.job.site().latitude() + 0.0002, lj.job.site().longitude(), 12, false};
      device.CheckIn(lj.job.id(), fix);
      if (plan == Plan::kEarly)
        ++e.early;
      else if (plan == Plan::kOnTime)
        ++e.on_time;
      else
        ++e.late;
      // The simulated clock must never run ahead of the real one: the server would see
      // a device clock set fast and rightly mark every arrival unverified.
      if (clock.WallMs() + 40 * kMinuteMs < now - kMinuteMs) {
        clock.Advance(40 * kMinuteMs);
        v1::WorkRecorded work;
        work.add_fault_types(DemoWorkItem(lj.job));
        work.set_notes("Replaced faulty part; tested with the customer");
        work.set_resolved(true);
        QuoteFee(lj.job, clock.WallMs(), work);
        device.RecordWork(lj.job.id(), work, fix);
        v1::Completed done;
        done.set_signer_name(lj.job.customer_name());
        device.Complete(lj.job.id(), done, fix);
        completed_jobs.push_back(lj.job.id());
      }
    }
    start_shifts_until(now);
    // A shift that started in the past and was never checked in is an absence.
    // Every past shift not on leave counts: attended, late or never checked in (absent).
    for (const auto& s : shifts->shifts()) {
      if (!s.approved_leave() && s.start_ms() + 10 * kMinuteMs < now) ++e.shifts_due;
      period_start = std::min(period_start, s.start_ms());
      period_end = std::max(period_end, s.start_ms() + 1);
    }
    const int recorded = device.store().Counts().pending;
    // Back online: the phone's clock has caught up with today.
    clock.Advance(std::max<TimeMs>(0, RealNow() - clock.WallMs()));
    auto report = device.Sync();
    std::cout << "[" << tech << "] back online: " << recorded << " events recorded offline; sync "
              << (report.ok ? "ok" : "FAILED: " + report.error) << " (applied " << report.applied
              << ", duplicates " << report.duplicates << ", rejected " << report.rejected << ")"
              << std::endl;
    if (!report.ok || report.rejected > 0) return 1;
  }

  // The manager's view: the server's scorecards.
  auto channel = MakeChannel(o.server, o.transport);
  auto auth = v1::AuthService::NewStub(channel);
  auto scoring = v1::ScoringService::NewStub(channel);
  v1::LoginRequest lr;
  lr.set_username("manager");
  lr.set_password(o.password);
  v1::LoginResponse login;
  grpc::ClientContext lctx;
  if (auto s = auth->Login(&lctx, lr, &login); !s.ok()) {
    std::cerr << "manager login failed: " << s.error_message() << "\n";
    return 1;
  }
  // The call-back agent phones the customers of completed visits (unless a person will,
  // at the call-back desk).
  int callbacks = 0, reached = 0;
  if (!o.phones_only) {
    v1::LoginRequest cr;
    cr.set_username("callback");
    cr.set_password(o.password);
    v1::LoginResponse agent;
    grpc::ClientContext cctx;
    if (auto s = auth->Login(&cctx, cr, &agent); !s.ok()) {
      std::cerr << "call-back agent login failed: " << s.error_message() << "\n";
      return 1;
    }
    for (const auto& job_id : completed_jobs) {
      v1::RecordCallBackRequest req;
      req.set_job_id(job_id);
      const int k = callbacks++;
      req.set_reached(k % 6 != 2);  // some customers never pick up
      if (req.reached()) {
        ++reached;
        req.set_score(k % 5 == 1 ? 3 : (k % 3 == 0 ? 4 : 5));
        req.set_has_problem_returned(true);
        req.set_problem_returned(k % 9 == 4);
        req.set_nps(-1);
        req.set_comment(k % 5 == 1 ? "Came late, but fixed it" : "Polite and quick");
      } else {
        req.set_nps(-1);
      }
      v1::CallBack cb;
      grpc::ClientContext ctx;
      PrepareContext(ctx, agent.token(), o.transport);
      if (auto s = scoring->RecordCallBack(&ctx, req, &cb); !s.ok()) {
        std::cerr << "call-back failed: " << s.error_message() << "\n";
        return 1;
      }
    }
  }
  if (!o.phones_only) {
    std::cout << "\n[callback] " << callbacks << " customers called back, " << reached << " reached"
              << std::endl;
  }

  bool all_match = true;
  Expected company;
  std::cout << "\nServer scorecard, on-time arrival rate (period covering the demo week):\n";
  std::cout << std::left << std::setw(24) << "scope" << std::setw(22) << "server" << std::setw(22)
            << "devices did"
            << "early/on-time/late/no-show\n";
  std::ostringstream attendance_lines;
  attendance_lines << std::left;
  auto show = [&](const std::string& label, const v1::ScorecardRequest& req, const Expected& e) {
    v1::Scorecard card;
    grpc::ClientContext ctx;
    PrepareContext(ctx, login.token(), o.transport);
    auto s = scoring->GetScorecard(&ctx, req, &card);
    if (!s.ok()) {
      std::cerr << "scorecard failed: " << s.error_message() << "\n";
      all_match = false;
      return;
    }
    const auto& ot = card.on_time();
    const bool match = ot.rate().numerator() == e.Numerator() &&
                       ot.rate().denominator() == e.Denominator() && ot.late() == e.late &&
                       ot.no_show() == e.no_show;
    // Attendance comes from the phones' shift check-ins.
    const bool attendance_match = card.attendance().numerator() == e.shifts_attended &&
                                  card.attendance().denominator() == e.shifts_due;
    all_match = all_match && attendance_match;
    attendance_lines << std::setw(24) << label << std::setw(22)
                     << Pct(static_cast<int>(card.attendance().numerator()),
                            static_cast<int>(card.attendance().denominator()))
                     << std::setw(22) << Pct(e.shifts_attended, e.shifts_due)
                     << (attendance_match ? "  match" : "  MISMATCH") << "\n";
    all_match = all_match && match;
    std::cout << std::setw(24) << label << std::setw(22)
              << Pct(static_cast<int>(ot.rate().numerator()),
                     static_cast<int>(ot.rate().denominator()))
              << std::setw(22) << Pct(e.Numerator(), e.Denominator()) << ot.early() << "/"
              << ot.on_time() << "/" << ot.late() << "/" << ot.no_show()
              << (match ? "  match" : "  MISMATCH") << "\n";
  };
  for (const auto& [tech, e] : expected) {
    v1::ScorecardRequest req;
    req.set_technician_id(user_ids[tech]);
    req.mutable_period()->set_kind(v1::PERIOD_KIND_CUSTOM);
    req.mutable_period()->set_start_ms(period_start);
    req.mutable_period()->set_end_ms(period_end);
    show(tech, req, e);
    company.early += e.early;
    company.on_time += e.on_time;
    company.late += e.late;
    company.no_show += e.no_show;
    company.shifts_attended += e.shifts_attended;
    company.shifts_due += e.shifts_due;
  }
  v1::ScorecardRequest req;
  req.set_company(true);
  req.mutable_period()->set_kind(v1::PERIOD_KIND_CUSTOM);
  req.mutable_period()->set_start_ms(period_start);
  req.mutable_period()->set_end_ms(period_end);
  show("company", req, company);
  std::cout << "\nServer attendance rate (shifts checked in on time / scheduled), from the "
               "phones' shift check-ins:\n"
            << attendance_lines.str();
  std::cout << (all_match ? "\nThe server's scorecards match the devices' check-ins.\n"
                          : "\nMISMATCH between the server and the devices.\n");
  return all_match ? 0 : 1;
}
