#include "screenshot_tour.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMouseEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>
#include <QThread>
#include <cmath>

#include "app_session.h"
#include "language.h"
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

class Tour {
 public:
  Tour(QQmlApplicationEngine& engine, QQuickWindow* window, QString dir)
      : window_(window), dir_(std::move(dir)) {
    const int type = qmlTypeId("FieldLedger", 1, 0, "Language");
    language_ = engine.singletonInstance<Language*>(type);
    for (const QString& code : language_->codes()) {
      for (const char* variant : kVariants) QDir().mkpath(dir_ + "/" + code + variant);
    }
  }

  // The current screen in every language, light and dark, portrait and landscape (a
  // phone's 412 x 800 dp turned), then back to English, light, portrait:
  // <dir>/<code>/<name>.png, and <code>/dark, <code>/landscape, <code>/dark-landscape.
  void SaveAll(const QString& name) {
    const QSize portrait = window_->size();
    for (int v = 0; v < 4; ++v) {
      const bool dark = v == 1 || v == 3;
      const bool landscape = v >= 2;
      SetTheme(dark ? "dark" : "light");
      window_->resize(landscape ? portrait.transposed() : portrait);
      // Let the turned layout settle before the language changes: Qt 6.4 crashed in
      // QQuickLayout when the work form's repeaters rebuilt (new language) in the middle
      // of the polish a resize starts.
      Settle(500);
      for (const QString& code : language_->codes()) {
        language_->setCode(code);
        Settle(700);  // StackView transitions and the retranslated layout
        const QString path =
            QStringLiteral("%1/%2%3/%4.png").arg(dir_, code, QLatin1String(kVariants[v]), name);
        const QImage image = window_->grabWindow();
        const bool ok = !image.isNull() && image.save(path);
        failures_ += !ok;
        Out() << (ok ? "saved " : "FAILED to save ") << path << Qt::endl;
      }
    }
    SetTheme("light");
    window_->resize(portrait);
    language_->setCode(QStringLiteral("en"));
    Settle(300);
  }

  // Through Main.qml's setTheme: the Theme singleton as the pages see it.
  void SetTheme(const char* choice) {
    QMetaObject::invokeMethod(window_, "setTheme", Q_ARG(QVariant, QString::fromLatin1(choice)));
  }

  QQuickItem* Current() {
    auto* stack = window_->findChild<QQuickItem*>(QStringLiteral("stack"));
    return stack ? qvariant_cast<QQuickItem*>(stack->property("currentItem")) : nullptr;
  }

  // Draws a signature with real mouse events, so the pad's own capture path is what runs.
  void Sign(QQuickItem* pad) {
    const auto send = [&](QEvent::Type type, QPointF local) {
      const QPointF scene = pad->mapToScene(local);
      QMouseEvent e(type, scene, scene, window_->mapToGlobal(scene.toPoint()), Qt::LeftButton,
                    type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton,
                    Qt::NoModifier);
      QGuiApplication::sendEvent(window_, &e);
      QCoreApplication::processEvents();
      QThread::msleep(12);
    };
    const double w = pad->width(), h = pad->height();
    // Two strokes: a looping name and an underline.
    send(QEvent::MouseButtonPress, {w * 0.12, h * 0.6});
    for (int i = 1; i <= 60; ++i) {
      const double t = i / 60.0;
      send(QEvent::MouseMove, {w * (0.12 + 0.6 * t) + 14 * std::cos(t * 18),
                               h * (0.55 - 0.18 * std::sin(t * 9)) + 18 * std::sin(t * 18)});
    }
    send(QEvent::MouseButtonRelease, {w * 0.74, h * 0.5});
    send(QEvent::MouseButtonPress, {w * 0.15, h * 0.78});
    for (int i = 1; i <= 20; ++i)
      send(QEvent::MouseMove, {w * (0.15 + 0.03 * i), h * 0.78 - i * 0.4});
    send(QEvent::MouseButtonRelease, {w * 0.76, h * 0.77});
  }

  int failures() const { return failures_; }

 private:
  static constexpr const char* kVariants[] = {"", "/dark", "/landscape", "/dark-landscape"};
  QQuickWindow* window_;
  QString dir_;
  Language* language_ = nullptr;
  int failures_ = 0;
};

// A job nobody has checked in yet (other than `except`), else the first.
QString PickJob(JobListModel* jobs, const QString& except = {}) {
  for (int row = 0; row < jobs->rowCount(); ++row) {
    const auto idx = jobs->index(row);
    if (!jobs->data(idx, JobListModel::ArrivedRole).toBool() &&
        jobs->data(idx, JobListModel::JobIdRole).toString() != except) {
      return jobs->data(idx, JobListModel::JobIdRole).toString();
    }
  }
  return jobs->rowCount() ? jobs->data(jobs->index(0), JobListModel::JobIdRole).toString()
                          : QString();
}

// ListView delegates are visual children only (not QObject children): walks childItems().
QQuickItem* FindVisibleItem(QQuickItem* root, const QString& name) {
  if (!root) return nullptr;
  for (QQuickItem* child : root->childItems()) {
    if (child->objectName() == name && child->isVisible()) return child;
    if (QQuickItem* found = FindVisibleItem(child, name)) return found;
  }
  return nullptr;
}

// The Today page's menu, the scorecard as fetched after the last sync, then the phone
// out of coverage: the Sync page with a record the server refused and one waiting,
// the discard confirmation, and the scorecard as of its last fetch.
bool SyncAndScorecardPages(Tour& tour, QQuickWindow* window, AppSession* session,
                           const QString& visited_job) {
  QMetaObject::invokeMethod(window, "goHome");
  auto* menu = window->findChild<QObject*>(QStringLiteral("menu"));
  if (!menu) {
    Out() << "screenshots: no toolbar menu" << Qt::endl;
    return false;
  }
  QMetaObject::invokeMethod(menu, "open");
  tour.SaveAll(QStringLiteral("11-menu"));
  QMetaObject::invokeMethod(menu, "close");

  // The scorecard is fetched on the sync thread after the sync that sent the visit.
  if (!WaitFor([&] { return session->scorecard()->fresh(); }, 15'000)) {
    Out() << "screenshots: the scorecard was not fetched: " << session->scorecard()->statusText()
          << Qt::endl;
  }
  QMetaObject::invokeMethod(window, "openScorecard");
  tour.SaveAll(QStringLiteral("12-scorecard"));
  QMetaObject::invokeMethod(window, "goHome");

  // An arrival recorded for a job the office has deleted: the server refuses it.
  session->device().CheckIn("J-40417", {});
  session->recorded();
  if (!WaitFor([&] { return session->rejectedCount() > 0; }, 15'000)) {
    Out() << "screenshots: the server did not reject the test record" << Qt::endl;
    return false;
  }
  // Out of coverage from here: what is recorded now waits on the phone.
  session->setSyncHeld(true);
  if (const QString next = PickJob(session->jobs(), visited_job); !next.isEmpty()) {
    session->device().OnMyWay(next.toStdString(), {});
    session->device().CheckIn(next.toStdString(), {});
  }
  session->recorded();
  QMetaObject::invokeMethod(window, "openSync");
  Settle(300);
  tour.SaveAll(QStringLiteral("13-sync"));

  QQuickItem* sync_page = tour.Current();
  QQuickItem* discard = FindVisibleItem(sync_page, QStringLiteral("discardButton"));
  auto* dialog =
      sync_page ? sync_page->findChild<QObject*>(QStringLiteral("discardDialog")) : nullptr;
  if (!discard || !dialog) {
    Out() << "screenshots: the Sync page has no rejected record to discard" << Qt::endl;
    return false;
  }
  QMetaObject::invokeMethod(discard, "clicked");
  tour.SaveAll(QStringLiteral("14-sync-discard"));
  QMetaObject::invokeMethod(dialog, "reject");

  QMetaObject::invokeMethod(window, "goHome");
  QMetaObject::invokeMethod(window, "openScorecard");
  tour.SaveAll(QStringLiteral("15-scorecard-offline"));
  // Settings: the language and the theme, reached from the menu.
  QMetaObject::invokeMethod(window, "goHome");
  QMetaObject::invokeMethod(window, "openSettings");
  tour.SaveAll(QStringLiteral("16-settings"));
  QMetaObject::invokeMethod(window, "goHome");
  return true;
}

// The shift card after "Start shift" once the server has it (02b), and the "My assessment"
// page with this month's text saved and sent (02c).
bool ShiftAndAssessmentPages(Tour& tour, QQuickWindow* window, AppSession* session) {
  QQuickItem* today = tour.Current();
  auto* start = today ? today->findChild<QObject*>(QStringLiteral("startShiftButton")) : nullptr;
  auto* card = today ? today->findChild<QObject*>(QStringLiteral("shiftCard")) : nullptr;
  if (!start || !card) {
    Out() << "screenshots: the Today page has no shift card" << Qt::endl;
    return false;
  }
  // "Start shift" with the position the card has (the NMEA log with --nmea), as a
  // technician would wait for it.
  auto* feed = card->findChild<QObject*>(QStringLiteral("shiftPositionFeed"));
  if (feed && !WaitFor([&] { return feed->property("hasFix").toBool(); }, 5'000)) {
    Out() << "screenshots: no position fix; starting the shift without one" << Qt::endl;
  }
  QMetaObject::invokeMethod(start, "clicked");
  auto* server_text = card->findChild<QObject*>(QStringLiteral("shiftServerText"));
  if (!WaitFor([&] { return server_text && server_text->property("visible").toBool(); }, 15'000)) {
    Out() << "screenshots: the server's verdict on the shift check-in did not arrive" << Qt::endl;
  }
  tour.SaveAll(QStringLiteral("02b-shift-started"));

  QMetaObject::invokeMethod(window, "openAssessment");
  Settle(300);
  QQuickItem* page = tour.Current();
  auto* editor = page ? page->findChild<QObject*>(QStringLiteral("assessmentEditor")) : nullptr;
  auto* save = page ? page->findChild<QObject*>(QStringLiteral("saveAssessmentButton")) : nullptr;
  if (!editor || !save) {
    Out() << "screenshots: the assessment page has no editor" << Qt::endl;
    return false;
  }
  // What a technician typed: it stays as typed in both languages' screenshots.
  editor->setProperty("text", QStringLiteral("Fixed most faults at the first visit; two fridges "
                                             "needed a second trip for parts.\nI would like the "
                                             "inverter course."));
  QMetaObject::invokeMethod(save, "clicked");
  WaitFor([&] { return session->pendingCount() == 0; }, 15'000);
  Settle(300);
  tour.SaveAll(QStringLiteral("02c-assessment"));
  QMetaObject::invokeMethod(window, "goHome");
  Settle(300);
  return true;
}

}  // namespace

int RunScreenshotTour(QQmlApplicationEngine& engine, const QString& main_url, const QString& dir,
                      const QString& username, const QString& password) {
  engine.load(QUrl(main_url));
  if (engine.rootObjects().isEmpty()) return 1;
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
  AppSession* session = AppSession::create(nullptr, nullptr);
  Tour tour(engine, window, dir);
  if (session->signedIn()) session->signOut();
  tour.SaveAll(QStringLiteral("01-login"));

  session->signIn(session->serverAddress(), username, password);
  if (!WaitFor([&] { return session->signedIn() && !session->signingIn(); }, 20'000) ||
      !WaitFor([&] { return session->syncState() != AppSession::SyncState::Syncing; }, 20'000)) {
    Out() << "screenshots: sign-in failed: " << session->signInError() << Qt::endl;
    return 1;
  }
  // Today's shift reaches the card with the scorecards, after the first sync.
  WaitFor([&] { return session->scorecard()->fresh(); }, 15'000);
  Settle(300);
  tour.SaveAll(QStringLiteral("02-today"));
  if (!ShiftAndAssessmentPages(tour, window, session)) return 1;

  const QString job_id = PickJob(session->jobs());
  if (job_id.isEmpty()) {
    Out() << "screenshots: no jobs today to open" << Qt::endl;
    return 1;
  }
  QMetaObject::invokeMethod(window, "openJob", Q_ARG(QVariant, job_id));
  Settle(500);
  QQuickItem* job_page = tour.Current();
  auto* visit = job_page ? job_page->findChild<VisitController*>(QStringLiteral("visit")) : nullptr;
  if (!visit) {
    Out() << "screenshots: the job page has no visit" << Qt::endl;
    return 1;
  }
  tour.SaveAll(QStringLiteral("03-job"));

  visit->onMyWay();
  tour.SaveAll(QStringLiteral("04-on-my-way"));

  // "Arrived" as tapped, with the position the page has (the NMEA log with --nmea).
  auto* feed = job_page->findChild<QObject*>(QStringLiteral("positionFeed"));
  if (feed && !WaitFor([&] { return feed->property("hasFix").toBool(); }, 5'000)) {
    Out() << "screenshots: no position fix; checking in without one" << Qt::endl;
  }
  QMetaObject::invokeMethod(job_page->findChild<QObject*>(QStringLiteral("arrivedButton")),
                            "clicked");
  tour.SaveAll(QStringLiteral("05-arrived"));

  // A photo of the work, as if picked from the gallery: a stand-in image made here.
  QImage board(1200, 900, QImage::Format_RGB32);
  board.fill(QColor(22, 96, 58));
  for (int y = 0; y < board.height(); y += 60) {
    for (int x = 0; x < board.width(); ++x) board.setPixel(x, y, qRgb(200, 170, 60));
  }
  const QString photo_file = dir + QStringLiteral("/board.png");
  board.save(photo_file);
  const QString photo = visit->addPhoto(QUrl::fromLocalFile(photo_file), 0)
                            .value(QStringLiteral("sha256"))
                            .toString();
  QFile::remove(photo_file);

  // The form as a technician half-way through it (a draft, as if typed): the last two
  // work items of the job's type and its first check.
  QStringList items, checks;
  for (const auto& item : visit->faultTypes())
    items << item.toMap()[QStringLiteral("id")].toString();
  if (items.size() > 2) items = items.mid(items.size() - 2);
  if (!visit->checks().isEmpty())
    checks << visit->checks().front().toMap()[QStringLiteral("id")].toString();
  const QVariantMap work{
      {QStringLiteral("photos"), QStringList{photo}},
      {QStringLiteral("checks"), checks},
      {QStringLiteral("faults"), items},
      {QStringLiteral("parts"), QStringLiteral("Capacitor C12\nScrew M1.4")},
      {QStringLiteral("notes"), QStringLiteral("Charging circuit reflowed; tested 20 minutes.")},
      {QStringLiteral("resolved"), true},
      {QStringLiteral("certified"), false}};
  visit->saveDraft(work);
  QMetaObject::invokeMethod(job_page, "openWork");
  tour.SaveAll(QStringLiteral("06-work"));
  // The end of the form: outcome, photos, certification.
  if (auto* form = tour.Current()
                       ? tour.Current()->findChild<QQuickItem*>(QStringLiteral("workForm"))
                       : nullptr) {
    form->setProperty("contentY",
                      std::max(0.0, form->property("contentHeight").toDouble() - form->height()));
    tour.SaveAll(QStringLiteral("06b-work-end"));
  }

  if (QString error = visit->recordWork(work); !error.isEmpty()) {
    Out() << "screenshots: recording the work failed: " << error << Qt::endl;
    return 1;
  }
  QMetaObject::invokeMethod(job_page, "openFee");
  tour.SaveAll(QStringLiteral("07-fee"));

  QMetaObject::invokeMethod(job_page, "openSignature");
  Settle(500);
  QQuickItem* signing = tour.Current();
  auto* pad = signing ? signing->findChild<QQuickItem*>(QStringLiteral("signaturePad")) : nullptr;
  auto* name = signing ? signing->findChild<QQuickItem*>(QStringLiteral("signerField")) : nullptr;
  if (!pad || !name) {
    Out() << "screenshots: no signature pad" << Qt::endl;
    return 1;
  }
  tour.SaveAll(QStringLiteral("08-signature-empty"));
  tour.Sign(pad);
  name->setProperty("text", QStringLiteral("王芳 Wang Fang"));
  tour.SaveAll(QStringLiteral("09-signature"));

  QMetaObject::invokeMethod(signing, "confirm");
  WaitFor([&] { return session->syncState() != AppSession::SyncState::Syncing; }, 10'000);
  tour.SaveAll(QStringLiteral("10-completed"));
  const QString preview = dir + "/report.png";
  if (!visit->ReportPreview().save(preview)) {
    Out() << "FAILED to save " << preview << Qt::endl;
    return 1;
  }
  Out() << "saved " << preview << Qt::endl << "report: " << visit->reportPath() << Qt::endl;
  if (!SyncAndScorecardPages(tour, window, session, job_id)) return 1;
  return tour.failures() == 0 ? 0 : 1;
}

}  // namespace fieldledger::app
