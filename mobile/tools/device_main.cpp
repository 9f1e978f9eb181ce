// fieldledger-device: a technician's device without a screen. Same core as the app.
#include <chrono>
#include <iostream>
#include <iterator>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "technician_device.h"

namespace {

using namespace fieldledger::device;

int Usage() {
  std::cerr << "usage: fieldledger-device --db FILE [--server HOST:PORT] [--ca FILE | --insecure]\n"
               "                         COMMAND [OPTIONS]\n"
               "  --ca FILE                 the CA certificate the server's TLS certificate must\n"
               "                            chain to, and the only one trusted (default:\n"
               "                            $FIELDLEDGER_CA_FILE, else the system's roots)\n"
               "  --insecure                plaintext, for a server started with --insecure\n"
               "  login --username U        password on standard input\n"
               "  sync                      push the outbox, pull job changes\n"
               "  jobs                      list the jobs on this device\n"
               "  checkin --job ID [--lat DEG --lon DEG --accuracy M] [--hold]\n"
               "                            record an arrival (offline is fine); --hold keeps the\n"
               "                            process alive after the commit, to be killed in tests\n"
               "  start-shift [--lat DEG --lon DEG --accuracy M]   record the start of my shift\n"
               "  end-shift [--lat DEG --lon DEG --accuracy M]     record the end of my shift\n"
               "  shift-marks               my shift check-ins and what the server made of them\n"
               "  self-assessment --date YYYY-MM-DD   text on standard input: the month's\n"
               "                            self-assessment (offline is fine)\n"
               "  status                    outbox counts\n"
               "  problems                  rejected events with the server's reasons\n"
               "  scorecard [--month] --date YYYY-MM-DD   my on-time, retention and satisfaction\n"
               "                            for the week (or month) containing the date\n";
  return 2;
}

void PrintReport(const SyncReport& r) {
  std::cout << (r.ok ? "sync ok" : "sync failed: " + r.error) << ": applied " << r.applied
            << ", duplicates " << r.duplicates << ", rejected " << r.rejected << ", jobs pulled "
            << r.pulled_jobs << ", removed " << r.removed_jobs << std::endl;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, server = "127.0.0.1:50051", command;
  std::map<std::string, std::string> opt;
  TransportOptions transport;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--db" && i + 1 < argc) {
      db = argv[++i];
    } else if (a == "--server" && i + 1 < argc) {
      server = argv[++i];
    } else if (a == "--ca" && i + 1 < argc) {
      transport.ca_file = argv[++i];
    } else if (a == "--insecure") {
      transport.insecure = true;
    } else if (a.rfind("--", 0) == 0) {
      opt[a.substr(2)] =
          (i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0) ? argv[++i] : "";
    } else if (command.empty()) {
      command = a;
    } else {
      return Usage();
    }
  }
  if (db.empty() || command.empty()) return Usage();
  try {
    SystemDeviceClock clock;
    TechnicianDevice device(db, server, clock, transport);
    if (command == "login") {
      std::string password;
      std::getline(std::cin, password);
      auto r = device.Login(opt["username"], password);
      std::cout << (r.ok ? "signed in as " + device.DisplayName() : "login failed: " + r.error)
                << std::endl;
      return r.ok ? 0 : 1;
    }
    if (command == "sync") {
      auto r = device.Sync();
      PrintReport(r);
      return r.ok ? 0 : 1;
    }
    if (command == "jobs") {
      for (const auto& j : device.store().Jobs()) {
        std::cout << j.job.id() << "  " << j.job.reference() << "  " << j.job.customer_name()
                  << (j.local_arrived_ms ? "  (arrived)" : "") << std::endl;
      }
      return 0;
    }
    Fix fix;
    if (opt.contains("lat") && opt.contains("lon")) {
      fix.present = true;
      fix.latitude = std::stod(opt["lat"]);
      fix.longitude = std::stod(opt["lon"]);
      fix.accuracy_m = opt.contains("accuracy") ? std::stod(opt["accuracy"]) : 10;
    }
    if (command == "start-shift" || command == "end-shift") {
      auto e = command == "start-shift" ? device.StartShift(fix) : device.EndShift(fix);
      std::cout << "recorded " << e.event_id() << " sequence " << e.sequence() << std::endl;
      return 0;
    }
    if (command == "shift-marks") {
      for (const char* kind : {"shift_check_in", "shift_check_out"}) {
        for (const auto& item : device.store().ItemsOfKind(kind)) {
          std::cout << item.event_id << " " << item.kind << " " << OutboxStateName(item.state)
                    << ": " << item.reason << std::endl;
        }
      }
      return 0;
    }
    if (command == "self-assessment") {
      if (opt["date"].empty()) return Usage();
      std::string text((std::istreambuf_iterator<char>(std::cin)),
                       std::istreambuf_iterator<char>());
      std::string error;
      auto e = device.WriteSelfAssessment(opt["date"], text, &error);
      if (!e) {
        std::cout << "not recorded: " << error << std::endl;
        return 1;
      }
      std::cout << "recorded " << e->event_id() << " sequence " << e->sequence() << std::endl;
      return 0;
    }
    if (command == "checkin") {
      if (opt["job"].empty()) return Usage();
      auto e = device.CheckIn(opt["job"], fix);
      std::cout << "recorded " << e.event_id() << " sequence " << e.sequence() << std::endl;
      if (opt.contains("hold")) {
        for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
      }
      return 0;
    }
    if (command == "status") {
      auto c = device.store().Counts();
      std::cout << "pending " << c.pending << ", sent " << c.sent << ", rejected " << c.rejected
                << std::endl;
      return 0;
    }
    if (command == "scorecard") {
      const auto kind = opt.contains("month") ? fieldledger::v1::PERIOD_KIND_MONTH
                                              : fieldledger::v1::PERIOD_KIND_ISO_WEEK;
      std::string error;
      auto card = device.FetchMyScorecard(kind, opt["date"], &error);
      if (!card) {
        std::cout << "scorecard unavailable: " << error << std::endl;
        card = device.CachedScorecard(kind);
        if (!card) return 1;
        std::cout << "(showing the last one fetched)" << std::endl;
      }
      auto pct = [](const fieldledger::v1::RateFigure& r) {
        return r.has_value()
                   ? std::to_string(static_cast<int>(100 * r.value() + 0.5)) + "% (" +
                         std::to_string(r.numerator()) + "/" + std::to_string(r.denominator()) + ")"
                   : std::string("no data");
      };
      std::cout << card->scope_label() << ", " << card->period().label() << "\n"
                << "on-time " << pct(card->on_time().rate()) << "\n"
                << "retention " << pct(card->retention().rate()) << "\n"
                << "satisfaction " << pct(card->satisfaction().rate()) << std::endl;
      return 0;
    }
    if (command == "problems") {
      for (const auto& p : device.store().Problems()) {
        std::cout << p.event_id << " " << p.kind << " job " << p.job_id << ": " << p.reason
                  << std::endl;
      }
      return 0;
    }
    return Usage();
  } catch (const std::exception& e) {
    std::cerr << "fieldledger-device: " << e.what() << std::endl;
    return 1;
  }
}
