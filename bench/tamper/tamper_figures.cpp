// Tamper figures: a generated month of 100 technicians (honest days, and days on which
// one kind of cheating was injected) pushed by wire clients through the real server
// (gRPC on 127.0.0.1, a SQLite file), then the server's stored verdicts read back:
// per kind, the share of tampering caught; over all honest arrivals, the share flagged.
//
//   fieldledger-tamper-figures [--technicians 100] [--days 30] [--seed N] [--json FILE]
//                              [--check]
//
// "Caught" means what the dispatcher and the scorecard see, per kind:
//   arrival tricks (clocks, positions): the check-in was rejected, or stored as an
//     unverified arrival with its reason;
//   edited_event: the edited arrival is unverified, or the chain break is flagged on
//     the job of the next event (both counted, printed apart);
//   moved_signature: the completion naming another visit's signature was rejected;
//   other_technicians_job: the check-in was rejected and the job was not credited.
// An honest arrival is "flagged" when it was rejected or stored unverified. Honest
// arrivals are those of technician-days with no trick; the untampered arrivals of a day
// with a trick are counted apart (a clock changed for one visit can take the day's
// other events of that boot down with it).
#include <grpcpp/grpcpp.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>

#include "auth/password_hasher.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/blobs.grpc.pb.h"
#include "fieldledger/v1/sync.grpc.pb.h"
#include "fieldledger/visit/summary.h"
#include "rpc/job_convert.h"
#include "rpc/server.h"
#include "storage/sqlite_store.h"
#include "tamper/tamper_month.h"
#include "temp_dir.h"
#include "visit_facts.h"

namespace fl = fieldledger;
namespace srv = fieldledger::server;
namespace tp = fieldledger::tamper;
namespace v1 = fieldledger::v1;

namespace {

constexpr char kCompany[] = "tamper";
constexpr char kPassword[] = "tamper figures";
// 2026-11-01T00:00:00+08:00: the month the figures cover.
constexpr fl::TimeMs kMonthStart = 1'761'926'400'000;

srv::JobRecord RecordOf(const tp::SiteJob& s) {
  srv::JobRecord j;
  j.id = s.id;
  j.company_id = kCompany;
  j.reference = "REF-" + s.id;
  j.customer_name = "Customer " + s.id;
  j.address = "Site of " + s.id;
  j.latitude = s.latitude;
  j.longitude = s.longitude;
  j.window = s.window;
  j.technician_id = tp::TechnicianId(s.technician);
  j.product = "Phone";
  j.created_ms = j.updated_ms = s.created;
  return j;
}

// The summary the phone shows the customer, from the job as the server sends it.
std::string SummaryHash(const tp::SiteJob& s, const v1::DeviceEvent& work) {
  v1::Job shown;
  srv::ToProto(RecordOf(s), &shown);
  return fl::visit::CanonicalSummarySha256(
      v1::VisitFactsOf(shown, work.work_recorded(), work.event_id()));
}

void Seed(srv::Store& store, const tp::MonthOptions& o, const tp::Month& month) {
  const std::string hash = srv::HashPassword(kPassword, srv::Argon2Params{256, 1, 1});
  store.Write([&](srv::StoreTx& tx) {
    tx.InsertCompany(
        {kCompany, "Tamper Figures Service", "Asia/Shanghai", kMonthStart - fl::kDayMs});
    for (int t = 0; t < o.technicians; ++t) {
      const std::string id = tp::TechnicianId(t);
      tx.InsertUser({id, kCompany, id, "Technician " + std::to_string(t), fl::Role::kTechnician, "",
                     hash, false, kMonthStart - fl::kDayMs});
    }
    for (const auto& s : month.jobs) tx.InsertJob(RecordOf(s));
  });
}

struct Ack {
  v1::EventAck::Status status = v1::EventAck::STATUS_UNSPECIFIED;
  std::string reason;
};

class WireClient {
 public:
  explicit WireClient(const std::string& address)
      : channel_(grpc::CreateChannel(address, grpc::InsecureChannelCredentials())),
        auth_(v1::AuthService::NewStub(channel_)),
        sync_(v1::SyncService::NewStub(channel_)),
        blobs_(v1::BlobService::NewStub(channel_)) {}

  // Signs in, uploads the day's blobs and pushes its batch; false on any RPC error.
  bool SendDay(const tp::DeviceDay& day, std::map<std::string, Ack>& acks, std::string& error) {
    v1::LoginRequest login;
    login.set_username(tp::TechnicianId(day.technician));
    login.set_password(kPassword);
    login.set_device_name(tp::DeviceId(day.technician));
    v1::LoginResponse session;
    grpc::ClientContext login_ctx;
    if (auto s = auth_->Login(&login_ctx, login, &session); !s.ok()) {
      error = "login: " + s.error_message();
      return false;
    }
    const std::string bearer = "Bearer " + session.token();
    for (const auto& b : day.blobs) {
      v1::UploadChunkRequest r;
      r.set_protocol_version(1);
      r.set_sha256(b.sha256);
      r.set_size(static_cast<std::int64_t>(b.bytes.size()));
      r.set_offset(0);
      r.set_data(b.bytes);
      r.set_last(true);
      r.set_kind(b.kind);
      grpc::ClientContext ctx;
      ctx.AddMetadata("authorization", bearer);
      v1::UploadOffset out;
      if (auto s = blobs_->UploadChunk(&ctx, r, &out); !s.ok()) {
        error = "upload: " + s.error_message();
        return false;
      }
    }
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", bearer);
    v1::PushResponse resp;
    if (auto s = sync_->Push(&ctx, day.batch, &resp); !s.ok()) {
      error = "push: " + s.error_message();
      return false;
    }
    for (const auto& a : resp.acks()) acks[a.event_id()] = {a.status(), a.reason()};
    return true;
  }

 private:
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::AuthService::Stub> auth_;
  std::unique_ptr<v1::SyncService::Stub> sync_;
  std::unique_ptr<v1::BlobService::Stub> blobs_;
};

struct KindRow {
  int cases = 0;
  int caught = 0;
  int caught_on_itself = 0;  // edited_event: the edited arrival itself unverified
  int caught_by_chain = 0;   // edited_event: the chain break flagged on the next job
  std::string example;       // one reason the server gave
  std::string missed_example;
};

struct Verdict {
  bool caught = false;
  std::string reason;
};

Verdict Judge(const tp::Expectation& e, const std::map<std::string, Ack>& acks, srv::StoreTx& tx,
              KindRow& row) {
  const auto ack = acks.find(e.event_id);
  const bool rejected = ack != acks.end() && ack->second.status == v1::EventAck::STATUS_REJECTED;
  const std::string ack_reason = ack != acks.end() ? ack->second.reason : "no acknowledgement";
  const auto job = tx.FindJob(e.job_id);
  const bool unverified_arrival =
      job && job->arrival_event_id == e.event_id && !job->arrival_verified;
  switch (e.kind) {
    case tp::Kind::kMovedSignature:
      return {rejected, ack_reason};
    case tp::Kind::kOtherTechniciansJob: {
      const bool credited = job && job->arrival_technician_id == tp::TechnicianId(e.technician);
      return {rejected && !credited, ack_reason};
    }
    case tp::Kind::kEditedEvent: {
      const auto next = tx.FindJob(e.chain_break_job);
      const bool chain = next && next->flag_reason.find("device history") != std::string::npos;
      const bool itself = rejected || unverified_arrival;
      row.caught_on_itself += itself ? 1 : 0;
      row.caught_by_chain += chain ? 1 : 0;
      return {itself || chain, itself ? (rejected ? ack_reason : job->arrival_check)
                                      : (chain ? next->flag_reason : "")};
    }
    default:
      return {rejected || unverified_arrival,
              rejected ? ack_reason : (job ? job->arrival_check : "job missing")};
  }
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  tp::MonthOptions o;
  o.month_start = kMonthStart;
  std::string json;
  CLI::App app{"Tamper figures: a month of honest and tampered visits through a real server"};
  app.add_option("--technicians", o.technicians, "technicians, one phone each")
      ->check(CLI::Range(2, 1000));
  app.add_option("--days", o.days, "days in the month")->check(CLI::Range(1, 31));
  app.add_option("--seed", o.seed, "generator seed (the same seed gives the same month)");
  app.add_option("--tampered-day-share", o.tampered_day_share,
                 "share of technician-days with one trick")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--json", json, "also write the figures as JSON to this file");
  bool check = false;
  app.add_flag("--check", check, "exit 1 when a target is missed (for the test suite)");
  CLI11_PARSE(app, argc, argv);

  const tp::Month month = tp::GenerateMonth(o, SummaryHash);
  fl::test_support::TempDir dir;
  srv::SqliteStore store(dir.File("server.db"));
  Seed(store, o, month);
  std::atomic<fl::TimeMs> now{kMonthStart};
  srv::ServerOptions options;
  options.listen_address = "127.0.0.1:0";
  options.clock = [&now] { return now.load(); };
  // Plaintext on loopback: the figures are about the server's rules, not its transport.
  options.security.insecure = true;
  srv::FieldLedgerServer server(store, options);
  const int port = server.Start();
  WireClient client("127.0.0.1:" + std::to_string(port));

  std::map<std::string, Ack> acks;
  int failed = 0;
  for (std::size_t i = 0; i < month.days.size(); ++i) {
    const auto& day = month.days[i];
    now = day.send_at;
    std::string error;
    if (!client.SendDay(day, acks, error)) {
      if (++failed <= 3)
        std::fprintf(stderr, "day %d of %s: %s\n", day.day,
                     tp::TechnicianId(day.technician).c_str(), error.c_str());
    }
    if (i % 500 == 0) {
      std::fprintf(stderr, "\rsent %zu of %zu phone-days", i, month.days.size());
    }
  }
  std::fprintf(stderr, "\rsent %zu phone-days%20s\n", month.days.size(), "");
  server.Shutdown();

  std::vector<KindRow> rows(tp::kKindCount);
  int honest = 0, honest_flagged = 0, collateral = 0, collateral_flagged = 0;
  std::map<std::string, int> honest_reasons;
  store.Read([&](srv::StoreTx& tx) {
    for (const auto& e : month.expectations) {
      if (e.honest && e.tampered_day) {
        KindRow unused;
        ++collateral;
        collateral_flagged += Judge(e, acks, tx, unused).caught ? 1 : 0;
        continue;
      }
      if (e.honest) {
        ++honest;
        KindRow unused;
        auto v = Judge(e, acks, tx, unused);
        if (v.caught) {
          ++honest_flagged;
          ++honest_reasons[v.reason];
        }
        continue;
      }
      auto& row = rows[static_cast<int>(e.kind)];
      ++row.cases;
      const auto v = Judge(e, acks, tx, row);
      if (v.caught) {
        ++row.caught;
        if (row.example.empty()) row.example = v.reason;
      } else if (row.missed_example.empty()) {
        row.missed_example = v.reason.empty() ? "(no flag)" : v.reason;
      }
    }
  });

  int cases = 0, caught = 0;
  std::printf(
      "Tamper figures: %d technicians, %d days, seed %u, %d phone-days sent (%d failed)\n\n",
      o.technicians, o.days, o.seed, static_cast<int>(month.days.size()), failed);
  std::printf("%-24s %6s %7s %8s  %s\n", "kind", "cases", "caught", "share", "example reason");
  for (int k = 0; k < tp::kKindCount; ++k) {
    const auto& r = rows[k];
    cases += r.cases;
    caught += r.caught;
    std::printf("%-24s %6d %7d %7.1f%%  %s\n", tp::KindName(static_cast<tp::Kind>(k)), r.cases,
                r.caught, r.cases ? 100.0 * r.caught / r.cases : 0.0, r.example.c_str());
    if (static_cast<tp::Kind>(k) == tp::Kind::kEditedEvent) {
      std::printf("%-24s %6s %7s %8s  on the edited arrival itself: %d; chain break flagged: %d\n",
                  "", "", "", "", r.caught_on_itself, r.caught_by_chain);
    }
    if (r.caught < r.cases) {
      std::printf("%-24s %6s %7s %8s  missed, e.g.: %s\n", "", "", "", "",
                  r.missed_example.c_str());
    }
  }
  const double caught_share = cases ? static_cast<double>(caught) / cases : 0;
  const double flagged_share = honest ? static_cast<double>(honest_flagged) / honest : 0;
  std::printf("%-24s %6d %7d %7.1f%%  (target >= 99%%)\n\n", "all tampering", cases, caught,
              100 * caught_share);
  std::printf("honest arrivals flagged: %d of %d = %.2f%% (target <= 1%%)\n", honest_flagged,
              honest, 100 * flagged_share);
  for (const auto& [reason, n] : honest_reasons) std::printf("  %5d  %s\n", n, reason.c_str());
  std::printf("untampered arrivals on days the same technician tried a trick: %d of %d flagged\n",
              collateral_flagged, collateral);

  if (!json.empty()) {
    std::ofstream out(json);
    out << "{\n  \"technicians\": " << o.technicians << ",\n  \"days\": " << o.days
        << ",\n  \"seed\": " << o.seed << ",\n  \"tamper_caught_share\": " << caught_share
        << ",\n  \"honest_flagged_share\": " << flagged_share
        << ",\n  \"honest_arrivals\": " << honest << ",\n  \"honest_flagged\": " << honest_flagged
        << ",\n  \"tampered_day_other_arrivals\": " << collateral
        << ",\n  \"tampered_day_other_arrivals_flagged\": " << collateral_flagged
        << ",\n  \"cases\": [\n";
    for (int k = 0; k < tp::kKindCount; ++k) {
      const auto& r = rows[k];
      out << "    {\"kind\": " << JsonString(tp::KindName(static_cast<tp::Kind>(k)))
          << ", \"cases\": " << r.cases << ", \"caught\": " << r.caught
          << ", \"caught_share\": " << (r.cases ? static_cast<double>(r.caught) / r.cases : 0)
          << ", \"example\": " << JsonString(r.example) << "}"
          << (k + 1 < tp::kKindCount ? "," : "") << "\n";
    }
    out << "  ]\n}\n";
  }
  const bool met = caught_share >= 0.99 && flagged_share <= 0.01 && failed == 0;
  std::printf("\ntargets %s\n", met ? "met" : "NOT met");
  return check && !met ? 1 : 0;
}
