// manager_screenshots: the manager's desk rendered to PNG, for scripts/screenshots-manager.sh.
// Signs in to a running server (the demo's `manager`), opens OfficeMain at each window
// size and, in each language, saves every tab: <out>/<WxH>/<lang>/<nn-name>.png. The
// first tour publishes the demo's ended month (assessment tab), so later tours show it
// published with the "changed since publication" marker a shift added afterwards causes.
// Run under a real X server (xvfb-run): the Material style renders blank offscreen.
#include <QtQml/qqmlextensionplugin.h>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <functional>

#include "app_session.h"
#include "language.h"
#include "office_session.h"

Q_IMPORT_QML_PLUGIN(FieldLedgerPlugin)
Q_IMPORT_QML_PLUGIN(FieldLedger_OfficePlugin)

namespace {

using fieldledger::app::Language;
using fieldledger::office::OfficeSession;

QTextStream& Out() {
  static QTextStream out(stdout);
  return out;
}

bool WaitFor(const std::function<bool()>& done, int timeout_ms) {
  QElapsedTimer t;
  t.start();
  while (!done()) {
    if (t.elapsed() > timeout_ms) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
  }
  return true;
}

void Settle(int ms) {
  WaitFor([] { return false; }, ms);
}

class Tour {
 public:
  Tour(QQuickWindow* window, Language* language, QString dir)
      : window_(window), language_(language), dir_(std::move(dir)) {}

  // Searches QObject children and, for items, their visual children (a Loader's item and
  // a Page's header are not always QObject children of what shows them).
  static QObject* Search(QObject* from, const QString& name) {
    if (!from) return nullptr;
    if (from->objectName() == name) return from;
    for (QObject* child : from->children()) {
      if (QObject* found = Search(child, name)) return found;
    }
    if (auto* item = qobject_cast<QQuickItem*>(from)) {
      for (QQuickItem* child : item->childItems()) {
        if (child->parent() == from) continue;  // already searched
        if (QObject* found = Search(child, name)) return found;
      }
    }
    return nullptr;
  }
  QObject* Find(const char* name) {
    QObject* o = Search(window_->contentItem(), QLatin1String(name));
    if (!o) o = window_->findChild<QObject*>(QLatin1String(name));
    if (!o) {
      Out() << "missing object " << name << Qt::endl;
      ++failures_;
    }
    return o;
  }
  // Waits until `model` has finished loading.
  void Loaded(const char* model) {
    QObject* o = Find(model);
    if (!o) return;
    Settle(200);
    if (!WaitFor([o] { return !o->property("loading").toBool(); }, 20000)) {
      Out() << model << " still loading" << Qt::endl;
      ++failures_;
    }
    Settle(600);
  }
  void Tab(int index) {
    if (QObject* tabs = Find("managerTabs")) tabs->setProperty("currentIndex", index);
  }
  void Save(const QString& name) {
    QDir().mkpath(dir_);
    const QString path = QStringLiteral("%1/%2.png").arg(dir_, name);
    const QImage image = window_->grabWindow();
    const bool ok = !image.isNull() && image.save(path);
    failures_ += !ok;
    Out() << (ok ? "saved " : "FAILED to save ") << path << Qt::endl;
  }

  void Run() {
    QObject* bar = Find("managerFilterBar");
    QObject* staff = Find("managerStaff");
    if (!bar || !staff) return;
    WaitFor([staff] { return !staff->property("loading").toBool(); }, 20000);
    Settle(300);

    Tab(0);
    bar->setProperty("periodKind", QStringLiteral("week"));
    Loaded("managerScorecard");
    Save(QStringLiteral("01-scorecard-company-week"));

    QMetaObject::invokeMethod(bar, "selectScope", Q_ARG(QVariant, QStringLiteral("technician")),
                              Q_ARG(QVariant, QStringLiteral("u-tech1")));
    Loaded("managerScorecard");
    if (QObject* card = Find("managerScorecard")) {
      QMetaObject::invokeMethod(card, "explain", Q_ARG(QString, QStringLiteral("on_time")));
      Settle(300);
      WaitFor([card] { return !card->property("explainLoading").toBool(); }, 20000);
      Settle(600);
      Save(QStringLiteral("02-scorecard-technician-explained"));
      const QString dir = dir_ + QStringLiteral("/exports");
      QDir().mkpath(dir);
      QMetaObject::invokeMethod(card, "exportPdf", Q_ARG(QString, dir + "/scorecard.pdf"));
      QMetaObject::invokeMethod(card, "exportExplanationsCsv",
                                Q_ARG(QString, dir + "/explanations.csv"));
    }

    QMetaObject::invokeMethod(bar, "selectScope", Q_ARG(QVariant, QStringLiteral("company")),
                              Q_ARG(QVariant, QString()));
    // The demo's week reaches six days back: the month holding those days has the most
    // jobs per technician, enough for the ranking's minimum sample.
    bar->setProperty("periodKind", QStringLiteral("month"));
    bar->setProperty("anchor", QDate::currentDate().addDays(-6).toString(Qt::ISODate));
    Tab(1);
    Loaded("managerRanking");
    Save(QStringLiteral("03-ranking-on-time"));

    Tab(2);
    Loaded("managerPay");
    Save(QStringLiteral("04-pay-month"));
    if (QObject* button = Find("payExport")) {
      QMetaObject::invokeMethod(button, "clicked");
      Settle(600);
      Save(QStringLiteral("07-pay-export-menu"));
      if (QObject* menu = Search(button, QStringLiteral("exportMenu"))) {
        QMetaObject::invokeMethod(menu, "close");
      } else {
        Out() << "missing object exportMenu" << Qt::endl;
        ++failures_;
      }
      Settle(400);
    }
    // The month's exports as the menu's choices write them, to look at too.
    if (QObject* pay = Find("managerPay")) {
      const QString dir = dir_ + QStringLiteral("/exports");
      QDir().mkpath(dir);
      QMetaObject::invokeMethod(pay, "exportXlsx", Q_ARG(QString, dir + "/pay.xlsx"));
      QMetaObject::invokeMethod(pay, "exportCsv", Q_ARG(QString, dir + "/pay.csv"));
      QMetaObject::invokeMethod(pay, "exportPayslipPdf", Q_ARG(int, -1),
                                Q_ARG(QString, dir + "/payslips.pdf"));
      Out() << "export: " << pay->property("exportMessage").toString() << Qt::endl;
    }

    bar->setProperty("periodKind", QStringLiteral("week"));
    bar->setProperty("anchor", QDate::currentDate().toString(Qt::ISODate));
    Tab(3);
    Loaded("managerRevenue");
    Save(QStringLiteral("05-revenue"));

    Tab(4);
    Loaded("managerTrend");
    Save(QStringLiteral("06-trend-on-time"));

    // The month of the demo's week again, for the schedule and the assessment.
    const QDate month_day = QDate::currentDate().addDays(-6);
    bar->setProperty("anchor", month_day.toString(Qt::ISODate));
    Tab(5);
    Loaded("managerAttendance");
    Save(QStringLiteral("08-attendance-month"));
    if (QObject* dialog = Find("shiftDialog")) {
      QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, QVariantMap()),
                                Q_ARG(QVariant, QStringLiteral("u-tech1")),
                                Q_ARG(QVariant, month_day.toString(Qt::ISODate)));
      Settle(600);
      Save(QStringLiteral("09-shift-editor"));
      QMetaObject::invokeMethod(dialog, "close");
      Settle(400);
    }
    ShowImportErrors();
    Save(QStringLiteral("10-attendance-import-errors"));
    if (QObject* attendance = Find("managerAttendance")) {
      QMetaObject::invokeMethod(attendance, "clearMessage");
    }

    Tab(6);
    Loaded("managerAssessment");
    QObject* assessment = Find("managerAssessment");
    if (!assessment) return;
    const bool was_published = assessment->property("published").toBool();
    Save(QStringLiteral("11-assessment"));
    if (QObject* dialog = Find("publishDialog")) {
      // Once the demo's month is published (every tour after the first), the confirmation
      // is shown for the month before, which nobody published.
      if (was_published) {
        bar->setProperty("anchor", month_day.addMonths(-1).toString(Qt::ISODate));
        Loaded("managerAssessment");
      }
      QMetaObject::invokeMethod(dialog, "open");
      Settle(600);
      Save(QStringLiteral("12-publish-confirmation"));
      QMetaObject::invokeMethod(dialog, "close");
      Settle(400);
      if (was_published) {
        bar->setProperty("anchor", month_day.toString(Qt::ISODate));
        Loaded("managerAssessment");
      }
    }
    // The first tour publishes the ended month with a comment, then adds a shift so the
    // live figures differ: every later tour shows the published month and its marker.
    if (!was_published && assessment->property("monthEnded").toBool()) {
      QMetaObject::invokeMethod(
          assessment, "saveComment", Q_ARG(QString, QStringLiteral("u-tech1")),
          Q_ARG(QString, QStringLiteral("Steady month; keep the arrival times up.")));
      WaitFor([assessment] { return !assessment->property("busy").toBool(); }, 20000);
      Loaded("managerAssessment");
      QMetaObject::invokeMethod(assessment, "publish", Q_ARG(QString, QString()));
      WaitFor([assessment] { return !assessment->property("busy").toBool(); }, 20000);
      Loaded("managerAssessment");
      if (QObject* attendance = Find("managerAttendance")) {
        const QString day = QDate(month_day.year(), month_day.month(), 1).toString(Qt::ISODate);
        QMetaObject::invokeMethod(attendance, "saveShift", Q_ARG(QString, QString()),
                                  Q_ARG(QString, QStringLiteral("u-tech1")), Q_ARG(QString, day),
                                  Q_ARG(QString, QStringLiteral("08:30")),
                                  Q_ARG(QString, QStringLiteral("17:30")),
                                  Q_ARG(QString, QString()));
        WaitFor([attendance] { return !attendance->property("busy").toBool(); }, 20000);
        Out() << "after publication: " << attendance->property("message").toString() << Qt::endl;
      }
    }
    QMetaObject::invokeMethod(assessment, "load",
                              Q_ARG(QVariantMap, bar->property("query").toMap()));
    Loaded("managerAssessment");
    Save(QStringLiteral("13-assessment-published"));
    Tab(0);
  }

  // A refused import as the desk shows it: a CSV with a bad line of each kind.
  void ShowImportErrors() {
    QObject* attendance = Find("managerAttendance");
    if (!attendance) return;
    const QString path = dir_ + QStringLiteral("/exports/bad-shifts.csv");
    QDir().mkpath(dir_ + QStringLiteral("/exports"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
      f.write(
          "technician,start,end,leave\n"
          "tech1,2026-12-20 08:30,2026-12-20 17:30,no\n"
          "nobody,2026-12-20 08:30,2026-12-20 17:30,no\n"
          "tech1,soon,2026-12-21 17:30,no\n"
          "tech1,2026-12-22 17:30,2026-12-22 08:30,maybe\n");
    }
    f.close();
    QMetaObject::invokeMethod(attendance, "importCsv", Q_ARG(QString, path));
    Settle(200);
    WaitFor([attendance] { return !attendance->property("busy").toBool(); }, 20000);
    Settle(600);
  }

  int failures() const { return failures_; }

 private:
  QQuickWindow* window_;
  Language* language_;
  QString dir_;
  int failures_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  QGuiApplication app(argc, argv);
  QCommandLineParser cli;
  cli.addHelpOption();
  QCommandLineOption server({QStringLiteral("server")}, QStringLiteral("host:port"),
                            QStringLiteral("address"), QStringLiteral("127.0.0.1:50051"));
  QCommandLineOption user({QStringLiteral("user")}, QStringLiteral("username"),
                          QStringLiteral("name"), QStringLiteral("manager"));
  QCommandLineOption password({QStringLiteral("password")}, QStringLiteral("password"),
                              QStringLiteral("secret"), QStringLiteral("fieldledger-demo"));
  QCommandLineOption out({QStringLiteral("out")}, QStringLiteral("output folder"),
                         QStringLiteral("dir"), QStringLiteral("screenshots-manager"));
  cli.addOptions({server, user, password, out});
  cli.process(app);

  QQuickStyle::setStyle(QStringLiteral("Material"));
  Language::AddCatalog(QStringLiteral("fieldledger_office"));
  Language::ApplyStartupLanguage(QStringLiteral("en"));
  QTemporaryDir data;
  fieldledger::app::AppSession session(data.path(), cli.value(server));
  fieldledger::app::AppSession::setInstance(&session);
  OfficeSession office(&app);
  OfficeSession::setInstance(&office);
  office.signIn(cli.value(server), cli.value(user), cli.value(password));
  WaitFor([&] { return !office.signingIn(); }, 30000);
  if (!office.signedIn()) {
    Out() << "sign-in failed: " << office.signInError() << Qt::endl;
    return 1;
  }

  int failures = 0;
  const QList<QSize> sizes = {{1366, 768}, {1920, 1080}};
  for (const QString& code : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
    for (const QSize& size : sizes) {
      QQmlApplicationEngine engine;
      engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
      auto* language =
          engine.singletonInstance<Language*>(qmlTypeId("FieldLedger", 1, 0, "Language"));
      language->setCode(code);
      engine.loadData(
          "import QtQuick\nimport QtQuick.Controls\nimport FieldLedger.Office\n"
          "ApplicationWindow { visible: true; OfficeMain { anchors.fill: parent } }");
      auto* window = engine.rootObjects().isEmpty()
                         ? nullptr
                         : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
      if (!window) {
        Out() << "the desk did not load" << Qt::endl;
        return 1;
      }
      window->resize(size);
      Settle(500);
      Tour tour(window, language,
                QStringLiteral("%1/%2x%3/%4")
                    .arg(cli.value(out))
                    .arg(size.width())
                    .arg(size.height())
                    .arg(code));
      tour.Run();
      failures += tour.failures();
      window->close();
    }
  }
  Out() << (failures ? "screenshots: failures " : "screenshots: all saved ") << failures
        << Qt::endl;
  return failures ? 1 : 0;
}
