#include "app_session.h"

#include <QDir>
#include <QQmlEngine>
#include <QSet>
#include <utility>

#include "fee_quote.h"
#include "fieldledger/core/on_time.h"
#include "fieldledger/visit/punctuality.h"
#include "language.h"
#include "server_messages.h"
#include "visit_facts.h"
#include "visit_state.h"

namespace fieldledger::app {
namespace {

AppSession* g_instance = nullptr;

// With nothing to send, a pass every two minutes still brings the dispatcher's changes
// (there is no push channel); failures back off as SyncScheduler decides.
constexpr fieldledger::DurationMs kPollMs = 2 * fieldledger::kMinuteMs;

}  // namespace

AppSession::AppSession(const QString& data_dir, const QString& server, QObject* parent)
    : QObject(parent), data_dir_(data_dir), server_(server), pacer_(kPollMs) {
  QDir().mkpath(data_dir);
  const QString db = QDir(data_dir).filePath(QStringLiteral("device.db"));
  device_ =
      std::make_unique<device::TechnicianDevice>(db.toStdString(), server.toStdString(), clock_);
  if (auto saved = device_->store().GetSetting("server")) server_ = QString::fromStdString(*saved);

  worker_ = new SyncWorker(db, server_);
  worker_->moveToThread(&worker_thread_);
  connect(&worker_thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(this, &AppSession::requestSignIn, worker_, &SyncWorker::signIn);
  connect(this, &AppSession::requestSync, worker_, &SyncWorker::sync);
  connect(this, &AppSession::requestServerWatch, worker_, &SyncWorker::watchForServer);
  // The server answers again: sync now rather than when the backoff runs out.
  connect(worker_, &SyncWorker::serverBack, this, [this] { pacer_.connectivityBack(); });
  connect(worker_, &SyncWorker::signInFinished, this, &AppSession::OnSignInFinished);
  connect(worker_, &SyncWorker::officeLogin, this,
          [this](const QString&, const QByteArray& login) { office_login_ = login; });
  connect(worker_, &SyncWorker::syncFinished, this, &AppSession::OnSyncFinished);
  connect(worker_, &SyncWorker::scorecardFetched, this, &AppSession::OnScorecardFetched);
  connect(worker_, &SyncWorker::syncProgress, this, [this](int done, int total, bool pulling) {
    progress_text_ = pulling ? tr("receiving jobs %1 of %2").arg(done).arg(total)
                             : tr("sending %1 of %2").arg(done).arg(total);
    emit syncChanged();
  });
  worker_thread_.start();

  connect(&pacer_, &SyncPacer::passDue, this, &AppSession::StartPass);
  tick_timer_.setInterval(30'000);
  connect(&tick_timer_, &QTimer::timeout, this, [this] {
    // Syncs that change nothing no longer rebuild the list, so midnight must.
    if (QDateTime::currentDateTimeUtc().toTimeZone(Zone()).date() != shown_day_) Refresh();
    jobs_.setNow(QDateTime::currentMSecsSinceEpoch());
  });
  tick_timer_.start();
  // Texts made here (sync state, countdowns) follow the language like qsTr bindings do.
  OnLanguageChange(this, [this] {
    Refresh();
    outbox_.retranslate();
    scorecard_.retranslate();
  });

  signed_in_ = device_->SignedIn();
  Refresh();
  // Last fetched figures, shown (with their age) until the first sync brings new ones.
  scorecard_.load(*device_, Zone());
  if (signed_in_) syncNow();
}

AppSession::~AppSession() {
  worker_thread_.quit();
  worker_thread_.wait();
  if (g_instance == this) g_instance = nullptr;
}

void AppSession::setInstance(AppSession* session) { g_instance = session; }

AppSession* AppSession::create(QQmlEngine*, QJSEngine* js) {
  Q_ASSERT(g_instance);
  // The session outlives every engine that shows it; QML must not delete it.
  QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
  return g_instance;
}

QString AppSession::displayName() const { return QString::fromStdString(device_->DisplayName()); }

QTimeZone AppSession::Zone() const {
  auto tz = device_->store().GetSetting("time_zone");
  if (tz) {
    QTimeZone zone(QByteArray::fromStdString(*tz));
    if (zone.isValid()) return zone;
  }
  return QTimeZone::systemTimeZone();
}

QString AppSession::dayTitle() const {
  const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(Zone()).date();
  return tr("Today, %1").arg(QLocale().toString(today, QLocale::ShortFormat));
}

QString AppSession::syncText() const {
  switch (sync_state_) {
    case SyncState::Syncing:
      return progress_text_.isEmpty() ? tr("Syncing…") : tr("Syncing: %1").arg(progress_text_);
    case SyncState::Offline:
      return counts_.pending > 0 ? tr("Offline · %n waiting to send", "", counts_.pending)
                                 : tr("Offline");
    case SyncState::Error:
      return tr("Sync error: %1").arg(lastError());
    case SyncState::UpToDate:
      if (counts_.pending > 0) return tr("%n waiting to send", "", counts_.pending);
      // Never "up to date" beside a refusal the technician still has to decide on.
      if (counts_.rejected > 0) return tr("Synced · a record needs your decision");
      return last_sync_ms_ ? tr("Up to date · %1").arg(formatTime(last_sync_ms_))
                           : tr("Up to date");
  }
  return {};
}

QString AppSession::formatTime(qint64 ms) const {
  if (ms <= 0) return {};
  return QDateTime::fromMSecsSinceEpoch(ms, Zone()).toString(QStringLiteral("HH:mm"));
}

void AppSession::signIn(const QString& server, const QString& username, const QString& password) {
  if (signing_in_) return;
  if (username.trimmed().isEmpty() || password.isEmpty()) {
    sign_in_error_ = tr("Enter your username and password.");
    sign_in_code_.clear();
    emit signingInChanged();
    return;
  }
  server_ = server.trimmed().isEmpty() ? server_ : server.trimmed();
  signing_in_ = true;
  sign_in_error_.clear();
  sign_in_code_.clear();
  emit signingInChanged();
  emit requestSignIn(server_, username.trimmed(), password);
}

QString AppSession::signInError() const {
  if (!sign_in_code_.isEmpty())
    return SignInErrorText(sign_in_code_, sign_in_args_, sign_in_detail_);
  return sign_in_error_;
}

QString AppSession::lastError() const {
  return last_error_.isEmpty() ? QString() : SyncErrorText(last_code_, last_error_);
}

void AppSession::OnSignInFinished(bool ok, const QString& code, const QStringList& args,
                                  const QString& detail) {
  signing_in_ = false;
  const QByteArray office_login = std::exchange(office_login_, {});
  if (!ok && office_available_ && !office_login.isEmpty()) {
    // The same sign-in, an office role: the office view opens instead of a refusal.
    sign_in_error_.clear();
    sign_in_code_.clear();
    office_open_ = true;
    emit signingInChanged();
    emit officeSignedIn(server_, office_login);
    emit officeChanged();
    return;
  }
  sign_in_error_.clear();
  sign_in_code_ = ok ? QString() : (code.isEmpty() ? QStringLiteral("refused") : code);
  sign_in_args_ = args;
  sign_in_detail_ = detail;
  signed_in_ = device_->SignedIn();
  emit signingInChanged();
  emit signedInChanged();
  if (ok) syncNow();
}

void AppSession::rememberOpenJob(const QString& job_id) {
  if (job_id.isEmpty())
    device_->store().ClearSetting("ui.open_job");
  else
    device_->store().SetSetting("ui.open_job", job_id.toStdString());
}

QString AppSession::resumeJobId() {
  if (!device_->SignedIn()) return {};
  const auto id = device_->store().GetSetting("ui.open_job");
  if (!id) return {};
  const auto local = device_->store().Job(*id);
  if (!local) return {};
  const VisitState state =
      ReadVisitState(local->job, local->local_arrived_ms, device_->store().EventsOf(*id));
  return state.step == VisitStep::kCompleted ? QString() : QString::fromStdString(*id);
}

void AppSession::closeOffice() {
  if (!office_open_) return;
  office_open_ = false;
  emit officeChanged();
}

void AppSession::signOut() {
  device_->Logout();
  signed_in_ = false;
  emit signedInChanged();
}

void AppSession::syncNow() {
  // Tapped during a pass: the scheduler runs another right after it.
  if (syncing_) {
    pacer_.localWrite();
    emit notice(tr("Syncing already; another pass follows."));
    return;
  }
  if (held_) {
    emit notice(
        tr("No connection. Your work is saved on the phone and is sent when the "
           "connection is back."));
    return;
  }
  manual_pass_ = true;
  StartPass();
}

void AppSession::setSyncHeld(bool held) {
  held_ = held;
  if (held) {
    sync_state_ = SyncState::Offline;
    scorecard_.setState(false, true);
    emit syncChanged();
  } else {
    syncNow();
  }
}

void AppSession::StartPass() {
  if (syncing_ || held_ || !device_->SignedIn()) return;
  syncing_ = true;
  pacer_.syncStarted();
  sync_state_ = SyncState::Syncing;
  progress_text_.clear();
  emit syncChanged();
  // The scorecard fetched after this sync is for the company's today.
  emit requestSync(QDateTime::currentDateTimeUtc().toTimeZone(Zone()).date().toString(Qt::ISODate));
}

void AppSession::OnSyncFinished(bool ok, int code, const QString& error, int applied, int rejected,
                                int pulled) {
  syncing_ = false;
  last_error_ = error;
  last_code_ = code;
  if (ok) {
    sync_state_ = SyncState::UpToDate;
    last_sync_ms_ = QDateTime::currentMSecsSinceEpoch();
  } else {
    const bool offline = code == static_cast<int>(grpc::StatusCode::UNAVAILABLE) ||
                         code == static_cast<int>(grpc::StatusCode::DEADLINE_EXCEEDED);
    sync_state_ = offline ? SyncState::Offline : SyncState::Error;
    // Watch for the server coming back, so the first send does not wait for the backoff.
    if (offline) emit requestServerWatch();
  }
  // Sync now gets an answer even when nothing visible changes (offline before and after).
  if (std::exchange(manual_pass_, false)) {
    if (ok)
      emit notice(rejected > 0
                      ? tr("Synced. The server refused %n record(s): see Sync.", "", rejected)
                      : tr("Synced."));
    else
      emit notice(tr("Not sent: %1").arg(lastError()));
  }
  signed_in_ = device_->SignedIn();
  // The job list is rebuilt only when the pass changed something in it: a poll or a
  // retry that changed nothing keeps the list (and its scroll position) as it is.
  Refresh(applied > 0 || rejected > 0 || pulled > 0);
  // A failed sync means the figures on the phone are the last ones fetched.
  if (!ok) scorecard_.setState(false, sync_state_ == SyncState::Offline);
  emit signedInChanged();
  pacer_.syncFinished(ok);
}

void AppSession::OnScorecardFetched(bool ok, const QString& error) {
  // The worker stored what it fetched; this thread's connection reads it back.
  if (ok)
    scorecard_.load(*device_, Zone());
  else
    qInfo("scorecard not fetched: %s", qUtf8Printable(error));
  scorecard_.setState(ok, false);
}

void AppSession::Refresh(bool jobs_too) {
  counts_ = device_->store().Counts();
  // Fees are quoted with the company's rules as last received from the server.
  SetDevicePolicy(device_->ServicePolicy());
  const auto pending = device_->store().Pending(1000);
  const QTimeZone zone = Zone();
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  const auto jobs = device_->store().Jobs();
  outbox_.setItems(device_->store().Problems(), pending, jobs, zone, now);
  emit syncChanged();
  if (!jobs_too) return;
  QSet<QString> pending_jobs;
  for (const auto& item : pending) pending_jobs.insert(QString::fromStdString(item.job_id));
  shown_day_ = QDateTime::fromMSecsSinceEpoch(now, zone).date();
  jobs_.setNow(now);
  jobs_.setJobs(jobs, shown_day_, zone, pending_jobs);
  emit jobsChanged();
}

QVariantMap AppSession::Punctuality(const device::LocalJob& local, qint64 arrived) {
  const auto& job = local.job;
  visit::ArrivalSeen seen;
  seen.window = {job.window().start_ms(), job.window().end_ms()};
  seen.arrival = arrived;
  seen.site = {job.site().latitude(), job.site().longitude()};
  if (auto e = device_->store().CheckInOf(job.id()); e && e->position().present()) {
    const auto& p = e->position();
    seen.fix = Fix{{p.latitude(), p.longitude()}, p.accuracy_m(), p.mock()};
  }
  // Once the server holds the arrival, its verdict (which also judged the clocks) wins.
  if (job.arrived_ms() > 0) seen.server_verified = job.arrival_verified();
  const auto rules = device_->ScoringRules();
  const scoring::ScoringPolicy policy =
      rules ? v1::ScoringPolicyOf(*rules) : scoring::ScoringPolicy{};
  const auto p = visit::ArrivalPunctuality(seen, policy, arrived);
  const ArrivalVerdict& v = p.outcome.verdict;

  QString why;
  const std::string place =
      job.arrived_ms() > 0 ? job.arrival_place() : PlaceVerdictName(p.place.verdict);
  if (place == "mock_location") {
    why = tr("mock location");
  } else if (place == "no_position") {
    why = tr("no usable position");
  } else if (place == "outside") {
    why = tr("outside the site");
  } else {
    why = tr("clock not trusted");
  }
  QVariantMap m;
  if (p.outcome.unverified) {
    m[QStringLiteral("punctuality")] =
        v.cls == ArrivalClass::kExcluded
            ? tr("Not counted: the arrival could not be verified (%1)").arg(why)
            : tr("Counts as late: the arrival could not be verified (%1)").arg(why);
  } else {
    m[QStringLiteral("punctuality")] =
        v.cls == ArrivalClass::kLate
            ? tr("Late by %1").arg(JobListModel::DurationText(v.seconds_late * 1000))
        : v.cls == ArrivalClass::kEarly ? tr("Early: before the window opened")
                                        : tr("On time");
  }
  m[QStringLiteral("late")] = v.cls == ArrivalClass::kLate;
  return m;
}

QVariantMap AppSession::job(const QString& job_id) {
  QVariantMap m;
  auto j = device_->store().Job(job_id.toStdString());
  if (!j) return m;
  const auto& job = j->job;
  m[QStringLiteral("id")] = job_id;
  m[QStringLiteral("reference")] = QString::fromStdString(job.reference());
  m[QStringLiteral("customer")] = QString::fromStdString(job.customer_name());
  m[QStringLiteral("phone")] = QString::fromStdString(job.customer_phone());
  m[QStringLiteral("address")] = QString::fromStdString(job.site().address());
  m[QStringLiteral("latitude")] = job.site().latitude();
  m[QStringLiteral("longitude")] = job.site().longitude();
  m[QStringLiteral("product")] = QString::fromStdString(job.product());
  m[QStringLiteral("serial")] = QString::fromStdString(job.serial_number());
  m[QStringLiteral("description")] = QString::fromStdString(job.description());
  m[QStringLiteral("windowText")] = formatTime(job.window().start_ms()) + QStringLiteral(" – ") +
                                    formatTime(job.window().end_ms());
  const qint64 arrived = j->local_arrived_ms ? j->local_arrived_ms : job.arrived_ms();
  m[QStringLiteral("arrived")] = arrived > 0;
  m[QStringLiteral("arrivedText")] = formatTime(arrived);
  m[QStringLiteral("removed")] = j->removed_upstream;
  if (arrived > 0) m.insert(Punctuality(*j, arrived));
  // Where the arrival was recorded, from the check-in event itself.
  if (auto e = device_->store().CheckInOf(job.id()); e && e->position().present()) {
    const auto& p = e->position();
    // Accuracy 0 means the source did not say (an NMEA log without GST, some phones).
    const QString place =
        QStringLiteral("%1, %2").arg(p.latitude(), 0, 'f', 5).arg(p.longitude(), 0, 'f', 5);
    m[QStringLiteral("arrivedPlace")] =
        p.accuracy_m() > 0 ? tr("%1 (±%2 m)").arg(place).arg(qRound(p.accuracy_m())) : place;
  }
  return m;
}

bool AppSession::discard(const QString& event_id) {
  if (!device_->Discard(event_id.toStdString())) {
    Refresh();  // already discarded elsewhere: show the list as it is
    return false;
  }
  recorded();
  return true;
}

void AppSession::recorded() {
  Refresh();
  pacer_.localWrite();
}

bool AppSession::checkIn(const QString& job_id, bool has_fix, double latitude, double longitude,
                         double accuracy_m) {
  auto j = device_->store().Job(job_id.toStdString());
  if (!j || j->local_arrived_ms > 0 || j->job.arrived_ms() > 0) return false;
  device::Fix fix{has_fix, latitude, longitude, accuracy_m, false};
  device_->CheckIn(job_id.toStdString(), fix);
  recorded();
  return true;
}

}  // namespace fieldledger::app
