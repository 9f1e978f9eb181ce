// Renders the call-back desk to PNG at 1366x768 and 1920x1080, in Chinese and English,
// against a demo server in this process (account callback / fieldledger-demo): the queue
// with a visit open, and the queue with a visit another agent holds. Run under Xvfb:
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/tests/qml/callback_screenshots <out dir>
#include <QtQml/qqmlextensionplugin.h>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <functional>

#include "app_session.h"
#include "callback_live_server.h"
#include "language.h"
#include "office_session.h"

Q_IMPORT_QML_PLUGIN(FieldLedgerPlugin)
Q_IMPORT_QML_PLUGIN(FieldLedger_OfficePlugin)

namespace {

bool WaitFor(const std::function<bool()>& done, int ms = 10000) {
  QElapsedTimer t;
  t.start();
  while (!done() && t.elapsed() < ms) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
  }
  return done();
}

void Settle(int ms = 400) {
  WaitFor([] { return false; }, ms);
}

constexpr char kShell[] = R"qml(
import QtQuick
import QtQuick.Controls
import FieldLedger
import FieldLedger.Office
ApplicationWindow {
    id: win
    visible: true
    property string lang: "zh_CN"
    property string address: ""
    Component.onCompleted: {
        Language.code = lang
        OfficeSession.signIn(address, "callback", "fieldledger-demo")
    }
    Loader {
        objectName: "officeLoader"
        anchors.fill: parent
        active: OfficeSession.signedIn
        sourceComponent: OfficeMain {}
    }
}
)qml";

}  // namespace

int main(int argc, char** argv) {
  QGuiApplication app(argc, argv);
  QQuickStyle::setStyle(QStringLiteral("Material"));
  const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
  QDir().mkpath(out);
  QTemporaryDir dir;
  using fieldledger::kDayMs;
  using fieldledger::kHourMs;
  fieldledger::callback_testing::CallBackLiveServer server(
      dir.filePath("server.db").toStdString(), fieldledger::server::SystemNowMs(), true);
  server.AddCompleted("DEMO-1003", "tech1", 6 * kDayMs, "Liu Yang", "Huawei Mate 60");
  server.AddCompleted("DEMO-1007", "tech2", 5 * kDayMs + 3 * kHourMs, "Ma Xiaoli",
                      "Xiaomi TV 65\"");
  server.AddCompleted("DEMO-1011", "tech1", 4 * kDayMs, "Huang Tao", "Hisense TV 55\"");
  server.AddCompleted("DEMO-1014", "tech2", 3 * kDayMs + 8 * kHourMs, "Zhao Qing", "Xiaomi 14");
  server.AddCompleted("DEMO-1018", "tech1", 3 * kDayMs + 2 * kHourMs, "Xu Na", "Huawei P60");
  server.AddCompleted("DEMO-1020", "tech2", 3 * kDayMs + 1 * kHourMs, "Gao Jun", "TCL TV 75\"");

  fieldledger::app::AppSession phone(dir.filePath("app"), QStringLiteral("127.0.0.1:9"));
  fieldledger::app::AppSession::setInstance(&phone);
  fieldledger::office::OfficeSession office(nullptr);
  fieldledger::office::OfficeSession::setInstance(&office);
  fieldledger::app::Language::AddCatalog(QStringLiteral("fieldledger_office"));

  QQmlApplicationEngine engine;
  engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
  int failures = 0;
  bool claimed_by_other = false;
  for (const char* lang : {"zh_CN", "en"}) {
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
      QQmlComponent shell(&engine);
      shell.setData(kShell, QUrl(QStringLiteral("qrc:/callback_shots/Shell.qml")));
      auto* win = qobject_cast<QQuickWindow*>(shell.beginCreate(engine.rootContext()));
      if (!win) {
        std::fprintf(stderr, "%s\n", qPrintable(shell.errorString()));
        return 1;
      }
      win->setProperty("lang", QString::fromLatin1(lang));
      win->setProperty("address", QString::fromStdString(server.address()));
      win->resize(size);
      shell.completeCreate();
      QObject* desk = nullptr;
      WaitFor([&] {
        desk = win->findChild<QObject*>(QStringLiteral("callBackController"));
        return desk && desk->property("total").toInt() > 0 && !desk->property("loading").toBool();
      });
      if (!desk) {
        std::fprintf(stderr, "desk did not load for %s\n", lang);
        return 1;
      }
      if (!claimed_by_other) {
        // Another agent on the phone with the second customer, as the queue shows it.
        fieldledger::server::CallBackClaimRecord c{
            "job-DEMO-1007", "acme", "callback2", "Wu Lan", server.Now(), server.Now() + 3600'000};
        server.store().Write([&](fieldledger::server::StoreTx& tx) { tx.UpsertCallBackClaim(c); });
        claimed_by_other = true;
      }
      QMetaObject::invokeMethod(desk, "refresh");
      Settle(600);
      const QString tag = QStringLiteral("%1-%2x%3").arg(lang).arg(size.width()).arg(size.height());
      if (!win->grabWindow().save(out + QStringLiteral("/callback-queue-%1.png").arg(tag)))
        ++failures;
      QMetaObject::invokeMethod(desk, "openNext");
      WaitFor([&] { return desk->property("hasVisit").toBool(); });
      // The agent has pressed 4 and P: satisfied, but the problem came back.
      if (auto* record = win->findChild<QObject*>(QStringLiteral("recordPane"))) {
        record->setProperty("outcome", QStringLiteral("reached"));
        record->setProperty("score", 4);
        record->setProperty("problemReturned", true);
      }
      Settle(600);
      if (!win->grabWindow().save(out + QStringLiteral("/callback-visit-%1.png").arg(tag)))
        ++failures;
      QMetaObject::invokeMethod(desk, "cancel");
      Settle(300);
      win->close();
      delete win;
      Settle(200);
    }
  }
  std::printf("screenshots in %s (%d failed)\n", qPrintable(out), failures);
  return failures == 0 ? 0 : 1;
}
