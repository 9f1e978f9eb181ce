#pragma once
// Everything a technician's device does, without any UI: sign in, record visit steps
// offline, sync. The Qt app, the headless demo and the tests all drive this class.
#include <memory>
#include <optional>
#include <string>

#include "device_clock.h"
#include "fieldledger/service_policy/policy.h"
#include "fieldledger/v1/attendance.grpc.pb.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/blobs.grpc.pb.h"
#include "fieldledger/v1/scoring.grpc.pb.h"
#include "fieldledger/v1/sync.grpc.pb.h"
#include "local_store.h"
#include "sync_engine.h"

namespace fieldledger::device {

struct Fix {
  bool present = false;
  double latitude = 0;
  double longitude = 0;
  double accuracy_m = 0;
  bool mock = false;
  // The fix's own time as the positioning system stamped it (UTC ms), 0 when unknown;
  // the server's second witness of when the event happened (GeoFix.fix_time_ms).
  std::int64_t fix_time_ms = 0;
};

struct LoginOutcome {
  bool ok = false;
  std::string error;  // English, for logs and the command line
  // Why it failed, for an app to translate: "unreachable", "bad_credentials",
  // "throttled", "not_technician" (args: display name), "other_unsent" (args: display
  // name, count), "previous_unsent", or the server's own "[code]"; "refused" otherwise.
  std::string code;
  std::vector<std::string> args;
  // A dispatcher, call-back agent, manager or admin is refused here (this device is a
  // technician's) but their sign-in worked: the serialized v1::LoginResponse, so an app
  // with the office view can open it without asking for the password again.
  std::string office_login;
};

class TechnicianDevice {
 public:
  // Connects lazily to server_address (host:port).
  TechnicianDevice(const std::string& db_path, const std::string& server_address,
                   DeviceClock& clock, TransportOptions options = {});
  // Over a channel made elsewhere (other channel arguments, a proxy between).
  TechnicianDevice(const std::string& db_path, std::shared_ptr<grpc::Channel> channel,
                   DeviceClock& clock, TransportOptions options = {});
  // With injected stubs, for unit tests with the generated mocks.
  TechnicianDevice(const std::string& db_path, DeviceClock& clock,
                   std::unique_ptr<v1::AuthService::StubInterface> auth,
                   std::unique_ptr<v1::SyncService::StubInterface> sync,
                   TransportOptions options = {});

  LoginOutcome Login(const std::string& username, const std::string& password);
  // Ends the sign-in on the server too when it can be reached (best effort, at most 1 s,
  // since the app calls it on its UI thread); the phone forgets both tokens either way.
  void Logout();
  // Trades the stored refresh token for a new access and refresh token (the server
  // rotates it). False when there is none or the server refuses it; then both are
  // forgotten and the technician signs in again. Queued records are untouched.
  bool RefreshSession();
  bool SignedIn();
  // Whether the channel to the server connects within `wait` (it is asked to try now).
  // Cheap while offline: the channel's own reconnect attempts (transport.h), no RPC.
  // False with injected stubs.
  bool ServerConnects(std::chrono::milliseconds wait);
  std::string DisplayName();
  std::string CompanyName();  // as of the last sign-in
  std::string UserId();

  v1::DeviceEvent OnMyWay(const std::string& job_id, const Fix& fix);
  v1::DeviceEvent CheckIn(const std::string& job_id, const Fix& fix);
  v1::DeviceEvent RecordWork(const std::string& job_id, const v1::WorkRecorded& work,
                             const Fix& fix);
  v1::DeviceEvent Complete(const std::string& job_id, const v1::Completed& done, const Fix& fix);

  // Start and end of the technician's shift (docs/attendance.md): events that belong to no
  // job, recorded offline with the same clocks and position as an arrival; the server
  // applies them to the shift of that day.
  v1::DeviceEvent StartShift(const Fix& fix);
  v1::DeviceEvent EndShift(const Fix& fix);
  // The month's self-assessment (docs/assessment.md), recorded offline and synced as an
  // event; the server stores the latest one per month until the month is published.
  // Returns nullopt, with *error set, for a text the server would refuse for its length.
  std::optional<v1::DeviceEvent> WriteSelfAssessment(const std::string& anchor_date,
                                                     const std::string& text, std::string* error);
  // The technician's own shifts starting in [from, to), from the server; kept on the
  // phone (CachedShifts) so the shift card shows the schedule offline.
  std::optional<v1::ShiftList> FetchMyShifts(TimeMs from, TimeMs to, std::string* error);
  std::optional<v1::ShiftList> CachedShifts();

  SyncReport Sync(const std::function<void(const SyncProgress&)>& progress = {});
  // Gives up on a rejected event (see LocalStore::Discard); false if it is not rejected.
  bool Discard(const std::string& event_id);

  // The technician's own scorecard for the week or month containing `anchor_date`
  // (YYYY-MM-DD), from the server; kept on the phone so it shows offline too.
  // nullopt with *error set when the server cannot be asked.
  std::optional<v1::Scorecard> FetchMyScorecard(v1::PeriodKind kind, const std::string& anchor_date,
                                                std::string* error);
  // The fee and warranty rules to quote with: the company's, as last received from the
  // server, or the built-in default before the first sync.
  service_policy::Policy ServicePolicy();
  // The scoring settings the server sent with the last pull; nullopt before any.
  std::optional<v1::ScoringRules> ScoringRules();

  // The last scorecard fetched for that kind of period, if any.
  std::optional<v1::Scorecard> CachedScorecard(v1::PeriodKind kind);

  LocalStore& store() { return store_; }
  DeviceClock& clock() { return clock_; }

 private:
  v1::DeviceEvent Stamp(const std::string& job_id, const Fix& fix,
                        const std::function<void(v1::DeviceEvent&)>& payload);
  // Before the first call of a sign-in or a sync: waits, at most `wait`, for the
  // channel's connection attempt in progress to end, and says whether it is connected.
  // gRPC moves a connection attempt forward only while a thread polls for it; a call
  // fails at once while the channel reconnects, and with none waiting only gRPC's backup
  // poller (every 5 s) polls, so a TLS handshake of several round trips took tens of
  // seconds or never finished within its timeout. Returns at the first failed attempt
  // (waiting out the channel's reconnect backoff first, if it is in one), so offline the
  // call that follows still fails within seconds with the channel's own error.
  bool AwaitConnectionAttempt(std::chrono::milliseconds wait);
  void KeepTokens(const v1::LoginResponse& resp);
  void ForgetTokens();

  LocalStore store_;
  DeviceClock& clock_;
  TransportOptions options_;
  std::shared_ptr<grpc::Channel> channel_;  // null with injected stubs
  std::unique_ptr<v1::AuthService::StubInterface> auth_;
  std::unique_ptr<v1::SyncService::StubInterface> sync_;
  std::unique_ptr<v1::BlobService::StubInterface> blobs_;             // null with injected stubs
  std::unique_ptr<v1::ScoringService::StubInterface> scoring_;        // null with injected stubs
  std::unique_ptr<v1::AttendanceService::StubInterface> attendance_;  // null with injected stubs
};

}  // namespace fieldledger::device
