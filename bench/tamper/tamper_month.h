#pragma once
// A generated month of field work for the tamper figures: technicians with honest days,
// and visits where one kind of cheating was injected. Only the generator lives here;
// tamper_figures.cpp sends it through a real server and reads back the verdicts.
//
// Everything a technician's phone would send is built here as wire messages, with the
// clocks, positions and hash chain a real phone produces, and the tampering applied the
// way a technician would apply it (changing the phone's clock, faking or widening a
// position, editing the phone's database, reusing a signature, checking in on a
// colleague's job).
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "fieldledger/core/time.h"
#include "fieldledger/v1/sync.pb.h"

namespace fieldledger::tamper {

// Every kind of tampering the figures cover, in the order they are printed.
enum class Kind {
  kClockBack,             // wall clock set back before "Arrived", same boot
  kClockAhead,            // wall clock set ahead before "Arrived", same boot
  kClockChangedMidShift,  // clock changed during the shift and left so until the sync
  kRebootWhileOffline,    // clock set back, "Arrived", reboot, clock restored, sync
  kOutsideFence,          // a real position 300 m to 5 km from the site
  kWidenedAccuracy,       // a far position claiming a huge accuracy to cover the site
  kMockLocation,          // a simulated position at the site
  kMovedSignature,        // one customer's signature reused to complete another visit
  kEditedEvent,           // an arrival's clocks edited in the phone's database
  kOtherTechniciansJob,   // a check-in on a colleague's job
};
inline constexpr int kKindCount = 10;
const char* KindName(Kind k);  // "clock_back", ...

struct MonthOptions {
  int technicians = 100;
  int days = 30;
  int jobs_per_day = 4;
  double tampered_day_share = 0.35;  // days on which the technician tries one trick
  std::uint32_t seed = 20261201;
  TimeMs month_start = 0;  // midnight at the company's offset; set by the caller
  int utc_offset_hours = 8;
};

struct SiteJob {
  std::string id;
  int technician = 0;
  int day = 0;
  double latitude = 0, longitude = 0;
  TimeWindow window;
  TimeMs created = 0;
};

// What the server must find about one tampered action (a case), or about one honest
// arrival.
struct Expectation {
  Kind kind = Kind::kClockBack;
  bool honest = false;  // an honest arrival: the server should verify it
  // The technician tried a trick on another visit that day. The clock tricks and the
  // edit can take honest-looking events of the same day down with them, so such
  // arrivals are counted apart from the honest technicians' days.
  bool tampered_day = false;
  std::string job_id;    // the job the action is on
  std::string event_id;  // the event carrying the action
  int technician = 0;
  std::string colleague_job;    // kOtherTechniciansJob: must not be credited to us
  std::string chain_break_job;  // kEditedEvent: the job of the event after the edit
};

// One phone's day: the batch it sends when it is back online in the evening, and the
// blobs (signature strokes) it uploads before that batch.
struct Blob {
  std::string sha256, kind, bytes;
};
struct DeviceDay {
  int technician = 0;
  int day = 0;
  TimeMs send_at = 0;  // true instant the batch reaches the server
  v1::PushRequest batch;
  std::vector<Blob> blobs;
};

struct Month {
  std::vector<SiteJob> jobs;
  std::vector<DeviceDay> days;  // in the order they reach the server
  std::vector<Expectation> expectations;
};

std::string TechnicianId(int t);
std::string DeviceId(int t);

// Generates the whole month; deterministic for a given seed. `summary_hash` gives the
// canonical summary hash of a job and a work record, as the phone computes it for the
// customer to sign (the caller builds it with the shared visit rules from the job as
// the server sends it).
using SummaryHash = std::function<std::string(const SiteJob& job, const v1::DeviceEvent& work)>;
Month GenerateMonth(const MonthOptions& options, const SummaryHash& summary_hash);

}  // namespace fieldledger::tamper
