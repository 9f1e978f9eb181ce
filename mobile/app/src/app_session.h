#pragma once
// The app's one stateful object, exposed to QML as the singleton `Session`: who is
// signed in, today's jobs, the visit actions, and the sync state every page shows.
#include <QtQml/qqmlregistration.h>
#include <QDate>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QVariantMap>
#include <memory>

#include "job_list_model.h"
#include "my_scorecard.h"
#include "outbox_list_model.h"
#include "sync_pacer.h"
#include "sync_worker.h"
#include "technician_device.h"

class QQmlEngine;
class QJSEngine;

namespace fieldledger::app {

class AppSession : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Session)
  QML_SINGLETON
  Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
  Q_PROPERTY(bool signingIn READ signingIn NOTIFY signingInChanged)
  Q_PROPERTY(QString signInError READ signInError NOTIFY signingInChanged)
  Q_PROPERTY(QString displayName READ displayName NOTIFY signedInChanged)
  Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY signedInChanged)
  Q_PROPERTY(SyncState syncState READ syncState NOTIFY syncChanged)
  Q_PROPERTY(int pendingCount READ pendingCount NOTIFY syncChanged)
  Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY syncChanged)
  Q_PROPERTY(QString syncText READ syncText NOTIFY syncChanged)
  Q_PROPERTY(QString lastError READ lastError NOTIFY syncChanged)
  Q_PROPERTY(fieldledger::app::JobListModel* jobs READ jobs CONSTANT)
  Q_PROPERTY(fieldledger::app::OutboxListModel* outbox READ outbox CONSTANT)
  Q_PROPERTY(fieldledger::app::MyScorecard* scorecard READ scorecard CONSTANT)
  Q_PROPERTY(QString dayTitle READ dayTitle NOTIFY jobsChanged)
  // True while an office role (dispatcher, call-back agent, manager) who signed in on the
  // login page works in the office view; Main.qml then shows OfficeMain instead.
  Q_PROPERTY(bool officeOpen READ officeOpen NOTIFY officeChanged)

 public:
  enum class SyncState { Offline, Syncing, UpToDate, Error };
  Q_ENUM(SyncState)

  // data_dir holds the device database; server is the default address for sign-in.
  AppSession(const QString& data_dir, const QString& server, QObject* parent = nullptr);
  ~AppSession() override;

  // The instance QML's `Session` resolves to; set by main() or a test's setup.
  static void setInstance(AppSession* session);
  static AppSession* create(QQmlEngine*, QJSEngine*);

  bool signedIn() const { return signed_in_; }
  bool signingIn() const { return signing_in_; }
  QString signInError() const;
  QString displayName() const;
  QString serverAddress() const { return server_; }
  SyncState syncState() const { return sync_state_; }
  int pendingCount() const { return counts_.pending; }
  int rejectedCount() const { return counts_.rejected; }
  QString syncText() const;
  QString lastError() const;  // in the app's language
  JobListModel* jobs() { return &jobs_; }
  OutboxListModel* outbox() { return &outbox_; }
  MyScorecard* scorecard() { return &scorecard_; }
  QString dayTitle() const;
  bool officeOpen() const { return office_open_; }
  // main() says the office view is built in; without it an office role is turned away.
  void setOfficeAvailable(bool available) { office_available_ = available; }
  // The office view signed out: back to the login page.
  void closeOffice();

  Q_INVOKABLE void signIn(const QString& server, const QString& username, const QString& password);
  Q_INVOKABLE void signOut();
  Q_INVOKABLE void syncNow();
  // Everything the job page shows about one job; empty map for an unknown id.
  Q_INVOKABLE QVariantMap job(const QString& job_id);
  // Records the arrival now (committed before this returns) and schedules a sync.
  Q_INVOKABLE bool checkIn(const QString& job_id, bool has_fix, double latitude, double longitude,
                           double accuracy_m);
  Q_INVOKABLE QString formatTime(qint64 ms) const;
  // Gives up on a rejected record; the discard is itself recorded and sent, so the
  // office sees the decision. False when the event is not (or no longer) rejected.
  Q_INVOKABLE bool discard(const QString& event_id);
  // The job page on screen, remembered on the phone ("" when back on Today), so the app
  // reopens on a visit in progress after it was killed or restarted.
  Q_INVOKABLE void rememberOpenJob(const QString& job_id);
  // The job to reopen at start: the remembered one while its visit is not completed.
  Q_INVOKABLE QString resumeJobId();

  // For the visit controllers: the device they record on, the company's time zone, the
  // folder of the device database, and the hook to call after each local write.
  device::TechnicianDevice& device() { return *device_; }
  QTimeZone zone() const { return Zone(); }
  QString dataDir() const { return data_dir_; }
  void recorded();
  // Holds sync passes as a phone out of coverage would (state Offline, work waits):
  // the screenshot tour shows the Sync and Scorecard pages that way against a live server.
  void setSyncHeld(bool held);

 signals:
  void signedInChanged();
  void signingInChanged();
  void syncChanged();
  void jobsChanged();
  void requestSignIn(const QString& server, const QString& username, const QString& password);
  void requestSync(const QString& anchor_date);
  void requestServerWatch();
  // A short message for the technician about an action they took (e.g. "Sync now"
  // while offline), shown at once in a snackbar.
  void notice(const QString& text);
  void officeChanged();
  // An office role signed in: main() hands the login to the office session.
  void officeSignedIn(const QString& server, const QByteArray& login);

 private:
  // {punctuality, late} for an arrival at `arrived`: shared/fieldledger/visit/punctuality.h
  // under the scoring rules the server sent with the last pull.
  QVariantMap Punctuality(const device::LocalJob& job, qint64 arrived);
  void OnSignInFinished(bool ok, const QString& code, const QStringList& args,
                        const QString& detail);
  void OnSyncFinished(bool ok, int code, const QString& error, int applied, int rejected,
                      int pulled);
  // Rereads counts and the outbox; the job list too unless jobs_too is false.
  void Refresh(bool jobs_too = true);
  void StartPass();
  void OnScorecardFetched(bool ok, const QString& error);
  QTimeZone Zone() const;

  QString data_dir_;
  QString server_;
  device::SystemDeviceClock clock_;
  std::unique_ptr<device::TechnicianDevice> device_;  // this thread's connection
  QThread worker_thread_;
  SyncWorker* worker_ = nullptr;  // lives on worker_thread_
  JobListModel jobs_;
  OutboxListModel outbox_;
  MyScorecard scorecard_;
  SyncPacer pacer_;
  QTimer tick_timer_;
  QDate shown_day_;  // the day the job list was built for
  bool signed_in_ = false;
  bool office_available_ = false;
  bool office_open_ = false;
  QByteArray office_login_;  // from the sign-in in flight, when it was an office role
  bool signing_in_ = false;
  QString sign_in_error_;  // a refusal made on the phone, already translated
  // A refusal from the sign-in itself, translated when read (server_messages.h).
  QString sign_in_code_;
  QStringList sign_in_args_;
  QString sign_in_detail_;
  SyncState sync_state_ = SyncState::Offline;
  bool syncing_ = false;
  bool held_ = false;
  QString progress_text_;
  bool manual_pass_ = false;  // the running pass was asked for with Sync now
  QString last_error_;        // the failed pass's status message, as sent
  int last_code_ = 0;         // and its gRPC status code
  qint64 last_sync_ms_ = 0;
  device::OutboxCounts counts_;
};

}  // namespace fieldledger::app
