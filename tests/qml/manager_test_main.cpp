// Qt Quick Test runner for the manager's desk (tests/qml/manager_qml/tst_*.qml): a real
// server runs in this process over a temporary SQLite file with a month of known work
// (manager_live_server.h), and the desk signs in to it through OfficeSession as a
// manager's desktop would. No mocks between the view and the server. QML reads
// `managerServerAddress`, `managerPassword`, `exportDir` and `testFiles` (reads back what
// an export wrote, and writes the CSV files the shift import reads).
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>

#include "app_session.h"
#include "language.h"
#include "manager_live_server.h"
#include "office_session.h"

Q_IMPORT_QML_PLUGIN(FieldLedgerPlugin)
Q_IMPORT_QML_PLUGIN(FieldLedger_OfficePlugin)

using fieldledger::manager_testing::ManagerLiveServer;

// What a test needs to check an export: the file's bytes as UTF-8 text.
class TestFiles : public QObject {
  Q_OBJECT
 public:
  using QObject::QObject;
  Q_INVOKABLE bool exists(const QString& path) const { return QFile::exists(path); }
  Q_INVOKABLE QString read(const QString& path) const {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll());
  }
  Q_INVOKABLE qint64 size(const QString& path) const { return QFile(path).size(); }
  // Writes `text` as UTF-8 (a CSV the shift import then reads); false when it cannot.
  Q_INVOKABLE bool write(const QString& path, const QString& text) const {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    return f.write(text.toUtf8()) >= 0;
  }
};

class Setup : public QObject {
  Q_OBJECT
 public slots:
  void applicationAvailable() {
    QQuickStyle::setStyle(QStringLiteral("Material"));
    fieldledger::app::Language::AddCatalog(QStringLiteral("fieldledger_office"));
    server_ = std::make_unique<ManagerLiveServer>(dir_.filePath("server.db").toStdString());
    // The technician's session exists (Theme, Language live in its module) but is unused.
    app_ = std::make_unique<fieldledger::app::AppSession>(dir_.filePath("app"),
                                                          QStringLiteral("127.0.0.1:9"));
    fieldledger::app::AppSession::setInstance(app_.get());
    office_ = std::make_unique<fieldledger::office::OfficeSession>(nullptr);
    fieldledger::office::OfficeSession::setInstance(office_.get());
  }
  void qmlEngineAvailable(QQmlEngine* engine) {
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlContext* context = engine->rootContext();
    context->setContextProperty(QStringLiteral("managerServerAddress"),
                                QString::fromStdString(server_->address()));
    context->setContextProperty(QStringLiteral("managerPassword"),
                                QString::fromLatin1(fieldledger::manager_testing::kPassword));
    context->setContextProperty(QStringLiteral("exportDir"),
                                dir_.filePath(QStringLiteral("exports")));
    context->setContextProperty(QStringLiteral("testFiles"), &files_);
    QDir().mkpath(dir_.filePath(QStringLiteral("exports")));
  }
  void cleanupTestCase() {
    office_.reset();
    app_.reset();
    server_.reset();
  }

 private:
  QTemporaryDir dir_;
  TestFiles files_;
  std::unique_ptr<ManagerLiveServer> server_;
  std::unique_ptr<fieldledger::app::AppSession> app_;
  std::unique_ptr<fieldledger::office::OfficeSession> office_;
};

QUICK_TEST_MAIN_WITH_SETUP(fieldledger_manager, Setup)

#include "manager_test_main.moc"
