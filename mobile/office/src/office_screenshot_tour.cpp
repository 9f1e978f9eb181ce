#include "office_screenshot_tour.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include "device_clock.h"
#include "language.h"
#include "office_session.h"
#include "technician_device.h"

namespace fieldledger::office {
namespace {

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

// Three phones of the demo company, played before the dispatcher looks: tech1 checks in
// at the site of its current (or next) job and at an earlier one; tech2 checks in 3 km
// from its site (unverified) and misses another; tech3's phone never syncs.
void PlayPhones(const QString& server, const QString& password, const QString& dir) {
  device::SystemDeviceClock clock;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  for (const char* user : {"tech1", "tech2"}) {
    const std::string db = QDir(dir).filePath(QStringLiteral("%1.db").arg(user)).toStdString();
    device::TechnicianDevice phone(db, server.toStdString(), clock);
    if (!phone.Login(user, password.toStdString()).ok || !phone.Sync().ok) {
      Out() << "phone " << user << " could not sync" << Qt::endl;
      continue;
    }
    // Today's jobs, by window start.
    std::vector<device::LocalJob> today;
    for (const auto& j : phone.store().Jobs()) {
      const auto& w = j.job.window();
      if (w.end_ms() > now - 12 * kHourMs && w.start_ms() < now + 12 * kHourMs) today.push_back(j);
    }
    std::sort(today.begin(), today.end(), [](const auto& a, const auto& b) {
      return a.job.window().start_ms() < b.job.window().start_ms();
    });
    const bool first = std::string(user) == "tech1";
    for (std::size_t i = 0; i < today.size(); ++i) {
      const auto& job = today[i].job;
      const bool current = job.window().end_ms() > now && job.window().start_ms() <= now + kHourMs;
      device::Fix fix{true, job.site().latitude(), job.site().longitude(), 12, false};
      if (first && (current || i == 0)) {
        phone.OnMyWay(job.id(), fix);
        phone.CheckIn(job.id(), fix);
      } else if (!first && current) {
        fix.latitude += 0.027;  // about 3 km north of the site
        phone.CheckIn(job.id(), fix);
      }
    }
    phone.Sync();
  }
}

class OfficeTour {
 public:
  OfficeTour(QQmlApplicationEngine& engine, QQuickWindow* window, QString dir)
      : window_(window), dir_(std::move(dir)) {
    const int type = qmlTypeId("FieldLedger", 1, 0, "Language");
    language_ = engine.singletonInstance<app::Language*>(type);
  }

  void SaveAll(const QString& name, const std::function<void()>& before = {}) {
    for (const QString& code : language_->codes()) {
      language_->setCode(code);
      if (before) before();
      Settle(900);
      const QString folder = QStringLiteral("%1/%2x%3/%4")
                                 .arg(dir_)
                                 .arg(window_->width())
                                 .arg(window_->height())
                                 .arg(code);
      QDir().mkpath(folder);
      const QString path = QStringLiteral("%1/%2.png").arg(folder, name);
      const QImage image = window_->grabWindow();
      const bool ok = !image.isNull() && image.save(path);
      failures_ += !ok;
      Out() << (ok ? "saved " : "FAILED to save ") << path << Qt::endl;
    }
    language_->setCode(QStringLiteral("en"));
  }

  QQuickItem* Find(const QString& name) { return window_->findChild<QQuickItem*>(name); }
  QObject* FindObject(const QString& name) { return window_->findChild<QObject*>(name); }

  bool SignIn(const QString& server, const QString& user, const QString& password) {
    auto* login = Find(QStringLiteral("loginPage"));
    if (!login) return Fail("no login page");
    Find(QStringLiteral("serverField"))->setProperty("text", server);
    Find(QStringLiteral("usernameField"))->setProperty("text", user);
    Find(QStringLiteral("passwordField"))->setProperty("text", password);
    QMetaObject::invokeMethod(Find(QStringLiteral("signInButton")), "clicked");
    return WaitFor([&] { return Find(QStringLiteral("officeMain")) != nullptr; }, 15'000) ||
           Fail("the office view did not open for " + user);
  }

  bool Fail(const QString& why) {
    Out() << "office tour: " << why << Qt::endl;
    ++failures_;
    return false;
  }
  int failures() const { return failures_; }
  QQuickWindow* window() { return window_; }

 private:
  QQuickWindow* window_;
  QString dir_;
  app::Language* language_ = nullptr;
  int failures_ = 0;
};

// A job of the board with this state key, else any job.
QString JobInState(QObject* board, const QString& key) {
  auto* jobs = qobject_cast<QAbstractItemModel*>(board->property("jobs").value<QObject*>());
  QString any;
  for (int i = 0; jobs && i < jobs->rowCount(); ++i) {
    const QModelIndex idx = jobs->index(i, 0);
    const QString id = idx.data(Qt::UserRole + 1).toString();
    if (any.isEmpty()) any = id;
    QVariantMap job;
    QMetaObject::invokeMethod(board, "job", Q_RETURN_ARG(QVariantMap, job), Q_ARG(QString, id));
    if (job.value(QStringLiteral("stateKey")).toString() == key) return id;
  }
  return any;
}

void DispatcherScreens(OfficeTour& tour) {
  auto* desk = tour.FindObject(QStringLiteral("dispatcherDesk"));
  if (!desk) {
    tour.Fail("no dispatcher desk");
    return;
  }
  auto* board = desk->property("board").value<QObject*>();
  WaitFor([&] { return board->property("liveState").toString() == QLatin1String("live"); }, 10'000);
  Settle(500);
  tour.SaveAll(QStringLiteral("01-board"));

  auto* tabs = tour.FindObject(QStringLiteral("sideTabs"));
  tabs->setProperty("currentIndex", 1);
  tour.SaveAll(QStringLiteral("02-alerts"));
  tabs->setProperty("currentIndex", 0);

  auto* list = board->property("list").value<QObject*>();
  list->setProperty("technicianId", QStringLiteral("u-tech1"));
  tour.SaveAll(QStringLiteral("03-list-filtered"));
  list->setProperty("technicianId", QString());

  // A job with an arrival shows most of a history.
  QString id = JobInState(board, QStringLiteral("unverified"));
  QMetaObject::invokeMethod(desk, "openJob", Q_ARG(QVariant, id));
  Settle(800);
  tour.SaveAll(QStringLiteral("04-job-detail-unverified"));
  QMetaObject::invokeMethod(tour.FindObject(QStringLiteral("jobDetail")), "close");
  id = JobInState(board, QStringLiteral("ontime"));
  QMetaObject::invokeMethod(desk, "openJob", Q_ARG(QVariant, id));
  Settle(800);
  tour.SaveAll(QStringLiteral("05-job-detail"));
  QMetaObject::invokeMethod(tour.FindObject(QStringLiteral("jobDetail")), "close");
  Settle(400);

  QMetaObject::invokeMethod(desk, "newJob");
  auto* create = tour.FindObject(QStringLiteral("createJobDialog"));
  for (const auto& [field, text] : std::vector<std::pair<const char*, const char*>>{
           {"createCustomer", "Wu Xia"},
           {"createPhone", "+86 139 0000 8888"},
           {"createAddress", "88 Century Avenue, Pudong"},
           {"createLatitude", "31.2397"},
           {"createLongitude", "121.4998"},
           {"createProduct", "Phone X2"},
           {"createCategory", "phone"},
           {"createSerial", "SN900001"},
           {"createPurchased", "2025-11-02"},
           {"createActivated", "2025-11-03"},
           {"createFrom", "19:00"},
           {"createTo", "20:00"},
           {"createDescription", "Screen flickers"}}) {
    if (auto* f = tour.FindObject(QString::fromLatin1(field)))
      f->setProperty("text", QString::fromUtf8(text));
  }
  tour.SaveAll(QStringLiteral("06-create-job"));
  QMetaObject::invokeMethod(create, "close");

  id = JobInState(board, QStringLiteral("due"));
  QMetaObject::invokeMethod(desk, "reschedule", Q_ARG(QVariant, id));
  tour.SaveAll(QStringLiteral("07-reschedule"));
  QMetaObject::invokeMethod(tour.FindObject(QStringLiteral("rescheduleDialog")), "close");

  QMetaObject::invokeMethod(desk, "askReason", Q_ARG(QVariant, QStringLiteral("cancel")),
                            Q_ARG(QVariant, id));
  tour.SaveAll(QStringLiteral("08-cancel-reason"));
  // The server's refusal, in the user's language: confirm with no reason.
  auto* reason = tour.FindObject(QStringLiteral("reasonDialog"));
  tour.SaveAll(QStringLiteral("09-refusal"), [&] {
    QMetaObject::invokeMethod(tour.FindObject(QStringLiteral("reasonConfirmButton")), "clicked");
  });
  QMetaObject::invokeMethod(reason, "close");

  QString excusable = JobInState(board, QStringLiteral("noshow"));
  QMetaObject::invokeMethod(desk, "askReason", Q_ARG(QVariant, QStringLiteral("excuse")),
                            Q_ARG(QVariant, excusable));
  if (auto* f = tour.FindObject(QStringLiteral("reasonField"))) {
    f->setProperty("text", QStringLiteral("Road closed by the police; the customer agreed"));
  }
  tour.SaveAll(QStringLiteral("10-excuse"));
  QMetaObject::invokeMethod(reason, "close");
  Settle(300);
}

}  // namespace

int RunOfficeScreenshotTour(QQmlApplicationEngine& engine, const QString& main_url,
                            const QString& dir, const QString& server, const QString& password) {
  QTemporaryDir phones;
  PlayPhones(server, password, phones.path());
  engine.load(QUrl(main_url));
  if (engine.rootObjects().isEmpty()) return 1;
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
  OfficeTour tour(engine, window, dir);
  Settle(500);
  const QList<QSize> sizes = {{1366, 768}, {1920, 1080}};
  if (!tour.SignIn(server, QStringLiteral("dispatcher"), password)) return 1;
  for (const QSize& size : sizes) {
    window->resize(size);
    window->setPosition(0, 0);
    Settle(800);
    DispatcherScreens(tour);
  }
  // The other desks, through the same sign-in.
  const std::vector<std::pair<QString, QString>> desks = {
      {QStringLiteral("callback"), QStringLiteral("11-callback-desk")},
      {QStringLiteral("manager"), QStringLiteral("12-manager-desk")}};
  for (const auto& [user, name] : desks) {
    OfficeSession::instance()->signOut();
    auto* loader = tour.FindObject(QStringLiteral("officeLoader"));
    if (!WaitFor([&] { return loader && !loader->property("active").toBool(); }, 10'000)) {
      tour.Fail("sign-out did not return to the login page");
      break;
    }
    if (!tour.SignIn(server, user, password)) continue;
    for (const QSize& size : sizes) {
      window->resize(size);
      Settle(600);
      tour.SaveAll(name);
    }
  }
  Out() << (tour.failures() ? "office tour: FAILED" : "office tour: every screen saved")
        << Qt::endl;
  return tour.failures() ? 1 : 0;
}

}  // namespace fieldledger::office
