#include "office_session.h"

#include <QQmlEngine>

#include "office_errors.h"

namespace fieldledger::office {
namespace {

OfficeSession* g_instance = nullptr;

}  // namespace

QString OfficeRoleName(int v1_role) {
  switch (v1_role) {
    case v1::ROLE_DISPATCHER:
      return QStringLiteral("dispatcher");
    case v1::ROLE_CALLBACK_AGENT:
      return QStringLiteral("callback_agent");
    case v1::ROLE_MANAGER:
      return QStringLiteral("manager");
    case v1::ROLE_ADMIN:
      return QStringLiteral("admin");
    default:
      return {};
  }
}

OfficeSession::OfficeSession(QObject* parent) : QObject(parent) {}

OfficeSession::~OfficeSession() {
  if (g_instance == this) g_instance = nullptr;
}

void OfficeSession::setInstance(OfficeSession* session) { g_instance = session; }

OfficeSession* OfficeSession::instance() { return g_instance; }

OfficeSession* OfficeSession::create(QQmlEngine*, QJSEngine*) {
  Q_ASSERT(g_instance);
  // The session outlives every engine that shows it; QML must not delete it.
  QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
  return g_instance;
}

namespace {

// When to refresh: a minute before the access token ends, or half way for short ones.
std::chrono::steady_clock::time_point RefreshAt(const v1::LoginResponse& resp) {
  const auto life = std::chrono::milliseconds(resp.expires_in_ms());
  const auto margin = std::min<std::chrono::milliseconds>(std::chrono::minutes(1), life / 2);
  return std::chrono::steady_clock::now() + life - margin;
}

}  // namespace

void OfficeSession::prepare(grpc::ClientContext& ctx) const {
  std::lock_guard lock(tokens_mu_);
  if (!refresh_token_.empty() && channel_ && std::chrono::steady_clock::now() >= refresh_at_) {
    auto stub = v1::AuthService::NewStub(channel_);
    v1::RefreshRequest req;
    req.set_refresh_token(refresh_token_);
    v1::LoginResponse resp;
    grpc::ClientContext refresh_ctx;
    device::PrepareContext(refresh_ctx, "", options_);
    if (stub->Refresh(&refresh_ctx, req, &resp).ok()) {
      token_ = resp.token();
      refresh_token_ = resp.refresh_token();
      refresh_at_ = RefreshAt(resp);
    }
    // Refused or unreachable: the call below gets the server's answer with the old token.
  }
  device::PrepareContext(ctx, token_, options_);
}

std::string OfficeSession::token() const {
  std::lock_guard lock(tokens_mu_);
  return token_;
}

void OfficeSession::signIn(const QString& server, const QString& username,
                           const QString& password) {
  if (signing_in_) return;
  if (username.trimmed().isEmpty() || password.isEmpty()) {
    sign_in_error_ = tr("Enter your username and password.");
    emit signingInChanged();
    return;
  }
  signing_in_ = true;
  sign_in_error_.clear();
  emit signingInChanged();
  const std::string address = server.trimmed().toStdString();
  const std::string user = username.trimmed().toStdString();
  const std::string pass = password.toStdString();
  const auto options = options_;
  Run(
      this,
      [address, user, pass, options] {
        auto stub = v1::AuthService::NewStub(device::MakeChannel(address, options));
        v1::LoginRequest req;
        req.set_username(user);
        req.set_password(pass);
        req.set_device_name("office desk");
        v1::LoginResponse resp;
        grpc::ClientContext ctx;
        device::PrepareContext(ctx, "", options);
        const grpc::Status status = stub->Login(&ctx, req, &resp);
        LoginResult r;
        if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED) {
          r.error = tr("Wrong username or password.");
        } else if (!status.ok()) {
          r.error = ErrorText(status);
        } else if (OfficeRoleName(resp.role()).isEmpty()) {
          r.error = tr("This desk is for office staff; technicians sign in on the phone app.");
        } else {
          r.ok = true;
          r.login = QByteArray::fromStdString(resp.SerializeAsString());
        }
        return r;
      },
      [this, server](const LoginResult& r) {
        signing_in_ = false;
        sign_in_error_ = r.error;
        if (r.ok) Apply(server.trimmed(), r.login);
        emit signingInChanged();
      });
}

void OfficeSession::adoptLogin(const QString& server, const QByteArray& login) {
  Apply(server, login);
}

void OfficeSession::Apply(const QString& server, const QByteArray& login) {
  v1::LoginResponse resp;
  if (!resp.ParseFromString(login.toStdString()) || OfficeRoleName(resp.role()).isEmpty()) return;
  server_ = server;
  channel_ = device::MakeChannel(server.toStdString(), options_);
  {
    std::lock_guard lock(tokens_mu_);
    token_ = resp.token();
    refresh_token_ = resp.refresh_token();
    refresh_at_ = RefreshAt(resp);
  }
  role_ = OfficeRoleName(resp.role());
  display_name_ = QString::fromStdString(resp.display_name());
  user_id_ = QString::fromStdString(resp.user_id());
  company_id_ = QString::fromStdString(resp.company_id());
  company_name_ = QString::fromStdString(resp.company_name());
  const QTimeZone zone(QByteArray::fromStdString(resp.time_zone()));
  zone_ = zone.isValid() ? zone : QTimeZone::utc();
  emit signedInChanged();
}

void OfficeSession::signOut() {
  if (!signedIn()) return;
  // The server forgets the token too; the desk does not wait for it.
  auto stub = v1::AuthService::NewStub(channel_);
  const std::string token = this->token();
  const auto options = options_;
  Run(
      this,
      [stub = std::shared_ptr<v1::AuthService::StubInterface>(std::move(stub)), token, options] {
        v1::LogoutRequest req;
        v1::LogoutResponse resp;
        grpc::ClientContext ctx;
        device::PrepareContext(ctx, token, options);
        return stub->Logout(&ctx, req, &resp).ok();
      },
      [](bool) {});
  {
    std::lock_guard lock(tokens_mu_);
    token_.clear();
    refresh_token_.clear();
  }
  role_.clear();
  display_name_.clear();
  user_id_.clear();
  company_id_.clear();
  company_name_.clear();
  emit signedInChanged();
  emit signedOut();
}

}  // namespace fieldledger::office
