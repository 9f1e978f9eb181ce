#include "app/demo_company.h"

#include <array>

#include "app/jobs_logic.h"
#include "app/time_text.h"
#include "auth/password_hasher.h"
#include "fieldledger/scoring/period.h"

namespace fieldledger::server {
namespace {

struct DemoUser {
  const char* id;
  const char* username;
  const char* name;
  Role role;
  const char* team;
};

constexpr std::array<DemoUser, 6> kUsers{{
    {"u-dispatcher", "dispatcher", "Chen Jing (dispatch)", Role::kDispatcher, ""},
    {"u-callback", "callback", "Zhou Min (call-back)", Role::kCallbackAgent, ""},
    {"u-manager", "manager", "Sun Hao (manager)", Role::kManager, ""},
    {"u-tech1", "tech1", "Li Wei", Role::kTechnician, "team-north"},
    {"u-tech2", "tech2", "Wang Fang", Role::kTechnician, "team-north"},
    {"u-tech3", "tech3", "Zhang Lei", Role::kTechnician, "team-south"},
}};

struct DemoSite {
  const char* customer;
  const char* address;
  double lat, lon;
  const char* product;
  JobType type;
  // Facts the fee rules need: a category of the default service policy, and when the
  // product was bought and activated (so some visits are in warranty and some not).
  const char* category;
  int purchase_days_ago;
};

// A phone, TV and air-conditioner service company: every job type of the default
// service policy: phone repair, TV repair and installation, air-conditioner installation
// and repair.
constexpr std::array<DemoSite, 6> kSites{{
    {"Liu Yang", "88 Century Ave, Pudong, Shanghai", 31.2353, 121.5068, "Huawei Mate 60",
     JobType::kRepair, "phone", 500},
    {"Ma Xiaoli", "1 Xujiahui Rd, Xuhui, Shanghai", 31.1951, 121.4376, "Xiaomi TV 65\"",
     JobType::kInstallation, "tv", 3},
    {"Huang Tao", "500 Nanjing Rd W, Jing'an, Shanghai", 31.2290, 121.4590, "Hisense TV 55\"",
     JobType::kRepair, "tv", 200},
    {"Zhao Qing", "200 Siping Rd, Yangpu, Shanghai", 31.2826, 121.5035, "Midea KFR-26GW",
     JobType::kInstallation, "aircon", 2},
    {"Xu Na", "18 Hongqiao Rd, Changning, Shanghai", 31.2005, 121.4190, "Huawei P60",
     JobType::kRepair, "phone", 90},
    {"Gao Jun", "9 Zhongshan Rd E, Huangpu, Shanghai", 31.2400, 121.4900, "Gree KFR-35GW",
     JobType::kRepair, "aircon", 700},
}};

// Windows in local time: morning, early afternoon, late afternoon.
constexpr std::array<std::pair<int, int>, 3> kWindowHours{{{9, 11}, {13, 15}, {16, 18}}};

}  // namespace

DemoCompany SeedDemoCompany(Store& store, TimeMs now) {
  DemoCompany demo;
  demo.password = kDemoPassword;
  for (const auto& u : kUsers) {
    if (u.role == Role::kTechnician) demo.technician_usernames.push_back(u.username);
  }
  bool seeded = false;
  store.Read([&](StoreTx& tx) { seeded = tx.FindCompany(demo.company_id).has_value(); });
  if (seeded) return demo;

  const std::string tz = "Asia/Shanghai";
  // Hash outside the write transaction: argon2 is deliberately slow.
  const std::string hash = HashPassword(kDemoPassword);
  JobsLogic jobs(store);
  store.Write([&](StoreTx& tx) {
    tx.InsertCompany({demo.company_id, "Demo Appliance Service", tz, now});
    tx.InsertTeam({"team-north", demo.company_id, "North"});
    tx.InsertTeam({"team-south", demo.company_id, "South"});
    for (const auto& u : kUsers) {
      tx.InsertUser({u.id, demo.company_id, u.username, u.name, u.role, u.team, hash, false, now});
    }
    int n = 0;
    // Six days back, today and tomorrow: a week of history plus the days ahead.
    for (int day = -6; day <= 1; ++day) {
      const TimeMs midnight = LocalMidnight(now, day, tz);
      int tech_index = 0;
      for (const auto& u : kUsers) {
        if (u.role != Role::kTechnician) continue;
        for (std::size_t slot = 0; slot < kWindowHours.size(); ++slot) {
          const DemoSite& site = kSites[(n + tech_index) % kSites.size()];
          NewJob job;
          job.reference = "DEMO-" + std::to_string(1000 + n);
          job.type = site.type;
          job.customer_name = site.customer;
          job.customer_phone = "+86 138 0000 " + std::to_string(1000 + n);
          job.address = site.address;
          job.latitude = site.lat;
          job.longitude = site.lon;
          job.window = {midnight + kWindowHours[slot].first * kHourMs,
                        midnight + kWindowHours[slot].second * kHourMs};
          job.technician_id = u.id;
          job.product = site.product;
          job.serial_number = "SN" + std::to_string(700000 + n);
          job.description =
              site.type == JobType::kInstallation ? "Install and test" : "Customer reports a fault";
          job.product_category = site.category;
          const std::string bought =
              scoring::FormatLocalDate(midnight - site.purchase_days_ago * kDayMs, tz);
          job.purchase_date = bought;
          job.activation_date = bought;
          // Created the evening before the day, as a dispatcher would plan it.
          jobs.CreateRecord(tx, demo.company_id, job, std::min(now, midnight - 4 * kHourMs));
          ++n;
        }
        ++tech_index;
      }
    }
    demo.jobs_created = n;
    // The shift schedule of the past week. Nobody is checked in here: attendance comes
    // from the demo phones' start-of-shift check-ins (mobile/tools/demo_main.cpp), synced
    // like any other event, so a server without the phones shows every past shift absent.
    int shift = 0;
    for (int day = -6; day <= 0; ++day) {
      const TimeMs start = LocalMidnight(now, day, tz) + 8 * kHourMs + 30 * kMinuteMs;
      for (const auto& u : kUsers) {
        if (u.role != Role::kTechnician) continue;
        ShiftRecord r{"demo-shift-" + std::to_string(shift), demo.company_id, u.id, start};
        r.end_ms = start + 9 * kHourMs;
        r.recorded_ms = now;
        if (shift % 11 == 4) {
          r.approved_leave = true;
          r.leave_reason = "annual leave";
        }
        tx.InsertShift(r);
        ++shift;
      }
    }
  });
  return demo;
}

}  // namespace fieldledger::server
