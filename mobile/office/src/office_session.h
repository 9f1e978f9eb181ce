#pragma once
// Who is signed in at the office desk, exposed to QML as the singleton `OfficeSession`:
// the token and the one gRPC channel every desk's calls use, the role (which desk opens),
// display name and company. main() (or a test) owns the one instance; QML gets it from
// create(). Network calls run on a worker thread; results come back to
// the GUI thread as signals, so the desk never freezes on a slow server.
#include <QtQml/qqmlregistration.h>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

#include "fieldledger/v1/auth.grpc.pb.h"
#include "transport.h"

class QQmlEngine;
class QJSEngine;

namespace fieldledger::office {

class OfficeSession : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(OfficeSession)
  QML_SINGLETON
  Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
  Q_PROPERTY(bool signingIn READ signingIn NOTIFY signingInChanged)
  Q_PROPERTY(QString signInError READ signInError NOTIFY signingInChanged)
  // "dispatcher", "callback_agent", "manager" or "admin"; empty when signed out.
  Q_PROPERTY(QString role READ role NOTIFY signedInChanged)
  Q_PROPERTY(QString displayName READ displayName NOTIFY signedInChanged)
  Q_PROPERTY(QString userId READ userId NOTIFY signedInChanged)
  Q_PROPERTY(QString companyId READ companyId NOTIFY signedInChanged)
  Q_PROPERTY(QString companyName READ companyName NOTIFY signedInChanged)
  Q_PROPERTY(QString timeZone READ timeZoneName NOTIFY signedInChanged)
  Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY signedInChanged)

 public:
  // No default constructor on purpose: Qt 6.4 would build a second, signed-out instance
  // for QML with it instead of calling create().
  explicit OfficeSession(QObject* parent);
  ~OfficeSession() override;

  // The instance QML's `OfficeSession` resolves to; set by main() or a test's setup.
  static void setInstance(OfficeSession* session);
  static OfficeSession* instance();
  static OfficeSession* create(QQmlEngine*, QJSEngine*);

  bool signedIn() const {
    std::lock_guard lock(tokens_mu_);
    return !token_.empty();
  }
  bool signingIn() const { return signing_in_; }
  QString signInError() const { return sign_in_error_; }
  QString role() const { return role_; }
  QString displayName() const { return display_name_; }
  QString userId() const { return user_id_; }
  QString companyId() const { return company_id_; }
  QString companyName() const { return company_name_; }
  QString timeZoneName() const { return QString::fromUtf8(zone_.id()); }
  QString serverAddress() const { return server_; }
  QTimeZone zone() const { return zone_; }

  // Signs in through AuthService on a worker thread. Office roles only: a technician is
  // told to use the phone view.
  Q_INVOKABLE void signIn(const QString& server, const QString& username, const QString& password);
  // Takes over a sign-in the app already made (the phone's login page, same credentials):
  // `login` is a serialized v1::LoginResponse of an office role.
  Q_INVOKABLE void adoptLogin(const QString& server, const QByteArray& login);
  Q_INVOKABLE void signOut();

  // For the desks' C++ models: the shared channel, and a context with the deadline and
  // bearer token set. Safe to call from any thread once signed in. The access token is
  // short-lived (docs/security.md): prepare() trades the refresh token for a new one
  // when a minute of its life is left, measured on this machine's steady clock.
  std::shared_ptr<grpc::Channel> channel() const { return channel_; }
  void prepare(grpc::ClientContext& ctx) const;
  std::string token() const;
  const device::TransportOptions& transportOptions() const { return options_; }

  // Runs `work` on a worker thread and then `done(result)` on `receiver`'s thread,
  // unless receiver was destroyed meanwhile. Every desk's network call goes through this.
  template <class Work, class Done>
  static void Run(QObject* receiver, Work work, Done done) {
    using Result = decltype(work());
    auto* watcher = new QFutureWatcher<Result>(receiver);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, receiver,
                     [watcher, done = std::move(done)] {
                       done(watcher->result());
                       watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
  }

 signals:
  void signedInChanged();
  void signingInChanged();
  // After signOut(): the app returns to its login page.
  void signedOut();

 private:
  struct LoginResult {
    bool ok = false;
    QString error;
    QByteArray login;  // serialized v1::LoginResponse when ok
  };
  void Apply(const QString& server, const QByteArray& login);

  device::TransportOptions options_;
  std::shared_ptr<grpc::Channel> channel_;
  // The tokens change under prepare() on worker threads.
  mutable std::mutex tokens_mu_;
  mutable std::string token_;
  mutable std::string refresh_token_;
  mutable std::chrono::steady_clock::time_point refresh_at_{};
  QString server_;
  QString role_;
  QString display_name_;
  QString user_id_;
  QString company_id_;
  QString company_name_;
  QTimeZone zone_ = QTimeZone::utc();
  bool signing_in_ = false;
  QString sign_in_error_;
};

// The role names OfficeSession::role() uses, from the wire enum; empty for technicians.
QString OfficeRoleName(int v1_role);

}  // namespace fieldledger::office
