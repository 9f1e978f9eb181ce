#include "self_test.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QTextStream>

#include "visit_controller.h"

namespace fieldledger::app {
namespace {

QTextStream& Out() {
  static QTextStream out(stdout);
  return out;
}

}  // namespace

QStringList PageFiles() {
  return {QStringLiteral("LoginPage.qml"),      QStringLiteral("TodayPage.qml"),
          QStringLiteral("JobPage.qml"),        QStringLiteral("SyncStatusBar.qml"),
          QStringLiteral("WorkPage.qml"),       QStringLiteral("FeePage.qml"),
          QStringLiteral("SignaturePage.qml"),  QStringLiteral("VisitSteps.qml"),
          QStringLiteral("PositionFeed.qml"),   QStringLiteral("SyncPage.qml"),
          QStringLiteral("SyncDot.qml"),        QStringLiteral("ScorecardPage.qml"),
          QStringLiteral("ScorecardPeriod.qml")};
}

int RunSelfTest(QQmlApplicationEngine& engine, const QString& main_url) {
  QList<QQmlError> problems;
  QObject::connect(&engine, &QQmlEngine::warnings,
                   [&](const QList<QQmlError>& w) { problems += w; });
  engine.load(QUrl(main_url));
  if (engine.rootObjects().isEmpty()) {
    Out() << "self-test: the main window did not load" << Qt::endl;
    return 1;
  }
  const QString base = main_url.left(main_url.lastIndexOf('/') + 1);
  // The visit's pages need a visit; one without a job shows their empty state.
  VisitController visit;
  for (const QString& file : PageFiles()) {
    QQmlComponent component(&engine, QUrl(base + file));
    const bool needs_visit = file == QLatin1String("WorkPage.qml") ||
                             file == QLatin1String("FeePage.qml") ||
                             file == QLatin1String("SignaturePage.qml");
    QVariantMap properties;
    if (needs_visit) properties[QStringLiteral("visit")] = QVariant::fromValue(&visit);
    std::unique_ptr<QObject> object(component.createWithInitialProperties(properties));
    if (component.isError() || !object) {
      for (const auto& e : component.errors()) problems += e;
      Out() << "self-test: " << file << " failed to load" << Qt::endl;
    } else {
      Out() << "self-test: " << file << " loaded" << Qt::endl;
    }
  }
  QCoreApplication::processEvents();
  for (const auto& p : problems) Out() << "self-test: " << p.toString() << Qt::endl;
  Out() << "self-test: " << (problems.isEmpty() ? "ok" : "FAILED") << Qt::endl;
  return problems.isEmpty() ? 0 : 1;
}

}  // namespace fieldledger::app
