#pragma once
// The call-back desk's controller: the queue (with the server's filters), the visit the
// agent has open (claimed on the server, renewed while open), recording the call and the
// agent's own scorecard. Every call runs off the GUI thread through OfficeSession::Run.
#include <QtQml/qqmlregistration.h>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

#include "call_queue_model.h"
#include "callback_views.h"
#include "office_session.h"

namespace fieldledger::office {

class CallBackDeskController : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(CallBackDeskController)
  // The session whose channel and token the desk's calls use: QML passes its
  // `OfficeSession` singleton; defaults to OfficeSession::instance().
  Q_PROPERTY(fieldledger::office::OfficeSession* session READ session WRITE setSession NOTIFY
                 sessionChanged)
  Q_PROPERTY(fieldledger::office::CallQueueModel* queue READ queue CONSTANT)
  Q_PROPERTY(int total READ total NOTIFY queueChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
  Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
  Q_PROPERTY(bool hasVisit READ hasVisit NOTIFY visitChanged)
  Q_PROPERTY(fieldledger::office::VisitView visit READ visit NOTIFY visitChanged)
  Q_PROPERTY(fieldledger::office::AgentCardView card READ card NOTIFY cardChanged)
  Q_PROPERTY(QString cardPeriod READ cardPeriod WRITE setCardPeriod NOTIFY cardPeriodChanged)
  // Filters: empty means any. jobTypeFilter: "repair", "installation", "maintenance".
  Q_PROPERTY(QString technicianFilter MEMBER technician_filter_ NOTIFY filtersChanged)
  Q_PROPERTY(QString teamFilter MEMBER team_filter_ NOTIFY filtersChanged)
  Q_PROPERTY(QString jobTypeFilter MEMBER job_type_filter_ NOTIFY filtersChanged)
  Q_PROPERTY(bool overdueOnly MEMBER overdue_only_ NOTIFY filtersChanged)
  // Shows the visits that left the queue as unreachable or wrong number instead.
  Q_PROPERTY(bool showClosed MEMBER show_closed_ NOTIFY filtersChanged)
  // Technicians and teams seen in any queue listing: [{id, name}] and team ids.
  Q_PROPERTY(QVariantList technicianOptions READ technicianOptions NOTIFY optionsChanged)
  Q_PROPERTY(QStringList teamOptions READ teamOptions NOTIFY optionsChanged)
  Q_PROPERTY(qint64 serverNowMs READ serverNowMs NOTIFY queueChanged)

 public:
  explicit CallBackDeskController(QObject* parent = nullptr);
  ~CallBackDeskController() override;

  OfficeSession* session() const { return session_; }
  void setSession(OfficeSession* session);
  CallQueueModel* queue() { return &queue_; }
  int total() const { return total_; }
  bool loading() const { return loading_; }
  bool busy() const { return busy_; }
  QString errorText() const { return error_; }
  QString notice() const { return notice_; }
  bool hasVisit() const { return !visit_.jobId.isEmpty(); }
  VisitView visit() const { return visit_; }
  AgentCardView card() const { return card_; }
  QString cardPeriod() const { return card_period_; }
  void setCardPeriod(const QString& period);
  QVariantList technicianOptions() const;
  QStringList teamOptions() const { return team_options_; }
  qint64 serverNowMs() const { return server_now_ms_; }

  Q_INVOKABLE void refresh();
  // Claims the visit and shows it; another agent's live claim is refused with a reason.
  Q_INVOKABLE void open(const QString& job_id);
  // Opens the oldest due visit nobody else holds.
  Q_INVOKABLE void openNext();
  // Gives the claim back and closes the visit.
  Q_INVOKABLE void cancel();
  // Records the call on the open visit. outcome: "reached", "unreachable", "wrong_number";
  // score 0 and nps -1 when not asked; complaint "" or a category. With thenNext the next
  // due visit opens once the save is confirmed.
  Q_INVOKABLE void save(const QString& outcome, int score, int nps, bool problem_returned,
                        bool open_repair_job, const QString& complaint,
                        const QString& complaint_comment, const QString& comment, bool then_next);
  Q_INVOKABLE void loadCard();
  Q_INVOKABLE void copyText(const QString& text);
  // "03-05 14:20" in the company's time zone; "" for 0.
  Q_INVOKABLE QString formatTime(qint64 ms) const;
  // "¥80.00".
  Q_INVOKABLE QString formatFen(qint64 fen) const;

 signals:
  void sessionChanged();
  void queueChanged();
  void loadingChanged();
  void busyChanged();
  void errorTextChanged();
  void noticeChanged();
  void visitChanged();
  void cardChanged();
  void cardPeriodChanged();
  void filtersChanged();
  void optionsChanged();
  // A call was recorded and confirmed by the server.
  void saved(const QString& job_id);

 private:
  void SetBusy(bool b);
  void SetError(const QString& e);
  void SetNotice(const QString& n);
  void ApplyQueue(std::vector<v1::QueueEntry> entries, int total, qint64 now);
  void ShowVisit(const v1::CallBackVisit& v, const QHash<QString, QUrl>& images);
  void CloseVisit();
  void RenewClaim();
  v1::ListQueueRequest QueueRequest() const;
  // Runs `work` on the desk's own threads, then `done` on the GUI thread. Not the global
  // pool: other parts of the app block it with slow calls (a phone sync that waits for
  // its server), and an agent's click must not queue behind them.
  template <class Work, class Done>
  void Run(Work work, Done done) {
    using Result = decltype(work());
    auto* watcher = new QFutureWatcher<Result>(this);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, this,
                     [watcher, done = std::move(done)] {
                       done(watcher->result());
                       watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(&pool_, std::move(work)));
  }

  QThreadPool pool_;
  QPointer<OfficeSession> session_;
  CallQueueModel queue_;
  int total_ = 0;
  bool loading_ = false;
  bool busy_ = false;
  QString error_, notice_;
  bool error_from_listing_ = false;
  VisitView visit_;
  QString request_id_;  // one per open visit: a retried save lands once
  AgentCardView card_;
  QString card_period_ = QStringLiteral("day");
  QString technician_filter_, team_filter_, job_type_filter_;
  bool overdue_only_ = false;
  bool show_closed_ = false;
  QMap<QString, QString> technicians_;  // id -> name
  QStringList team_options_;
  qint64 server_now_ms_ = 0;
  QTimer renew_;
  QTimer poll_;
  std::shared_ptr<QTemporaryDir> images_dir_;
  int generation_ = 0;  // queue answers older than the latest request are dropped
};

}  // namespace fieldledger::office
