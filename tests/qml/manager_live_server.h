#pragma once
// A real FieldLedgerServer for the manager desk's tests, in the test's process on a free
// loopback port over a real SQLite file, with its clock pinned to 2026-04-15 10:00 UTC so
// every figure is fixed. Company "acme" (UTC), teams North and South, and in ISO week
// 2026-W10 (2 to 6 March) a month of work whose figures the tests know by heart:
//   tech1 Tess (North)  10 jobs on time, fee 80.00 each, 10 call-backs scored 5, 5 shifts
//                       attended: every gated metric met, the metric bonus earned;
//   tech2 Tom  (North)  10 jobs on time, fee 40.00, as Tess but only 8 resolved on the
//                       first visit: first-time fix 80% misses its 85% target;
//   tech3 Tina (South)  12 jobs: 9 on time, 2 late, 1 no-show; 11 completed at 50.00, one
//                       of them with a device fee that differed (left out of revenue); no
//                       call-backs, so satisfaction has no data;
//   tech4 Ted  (South)  2 jobs on time: under the ranking's minimum sample of 10.
// So the on-time ranking is Tess and Tom tied 1st (10/10), Tina 3rd (9/12), Ted unranked.
// Tess and Tom each have 5 shifts in that week, all attended; Tess wrote a
// self-assessment for March; nothing is published.
#include <memory>
#include <string>

#include "../unit/common/test_tls.h"
#include "../unit/server/test_store.h"
#include "rpc/server.h"

namespace fieldledger::manager_testing {

inline constexpr char kPassword[] = "correct horse";
// 2026-04-15T10:00:00Z: March is closed and its 30-day retention windows are over.
inline constexpr TimeMs kNow = server::testing::kDay0 + 44 * kDayMs + 10 * kHourMs;

class ManagerLiveServer {
 public:
  explicit ManagerLiveServer(const std::string& db_path) : store_(db_path) {
    using namespace server;
    using testing::kDay0;
    const std::string hash = HashPassword(kPassword, testing::FastArgon2());
    store_.Write([&](StoreTx& tx) {
      tx.InsertCompany({"acme", "Acme Service", "UTC", kDay0});
      tx.InsertTeam({"north", "acme", "North"});
      tx.InsertTeam({"south", "acme", "South"});
      const auto user = [&](const char* id, const char* name, Role role, const char* team) {
        tx.InsertUser({id, "acme", id, name, role, team, hash, false, kDay0});
      };
      user("manager", "Max Manager", Role::kManager, "");
      user("callback", "Cora Callback", Role::kCallbackAgent, "");
      user("tech1", "Tess Tech", Role::kTechnician, "north");
      user("tech2", "Tom Tech", Role::kTechnician, "north");
      user("tech3", "Tina Tech", Role::kTechnician, "south");
      user("tech4", "Ted Tech", Role::kTechnician, "south");

      int n = 0;
      // One job on day `day` (0 = Monday 2 March) in the window 9:00 + slot hours.
      const auto job = [&](const std::string& tech, int day, int slot, int arrive_minutes,
                           bool completed, bool first_visit, std::int64_t fee,
                           const std::string& check = "match") {
        JobRecord j;
        j.id = tech + "-job-" + std::to_string(n);
        j.company_id = "acme";
        j.reference = "M-" + std::to_string(1000 + n);
        j.customer_name = "Customer " + std::to_string(n);
        j.address = "1 Test Road";
        j.latitude = testing::kSiteLat;
        j.longitude = testing::kSiteLon;
        j.serial_number = "SN-" + std::to_string(n);
        const TimeMs start = kDay0 + day * kDayMs + (9 + slot) * kHourMs;
        j.window = {start, start + kHourMs};
        j.technician_id = tech;
        j.created_ms = j.updated_ms = start - 12 * kHourMs;
        if (arrive_minutes >= 0) {
          j.arrived_ms = start + arrive_minutes * kMinuteMs;
          j.arrival_verified = true;
          j.arrival_technician_id = tech;
          j.status = JobStatus::kInProgress;
        }
        if (completed) {
          j.status = JobStatus::kCompleted;
          j.completed_ms = *j.arrived_ms + kHourMs;
          j.first_visit_resolved = first_visit;
          j.fee_fen = fee;
          j.fee_device_fen = check == "match" ? fee : fee + 20'00;
          j.fee_check = check;
        }
        tx.InsertJob(j);
        ++n;
        return j;
      };
      const auto call_back = [&](const JobRecord& j, int score) {
        tx.InsertCallBack({"cb-" + j.id, "acme", j.id, "callback", *j.completed_ms + kDayMs, true,
                           score, false, std::nullopt, ""});
      };
      const auto shifts = [&](const std::string& tech) {
        for (int day = 0; day < 5; ++day) {
          const TimeMs start = kDay0 + day * kDayMs + 8 * kHourMs;
          tx.InsertShift({"shift-" + tech + "-" + std::to_string(day), "acme", tech, start,
                          start - 5 * kMinuteMs, false});
        }
      };
      for (int i = 0; i < 10; ++i) call_back(job("tech1", i % 5, i / 5, 20, true, true, 80'00), 5);
      shifts("tech1");
      for (int i = 0; i < 10; ++i) {
        call_back(job("tech2", i % 5, i / 5, 20, true, i < 8, 40'00), 5);
      }
      shifts("tech2");
      for (int i = 0; i < 9; ++i) {
        job("tech3", i % 5, i / 5, 30, true, true, 50'00,
            i == 0 ? "device charged 7000, server 5000" : "match");
      }
      job("tech3", 3, 2, 90, true, true, 50'00);  // 30 min late
      job("tech3", 4, 2, 75, true, true, 50'00);  // 15 min late
      job("tech3", 2, 2, -1, false, false, 0);    // no-show
      job("tech4", 0, 0, 10, true, true, 30'00);
      job("tech4", 1, 0, 10, true, true, 30'00);
      // Tess's self-assessment for March, as the phone's sync stores it.
      SelfAssessmentRecord self;
      self.company_id = "acme";
      self.period_label = "2026-03";
      self.technician_id = "tech1";
      self.text = "Every visit on time in March; I want to learn the new boiler range.";
      self.written_ms = kDay0 + 29 * kDayMs + 18 * kHourMs;  // 31 March 18:00
      self.received_ms = self.written_ms + 5 * kMinuteMs;
      tx.UpsertSelfAssessment(self);
    });
    ServerOptions options;
    options.listen_address = "127.0.0.1:0";
    options.clock = [] { return kNow; };
    options.security = {test_tls::CertFile(), test_tls::KeyFile()};
    test_tls::TrustTestCa();  // the desk's channels (device::MakeChannel) trust the test CA
    server_ = std::make_unique<FieldLedgerServer>(store_, options);
    port_ = server_->Start();
  }

  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  server::SqliteStore& store() { return store_; }

 private:
  server::SqliteStore store_;
  std::unique_ptr<server::FieldLedgerServer> server_;
  int port_ = 0;
};

}  // namespace fieldledger::manager_testing
