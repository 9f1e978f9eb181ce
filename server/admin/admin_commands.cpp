#include "admin/admin_commands.h"

#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <stdexcept>

#include "admin/pay_report.h"
#include "admin/security_commands.h"
#include "admin/team_commands.h"
#include "app/app_error.h"
#include "app/attendance_logic.h"
#include "app/csv_jobs.h"
#include "app/demo_company.h"
#include "app/jobs_logic.h"
#include "app/pay_logic.h"
#include "app/period_request.h"
#include "app/scorecard_logic.h"
#include "app/time_text.h"
#include "auth/password_hasher.h"
#include "fieldledger/core/uuid.h"
#include "fieldledger/pay/pay_policy.h"
#include "fieldledger/scoring/policy_toml.h"
#include "fieldledger/service_policy/parse.h"
#include "rpc/gate.h"

namespace fieldledger::server::admin {

const std::string& Args::Get(const std::string& k) const {
  auto it = options.find(k);
  if (it == options.end()) throw std::invalid_argument(command + ": --" + k + " is required");
  return it->second;
}

std::string Args::GetOr(const std::string& k, const std::string& fallback) const {
  auto it = options.find(k);
  return it == options.end() ? fallback : it->second;
}

Args ParseArgs(const std::vector<std::string>& argv) {
  Args a;
  a.command = argv.at(0);
  for (std::size_t i = 1; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (arg.rfind("--", 0) != 0) throw std::invalid_argument("unexpected argument '" + arg + "'");
    const std::string key = arg.substr(2);
    if (i + 1 < argv.size() && argv[i + 1].rfind("--", 0) != 0) {
      a.options[key] = argv[++i];
    } else {
      a.options[key] = "";  // a bare flag
    }
  }
  return a;
}

void PrintUsage(std::ostream& out) {
  out << "usage: fieldledger-admin [--db DB] COMMAND [OPTIONS]\n"
         "  (DB: an SQLite file path or sqlite:FILE, default fieldledger.db; or a\n"
         "   PostgreSQL URI postgresql://...)\n"
         "  copy-to-postgresql --to URI [--company ID] [--verify-only]\n"
         "               copy the whole SQLite database DB into an empty PostgreSQL\n"
         "               database, then compare every table (rows and a checksum);\n"
         "               --company: only that company, into a database that may hold\n"
         "               others, compared over that company's rows\n"
         "  init-company --id ID --name NAME [--tz Asia/Shanghai]\n"
         "  add-team     --company ID --id ID --name NAME\n"
         "  add-user     --company ID --username U --name NAME --role ROLE [--team ID]\n"
         "               (password on standard input; roles: technician, dispatcher,\n"
         "                callback_agent, manager, admin)\n"
         "  set-password --username U   (new password on standard input)\n"
         "  add-job      --company ID --technician U --customer NAME --address TEXT\n"
         "               --lat DEG --lon DEG --start TIME --end TIME [--type repair]\n"
         "               [--phone P] [--product P] [--serial S] [--reference R]\n"
         "               [--category C] [--purchase-date YYYY-MM-DD]\n"
         "               [--activation-date YYYY-MM-DD]   (C: a service policy category,\n"
         "                e.g. phone, tv, aircon; the fee is quoted from these)\n"
         "  import-jobs  --company ID --csv FILE   (all or nothing; see docs/admin.md)\n"
         "  import-shifts --company ID --csv FILE [--policy FILE]   the shift schedule\n"
         "               (all or nothing; see docs/attendance.md)\n"
         "  list-jobs    --company ID [--technician U]\n"
         "  seed-demo    create the demo company if missing\n"
         "  scorecard    --company ID (--technician U | --team ID | --all) PERIOD\n"
         "               [--explain] [--csv FILE] [--policy FILE] [--as-of TIME]\n"
         "  ranking      --company ID [--metric on_time|retention|satisfaction|attendance|\n"
         "               first_time_fix] [--team ID] PERIOD [--policy FILE] [--as-of TIME]\n"
         "  pay          --company ID --date YYYY-MM-DD --pay-policy FILE [--policy FILE]\n"
         "               [--explain] [--csv FILE]   the month's pay (docs/pay.md)\n"
         "  validate-policy --file FILE   check a scoring policy; errors give line:column\n"
         "  validate-pay-policy --file FILE   check a pay policy\n"
         "  validate-service-policy --file FILE   check a fee and warranty policy\n";
  PrintSecurityUsage(out);
  PrintTeamUsage(out);
  out << "PERIOD is --period day|week|month --date YYYY-MM-DD, or --from TIME --to TIME.\n"
         "TIME is 'YYYY-MM-DD HH:MM' in the company's time zone, or with Z / +08:00.\n";
}

namespace {

Caller AdminCaller(StoreTx& tx, const std::string& company_id) {
  if (!tx.FindCompany(company_id)) {
    throw std::invalid_argument("company '" + company_id + "' does not exist");
  }
  return Caller{"admin-cli", company_id, "administrator (CLI)", "", Role::kAdmin, "", "admin CLI"};
}

std::string ReadPassword(std::istream& in) {
  std::string pw;
  std::getline(in, pw);
  if (auto reason = WeakPasswordReason(pw); !reason.empty()) throw std::invalid_argument(reason);
  return pw;
}

// --policy FILE selects a scoring policy; without it the built-in defaults apply.
scoring::ScoringPolicy LoadPolicyOption(const Args& a) {
  if (!a.Has("policy")) return {};
  auto loaded = scoring::LoadPolicyFile(a.Get("policy"));
  if (!loaded.policy) {
    std::string msg = "--policy is not valid:";
    for (const auto& e : loaded.errors)
      msg += "\n  " + scoring::FormatPolicyError(a.Get("policy"), e);
    throw std::invalid_argument(msg);
  }
  return *loaded.policy;
}

TimeMs ParseTimeOption(const Args& a, const std::string& key, const std::string& tz) {
  auto t = ParseTimeText(a.Get(key), tz);
  if (!t) throw std::invalid_argument("--" + key + ": '" + a.Get(key) + "' is not a time");
  return *t;
}

int InitCompany(Store& store, const Args& a, std::ostream& out) {
  const std::string tz = a.GetOr("tz", "Asia/Shanghai");
  if (!IsKnownTimeZone(tz)) throw std::invalid_argument("--tz: unknown time zone '" + tz + "'");
  store.Write([&](StoreTx& tx) {
    if (tx.FindCompany(a.Get("id"))) throw std::invalid_argument("company already exists");
    tx.InsertCompany({a.Get("id"), a.Get("name"), tz, SystemNowMs()});
  });
  out << "company " << a.Get("id") << " created (" << tz << ")\n";
  return 0;
}

int AddTeam(Store& store, const Args& a, std::ostream& out) {
  store.Write([&](StoreTx& tx) {
    AdminCaller(tx, a.Get("company"));
    tx.InsertTeam({a.Get("id"), a.Get("company"), a.Get("name")});
  });
  out << "team " << a.Get("id") << " created\n";
  return 0;
}

int AddUser(Store& store, const Args& a, std::istream& in, std::ostream& out) {
  auto role = ParseRole(a.Get("role"));
  if (!role) throw std::invalid_argument("--role: unknown role '" + a.Get("role") + "'");
  const std::string hash = HashPassword(ReadPassword(in));
  UserRecord u;
  u.id = NewUuidV7();
  store.Write([&](StoreTx& tx) {
    AdminCaller(tx, a.Get("company"));
    if (tx.FindUserByUsername(a.Get("username"))) {
      throw std::invalid_argument("username '" + a.Get("username") + "' is taken");
    }
    const std::string team = a.GetOr("team", "");
    if (!team.empty()) {
      auto t = tx.FindTeam(team);
      if (!t || t->company_id != a.Get("company")) throw std::invalid_argument("no team " + team);
    }
    u = {u.id,  a.Get("company"), a.Get("username"), a.Get("name"), *role, team, hash,
         false, SystemNowMs()};
    tx.InsertUser(u);
  });
  out << "user " << u.username << " (" << RoleName(u.role) << ") created with id " << u.id << "\n";
  return 0;
}

int SetPassword(Store& store, const Args& a, std::istream& in, std::ostream& out) {
  const std::string hash = HashPassword(ReadPassword(in));
  int ended = 0;
  store.Write([&](StoreTx& tx) {
    auto u = tx.FindUserByUsername(a.Get("username"));
    if (!u) throw std::invalid_argument("no user '" + a.Get("username") + "'");
    tx.UpdateUserPassword(u->id, hash);
    // Whoever knew the old password must not keep a session made with it.
    ended = EndSessionsAfter(store, tx, *u, "password_changed", SystemNowMs());
  });
  out << "password of " << a.Get("username") << " changed; " << ended
      << " session(s) ended at once\n";
  return 0;
}

int AddJob(Store& store, const Args& a, std::ostream& out) {
  JobsLogic logic(store);
  JobRecord created;
  store.Write([&](StoreTx& tx) {
    AdminCaller(tx, a.Get("company"));
    const std::string tz = tx.FindCompany(a.Get("company"))->time_zone;
    auto tech = tx.FindUserByUsername(a.Get("technician"));
    if (!tech) throw std::invalid_argument("no user '" + a.Get("technician") + "'");
    NewJob job;
    const std::string type = a.GetOr("type", "repair");
    job.type = ParseJobType(type);
    if (!job.type) throw std::invalid_argument("--type: unknown job type '" + type + "'");
    job.reference = a.GetOr("reference", "");
    job.customer_name = a.Get("customer");
    job.customer_phone = a.GetOr("phone", "");
    job.address = a.Get("address");
    job.latitude = std::stod(a.Get("lat"));
    job.longitude = std::stod(a.Get("lon"));
    job.window = {ParseTimeOption(a, "start", tz), ParseTimeOption(a, "end", tz)};
    job.technician_id = tech->id;
    job.product = a.GetOr("product", "");
    job.serial_number = a.GetOr("serial", "");
    job.product_category = a.GetOr("category", "");
    job.purchase_date = a.GetOr("purchase-date", "");
    job.activation_date = a.GetOr("activation-date", "");
    created = logic.CreateRecord(tx, a.Get("company"), job, SystemNowMs());
    JobsLogic::AuditCreated(tx, AdminCaller(tx, a.Get("company")), created, created.created_ms);
  });
  out << "job " << created.reference << " created with id " << created.id << "\n";
  return 0;
}

int ImportJobs(Store& store, const Args& a, std::ostream& out, std::ostream& err) {
  std::ifstream file(a.Get("csv"));
  if (!file) throw std::invalid_argument("cannot read '" + a.Get("csv") + "'");
  auto result = ImportJobsCsv(store, a.Get("company"), file, SystemNowMs());
  for (const auto& e : result.errors) err << a.Get("csv") << ": " << e << "\n";
  if (!result.errors.empty()) {
    err << "nothing was imported (" << result.errors.size() << " problem(s))\n";
    return 1;
  }
  out << result.imported << " job(s) imported\n";
  return 0;
}

// The same import as AttendanceService.ImportShifts, as the company's administrator: every
// bad line listed as "line N: column: what is wrong", nothing stored unless all are good.
int ImportShifts(Store& store, const Args& a, std::ostream& out, std::ostream& err) {
  std::ifstream file(a.Get("csv"), std::ios::binary);
  if (!file) throw std::invalid_argument("cannot read '" + a.Get("csv") + "'");
  const std::string csv((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  Caller caller;
  store.Read([&](StoreTx& tx) { caller = AdminCaller(tx, a.Get("company")); });
  const scoring::ScoringPolicy policy = LoadPolicyOption(a);
  AttendanceLogic logic(store, policy);
  const ShiftImportResult result = logic.ImportCsv(caller, csv, SystemNowMs());
  for (const auto& e : result.errors) err << a.Get("csv") << ": " << e << "\n";
  if (!result.errors.empty()) {
    err << "nothing was imported (" << result.errors.size() << " problem(s))\n";
    return 1;
  }
  out << result.created << " shift(s) imported\n";
  return 0;
}

int ListJobs(Store& store, const Args& a, std::ostream& out) {
  store.Read([&](StoreTx& tx) {
    AdminCaller(tx, a.Get("company"));
    const std::string tz = tx.FindCompany(a.Get("company"))->time_zone;
    StoreTx::JobQuery q;
    q.company_id = a.Get("company");
    if (a.Has("technician")) {
      auto u = tx.FindUserByUsername(a.Get("technician"));
      if (!u) throw std::invalid_argument("no user '" + a.Get("technician") + "'");
      q.technician_id = u->id;
    }
    q.limit = 1000;
    for (;;) {
      auto page = tx.ListJobs(q);
      for (const auto& j : page) {
        out << std::left << std::setw(12) << j.reference << " "
            << FormatLocalTime(j.window.start, tz) << " - "
            << FormatLocalTime(j.window.end, tz).substr(11) << "  " << std::setw(12)
            << JobStatusName(j.status) << " " << j.customer_name;
        // The facts the fee is quoted from, so a job that cannot be quoted shows why.
        if (!j.product_category.empty() || !j.purchase_date.empty()) {
          out << "  [" << (j.product_category.empty() ? "no category" : j.product_category)
              << ", bought " << (j.purchase_date.empty() ? "?" : j.purchase_date) << "]";
        }
        out << "\n";
      }
      if (static_cast<int>(page.size()) < q.limit) break;
      q.after = std::make_pair(page.back().window.start, page.back().id);
    }
  });
  return 0;
}

std::string Percent(const scoring::RateResult& r) {
  const auto rate = r.Rate();
  if (!rate) return "no data (0/0)";
  std::ostringstream s;
  s << std::fixed << std::setprecision(1) << 100.0 * *rate << "% (" << r.numerator << "/"
    << r.denominator << ")";
  return s.str();
}

std::string Minutes(const scoring::DurationResult& d) {
  if (!d.minutes.median) return "no data";
  std::ostringstream s;
  s << "median " << *d.minutes.median << " min, p90 " << *d.minutes.p90 << " min (" << d.count
    << " jobs)";
  return s.str();
}

// --period day|week|month --date YYYY-MM-DD, or --from TIME --to TIME.
PeriodRequest PeriodFromArgs(const Args& a, const std::string& tz) {
  PeriodRequest p;
  if (a.Has("period")) {
    const std::string kind = a.Get("period");
    if (kind == "day")
      p.kind = scoring::PeriodKind::kDay;
    else if (kind == "week")
      p.kind = scoring::PeriodKind::kIsoWeek;
    else if (kind == "month")
      p.kind = scoring::PeriodKind::kMonth;
    else
      throw std::invalid_argument("--period: use day, week or month");
    p.anchor_date = a.Get("date");
  } else {
    p.kind = scoring::PeriodKind::kCustom;
    p.start = ParseTimeOption(a, "from", tz);
    p.end = ParseTimeOption(a, "to", tz);
  }
  return p;
}

// How an explanation line names its job: the reference, else the id's first 8 characters.
std::string JobName(const ScorecardResult& r, const std::string& job_id) {
  auto it = r.labels.find(job_id);
  if (it != r.labels.end() && !it->second.reference.empty()) return it->second.reference;
  return job_id.substr(0, 8);
}

void PrintExplanations(std::ostream& out, const char* title, const ScorecardResult& r,
                       const scoring::RateResult& rate) {
  if (rate.items.empty()) return;
  out << "\n" << title << ":\n";
  for (const auto& x : rate.items) {
    out << "  " << std::left << std::setw(12) << JobName(r, x.id) << std::setw(12)
        << scoring::ItemOutcome(x) << x.reason << "\n";
  }
}

void WriteCsv(std::ostream& csv, const char* metric, const ScorecardResult& r,
              const scoring::RateResult& rate) {
  for (const auto& x : rate.items) {
    std::string reason = x.reason;
    for (auto pos = reason.find('"'); pos != std::string::npos; pos = reason.find('"', pos + 2)) {
      reason.insert(pos, "\"");
    }
    const auto label = r.labels.find(x.id);
    const JobLabel none;
    const JobLabel& l = label == r.labels.end() ? none : label->second;
    csv << metric << "," << x.id << "," << l.reference << "," << l.technician_id << ","
        << scoring::ItemOutcome(x) << ",\"" << reason << "\","
        << (x.side == scoring::Side::kNumeratorAndDenominator) << ","
        << (x.side != scoring::Side::kNeither) << "\n";
  }
}

int Scorecard(Store& store, const Args& a, std::ostream& out) {
  ScorecardQuery query;
  Caller caller;
  std::string tz;
  store.Read([&](StoreTx& tx) {
    caller = AdminCaller(tx, a.Get("company"));
    tz = tx.FindCompany(a.Get("company"))->time_zone;
    if (a.Has("technician")) {
      auto u = tx.FindUserByUsername(a.Get("technician"));
      if (!u) throw std::invalid_argument("no user '" + a.Get("technician") + "'");
      query.scope = scoring::Scope::Kind::kTechnician;
      query.scope_id = u->id;
    } else if (a.Has("team")) {
      query.scope = scoring::Scope::Kind::kTeam;
      query.scope_id = a.Get("team");
    } else {
      query.scope = scoring::Scope::Kind::kCompany;
    }
  });
  query.period = PeriodFromArgs(a, tz);
  query.explain = a.Has("explain") || a.Has("csv");
  if (a.Has("as-of")) query.as_of = ParseTimeOption(a, "as-of", tz);
  ScorecardLogic logic(store, LoadPolicyOption(a));
  const ScorecardResult result = logic.Get(caller, query, SystemNowMs());
  const scoring::Scorecard& card = result.card;
  const auto& ot = card.on_time;
  const auto w = std::setw(26);
  out << "Scorecard: " << result.scope_label << "\n"
      << "Period:    " << card.period.label << " (" << tz << ")\n"
      << "Policy:    " << card.policy_version << ", computed "
      << FormatLocalTime(card.computed_at, tz) << "\n\n"
      << std::left << w << "On-time arrival rate" << Percent(ot.rate) << "\n"
      << w << "  early / on time" << ot.tally.early << " / " << ot.tally.on_time << "\n"
      << w << "  late / no-show" << ot.tally.late << " / " << ot.tally.no_show << "\n"
      << w << "  excused / pending" << ot.tally.excused << " / " << ot.tally.pending << "\n"
      << w << "  unverified arrivals" << ot.unverified << "\n";
  if (ot.minutes_late.median) {
    out << w << "  minutes late"
        << "median " << *ot.minutes_late.median << ", p90 " << *ot.minutes_late.p90 << "\n";
  }
  out << w << "Repair retention rate" << Percent(card.retention.rate) << ", "
      << card.retention.pending << " pending\n"
      << w << "Customer satisfaction" << Percent(card.satisfaction.rate) << "\n"
      << w << "  call-back reach" << Percent(card.satisfaction.reach) << "\n";
  if (card.satisfaction.mean_score) {
    out << w << "  mean score" << std::setprecision(2) << *card.satisfaction.mean_score << "\n";
  }
  out << w << "Attendance rate" << Percent(card.attendance) << "\n"
      << w << "First-time fix rate" << Percent(card.first_time_fix) << "\n"
      << w << "Response time" << Minutes(card.response_time) << "\n"
      << w << "Resolution time" << Minutes(card.resolution_time) << "\n\n"
      << "Bonus gate: " << (card.bonus_gate.passed ? "PASSED" : "not passed") << "\n";
  for (const auto& g : card.bonus_gate.checks) {
    out << "  " << std::setw(24) << scoring::MetricName(g.metric) << std::setw(9)
        << scoring::GateStatusName(g.status) << "target " << std::setprecision(3) << 100 * g.target
        << "%\n";
  }
  if (a.Has("explain")) {
    PrintExplanations(out, "On-time: the jobs behind the figure", result, ot.rate);
    PrintExplanations(out, "Retention", result, card.retention.rate);
    PrintExplanations(out, "Satisfaction", result, card.satisfaction.rate);
    PrintExplanations(out, "First-time fix", result, card.first_time_fix);
  }
  if (a.Has("csv")) {
    std::ofstream csv(a.Get("csv"));
    if (!csv) throw std::invalid_argument("cannot write '" + a.Get("csv") + "'");
    csv << "metric,job_id,reference,technician_id,outcome,reason,in_numerator,in_denominator\n";
    WriteCsv(csv, "on_time", result, ot.rate);
    WriteCsv(csv, "retention", result, card.retention.rate);
    WriteCsv(csv, "satisfaction", result, card.satisfaction.rate);
    WriteCsv(csv, "first_time_fix", result, card.first_time_fix);
    out << "\nexplanations written to " << a.Get("csv") << "\n";
  }
  return 0;
}

int Ranking(Store& store, const Args& a, std::ostream& out) {
  Caller caller;
  std::string tz;
  store.Read([&](StoreTx& tx) {
    caller = AdminCaller(tx, a.Get("company"));
    tz = tx.FindCompany(a.Get("company"))->time_zone;
  });
  RankingQuery query;
  query.period = PeriodFromArgs(a, tz);
  query.metric = scoring::MetricFromName(a.GetOr("metric", "on_time"));
  if (!query.metric) {
    throw std::invalid_argument(
        "--metric: use on_time, retention, satisfaction, attendance or "
        "first_time_fix");
  }
  query.team_id = a.GetOr("team", "");
  // As for a scorecard: the ranking as the server held it at that instant (docs/kpis.md).
  if (a.Has("as-of")) query.as_of = ParseTimeOption(a, "as-of", tz);
  ScorecardLogic logic(store, LoadPolicyOption(a));
  const RankingResult ranking = logic.Rank(caller, query, SystemNowMs());
  out << "Ranking (PK) by " << scoring::MetricName(ranking.metric) << ", " << ranking.period.label
      << ", policy " << ranking.policy_version << "\n\n"
      << std::left << std::setw(6) << "rank" << std::setw(20) << "technician" << std::setw(12)
      << "rate" << std::setw(10) << "n" << std::setw(12) << "Wilson LB"
      << "note\n";
  for (const auto& [e, name] : ranking.entries) {
    std::ostringstream rate;
    if (e.rate) rate << std::fixed << std::setprecision(1) << 100 * *e.rate << "%";
    std::ostringstream lb;
    lb << std::fixed << std::setprecision(3) << e.wilson_lower_bound;
    out << std::setw(6) << (e.rank ? std::to_string(*e.rank) : "-") << std::setw(20) << name
        << std::setw(12) << rate.str() << std::setw(10)
        << (std::to_string(e.successes) + "/" + std::to_string(e.trials)) << std::setw(12)
        << lb.str() << e.note << "\n";
  }
  return 0;
}

pay::PayPolicy LoadPayPolicyOption(const Args& a) {
  if (!a.Has("pay-policy")) {
    throw std::invalid_argument(
        "--pay-policy FILE is required (e.g. docs/policies/pay-default.toml)");
  }
  auto loaded = pay::LoadPayPolicyFile(a.Get("pay-policy"));
  if (!loaded.policy) {
    std::string msg = "--pay-policy is not valid:";
    for (const auto& e : loaded.errors) {
      msg += "\n  " + pay::FormatPayPolicyError(a.Get("pay-policy"), e);
    }
    throw std::invalid_argument(msg);
  }
  return *loaded.policy;
}

// The month containing --date, for every technician of the company.
int Pay(Store& store, const Args& a, std::ostream& out) {
  const pay::PayPolicy pay_policy = LoadPayPolicyOption(a);
  const scoring::ScoringPolicy scoring_policy = LoadPolicyOption(a);
  Args month = a;
  month.options["period"] = "month";
  MonthPay result;
  std::string tz;
  store.Read([&](StoreTx& tx) {
    AdminCaller(tx, a.Get("company"));
    tz = tx.FindCompany(a.Get("company"))->time_zone;
    const scoring::Period period = ResolvePeriod(PeriodFromArgs(month, tz), tz);
    result =
        ComputeMonthPay(tx, a.Get("company"), period, scoring_policy, pay_policy, SystemNowMs());
  });
  PrintMonthPay(result, tz, a.Has("explain"), out);
  if (a.Has("csv")) {
    std::ofstream csv(a.Get("csv"));
    if (!csv) throw std::invalid_argument("cannot write '" + a.Get("csv") + "'");
    WriteMonthPayCsv(result, csv);
    out << "\npayslips written to " << a.Get("csv") << "\n";
  }
  return 0;
}

int ValidatePayPolicy(const Args& a, std::ostream& out, std::ostream& err) {
  const std::string path = a.Get("file");
  auto loaded = pay::LoadPayPolicyFile(path);
  if (!loaded.policy) {
    for (const auto& e : loaded.errors) err << pay::FormatPayPolicyError(path, e) << "\n";
    return 1;
  }
  out << path << ": valid pay policy, version " << loaded.policy->version << "\n";
  return 0;
}

int ValidatePolicy(const Args& a, std::ostream& out, std::ostream& err) {
  const std::string path = a.Get("file");
  auto loaded = scoring::LoadPolicyFile(path);
  if (!loaded.policy) {
    for (const auto& e : loaded.errors) err << scoring::FormatPolicyError(path, e) << "\n";
    return 1;
  }
  out << path << ": valid scoring policy, version " << loaded.policy->version << "\n";
  return 0;
}

}  // namespace

int ValidateServicePolicy(const Args& a, std::ostream& out, std::ostream& err) {
  const std::string path = a.Get("file");
  std::ifstream file(path);
  if (!file) throw std::invalid_argument("cannot read '" + path + "'");
  const std::string text((std::istreambuf_iterator<char>(file)), {});
  auto parsed = service_policy::ParsePolicy(text, path);
  if (!parsed.policy) {
    for (const auto& e : parsed.errors) err << e.ToString() << "\n";
    return 1;
  }
  out << path << ": valid service policy " << parsed.policy->id << ", version "
      << parsed.policy->version << " (" << parsed.policy->categories.size() << " categories, "
      << parsed.policy->faults.size() << " fault types)\n";
  return 0;
}

std::optional<int> RunWithoutStore(const Args& a, std::ostream& out, std::ostream& err) {
  try {
    if (a.command == "validate-policy") return ValidatePolicy(a, out, err);
    if (a.command == "validate-service-policy") return ValidateServicePolicy(a, out, err);
    if (a.command == "validate-pay-policy") return ValidatePayPolicy(a, out, err);
  } catch (const std::invalid_argument& e) {
    err << a.command << ": " << e.what() << "\n";
    return 2;
  }
  return std::nullopt;
}

int RunCommand(Store& store, const Args& a, std::istream& in, std::ostream& out,
               std::ostream& err) {
  try {
    if (a.command == "init-company") return InitCompany(store, a, out);
    if (a.command == "add-team") return AddTeam(store, a, out);
    if (a.command == "add-user") return AddUser(store, a, in, out);
    if (a.command == "set-password") return SetPassword(store, a, in, out);
    if (a.command == "add-job") return AddJob(store, a, out);
    if (a.command == "import-jobs") return ImportJobs(store, a, out, err);
    if (a.command == "import-shifts") return ImportShifts(store, a, out, err);
    if (a.command == "list-jobs") return ListJobs(store, a, out);
    if (a.command == "scorecard") return Scorecard(store, a, out);
    if (a.command == "ranking") return Ranking(store, a, out);
    if (a.command == "pay") return Pay(store, a, out);
    if (auto r = RunSecurityCommand(store, a, out)) return *r;
    if (auto r = RunTeamCommand(store, a, out)) return *r;
    if (a.command == "seed-demo") {
      auto demo = SeedDemoCompany(store, SystemNowMs());
      out << "demo company ready: " << demo.jobs_created << " job(s) created\n";
      return 0;
    }
    err << "unknown command '" << a.command << "'\n";
    PrintUsage(err);
    return 2;
  } catch (const AppError& e) {
    err << a.command << ": " << e.what() << "\n";
    return 1;
  } catch (const std::invalid_argument& e) {
    err << a.command << ": " << e.what() << "\n";
    return 2;
  }
}

}  // namespace fieldledger::server::admin
