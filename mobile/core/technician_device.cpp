#include "technician_device.h"

#include <algorithm>
#include <stdexcept>

#include <google/protobuf/util/json_util.h>

#include "fieldledger/service_policy/default_policy.h"
#include "fieldledger/service_policy/parse.h"
#include "transport.h"

namespace fieldledger::device {
namespace {

// The sign-in refusal as a code an app translates (LoginOutcome::code).
std::string LoginRefusalCode(const grpc::Status& status) {
  // The server's own refusals start with a code in brackets ("[login_busy] ..."): those
  // came from the server, whatever their status; only a call that never reached it is
  // "unreachable".
  const std::string& m = status.error_message();
  if (m.size() > 2 && m[0] == '[') {
    if (const auto end = m.find(']'); end != std::string::npos) {
      const std::string code = m.substr(1, end - 1);
      if (code == "login_throttled") return "throttled";
      if (code == "login_busy") return "busy";
      return code;
    }
  }
  switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
      return "unreachable";
    case grpc::StatusCode::UNAUTHENTICATED:
      return "bad_credentials";
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
      return "throttled";
    default:
      break;
  }
  return "refused";
}

}  // namespace

TechnicianDevice::TechnicianDevice(const std::string& db_path, const std::string& server_address,
                                   DeviceClock& clock, TransportOptions options)
    : TechnicianDevice(db_path, MakeChannel(server_address, options), clock, options) {}

TechnicianDevice::TechnicianDevice(const std::string& db_path,
                                   std::shared_ptr<grpc::Channel> channel, DeviceClock& clock,
                                   TransportOptions options)
    : store_(db_path), clock_(clock), options_(options), channel_(std::move(channel)) {
  auth_ = v1::AuthService::NewStub(channel_);
  sync_ = v1::SyncService::NewStub(channel_);
  blobs_ = v1::BlobService::NewStub(channel_);
  scoring_ = v1::ScoringService::NewStub(channel_);
  attendance_ = v1::AttendanceService::NewStub(channel_);
}

bool TechnicianDevice::ServerConnects(std::chrono::milliseconds wait) {
  if (!channel_) return false;
  const auto deadline = std::chrono::system_clock::now() + wait;
  for (;;) {
    const grpc_connectivity_state state = channel_->GetState(/*try_to_connect=*/true);
    if (state == GRPC_CHANNEL_READY) return true;
    if (!channel_->WaitForStateChange(state, deadline)) return false;  // timed out
  }
}

bool TechnicianDevice::AwaitConnectionAttempt(std::chrono::milliseconds wait) {
  if (!channel_) return true;  // injected stubs: nothing to wait for
  const auto deadline = std::chrono::system_clock::now() + wait;
  grpc_connectivity_state state = channel_->GetState(/*try_to_connect=*/true);
  bool attempted = state == GRPC_CHANNEL_CONNECTING;
  while (state != GRPC_CHANNEL_READY) {
    // TRANSIENT_FAILURE before any attempt is the wait for the channel's backoff; after
    // one, that attempt has failed.
    if ((state == GRPC_CHANNEL_TRANSIENT_FAILURE && attempted) || state == GRPC_CHANNEL_SHUTDOWN) {
      return false;
    }
    if (!channel_->WaitForStateChange(state, deadline)) return false;  // timed out
    state = channel_->GetState(/*try_to_connect=*/true);
    attempted = attempted || state == GRPC_CHANNEL_CONNECTING;
  }
  return true;
}

TechnicianDevice::TechnicianDevice(const std::string& db_path, DeviceClock& clock,
                                   std::unique_ptr<v1::AuthService::StubInterface> auth,
                                   std::unique_ptr<v1::SyncService::StubInterface> sync,
                                   TransportOptions options)
    : store_(db_path),
      clock_(clock),
      options_(options),
      auth_(std::move(auth)),
      sync_(std::move(sync)) {}

LoginOutcome TechnicianDevice::Login(const std::string& username, const std::string& password) {
  // A different technician on a shared phone starts clean, but only once the previous
  // technician's work has reached the server.
  const auto previous = store_.GetSetting("username");
  if (previous && *previous != username) {
    const int pending = store_.Counts().pending;
    if (pending > 0) {
      return {false,
              DisplayName() + " has " + std::to_string(pending) +
                  " unsent record(s) on this phone: they must sign in and sync first",
              "other_unsent",
              {DisplayName(), std::to_string(pending)}};
    }
  }
  v1::LoginRequest req;
  req.set_username(username);
  req.set_password(password);
  req.set_device_name("device " + store_.DeviceId().substr(0, 8));
  v1::LoginResponse resp;
  AwaitConnectionAttempt(options_.call_deadline);
  grpc::ClientContext ctx;
  PrepareContext(ctx, "", options_);
  const grpc::Status status = auth_->Login(&ctx, req, &resp);
  if (!status.ok()) {
    LoginOutcome out{false, status.error_message(), LoginRefusalCode(status), {}};
    if (out.code == "unreachable") {
      out.error = "cannot reach the server; check the connection and try again";
    }
    return out;
  }
  if (resp.role() != v1::ROLE_TECHNICIAN) {
    LoginOutcome out{
        false,
        "this app is for technicians; " + resp.display_name() + " should use the office view",
        "not_technician",
        {resp.display_name()}};
    out.office_login = resp.SerializeAsString();
    return out;
  }
  if (auto previous_id = store_.GetSetting("user_id");
      previous_id && *previous_id != resp.user_id() && !store_.StartOverForNewUser()) {
    return {false,
            "unsent records from the previous technician are still on this phone",
            "previous_unsent",
            {}};
  }
  store_.SetSetting("username", username);
  KeepTokens(resp);
  store_.SetSetting("user_id", resp.user_id());
  store_.SetSetting("display_name", resp.display_name());
  store_.SetSetting("company_name", resp.company_name());  // heads the service report
  store_.SetSetting("time_zone", resp.time_zone());
  return {true, ""};
}

void TechnicianDevice::KeepTokens(const v1::LoginResponse& resp) {
  store_.SetSetting("token", resp.token());
  if (resp.refresh_token().empty()) {
    store_.ClearSetting("refresh_token");
  } else {
    store_.SetSetting("refresh_token", resp.refresh_token());
  }
}

void TechnicianDevice::ForgetTokens() {
  store_.ClearSetting("token");
  store_.ClearSetting("refresh_token");
}

void TechnicianDevice::Logout() {
  if (auto token = store_.GetSetting("token"); token && auth_) {
    TransportOptions quick = options_;
    quick.call_deadline = std::min(options_.call_deadline, std::chrono::milliseconds(1'000));
    grpc::ClientContext ctx;
    PrepareContext(ctx, *token, quick);
    v1::LogoutRequest req;
    v1::LogoutResponse resp;
    auth_->Logout(&ctx, req, &resp);  // offline: the tokens expire on their own
  }
  ForgetTokens();
}

bool TechnicianDevice::RefreshSession() {
  auto refresh = store_.GetSetting("refresh_token");
  if (!refresh || refresh->empty()) return false;
  v1::RefreshRequest req;
  req.set_refresh_token(*refresh);
  v1::LoginResponse resp;
  grpc::ClientContext ctx;
  PrepareContext(ctx, "", options_);
  const grpc::Status status = auth_->Refresh(&ctx, req, &resp);
  if (status.ok()) {
    KeepTokens(resp);
    return true;
  }
  // Only the server's "no" ends the sign-in; an unreachable server leaves it for later.
  if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED ||
      status.error_code() == grpc::StatusCode::INVALID_ARGUMENT) {
    ForgetTokens();
  }
  return false;
}

bool TechnicianDevice::SignedIn() { return store_.GetSetting("token").has_value(); }

std::string TechnicianDevice::DisplayName() {
  return store_.GetSetting("display_name").value_or("");
}

std::string TechnicianDevice::CompanyName() {
  return store_.GetSetting("company_name").value_or("");
}

std::string TechnicianDevice::UserId() { return store_.GetSetting("user_id").value_or(""); }

v1::DeviceEvent TechnicianDevice::Stamp(const std::string& job_id, const Fix& fix,
                                        const std::function<void(v1::DeviceEvent&)>& payload) {
  return store_.Record(job_id, [&](v1::DeviceEvent& e) {
    auto* c = e.mutable_clock();
    c->set_wall_time_ms(clock_.WallMs());
    c->set_monotonic_ms(clock_.MonotonicMs());
    c->set_boot_id(clock_.BootId());
    auto* p = e.mutable_position();
    p->set_present(fix.present);
    p->set_latitude(fix.latitude);
    p->set_longitude(fix.longitude);
    p->set_accuracy_m(fix.accuracy_m);
    p->set_mock(fix.mock);
    p->set_fix_time_ms(fix.fix_time_ms);
    payload(e);
  });
}

bool TechnicianDevice::Discard(const std::string& event_id) {
  return store_.Discard(event_id, [&](v1::DeviceEvent& e) {
    auto* c = e.mutable_clock();
    c->set_wall_time_ms(clock_.WallMs());
    c->set_monotonic_ms(clock_.MonotonicMs());
    c->set_boot_id(clock_.BootId());
  });
}

v1::DeviceEvent TechnicianDevice::OnMyWay(const std::string& job_id, const Fix& fix) {
  return Stamp(job_id, fix, [](v1::DeviceEvent& e) { e.mutable_on_my_way(); });
}

v1::DeviceEvent TechnicianDevice::CheckIn(const std::string& job_id, const Fix& fix) {
  return Stamp(job_id, fix, [](v1::DeviceEvent& e) { e.mutable_check_in(); });
}

v1::DeviceEvent TechnicianDevice::RecordWork(const std::string& job_id,
                                             const v1::WorkRecorded& work, const Fix& fix) {
  return Stamp(job_id, fix, [&](v1::DeviceEvent& e) { *e.mutable_work_recorded() = work; });
}

v1::DeviceEvent TechnicianDevice::Complete(const std::string& job_id, const v1::Completed& done,
                                           const Fix& fix) {
  return Stamp(job_id, fix, [&](v1::DeviceEvent& e) { *e.mutable_completed() = done; });
}

v1::DeviceEvent TechnicianDevice::StartShift(const Fix& fix) {
  return Stamp("", fix, [](v1::DeviceEvent& e) { e.mutable_shift_check_in(); });
}

v1::DeviceEvent TechnicianDevice::EndShift(const Fix& fix) {
  return Stamp("", fix, [](v1::DeviceEvent& e) { e.mutable_shift_check_out(); });
}

std::optional<v1::DeviceEvent> TechnicianDevice::WriteSelfAssessment(const std::string& anchor_date,
                                                                     const std::string& text,
                                                                     std::string* error) {
  // The server's limit (server/app/self_assessment_rules.h); characters it refuses are
  // reported back as a rejection the technician sees under Problems.
  constexpr std::size_t kMaxBytes = 4000;
  if (text.empty()) {
    *error = "text is required";
    return std::nullopt;
  }
  if (text.size() > kMaxBytes) {
    *error = "text is longer than 4000 bytes";
    return std::nullopt;
  }
  return Stamp("", Fix{}, [&](v1::DeviceEvent& e) {
    e.mutable_self_assessment()->set_anchor_date(anchor_date);
    e.mutable_self_assessment()->set_text(text);
  });
}

std::optional<v1::ShiftList> TechnicianDevice::FetchMyShifts(TimeMs from, TimeMs to,
                                                             std::string* error) {
  auto token = store_.GetSetting("token");
  if (!token || !attendance_) {
    *error = "signed out: sign in to see your shifts";
    return std::nullopt;
  }
  v1::ListShiftsRequest req;
  req.set_from_ms(from);
  req.set_to_ms(to);
  grpc::ClientContext ctx;
  PrepareContext(ctx, *token, options_);
  v1::ShiftList list;
  const grpc::Status status = attendance_->ListShifts(&ctx, req, &list);
  if (!status.ok()) {
    *error = status.error_message();
    return std::nullopt;
  }
  store_.SetSetting("shifts", list.SerializeAsString());
  return list;
}

std::optional<v1::ShiftList> TechnicianDevice::CachedShifts() {
  auto bytes = store_.GetSetting("shifts");
  v1::ShiftList list;
  if (!bytes || !list.ParseFromString(*bytes)) return std::nullopt;
  return list;
}

std::optional<v1::Scorecard> TechnicianDevice::FetchMyScorecard(v1::PeriodKind kind,
                                                                const std::string& anchor_date,
                                                                std::string* error) {
  auto token = store_.GetSetting("token");
  if (!token || !scoring_) {
    *error = "signed out: sign in to see your scorecard";
    return std::nullopt;
  }
  v1::ScorecardRequest req;
  req.set_technician_id(UserId());
  req.mutable_period()->set_kind(kind);
  req.mutable_period()->set_anchor_date(anchor_date);
  v1::Scorecard card;
  grpc::Status status;
  {
    grpc::ClientContext ctx;
    PrepareContext(ctx, *token, options_);
    status = scoring_->GetScorecard(&ctx, req, &card);
  }
  if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED && RefreshSession()) {
    grpc::ClientContext again;
    PrepareContext(again, *store_.GetSetting("token"), options_);
    status = scoring_->GetScorecard(&again, req, &card);
  }
  if (!status.ok()) {
    *error = status.error_message();
    return std::nullopt;
  }
  store_.SetSetting("scorecard." + v1::PeriodKind_Name(kind), card.SerializeAsString());
  return card;
}

std::optional<v1::ScoringRules> TechnicianDevice::ScoringRules() {
  auto json = store_.GetSetting("scoring_rules.json");
  if (!json) return std::nullopt;
  v1::ScoringRules rules;
  if (!google::protobuf::util::JsonStringToMessage(*json, &rules).ok()) return std::nullopt;
  return rules;
}

service_policy::Policy TechnicianDevice::ServicePolicy() {
  if (auto text = store_.GetSetting("service_policy.toml")) {
    auto parsed = service_policy::ParsePolicy(*text, "synced policy");
    if (parsed.policy) return *parsed.policy;
  }
  return service_policy::DefaultPolicy();
}

std::optional<v1::Scorecard> TechnicianDevice::CachedScorecard(v1::PeriodKind kind) {
  auto bytes = store_.GetSetting("scorecard." + v1::PeriodKind_Name(kind));
  v1::Scorecard card;
  if (!bytes || !card.ParseFromString(*bytes)) return std::nullopt;
  return card;
}

SyncReport TechnicianDevice::Sync(const std::function<void(const SyncProgress&)>& progress) {
  auto token = store_.GetSetting("token");
  if (!token) {
    SyncReport r;
    r.ok = false;
    r.code = grpc::StatusCode::UNAUTHENTICATED;
    r.error = "signed out: sign in to sync";
    return r;
  }
  AwaitConnectionAttempt(options_.call_deadline);
  SyncEngine engine(store_, clock_, *sync_, options_);
  engine.set_blob_stub(blobs_.get());
  auto report = engine.SyncOnce(*token, progress);
  if (report.code == grpc::StatusCode::UNAUTHENTICATED) {
    // Offline past the access token's life: the refresh token gets a new one, and the
    // outbox (untouched by the refused call) goes out with it.
    if (RefreshSession()) return engine.SyncOnce(*store_.GetSetting("token"), progress);
    if (!store_.GetSetting("refresh_token")) store_.ClearSetting("token");
  }
  return report;
}

}  // namespace fieldledger::device
