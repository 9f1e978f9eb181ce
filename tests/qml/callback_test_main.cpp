// Qt Quick Test runner for the call-back desk (tests/qml/callback_qml/callback_desk_test.qml,
// passed with -input): a real
// server in this process on a clock the test moves, and the desk signed in to it through
// OfficeSession. QML reaches the test's side through the `deskTest` object: move the
// clock, act as a second agent over gRPC, count what the server stored.
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>

#include "app_session.h"
#include "callback_live_server.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/callbacks.grpc.pb.h"
#include "office_session.h"

Q_IMPORT_QML_PLUGIN(FieldLedgerPlugin)
Q_IMPORT_QML_PLUGIN(FieldLedger_OfficePlugin)

using fieldledger::callback_testing::CallBackLiveServer;
namespace v1 = fieldledger::v1;

class DeskTest : public QObject {
  Q_OBJECT
 public:
  explicit DeskTest(CallBackLiveServer& server) : server_(server) {}

  Q_INVOKABLE QString serverAddress() const { return QString::fromStdString(server_.address()); }
  Q_INVOKABLE QString password() const {
    return QString::fromLatin1(fieldledger::callback_testing::kPassword);
  }
  Q_INVOKABLE void advanceHours(double hours) {
    server_.Advance(static_cast<fieldledger::DurationMs>(hours * fieldledger::kHourMs));
  }
  // Claims the visit as another agent through the public API; "" or the server's error.
  Q_INVOKABLE QString claimAs(const QString& username, const QString& job_id) {
    auto channel =
        grpc::CreateChannel(server_.address(), fieldledger::test_tls::ClientCredentials());
    v1::LoginRequest login;
    login.set_username(username.toStdString());
    login.set_password(fieldledger::callback_testing::kPassword);
    v1::LoginResponse who;
    grpc::ClientContext lctx;
    if (auto s = v1::AuthService::NewStub(channel)->Login(&lctx, login, &who); !s.ok()) {
      return QString::fromStdString(s.error_message());
    }
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + who.token());
    v1::ClaimVisitRequest req;
    req.set_job_id(job_id.toStdString());
    v1::CallBackVisit visit;
    auto s = v1::CallBackService::NewStub(channel)->ClaimVisit(&ctx, req, &visit);
    return s.ok() ? QString() : QString::fromStdString(s.error_message());
  }
  // How many call-backs the server holds for the job.
  Q_INVOKABLE int callbacksOf(const QString& job_id) {
    int n = 0;
    server_.store().Read([&](fieldledger::server::StoreTx& tx) {
      n = static_cast<int>(tx.ListCallBacksOfJobs({job_id.toStdString()}).size());
    });
    return n;
  }
  Q_INVOKABLE int scoreOf(const QString& job_id) {
    int score = -1;
    server_.store().Read([&](fieldledger::server::StoreTx& tx) {
      for (const auto& c : tx.ListCallBacksOfJobs({job_id.toStdString()}))
        score = c.score.value_or(0);
    });
    return score;
  }

 private:
  CallBackLiveServer& server_;
};

class Setup : public QObject {
  Q_OBJECT
 public slots:
  void applicationAvailable() {
    QQuickStyle::setStyle(QStringLiteral("Material"));
    server_ = std::make_unique<CallBackLiveServer>(dir_.filePath("server.db").toStdString(),
                                                   fieldledger::server::SystemNowMs());
    using fieldledger::kDayMs;
    using fieldledger::kHourMs;
    // Due three days after completion: Q-0001 is the oldest due, Q-0009 not due yet.
    server_->AddCompleted("Q-0001", "tech1", 6 * kDayMs, "Ada Oldest");
    server_->AddCompleted("Q-0002", "tech2", 5 * kDayMs, "Ben Second");
    server_->AddCompleted("Q-0003", "tech1", 4 * kDayMs + 6 * kHourMs, "Cai Third");
    server_->AddCompleted("Q-0004", "tech2", 4 * kDayMs, "Dan Fourth");
    server_->AddCompleted("Q-0005", "tech1", 3 * kDayMs + 20 * kHourMs, "Eve Fifth");
    server_->AddCompleted("Q-0006", "tech2", 3 * kDayMs + 10 * kHourMs, "Fay Sixth");
    server_->AddCompleted("Q-0007", "tech1", 3 * kDayMs + 5 * kHourMs, "Gus Seventh");
    server_->AddCompleted("Q-0008", "tech2", 3 * kDayMs + 1 * kHourMs, "Hal Eighth");
    server_->AddCompleted("Q-0009", "tech1", 1 * kDayMs, "Ivy Notyet");
    app_ = std::make_unique<fieldledger::app::AppSession>(dir_.filePath("app"),
                                                          QStringLiteral("127.0.0.1:9"));
    fieldledger::app::AppSession::setInstance(app_.get());
    office_ = std::make_unique<fieldledger::office::OfficeSession>(nullptr);
    fieldledger::office::OfficeSession::setInstance(office_.get());
    helper_ = std::make_unique<DeskTest>(*server_);
  }
  void qmlEngineAvailable(QQmlEngine* engine) {
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine->rootContext()->setContextProperty(QStringLiteral("deskTest"), helper_.get());
  }
  void cleanupTestCase() {
    helper_.reset();
    office_.reset();
    app_.reset();
    server_.reset();
  }

 private:
  QTemporaryDir dir_;
  std::unique_ptr<CallBackLiveServer> server_;
  std::unique_ptr<fieldledger::app::AppSession> app_;
  std::unique_ptr<fieldledger::office::OfficeSession> office_;
  std::unique_ptr<DeskTest> helper_;
};

QUICK_TEST_MAIN_WITH_SETUP(fieldledger_callback_desk, Setup)

#include "callback_test_main.moc"
