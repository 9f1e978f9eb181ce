// Qt Quick Test runner for the office desks (tests/office_qml/tst_*.qml): a real
// server runs in this process on a free port over a temporary SQLite file, and the
// desks sign in to it through OfficeSession, as a dispatcher's desktop would. No mocks
// between the view and the server. QML reads the address as `officeServerAddress`.
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>

#include "app_session.h"
#include "office_live_server.h"
#include "office_session.h"
#include "qml_inventory.h"

Q_IMPORT_QML_PLUGIN(FieldLedgerPlugin)
Q_IMPORT_QML_PLUGIN(FieldLedger_OfficePlugin)

using fieldledger::office_testing::OfficeLiveServer;

class Setup : public QObject {
  Q_OBJECT
 public slots:
  void applicationAvailable() {
    QQuickStyle::setStyle(QStringLiteral("Material"));
    server_ = std::make_unique<OfficeLiveServer>(dir_.filePath("server.db").toStdString());
    SeedBoard(*server_);
    // The technician's session exists (Theme, Language live in its module) but is unused.
    app_ = std::make_unique<fieldledger::app::AppSession>(dir_.filePath("app"),
                                                          QStringLiteral("127.0.0.1:9"));
    fieldledger::app::AppSession::setInstance(app_.get());
    office_ = std::make_unique<fieldledger::office::OfficeSession>(nullptr);
    fieldledger::office::OfficeSession::setInstance(office_.get());
    // Wired as main() wires them, so tst_app_routing signs in on the app's own login page.
    app_->setOfficeAvailable(true);
    QObject::connect(app_.get(), &fieldledger::app::AppSession::officeSignedIn, office_.get(),
                     &fieldledger::office::OfficeSession::adoptLogin);
    QObject::connect(office_.get(), &fieldledger::office::OfficeSession::signedOut, app_.get(),
                     &fieldledger::app::AppSession::closeOffice);
  }
  void qmlEngineAvailable(QQmlEngine* engine) {
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine->rootContext()->setContextProperty(QStringLiteral("officeServerAddress"),
                                              QString::fromStdString(server_->address()));
    engine->rootContext()->setContextProperty(
        QStringLiteral("officePassword"),
        QString::fromLatin1(fieldledger::office_testing::kPassword));
    engine->rootContext()->setContextProperty(QStringLiteral("qmlInventory"),
                                              fieldledger::testing::QmlInventory());
  }
  void cleanupTestCase() {
    office_.reset();
    app_.reset();
    server_.reset();
  }

 private:
  // Today's board: each technician has work around now, so every state has an example.
  static void SeedBoard(OfficeLiveServer& server) {
    using fieldledger::kHourMs;
    using fieldledger::kMinuteMs;
    server.AddJob("T-0001", "tech1", -3 * kHourMs, kHourMs, "Ada Early");
    server.AddJob("T-0002", "tech1", 2 * kHourMs, kHourMs, "Ben Later");
    server.AddJob("T-0003", "tech2", 30 * kMinuteMs, kHourMs, "Cai Soon");
    server.AddJob("T-0004", "tech3", 3 * kHourMs, kHourMs, "Dan South");
  }

  QTemporaryDir dir_;
  std::unique_ptr<OfficeLiveServer> server_;
  std::unique_ptr<fieldledger::app::AppSession> app_;
  std::unique_ptr<fieldledger::office::OfficeSession> office_;
};

QUICK_TEST_MAIN_WITH_SETUP(fieldledger_office, Setup)

#include "office_test_main.moc"
