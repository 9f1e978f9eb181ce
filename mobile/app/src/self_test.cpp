#include "self_test.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>

#include "app_session.h"
#include "visit_controller.h"

namespace fieldledger::app {
namespace {

QTextStream& Out() {
  static QTextStream out(stdout);
  return out;
}

// Processes events until `done` holds or the timeout passes.
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

bool Save(QQuickWindow* window, const QString& path) {
  Settle(600);  // let StackView transitions finish
  const QImage image = window->grabWindow();
  const bool ok = !image.isNull() && image.save(path);
  Out() << (ok ? "saved " : "FAILED to save ") << path << Qt::endl;
  return ok;
}

}  // namespace

QStringList PageFiles() {
  return {QStringLiteral("LoginPage.qml"),     QStringLiteral("TodayPage.qml"),
          QStringLiteral("JobPage.qml"),       QStringLiteral("SyncStatusBar.qml"),
          QStringLiteral("WorkPage.qml"),      QStringLiteral("FeePage.qml"),
          QStringLiteral("SignaturePage.qml"), QStringLiteral("VisitSteps.qml"),
          QStringLiteral("PositionFeed.qml")};
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

int RunScreenshotTour(QQmlApplicationEngine& engine, const QString& main_url, const QString& dir,
                      const QString& username, const QString& password) {
  QDir().mkpath(dir);
  engine.load(QUrl(main_url));
  if (engine.rootObjects().isEmpty()) return 1;
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
  AppSession* session = AppSession::create(nullptr, nullptr);
  int failures = 0;
  if (session->signedIn()) session->signOut();
  failures += !Save(window, dir + "/login.png");

  session->signIn(session->serverAddress(), username, password);
  if (!WaitFor(
          [&] {
            return session->signedIn() && session->syncState() != AppSession::SyncState::Syncing;
          },
          20'000)) {
    Out() << "screenshots: sign-in failed: " << session->signInError() << Qt::endl;
    return 1;
  }
  WaitFor([&] { return session->syncState() == AppSession::SyncState::UpToDate; }, 10'000);
  failures += !Save(window, dir + "/today.png");

  auto* jobs = session->jobs();
  if (jobs->rowCount() == 0) {
    Out() << "screenshots: no jobs today to open" << Qt::endl;
    return 1;
  }
  // Open a job that has not been checked in yet, as a technician would.
  QString job_id;
  for (int row = 0; row < jobs->rowCount() && job_id.isEmpty(); ++row) {
    const auto idx = jobs->index(row);
    if (!jobs->data(idx, JobListModel::ArrivedRole).toBool()) {
      job_id = jobs->data(idx, JobListModel::JobIdRole).toString();
    }
  }
  if (job_id.isEmpty()) job_id = jobs->data(jobs->index(0), JobListModel::JobIdRole).toString();
  QMetaObject::invokeMethod(window, "openJob", Q_ARG(QVariant, job_id));
  failures += !Save(window, dir + "/job.png");

  session->checkIn(job_id, true, 31.2304, 121.4737, 9);
  QMetaObject::invokeMethod(window, "openJob", Q_ARG(QVariant, job_id));
  WaitFor([&] { return session->syncState() != AppSession::SyncState::Syncing; }, 10'000);
  failures += !Save(window, dir + "/arrived.png");
  return failures == 0 ? 0 : 1;
}

}  // namespace fieldledger::app
